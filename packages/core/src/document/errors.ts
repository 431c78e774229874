import { LexharmonyError } from '../errors.js';

/** A format this build cannot render, a file name whose extension names no format, a table a report does not have. */
export class FormatError extends LexharmonyError {
  override name = 'FormatError' as const;
  override readonly code: 'FORMAT_NOT_AVAILABLE' | 'UNKNOWN_FORMAT' | 'UNKNOWN_TABLE';
  readonly format: string;
  constructor(code: 'FORMAT_NOT_AVAILABLE' | 'UNKNOWN_FORMAT' | 'UNKNOWN_TABLE', format: string, message: string) {
    super(code, message);
    this.code = code;
    this.format = format;
  }
}
