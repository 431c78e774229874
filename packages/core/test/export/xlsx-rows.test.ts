import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { tableOf, TABLE_NAMES, titleOf, type Table } from '../../src/export/tables.js';
import { render, sheetOf, withRows } from '../../src/export/xlsx.js';
import { columnName, MAX_CELL, rowsXml } from '../../src/export/xlsx-rows.js';
import { buildMatrix, HOSTILE } from './fixture.js';
import { zipEntries } from './zip-entries.js';

/** One table as SheetJS writes it alone, every cell held by SheetJS. */
function sheetBySheetJs(t: Table): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetOf(XLSX.utils.encode_range, t), t.name);
  return zipEntries(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })).get('xl/worksheets/sheet1.xml')!.toString('utf8');
}

/** The same table with its rows written by `rowsXml` into the sheet SheetJS wrote without them. */
function sheetWithRowsXml(t: Table): string {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetOf(XLSX.utils.encode_range, t, { rows: false }), t.name);
  const frame = zipEntries(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })).get('xl/worksheets/sheet1.xml')!;
  return [...withRows(frame, t)].join('');
}

const TRICKY = [
  'plain',
  ' leading space',
  'trailing space ',
  'two\nlines',
  '\ttab first',
  '\u00a0no-break space first, ideographic space last\u3000',
  ' ',
  'x',
  'a & b < c > d \' e " f',
  'control \u0001 \u0008 \u000b \u001f and CR\r\n',
  'noncharacters \uFFFE \uFFFF',
  'accents: acción, pérdida; symbols ✔ ◐ — “quoted”',
  ...HOSTILE,
  '_x0041_ stays as SheetJS writes it',
  'x'.repeat(MAX_CELL + 10),
];

describe('rowsXml', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect([0, 25, 26, 701, 702, 16383].map((c) => columnName(c))).toEqual([0, 25, 26, 701, 702, 16383].map((c) => XLSX.utils.encode_col(c)));
  });

  it('writes the same sheet XML as SheetJS for awkward texts, numbers, empty cells and empty rows', () => {
    const t: Table = {
      name: 'Tricky',
      preamble: [['Title', 'a title block above the table']],
      header: ['Text', 'Other', 'Number'],
      widths: [10, 10, 10],
      rowCount: TRICKY.length + 2,
      rows: () => [...TRICKY.map((s, i) => [s, i % 2 ? '' : TRICKY[(i + 3) % TRICKY.length]!, i]), ['', '', ''], ['only the last', '', -1.5]],
    };
    expect(sheetWithRowsXml(t)).toBe(sheetBySheetJs(t));
  });

  it('writes the Findings and Provisions sheets as SheetJS does, hostile strings included', () => {
    for (const inject of ['', HOSTILE[0], HOSTILE[1], ' \n']) {
      const m = buildMatrix({ jurisdictions: ['MX', 'AR'], inject });
      for (const name of ['findings', 'provisions'] as const) {
        const t = tableOf(m, name);
        expect(t.rowCount).toBeGreaterThan(0);
        expect([...t.rows()]).toHaveLength(t.rowCount);
        expect(sheetWithRowsXml(t), `${name} with ${JSON.stringify(inject)}`).toBe(sheetBySheetJs(t));
      }
    }
  });

  it('refuses a link cell, which only SheetJS writes', () => {
    expect(() => [...rowsXml([[{ text: 'x', link: 'https://example.org' }]], 2)]).toThrow(/link cell/);
  });
});

describe('the workbook', () => {
  it('is, entry for entry, the workbook SheetJS writes holding every cell itself', async () => {
    const m = buildMatrix({ jurisdictions: ['MX', 'AR'], inject: `${HOSTILE[1]}\n` });
    const wb = XLSX.utils.book_new();
    for (const name of TABLE_NAMES) {
      const t = tableOf(m, name);
      XLSX.utils.book_append_sheet(wb, sheetOf(XLSX.utils.encode_range, t), t.name);
    }
    const date = new Date(`${m.generated.date}T00:00:00Z`);
    wb.Props = { Title: titleOf(m), Subject: `Corpus ${m.generated.corpus}`, Author: m.generated.tool, Company: '', CreatedDate: date, ModifiedDate: date };
    const bySheetJs = zipEntries(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const ours = zipEntries(await render(m));
    expect([...ours.keys()]).toEqual([...bySheetJs.keys()]);
    for (const [path, content] of bySheetJs) expect(ours.get(path)!.toString('utf8'), path).toBe(content.toString('utf8'));
  });
});
