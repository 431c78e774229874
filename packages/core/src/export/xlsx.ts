import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { GapMatrix } from '../matrix/types.js';
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
 * an invalid date; `stampZip` sets them), so nothing depends on the clock or the time zone.
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
  const out = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: options.compression ?? true }) as Uint8Array;
  return stampZip(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), date);
}

/**
 * Set the DOS modification time of every entry of a zip (local and central headers) to midnight
 * of `date` (UTC), walking the central directory from its end record. Changes the bytes in place.
 */
export function stampZip(zip: Uint8Array, date: Date): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && v.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip: no end-of-central-directory record');
  const dos = (((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()) >>> 0;
  const entries = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (v.getUint32(at, true) !== 0x02014b50) throw new Error(`not a zip: bad central header at ${at}`);
    v.setUint16(at + 12, 0, true);
    v.setUint16(at + 14, dos, true);
    const local = v.getUint32(at + 42, true);
    if (v.getUint32(local, true) !== 0x04034b50) throw new Error(`not a zip: bad local header at ${local}`);
    v.setUint16(local + 10, 0, true);
    v.setUint16(local + 12, dos, true);
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return zip;
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
