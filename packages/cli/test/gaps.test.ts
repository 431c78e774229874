import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GapMatrixSchema } from '@lexharmony/core';
import { renderSummary, wrapText } from '../src/summary.js';
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
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/◐ conditional +Art\. 2 Unlawful entry — XT-PC, art\. 10\n/);
    expect(r.out).toContain('which Toyland has not made');
    expect(r.out).toMatch(/\? not assessed +Art\. 5 Points of contact/);
    expect(r.out).toMatch(/^Legend: ✔ full · ✓ full as far as assessed · ◐ conditional · ◑ partial · ✘ no provision · \? not assessed · – not applicable · \[STALE\] a cited text changed: review the finding$/m);
    expect(r.out).toMatch(/Totals for Toyland: ✔ full 1 · ✓ full as far as assessed 0 · ◐ conditional 1 · ◑ partial 1 · ✘ no provision 0 · \? not assessed 1 · – not applicable 1 \(not assessed is never a gap\)\n+$/);
    expect(r.out).not.toMatch(/\x1b\[/);
    expect(r.err).toContain(`wrote ${out} (json)`);
    expect(JSON.parse(readFileSync(out, 'utf8')).generated.date).toBe('2026-01-01');
  });

  it('in Spanish: the same summary in Spanish words, citations and chapters', async () => {
    const r = await run('gaps', 'XT', '--corpus', toy, '--date', '2026-01-01', '--lang', 'es');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/◐ condicional +Art\. 2 Unlawful entry — XT-PC, art\. 10\n/);
    expect(r.out).toContain('que Toyland no ha formulado');
    expect(r.out).toMatch(/^Leyenda: ✔ pleno · ✓ pleno en lo evaluado/m);
    expect(r.out).toMatch(/^Cap\. II, Secc\. 1: Offences$/m);
    expect(r.out).toContain('Totales de Toyland:');
    expect(r.err).toMatch(/^No se escribió nada: «lexharmony report XT» escribe el informe/);
  });

  it('--only gaps prints only the articles that need action, and says so', async () => {
    const r = await run('gaps', 'XT', '--corpus', toy, '--only', 'gaps');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/◑ partial +Art\. 4/);
    expect(r.out).not.toMatch(/Art\. [1235] /);
    expect(r.out).toContain('Only the articles that need action (--only gaps): 1 of 4.');
  });

  it('an existing file is kept without --force (exit 3), the summary still printed, with how to replace it or write elsewhere', async () => {
    const out = join(dir, 'exists.json');
    writeFileSync(out, 'keep');
    const r = await run('gaps', 'XT', '--corpus', toy, '--out', out);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/Art\. 2 Unlawful entry/);
    expect(r.err).toBe(`lexharmony: ${out} already exists and was kept. Add --force to replace it, or --out OTHER-FILE to write elsewhere.\n`);
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
    const r = await run('gaps', 'XT', '--corpus', copy);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Art\. 3 Data tampering — XT-PC, art\. 11 \[STALE\]\n/);
    // Once on the article, once in the legend.
    expect(r.out.match(/\[STALE\]/g)).toHaveLength(2);
    expect(r.out).toContain('1 STALE');
  });

  it('writes nothing without --out; a relative --out lands in the directory the user ran the command from (INIT_CWD)', async () => {
    const before = new Set(readdirSync(process.cwd()));
    const r = await run('gaps', 'XT', '--corpus', toy);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Nothing written: "lexharmony report XT" writes the report; --out FILE keeps the matrix\.\n$/);
    expect(readdirSync(process.cwd()).filter((f) => !before.has(f))).toEqual([]);
    const user = join(dir, 'user-folder');
    mkdirSync(user);
    process.env.INIT_CWD = user;
    try {
      expect((await run('gaps', 'XT', '--corpus', toy, '--out', 'mine.md')).code).toBe(0);
    } finally {
      delete process.env.INIT_CWD;
    }
    expect(readFileSync(join(user, 'mine.md'), 'utf8')).toMatch(/^# Gap matrix: Toyland against the Toy Convention/);
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

  it('colours the status only when asked (NO_COLOR and pipes get plain text), and wraps to the width given', () => {
    const m = gapMatrix(loadCorpus(toy), { jurisdictions: ['XT'], date: '2026-01-01' });
    expect(forTerminal(renderSummary(m, { lang: 'en', color: true, width: 0 }), true)).toMatch(/\x1b\[32m✔ full/);
    expect(forTerminal(renderSummary(m, { lang: 'en', color: false, width: 0 }), true)).not.toMatch(/\x1b\[/);
    expect(forFile(renderSummary(m, { lang: 'en', color: true, width: 0 }))).not.toMatch(/\x1b\[|\u{F0000}/u);
    for (const width of [60, 80, 120]) {
      const wrapped = renderSummary(m, { lang: 'en', color: false, width });
      for (const line of wrapped.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width);
    }
    // Below 100 columns there is no status column: what follows an article's line is indented six spaces.
    expect(renderSummary(m, { lang: 'en', color: false, width: 80 })).toMatch(/\n {2}◐ conditional {2}Art\. 2 Unlawful entry .*\n {6}\S/);
    expect(renderSummary(m, { lang: 'en', color: false, width: 120 })).toMatch(/\n {2}◐ conditional {3,}Art\. 2 /);
    expect(Math.max(...renderSummary(m, { lang: 'en', color: false, width: 0 }).split('\n').map((l) => l.length))).toBeGreaterThan(60);
    expect(wrapText('one two three four', 9, '', '  ')).toEqual(['one two', '  three', '  four']);
  });

  it('shows a few citations per article, then +N', () => {
    const m = gapMatrix(loadCorpus(toy), { jurisdictions: ['XT'], date: '2026-01-01' });
    m.rows[1]!.cells.XT!.provisions = ['xt-penal-code/art-10', 'xt-penal-code/art-11', 'xt-penal-code/art-12', 'xt-penal-code/art-10.p-2', 'xt-penal-code/art-11.p-1'];
    expect(renderSummary(m, { lang: 'en', color: false, width: 0 })).toContain('Art. 2 Unlawful entry — XT-PC, art. 10; XT-PC, art. 11; XT-PC, art. 12; +2');
  });
});
