import { LexharmonyError } from '../errors.js';
import type { GapMatrix } from '../matrix/types.js';

export { writeFileSafely, type WriteOptions } from './write.js';
export { TABLE_NAMES, type TableName } from './tables.js';

export const FORMATS = ['xlsx', 'csv', 'html', 'md', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Renderer-specific settings (title, language …); each renderer reads what it knows. */
  [key: string]: unknown;
}

/** A format this build cannot render, or a file name whose extension names no format. */
export class FormatError extends LexharmonyError {
  override name = 'FormatError' as const;
  override readonly code: 'FORMAT_NOT_AVAILABLE' | 'UNKNOWN_FORMAT';
  readonly format: string;
  constructor(code: 'FORMAT_NOT_AVAILABLE' | 'UNKNOWN_FORMAT', format: string, message: string) {
    super(code, message);
    this.code = code;
    this.format = format;
  }
}

/**
 * Render the gap matrix in one format. Each renderer is imported only when asked for (xlsx is heavy).
 * Options each renderer reads: csv `table` (matrix|findings|provisions|sources|summary|legend) and
 * `bom`; html `lang`; xlsx `compression`.
 */
export async function renderMatrix(matrix: GapMatrix, format: Format, options: RenderOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(matrix);
    case 'csv':
      return (await import('./csv.js')).render(matrix, options as import('./csv.js').CsvOptions);
    case 'md':
      return (await import('./markdown.js')).render(matrix);
    case 'html':
      return (await import('./html.js')).render(matrix, options as import('./html.js').HtmlOptions);
    case 'xlsx':
      return (await import('./xlsx.js')).render(matrix, options as import('./xlsx.js').XlsxOptions);
    default:
      throw new FormatError('UNKNOWN_FORMAT', String(format), `unknown format "${String(format)}" (expected one of ${FORMATS.join(', ')})`);
  }
}

const extensions: Record<string, Format> = { xlsx: 'xlsx', csv: 'csv', html: 'html', htm: 'html', md: 'md', markdown: 'md', json: 'json' };

/** The format a file name asks for, from its extension: `gaps.xlsx` → `xlsx`. */
export function formatFromPath(path: string): Format {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  const format = m ? extensions[m[1]!.toLowerCase()] : undefined;
  if (!format) throw new FormatError('UNKNOWN_FORMAT', m?.[1] ?? '', `cannot tell the format of "${path}" from its extension (expected .xlsx, .csv, .html, .md or .json, or name --format)`);
  return format;
}
