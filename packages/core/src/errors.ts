/**
 * Typed errors. Each carries a literal `name`, a `code`, and where it applies the file, line and
 * field it concerns, so that a command can print one clear message without a stack trace.
 */
import { translator, type Lang, type MessageKey, type Params } from './i18n/translate.js';

/** What an error says in the catalogue's words, so that a command can say it in the output language. */
export interface Said {
  key: MessageKey;
  params?: Params | undefined;
}

export interface Location {
  /** The file, as the user named it (or relative to the corpora directory). */
  file?: string | undefined;
  /** 1-based line. */
  line?: number | undefined;
  column?: number | undefined;
  /** Dotted path of the field inside the file: `findings[3].coverage`. */
  field?: string | undefined;
}

export interface Issue extends Location {
  code: string;
  message: string;
  /** What was expected there. */
  expected?: string | undefined;
  /** `message` and `expected` as catalogue words (they are then their English), to say them in the output language. */
  said?: { message: Said; expected?: Said | undefined } | undefined;
}

/**
 * An issue's `message` and `expected` from the catalogue: their English, and the words to say them in
 * another language. `{ code, file, line, ...says(key, { id }, expectedKey) }`.
 */
export function says(key: MessageKey, params?: Params, expectedKey?: MessageKey, expectedParams?: Params): Pick<Issue, 'message' | 'expected' | 'said'> {
  const en = translator('en');
  const message: Said = { key, params };
  const expected: Said | undefined = expectedKey ? { key: expectedKey, params: expectedParams ?? params } : undefined;
  return { message: en.t(key, params), expected: expected && en.t(expected.key, expected.params), said: { message, expected } };
}

/** "file:line: field: message (expected …)", in the output language where the issue has catalogue words (file, line, field and values as they are). */
export function formatIssue(issue: Issue, lang: Lang = 'en'): string {
  const tr = translator(lang);
  const where = [issue.file, issue.line, issue.column].filter((x) => x !== undefined && x !== '').join(':');
  const field = issue.field ? `${issue.field}: ` : '';
  const said = lang === 'en' ? undefined : issue.said;
  const message = said ? tr.t(said.message.key, said.message.params) : issue.message;
  const what = said?.expected ? tr.t(said.expected.key, said.expected.params) : issue.expected;
  const expected = what ? tr.t('issue.expected', { what }) : '';
  return `${where ? where + ': ' : ''}${field}${message}${expected}`;
}

/** The base of every error the library throws on purpose: `code` says which. */
export class LexharmonyError extends Error {
  override name: string = 'LexharmonyError';
  readonly code: string;
  /** The message as catalogue words, where it has them; `message` is then their English. */
  readonly said: Said | undefined;
  constructor(code: string, message: string | Said, options?: { cause?: unknown }) {
    super(typeof message === 'string' ? message : translator('en').t(message.key, message.params), options);
    this.code = code;
    this.said = typeof message === 'string' ? undefined : message;
  }
}

/** An error's message in the output language: its catalogue words where it has them, else its message. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof CorpusError) return error.issues.map((i) => formatIssue(i, lang)).join('\n');
  const said = (error as { said?: Said } | undefined)?.said;
  if (said) return translator(lang).t(said.key, said.params);
  return error instanceof Error ? error.message : String(error);
}

export type CorpusErrorCode =
  | 'YAML_SYNTAX'
  | 'YAML_ALIAS_LIMIT'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'SCHEMA'
  | 'UNKNOWN_FILE'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE_ID'
  | 'MISMATCHED_ID'
  | 'NOT_FOUND'
  | 'STRATEGY_IN_ASSESSMENT'
  | 'QUOTE_NOT_IN_TEXT'
  | 'NOT_UTF8'
  | 'CONTROL_CHARACTER'
  | 'CYCLE'
  | 'FOREIGN_CITATION'
  | 'MISSING_SOURCE'
  /** A recommendation the treaty or the findings do not allow: it closes another article's requirement, quotes words its provision does not hold, names a reservation an article does not allow. */
  | 'INVALID_RECOMMENDATION'
  | 'IO';

/** Invalid corpus data: one or more issues, each with its file, line and field. */
export class CorpusError extends LexharmonyError {
  override name = 'CorpusError' as const;
  override readonly code: CorpusErrorCode;
  readonly issues: (Issue & { code: CorpusErrorCode })[];
  constructor(issues: (Issue & { code: CorpusErrorCode })[]) {
    const first = issues[0]!;
    const more = issues.length > 1 ? `\n${issues.slice(1).map((i) => formatIssue(i)).join('\n')}` : '';
    super(first.code, formatIssue(first) + more);
    this.code = first.code;
    this.issues = issues;
  }
  get file() {
    return this.issues[0]?.file;
  }
  get line() {
    return this.issues[0]?.line;
  }
  get field() {
    return this.issues[0]?.field;
  }
}

/** A reference that names nothing in the corpus (`show coe-ets-185/art-99`). */
export class NotFoundError extends LexharmonyError {
  override name = 'NotFoundError' as const;
  readonly ref: string;
  constructor(ref: string, message: string | Said) {
    super('NOT_FOUND', message);
    this.ref = ref;
  }
}

/** Reading or writing a file failed. */
export class IoError extends LexharmonyError {
  override name = 'IoError' as const;
  readonly path: string;
  /** What is wrong, without the path: "is a FIFO (named pipe), not a regular file". */
  readonly reason: string | undefined;
  /** `reason` as catalogue words, where it has them. */
  readonly reasonSaid: Said | undefined;
  constructor(path: string, message: string | Said, options?: { cause?: unknown; reason?: string | Said | undefined }) {
    super('IO', message, options);
    this.path = path;
    const reason = options?.reason;
    this.reason = typeof reason === 'object' ? translator('en').t(reason.key, reason.params) : reason;
    this.reasonSaid = typeof reason === 'object' ? reason : undefined;
  }
}
