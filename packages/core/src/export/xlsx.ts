import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { GapMatrix } from '../matrix/types.js';
import { packZip } from './zip.js';
import { cellText, TABLE_NAMES, tableOf, titleOf, type Cell, type Table } from './tables.js';

/**
 * The workbook (SheetJS community build): sheets Summary, Matrix, Findings, Provisions, Sources,
 * Legend, each with an autofilter on its table and column widths. The community build writes no
 * cell styles, so a status is always a word with its symbol (`✔ full`), readable without colour.
 *
 * Safe: every text is written as a string cell (type `s`, no formula), so `=HYPERLINK(…)` in the
 * corpus stays text. Links are made only for http(s) source addresses.
 *
 * Same input, same bytes: the workbook properties and every zip entry's modification time take
 * their date from `matrix.generated.date` (SheetJS leaves the zip times zero, which readers show as
 * an invalid date; `packZip` sets them, and deflates the entries), so nothing depends on the clock
 * or the time zone.
 */
export interface XlsxOptions {
  /** Deflate the zip entries (default true). */
  compression?: boolean | undefined;
}

/** Excel refuses cells longer than this; longer texts are cut with a note (the json/html reports hold them whole). */
export const MAX_CELL = 32_767;
const CUT_NOTE = ' … [cut at the spreadsheet cell limit; the full text is in the html or json report]';

export async function render(matrix: GapMatrix, options: XlsxOptions = {}): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.utils.book_new();
  // One table at a time, so each table's rows are garbage once its sheet is built.
  for (const name of TABLE_NAMES) {
    const t = tableOf(matrix, name);
    XLSX.utils.book_append_sheet(wb, sheet(XLSX.utils.encode_range, t), t.name);
  }
  const date = new Date(`${matrix.generated.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`matrix.generated.date must be YYYY-MM-DD, got "${matrix.generated.date}"`);
  wb.Props = {
    Title: titleOf(matrix),
    Subject: `Corpus ${matrix.generated.corpus}`,
    Author: matrix.generated.tool,
    Company: '',
    CreatedDate: date,
    ModifiedDate: date,
  };
  const out = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: false }) as Uint8Array;
  return packZip(out, date, { compress: options.compression });
}

type EncodeRange = (r: { s: { r: number; c: number }; e: { r: number; c: number } }) => string;

/** A dense sheet built cell by cell, so that every type is chosen here and nothing is guessed. */
function sheet(encodeRange: EncodeRange, t: Table): WorkSheet {
  const data: CellObject[][] = [];
  for (const [k, v] of t.preamble) data.push([text(k), text(v)]);
  if (t.preamble.length) data.push([]);
  const headerRow = data.length;
  data.push(t.header.map(text));
  // Empty texts are left out (no cell at all): readers show the same blank, and the sheet is smaller.
  for (const r of t.rows) data.push(r.map((c) => (c === '' ? undefined : cell(c))) as CellObject[]);
  const width = Math.max(t.header.length, t.preamble.length ? 2 : 0);
  const ws: WorkSheet = { '!data': data, '!ref': encodeRange({ s: { r: 0, c: 0 }, e: { r: Math.max(0, data.length - 1), c: Math.max(0, width - 1) } }) };
  ws['!autofilter'] = { ref: encodeRange({ s: { r: headerRow, c: 0 }, e: { r: headerRow + t.rows.length, c: t.header.length - 1 } }) };
  ws['!cols'] = t.widths.map((wch) => ({ wch }));
  return ws;
}

function text(s: string): CellObject {
  return { t: 's', v: s.length > MAX_CELL ? s.slice(0, MAX_CELL - CUT_NOTE.length) + CUT_NOTE : s };
}

function cell(c: Cell): CellObject {
  if (typeof c === 'number') return { t: 'n', v: c };
  const out = text(cellText(c));
  if (typeof c === 'object') out.l = { Target: c.link, Tooltip: c.link };
  return out;
}
