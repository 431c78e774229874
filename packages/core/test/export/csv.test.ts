import { describe, expect, it } from 'vitest';
import { field, neutralise, render } from '../../src/export/csv.js';
import { TABLE_NAMES } from '../../src/export/tables.js';
import { parseCsv as parseStrict } from '../../../../test/support/csv.js';
import { buildMatrix, HOSTILE } from './fixture.js';

const parseCsv = (text: string) => parseStrict(text, { crlf: true });

describe('csv', () => {
  it('writes the matrix: a BOM, CRLF records, one row per article, status as word and symbol', () => {
    const text = render(buildMatrix());
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Group', 'Ref', 'Article', 'Heading', 'MX status', 'MX provisions', 'MX reason', 'MX stale']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['coe-ets-185/art-2', 'coe-ets-185/art-3', 'coe-ets-185/art-4', 'coe-ets-185/art-16']);
    expect(rows[1]![4]).toBe('✔ full');
    expect(rows[2]![4]).toBe('◐ conditional');
    expect(rows[2]![7]).toBe('STALE');
    expect(rows[4]![4]).toBe('? not assessed');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(field('a,b')).toBe('"a,b"');
    expect(field('say "x"')).toBe('"say ""x"""');
    expect(field('two\nlines')).toBe('"two\nlines"');
    expect(field('plain')).toBe('plain');
    expect(field(3)).toBe('3');
  });

  it('neutralises every text a spreadsheet would evaluate, numbers excepted', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('a=1')).toBe('a=1');
    expect(field(-1)).toBe('-1');
  });

  it('writes every table, with no BOM when asked', () => {
    const m = buildMatrix();
    for (const table of TABLE_NAMES) {
      const text = render(m, { table, bom: false });
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(parseCsv(text).length).toBeGreaterThan(1);
    }
    const findings = parseCsv(render(m, { table: 'findings', bom: false }));
    expect(findings.length - 1).toBe(4);
    const sources = parseCsv(render(m, { table: 'sources', bom: false }));
    expect(sources[1]![3]).toBe('https://rm.coe.int/1680081561');
  });

  it('keeps hostile corpus strings inert: no cell starts with a formula character', () => {
    const m = buildMatrix({ inject: HOSTILE[0] });
    for (const table of TABLE_NAMES) {
      for (const row of parseCsv(render(m, { table, bom: false }))) {
        for (const cell of row) expect(cell, `${table}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const rows = parseCsv(render(m, { bom: false }));
    expect(rows[1]![3]).toBe(`'${HOSTILE[0]}Illegal access${HOSTILE[0]}`);
  });
});
