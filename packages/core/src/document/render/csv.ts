/**
 * One table of a document as CSV (RFC 4180): records end in CRLF; a field with a comma, a quote,
 * CR or LF is quoted, quotes doubled. UTF-8 with a byte-order mark by default, so that Excel reads
 * accented Spanish right. A text field starting with `=`, `+`, `-`, `@`, a tab or CR gets a
 * leading `'` (OWASP "CSV Injection"); numbers are written as numbers.
 */
import { FormatError } from '../errors.js';
import { cellText, plain } from '../plain.js';
import { neutralise } from '../safe.js';
import type { Cell, Doc, Table } from '../types.js';

export interface CsvOptions {
  /** Which table, by id (`matrix` default): `summary`, `findings`, `provisions`, `sources`, `method`. */
  table?: string | undefined;
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean | undefined;
  /** Start with the document's title and title block (who made the assessment, when, its review, the corpus version), a record each, then an empty record (default true); false gives the table alone. */
  provenance?: boolean | undefined;
}

/** Every table of a document, in order: its data tables included. */
export function tablesOf(doc: Doc): Table[] {
  const out: Table[] = [];
  const walk = (sections: Doc['sections']) => {
    for (const s of sections) {
      for (const b of s.blocks) if (b.kind === 'table' && !out.some((t) => t.id === b.table.id)) out.push(b.table);
      walk(s.sections);
    }
  };
  walk(doc.summary);
  walk(doc.sections);
  for (const t of doc.data) if (!out.some((x) => x.id === t.id)) out.push(t);
  return out;
}

export function renderCsv(doc: Doc, options: CsvOptions = {}): string {
  const tables = tablesOf(doc);
  const id = options.table ?? (tables.some((t) => t.id === 'matrix') ? 'matrix' : tables[0]?.id);
  const t = tables.find((x) => x.id === id);
  if (!t) throw new FormatError('UNKNOWN_TABLE', String(id), `no table "${id}" in this report (expected one of ${tables.map((x) => x.id).join(', ')})`);
  const records: string[] = [];
  if (options.provenance !== false) {
    records.push(field(doc.title) + '\r\n');
    for (const f of doc.provenance) records.push(`${field(f.label)},${field(plain(f.value))}\r\n`);
    records.push('\r\n');
  }
  records.push(t.columns.map((c) => field(c.header)).join(',') + '\r\n');
  for (const row of t.rows()) records.push(row.map(cellField).join(',') + '\r\n');
  return (options.bom === false ? '' : '\uFEFF') + records.join('');
}

function cellField(c: Cell): string {
  if (c.t === 'number') return Number.isFinite(c.v) ? String(c.v) : '';
  return field(cellText(c));
}

/** One CSV field: neutralised if a spreadsheet would evaluate it, quoted if it must be. */
export function field(s: string): string {
  const text = neutralise(s);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
