import { FormatError } from '../errors.js';
import type { Doc } from '../types.js';

/** The formats `renderDocument` writes. */
export const DOC_FORMATS = ['docx', 'xlsx', 'html', 'md', 'csv', 'json'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

/** Options of the csv format. */
export interface CsvOptions {
  /** The table to write (`matrix` by default). */
  table?: string | undefined;
  /** Start with a byte-order mark (default true: spreadsheet programs then read UTF-8). */
  bom?: boolean | undefined;
  /** Start with the title block (default true). */
  provenance?: boolean | undefined;
}

/** Options of the xlsx format. */
export interface XlsxOptions {
  /** Deflate the zip entries (default true). */
  compression?: boolean | undefined;
}

/** The options each format takes (docx, html, md and json take none). */
export interface FormatOptions {
  csv: CsvOptions;
  xlsx: XlsxOptions;
  docx: Record<string, never>;
  html: Record<string, never>;
  md: Record<string, never>;
  json: Record<string, never>;
}

/** Options of any format (what the CLI passes through). */
export type RenderOptions = CsvOptions & XlsxOptions;

/** The binary formats (bytes); the others render to a string. */
export type BinaryFormat = 'docx' | 'xlsx';

/**
 * Render a document (`gapDocument`, `strategyDocument`) in one format: bytes for docx and xlsx, a
 * string for the others. Each renderer (docx and xlsx are the heavy ones) is imported only when asked for;
 * docx needs the optional package `docx`.
 */
export function renderDocument<F extends BinaryFormat>(doc: Doc, format: F, options?: FormatOptions[F]): Promise<Uint8Array>;
export function renderDocument<F extends Exclude<DocFormat, BinaryFormat>>(doc: Doc, format: F, options?: FormatOptions[F]): Promise<string>;
export function renderDocument(doc: Doc, format: DocFormat, options?: RenderOptions): Promise<string | Uint8Array>;
export async function renderDocument(doc: Doc, format: DocFormat, options: RenderOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'docx':
      return (await import('./docx.js')).renderDocx(doc);
    case 'xlsx':
      return (await import('./xlsx.js')).renderXlsx(doc, options);
    case 'html':
      return (await import('./html.js')).renderHtml(doc);
    case 'md':
      return (await import('./md.js')).renderMarkdown(doc);
    case 'csv':
      return (await import('./csv.js')).renderCsv(doc, options);
    case 'json':
      return (await import('./json.js')).renderDocJson(doc);
    default:
      throw new FormatError('UNKNOWN_FORMAT', String(format), `unknown format "${String(format)}" (expected one of ${DOC_FORMATS.join(', ')})`);
  }
}

const EXTENSIONS: Record<string, DocFormat> = { docx: 'docx', xlsx: 'xlsx', csv: 'csv', html: 'html', htm: 'html', md: 'md', markdown: 'md', json: 'json' };

/** The format a file name asks for, from its extension: `informe.docx` → `docx`. */
export function formatFromPath(path: string): DocFormat {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  const format = m ? EXTENSIONS[m[1]!.toLowerCase()] : undefined;
  if (!format) throw new FormatError('UNKNOWN_FORMAT', m?.[1] ?? '', `cannot tell the format of "${path}" from its extension (expected .docx, .xlsx, .csv, .html, .md or .json, or name --format)`);
  return format;
}
