import { errorText, LexharmonyError, shortValue, terminalSafe, translator, type Lang } from '@lexharmony/core/engine';
import { EXIT, UsageError } from './exit.js';

/** Where commands write: data on stdout, messages on stderr. Replaceable in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal that takes colour (NO_COLOR respected): only then does `paint` colour. */
  color: boolean;
}

// Colour is marked with two private-use characters while text is composed, and turned into SGR
// sequences only on the way to a terminal, after every control character of the data was escaped:
// so data can never write an escape sequence of its own, and a pipe or a file gets no colour codes.
const OPEN = '\u{F0000}';
const CLOSE = '\u{F0001}';
const MARKS = /\u{F0000}([0-9;]*)\u{F0001}/gu;

/** Text in an SGR colour (`32` green, `2` dim …), shown only on a colour terminal. */
export function paint(sgr: string, text: string): string {
  return `${OPEN}${sgr}${CLOSE}${text}${OPEN}0${CLOSE}`;
}

/** Text for a terminal: controls of the data escaped, colour marks made real (or dropped without colour). */
export function forTerminal(text: string, color: boolean): string {
  return terminalSafe(text).replace(MARKS, (_, sgr: string) => (color ? `\x1b[${sgr}m` : ''));
}

/** Text for a pipe or a file: the data unchanged, colour marks dropped. */
export function forFile(text: string): string {
  // Looking for the mark first is far cheaper than the Unicode expression over a megabyte of JSON without any.
  return text.includes(OPEN) ? text.replace(MARKS, '') : text;
}

const stdoutIsTty = Boolean(process.stdout.isTTY);
const colorOk = !process.env.NO_COLOR && process.env.TERM !== 'dumb';

export const processIo: Io = {
  out: (t) => process.stdout.write(stdoutIsTty ? forTerminal(t, colorOk) : forFile(t)),
  // Messages carry data (file names, values) too: escaped whatever stderr is.
  err: (t) => process.stderr.write(forTerminal(t, Boolean(process.stderr.isTTY) && colorOk)),
  color: stdoutIsTty && colorOk,
};

/** The exit code for an error, and the one-line message a user sees (the stack only with --debug). */
export function reportError(io: Io, error: unknown, debug: boolean, lang: Lang = 'en'): number {
  const code = exitCodeOf(error);
  io.err(`lexharmony: ${cutLongLines(errorText(error, lang))}\n`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack + '\n');
  else if (code !== EXIT.usage && !(error instanceof LexharmonyError)) io.err(translator(lang).t('cli.debugHint') + '\n');
  return code;
}

/** A message quoting a huge value (a 1 MB reference) is cut, line by line, saying how long it was. */
function cutLongLines(message: string): string {
  return message
    .split('\n')
    .map((l) => shortValue(l, 2000))
    .join('\n');
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof LexharmonyError) {
    if (error.code === 'IO' || error.name === 'IoError') return EXIT.io;
    // Naming a profile that does not exist is a usage mistake, like an unknown option value.
    if (error.code === 'UNKNOWN_PROFILE') return EXIT.usage;
    return EXIT.data;
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) return EXIT.io;
  return EXIT.data;
}
