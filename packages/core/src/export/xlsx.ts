import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { GapMatrix } from '../matrix/types.js';
import { cellString, rowsXml } from './xlsx-rows.js';
import { packZip } from './zip.js';
import { cellText, TABLE_NAMES, tableOf, titleOf, type Cell, type Table, type TableName } from './tables.js';

export { MAX_CELL } from './xlsx-rows.js';

/**
 * The workbook (SheetJS community build): sheets Summary, Matrix, Findings, Provisions, Sources,
 * Legend, each with an autofilter on its table and column widths. The community build writes no
 * cell styles, so a status is always a word with its symbol (`✔ full`), readable without colour.
 *
 * Safe: every text is written as a string cell (type `str`, no formula), so `=HYPERLINK(…)` in the
 * corpus stays text. Links are made only for http(s) source addresses.
 *
 * Large: SheetJS writes every sheet, but the rows of the tables (Findings and Provisions grow with
 * jurisdictions × requirements, Matrix and Summary with jurisdictions) are written into its sheets
 * by `rowsXml`, the same XML SheetJS writes, in chunks that are deflated as they come; so a
 * 200-country workbook is never in memory as cells, XML and zip at once.
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

/**
 * The tables whose rows are written by `rowsXml` rather than held as SheetJS cells: all but
 * Sources, whose addresses are link cells (SheetJS writes those, with their relationships).
 */
export const STREAMED_TABLES: ReadonlySet<TableName> = new Set(['summary', 'matrix', 'findings', 'provisions', 'legend']);

export async function render(matrix: GapMatrix, options: XlsxOptions = {}): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const date = new Date(`${matrix.generated.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`matrix.generated.date must be YYYY-MM-DD, got "${matrix.generated.date}"`);
  const wb = XLSX.utils.book_new();
  const transform = new Map<string, (content: Uint8Array) => Iterable<string>>();
  TABLE_NAMES.forEach((name, i) => {
    const t = tableOf(matrix, name);
    const streamed = STREAMED_TABLES.has(name);
    const ws = sheetOf(XLSX.utils.encode_range, t, { rows: !streamed });
    XLSX.utils.book_append_sheet(wb, ws, t.name);
    // SheetJS names the sheets' entries by position.
    if (streamed) transform.set(`xl/worksheets/sheet${i + 1}.xml`, (content) => withRows(content, t));
  });
  wb.Props = {
    Title: titleOf(matrix),
    Subject: `Corpus ${matrix.generated.corpus}`,
    Author: matrix.generated.tool,
    Company: '',
    CreatedDate: date,
    ModifiedDate: date,
  };
  const stored = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: false }) as Uint8Array;
  return packZip(stored, date, { compress: options.compression, transform });
}

/** The sheet SheetJS wrote (title block and header) with the table's rows put in before `</sheetData>`. */
export function* withRows(content: Uint8Array, t: Table): Generator<string> {
  const xml = new TextDecoder().decode(content);
  const at = xml.lastIndexOf('</sheetData>');
  if (at < 0) throw new Error(`sheet ${t.name}: no </sheetData> in the XML SheetJS wrote`);
  yield xml.slice(0, at);
  yield* rowsXml(t.rows(), firstRowOf(t));
  yield xml.slice(at);
}

type EncodeRange = (r: { s: { r: number; c: number }; e: { r: number; c: number } }) => string;

/** Sheet row (1-based) of a table's first data row: after the title block, a blank line and the header. */
function firstRowOf(t: Table): number {
  return (t.preamble.length ? t.preamble.length + 1 : 0) + 2;
}

const NO_CELLS: CellObject[] = [];

/**
 * A dense sheet built cell by cell, so that every type is chosen here and nothing is guessed. With
 * `rows: false` it holds the title block and header only, and its range and autofilter still span
 * the table's rows (empty here, written by `rowsXml`).
 */
export function sheetOf(encodeRange: EncodeRange, t: Table, { rows = true }: { rows?: boolean } = {}): WorkSheet {
  const data: CellObject[][] = [];
  for (const [k, v] of t.preamble) data.push([text(k), text(v)]);
  if (t.preamble.length) data.push([]);
  const headerRow = data.length;
  data.push(t.header.map(text));
  // Empty texts are left out (no cell at all): readers show the same blank, and the sheet is smaller.
  if (rows) for (const r of t.rows()) data.push(r.map((c) => (c === '' ? undefined : cell(c))) as CellObject[]);
  else for (let i = 0; i < t.rowCount; i++) data.push(NO_CELLS);
  const width = Math.max(t.header.length, t.preamble.length ? 2 : 0);
  const ws: WorkSheet = { '!data': data, '!ref': encodeRange({ s: { r: 0, c: 0 }, e: { r: Math.max(0, data.length - 1), c: Math.max(0, width - 1) } }) };
  ws['!autofilter'] = { ref: encodeRange({ s: { r: headerRow, c: 0 }, e: { r: headerRow + t.rowCount, c: t.header.length - 1 } }) };
  ws['!cols'] = t.widths.map((wch) => ({ wch }));
  return ws;
}

function text(s: string): CellObject {
  return { t: 's', v: cellString(s) };
}

function cell(c: Cell): CellObject {
  if (typeof c === 'number') return { t: 'n', v: c };
  const out = text(cellText(c));
  if (typeof c === 'object') out.l = { Target: c.link, Tooltip: c.link };
  return out;
}
