// `lexharmony gaps --assume` and `lexharmony recommend` on the toy corpus (its recommendations file)
// and on the bundled corpus (Mexico's): what is printed, what is written, and the usage errors.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GapMatrixSchema } from '@lexharmony/core';
import { run } from './run.js';

const toy = fileURLToPath(new URL('../../../examples/toy-country/corpora', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lexharmony-recommend-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lexharmony gaps --assume', () => {
  it('on screen: each changed article keeps its current status, the projected one after it, and the projection is named', async () => {
    const r = await run('gaps', 'XT', '--corpus', toy, '--assume', 'XT-4-tools', '--date', '2026-01-01');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Projection, not current law: as if XT-4-tools were adopted.');
    expect(r.out).toMatch(/◑ partial +Art\. 4 .*⇒ partial → ✔ full \(projected: XT-4-tools\)/);
    expect(r.out).toMatch(/◐ conditional +Art\. 2 Unlawful entry — XT-PC, art\. 10\n/);
    expect(r.out).toMatch(/If adopted \(projected\): ✔ full 2 · .* ◑ partial 0 /);
  });

  it('json: a valid matrix whose projected cells are marked, with the current totals', async () => {
    const now = GapMatrixSchema.parse(JSON.parse((await run('gaps', 'XT', '--corpus', toy, '--format', 'json', '--date', '2026-01-01')).out));
    const r = await run('gaps', 'XT', '--corpus', toy, '--assume', 'all', '--format', 'json', '--date', '2026-01-01');
    expect(r.code, r.err).toBe(0);
    const m = GapMatrixSchema.parse(JSON.parse(r.out));
    expect(m.totals).toEqual(now.totals);
    expect(m.rows.filter((x) => x.cells.XT!.projected).map((x) => [x.number, x.cells.XT!.projected!.from.status, x.cells.XT!.status])).toEqual([
      ['2', 'conditional', 'full'],
      ['4', 'partial', 'full'],
    ]);
  });

  it('refuses an unknown id, and "all" with ids', async () => {
    const unknown = await run('gaps', 'XT', '--corpus', toy, '--assume', 'XT-9-none');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/no recommendation "XT-9-none"/);
    const mixed = await run('gaps', 'XT', '--corpus', toy, '--assume', 'all', 'XT-4-tools');
    expect(mixed.code).toBe(1);
    expect(mixed.err).toMatch(/--assume all stands alone/);
  });
});

describe('lexharmony recommend', () => {
  it('prints what to legislate by priority, in Spanish, from the bundled corpus', async () => {
    const r = await run('recommend', 'MX', '--lang', 'es', '--date', '2026-12-01');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^# Qué legislar: México/);
    expect(r.out).toContain('## Qué legislar');
    expect(r.out).toContain('Redacción modelo');
    expect(r.out.indexOf('Prioridad alta')).toBeLessThan(r.out.indexOf('Prioridad baja'));
  });

  it('writes every format with --out, and keeps an existing file without --force', async () => {
    for (const ext of ['docx', 'xlsx', 'html', 'md', 'csv', 'json']) {
      const out = join(dir, `rec.${ext}`);
      const r = await run('recommend', 'XT', '--corpus', toy, '--out', out, '--date', '2026-01-01');
      expect(r.code, `${ext}: ${r.err}`).toBe(0);
      expect(r.err).toContain('3 recommendations');
    }
    expect(readFileSync(join(dir, 'rec.csv'), 'utf8')).toContain('XT-4-tools');
    expect(JSON.parse(readFileSync(join(dir, 'rec.json'), 'utf8')).kind).toBe('recommendations');
    const again = await run('recommend', 'XT', '--corpus', toy, '--out', join(dir, 'rec.md'));
    expect(again.code).toBe(3);
  });

  it('a Word document needs a file', async () => {
    const r = await run('recommend', 'XT', '--corpus', toy, '--format', 'docx');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/add --out FILE\.docx/);
  });
});
