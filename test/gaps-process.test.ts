// The built `lexharmony` as a process: `gaps` output piped into a reader that stops early.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/sources.js';

const bin = join(repoRoot, 'packages/cli/bin.cjs');
const built = existsSync(join(repoRoot, 'packages/cli/dist/index.js'));
if (!built) console.warn('[lexharmony tests] packages/cli/dist not built: the process tests of `gaps` are skipped (run pnpm build).');

describe.skipIf(!built)('lexharmony gaps as a process', () => {
  it('a closed pipe ends the output quietly, with no stack trace (the matrix is larger than a pipe buffer)', () => {
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" gaps MX --format json | head -c 10`], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stdout).toBe('{\n  "versi');
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('a reader that is slow to read still gets the whole output: the process ends at once only with nothing left to write', async () => {
    const args = [bin, 'gaps', 'MX', 'AR', 'CO', 'PE', 'ES', '--format', 'json', '--date', '2026-01-01'];
    const whole = spawnSync(process.execPath, args, { cwd: repoRoot, maxBuffer: 1 << 26 }).stdout.length;
    // Far more than a pipe holds (64 KB), read only after the command has written all it could.
    expect(whole).toBeGreaterThan(1 << 20);
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.pause();
    let read = 0;
    const code = await new Promise<number | null>((done) => {
      setTimeout(() => {
        child.stdout.on('data', (d: Buffer) => (read += d.length));
        child.stdout.resume();
      }, 1000);
      child.on('close', done);
    });
    expect(code).toBe(0);
    expect(read).toBe(whole);
  });

  it('NO_COLOR and a pipe give plain text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexharmony-gaps-process-'));
    const r = spawnSync(process.execPath, [bin, 'gaps', 'XT', '--corpus', 'examples/toy-country/corpora', '--out', join(dir, 'toy.md')], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/◐ conditional +Art\. 2 Unlawful entry/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
});
