import type { GapMatrix } from '../matrix/types.js';
import { cellText, tableOf, type Cell, type TableName } from './tables.js';

/**
 * CSV (RFC 4180): one table per file, the matrix by default. Records end in CRLF; a field with a
 * comma, a quote, CR or LF is quoted, quotes doubled. UTF-8 with a byte-order mark by default, so
 * that Excel reads accented Spanish text right; `bom: false` for tools that want none.
 *
 * Formula injection (OWASP "CSV Injection"): a text field starting with `=`, `+`, `-`, `@`, a tab
 * or CR gets a leading single quote `'`, so that no spreadsheet runs it. Numbers are written as
 * numbers. The quote is visible: the cell reads `'=HYPERLINK(…)`, never a live formula.
 */
export interface CsvOptions {
  /** Which table: matrix (default), findings, provisions, sources, summary, legend. */
  table?: TableName | undefined;
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean | undefined;
}

export function render(matrix: GapMatrix, options: CsvOptions = {}): string {
  const t = tableOf(matrix, options.table ?? 'matrix');
  const records: Cell[][] = [];
  for (const [k, v] of t.preamble) records.push([k, v]);
  if (t.preamble.length) records.push([]);
  records.push(t.header);
  for (const r of t.rows()) records.push(r);
  const body = records.map((r) => r.map(field).join(',') + '\r\n').join('');
  return (options.bom === false ? '' : '\uFEFF') + body;
}

/** One CSV field: neutralised if a spreadsheet would evaluate it, quoted if it must be. */
export function field(c: Cell): string {
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  const text = neutralise(cellText(c));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Prefix `'` to text a spreadsheet would read as a formula (=, +, -, @, tab, CR first). */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
