import { describe, expect, it } from 'vitest';
import { field, renderCsv, tablesOf } from '../../src/document/render/csv.js';
import { neutralise } from '../../src/document/safe.js';
import { gapDocument } from '../../src/document/gap-report.js';
import { parseCsv as parseStrict } from '../../../../test/support/csv.js';
import { buildMatrix, HOSTILE } from './fixture.js';

const parseCsv = (text: string) => parseStrict(text, { crlf: true });
const doc = (inject?: string, lang: 'en' | 'es' = 'en') => gapDocument(buildMatrix({ inject }), { lang, detail: true });

describe('csv', () => {
  it('writes the matrix: a BOM, CRLF records, one row per article, status as word and symbol, ids in a column', () => {
    const text = renderCsv(doc(), { provenance: false });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Art.', 'Treaty', 'Heading', 'Status', 'Provisions cited', 'Why', 'Chapter', 'Chapter, in full', 'Id']);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['coe-ets-185/art-2', 'coe-ets-185/art-3', 'coe-ets-185/art-4', 'coe-ets-185/art-16']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['2', '3', '4', '16']);
    expect(rows[1]![3]).toBe('✔ full');
    expect(rows[2]![3]).toBe('◐ conditional · STALE');
    expect(rows[2]![4]).toBe('CPF, art. 211 Bis');
    expect(rows[3]![3]).toBe('✘ no provision');
    expect(rows[4]![3]).toBe('? not assessed');
    expect(rows[1]![6]).toBe('Ch. II, Sec. 1, Tit. 1');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('in Spanish: words, citations and chapters', () => {
    const rows = parseCsv(renderCsv(doc(undefined, 'es'), { provenance: false }).slice(1));
    expect(rows[0]!.slice(0, 4)).toEqual(['Art.', 'Tratado', 'Epígrafe', 'Estado']);
    expect(rows[1]![1]).toBe('Convenio');
    expect(rows[1]![3]).toBe('✔ pleno');
    expect(rows[3]![3]).toBe('✘ sin disposición');
    expect(rows[1]![4]).toBe('CPF, art. 211 Bis 1, párrafo segundo');
    expect(rows[1]![6]).toBe('Cap. II, Secc. 1, Tít. 1');
  });

  it('starts with the title block by default: title, then who made the assessment, when, and its review', () => {
    const rows = parseCsv(renderCsv(doc(), { bom: false }));
    expect(rows[0]).toEqual(['Gap report: Mexico against the Budapest Convention (ETS 185)']);
    const facts = new Map(rows.slice(1, rows.findIndex((r) => r.length === 1 && r[0] === '')).map((r) => [r[0], r[1]]));
    expect(facts.get('Assessment by')).toBe('lexharmony project (desk analysis; not reviewed by a Mexican practitioner)');
    expect(facts.get('Date of the assessment')).toBe('2026-11-27');
    expect(facts.get('Review')).toMatch(/^first reading only/);
    expect(rows.find((r) => r[0] === 'Art.')).toBeDefined();
  });

  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(field('a,b')).toBe('"a,b"');
    expect(field('say "x"')).toBe('"say ""x"""');
    expect(field('two\nlines')).toBe('"two\nlines"');
    expect(field('plain')).toBe('plain');
  });

  it('neutralises every text a spreadsheet would evaluate', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('a=1')).toBe('a=1');
  });

  it('writes every table by id, with no BOM when asked, and refuses an unknown one', () => {
    const d = doc();
    const ids = tablesOf(d).map((t) => t.id);
    expect(ids).toEqual(['summary', 'matrix', 'sources', 'findings', 'provisions', 'method']);
    for (const table of ids) {
      const text = renderCsv(d, { table, bom: false });
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(parseCsv(text).length).toBeGreaterThan(1);
    }
    expect(parseCsv(renderCsv(d, { table: 'findings', bom: false, provenance: false })).length - 1).toBe(5);
    expect(parseCsv(renderCsv(d, { table: 'sources', bom: false, provenance: false }))[1]![3]).toBe('https://rm.coe.int/1680081561');
    expect(() => renderCsv(d, { table: 'nope' })).toThrow(/no table "nope".*expected one of summary, matrix/);
  });

  it('keeps hostile corpus strings inert: no cell starts with a formula character', () => {
    const d = doc(HOSTILE[0]);
    for (const table of tablesOf(d).map((t) => t.id)) {
      for (const row of parseCsv(renderCsv(d, { table, bom: false }))) for (const cell of row) expect(cell, `${table}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const rows = parseCsv(renderCsv(d, { bom: false, provenance: false }));
    expect(rows[1]![2]).toBe(`'${HOSTILE[0]}Illegal access${HOSTILE[0]}`);
  });
});
