// docs/api/ is generated from the TSDoc comments of the public entry points (scripts/api-docs.mjs, `pnpm api-docs`):
// the committed reference must match, and every name an entry point exports must be in it (exports.json), so
// that nothing becomes public by accident and nothing public goes undocumented.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/sources.js';

const apiDir = join(repoRoot, 'docs/api');
const committed = JSON.parse(readFileSync(join(apiDir, 'exports.json'), 'utf8')) as Record<string, string[]>;
const pkg = JSON.parse(readFileSync(join(repoRoot, 'packages/core/package.json'), 'utf8')) as { publishConfig: { exports: Record<string, unknown> } };
/** The published entry points with code (not the data module, not package.json). */
const entries = Object.keys(pkg.publishConfig.exports)
  .filter((k) => k !== './data' && k !== './package.json')
  .map((k) => (k === '.' ? '@lexharmony/core' : `@lexharmony/core/${k.slice(2)}`));

const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md') || f.endsWith('.json')).sort();

describe('the API reference (docs/api)', () => {
  const out = mkdtempSync(join(tmpdir(), 'lexharmony-api-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is up to date with the sources (run pnpm api-docs)', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/api-docs.mjs'), out], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(r.stdout + r.stderr, 'typedoc warnings').not.toMatch(/\[warning\]|\[error\]/);
    expect(files(out)).toEqual(files(apiDir));
    for (const f of files(out)) expect(readFileSync(join(out, f), 'utf8'), `docs/api/${f} is out of date: run pnpm api-docs`).toBe(readFileSync(join(apiDir, f), 'utf8'));
  }, 120_000);

  it('covers every published entry point', () => {
    expect(Object.keys(committed).sort()).toEqual([...entries].sort());
  });

  it.each(entries)('documents every name %s exports', async (entry) => {
    const names = Object.keys((await import(/* @vite-ignore */ entry)) as object);
    const undocumented = names.filter((n) => !committed[entry]!.includes(n));
    expect(undocumented, `exported by ${entry} but not in docs/api/exports.json (run pnpm api-docs)`).toEqual([]);
  });
});
