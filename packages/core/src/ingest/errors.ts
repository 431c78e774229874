import { LexharmonyError, type Said } from '../errors.js';

export type IngestErrorCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_A_PDF'
  | 'PDF_ENCRYPTED'
  | 'PDF_DAMAGED'
  | 'NOT_TEXT'
  | 'TOO_DEEP'
  | 'NO_TEXT'
  | 'NO_PROVISIONS'
  | 'UNKNOWN_FORMAT'
  | 'UNKNOWN_PROFILE'
  | 'UNKNOWN_ARTICLE'
  | 'NOT_ALIGNED';

/** An official text that cannot be read or segmented: what is wrong, in which file, and its code. */
export class IngestError extends LexharmonyError {
  override name = 'IngestError' as const;
  override readonly code: IngestErrorCode;
  /** The file as the user named it, where there is one. */
  readonly file: string | undefined;
  constructor(code: IngestErrorCode, message: string | Said, options?: { file?: string | undefined; cause?: unknown }) {
    const said = typeof message === 'string' || !options?.file ? message : { key: 'msg.io.at' as const, params: { where: options.file, reason: message } };
    super(code, typeof said === 'string' && options?.file ? `${options.file}: ${said}` : said, { cause: options?.cause });
    this.code = code;
    this.file = options?.file;
  }
}

/** A number as messages give it, its thousands grouped with commas ("1,000,000"), as English and Mexican Spanish write them. */
export const grouped = (n: number): string => n.toLocaleString('en');
