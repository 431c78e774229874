import { FormatError } from '../errors.js';
import type { Doc } from '../types.js';

export const DOC_FORMATS = ['docx', 'xlsx', 'html', 'md', 'csv', 'json'] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

export interface RenderOptions {
  /** csv: the table to write (`matrix` by default). */
  table?: string | undefined;
  /** csv: start with a byte-order mark (default true). */
  bom?: boolean | undefined;
  /** csv: start with the title block (default true). */
  provenance?: boolean | undefined;
  /** xlsx: deflate the zip entries (default true). */
  compression?: boolean | undefined;
}

/** Render a document in one format; each renderer (docx and xlsx are the heavy ones) is imported only when asked for. */
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
