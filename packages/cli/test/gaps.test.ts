import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GapMatrixSchema } from '@lexharmony/core';
import { DEFAULT_FORMAT, renderSummary } from '../src/commands/gaps.js';
import { forFile, forTerminal } from '../src/output.js';
import { gapMatrix, loadCorpus } from '@lexharmony/core';
import { run } from './run.js';

const toy = fileURLToPath(new URL('../../../examples/toy-country/corpora', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lexharmony-gaps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('lexharmony gaps', () => {
  it('--format json with no --out: the matrix alone on stdout', async () => {
    const r = await run('gaps', 'XT', '--corpus', toy, '--format', 'json', '--date', '2026-01-01');
    expect(r.code).toBe(0);
    const m = GapMatrixSchema.parse(JSON.parse(r.out));
    expect(m.generated.date).toBe('2026-01-01');
    expect(m.rows.map((x) => x.cells.XT!.status)).toEqual(['not-applicable', 'conditional', 'full', 'partial', 'not-assessed']);
  });

  it('prints the article-by-article summary and writes the matrix to --out', async () => {
    const out = join(dir, 'toy.json');
    const r = await run('gaps', 'XT', '--corpus', toy, '--out', out, '--date', '2026-01-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/◐ conditional +Art\. 2 Unlawful entry — xt-penal-code\/art-10/);
    expect(r.out).toContain('which XT has not made');
    expect(r.out).toMatch(/\? not assessed\s+Art\. 5 Points of contact/);
    expect(r.out).toContain('Totals for XT: 1 full, 0 full as assessed, 1 conditional, 1 partial, 0 none; 1 not assessed (no finding yet, not a gap); 1 not applicable');
    expect(r.out).not.toMatch(/\x1b\[/);
    expect(r.err).toContain(`wrote ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).generated.date).toBe('2026-01-01');
  });

  it('refuses to replace the output unless --force (exit 3), and replaces it with --force', async () => {
    const out = join(dir, 'exists.json');
    writeFileSync(out, 'keep');
    const r = await run('gaps', 'XT', '--corpus', toy, '--out', out);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/already exists; use --force/);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect((await run('gaps', 'XT', '--corpus', toy, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{/);
  });

  it('marks stale findings in the summary', async () => {
    const { cpSync } = await import('node:fs');
    const copy = join(dir, 'stale-corpus');
    cpSync(toy, copy, { recursive: true });
    const file = join(copy, 'instruments/xt-penal-code/provisions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('up to three years', 'up to five years'));
    const r = await run('gaps', 'XT', '--corpus', copy, '--out', join(dir, 'stale.json'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Art\. 3 Data tampering — xt-penal-code\/art-11 \[STALE/);
    expect(r.out.match(/\[STALE/g)).toHaveLength(1);
    expect(r.out).toContain('1 STALE');
  });

  it('with no --out and no --format, writes lexharmony-gaps-<JUR>.<default format> in the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run('gaps', 'XT', '--corpus', toy);
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, `lexharmony-gaps-XT.${DEFAULT_FORMAT}`))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('bad requests: unknown jurisdiction (2), --out/--format mismatch (1), unknown extension (1), bad date (1)', async () => {
    const unknown = await run('gaps', 'ZZ', '--corpus', toy, '--format', 'json');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no jurisdiction "ZZ"/);
    expect((await run('gaps', 'XT', '--corpus', toy, '--out', join(dir, 'a.csv'), '--format', 'json')).code).toBe(1);
    expect((await run('gaps', 'XT', '--corpus', toy, '--out', join(dir, 'a.pdf'))).code).toBe(1);
    const bad = await run('gaps', 'XT', '--corpus', toy, '--date', '2026-13-45', '--format', 'json');
    expect(bad.code).toBe(1);
    expect(bad.err).not.toMatch(/\n\s+at /);
  });

  it('colours the status only when asked (NO_COLOR and pipes get plain text)', () => {
    const m = gapMatrix(loadCorpus(toy), { jurisdictions: ['XT'], date: '2026-01-01' });
    expect(forTerminal(renderSummary(m), true)).toMatch(/\x1b\[32m✔ full/);
    expect(forTerminal(renderSummary(m), false)).not.toMatch(/\x1b\[/);
    expect(forFile(renderSummary(m))).not.toMatch(/\x1b\[|\u{F0000}/u);
  });
});
