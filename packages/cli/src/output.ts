import { LexharmonyError } from '@lexharmony/core/engine';
import { EXIT, UsageError } from './exit.js';

/** Where commands write: data on stdout, messages on stderr. Replaceable in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal that takes colour (NO_COLOR respected). */
  color: boolean;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
};

/** The exit code for an error, and the one-line message a user sees (the stack only with --debug). */
export function reportError(io: Io, error: unknown, debug: boolean): number {
  const code = exitCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  io.err(`lexharmony: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack + '\n');
  else if (code !== EXIT.usage && !(error instanceof LexharmonyError)) io.err('(run again with --debug for details)\n');
  return code;
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof LexharmonyError) {
    if (error.code === 'IO' || error.name === 'IoError') return EXIT.io;
    return EXIT.data;
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) return EXIT.io;
  return EXIT.data;
}
