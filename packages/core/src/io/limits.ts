/**
 * The bounds on what the tool reads, in one place (docs/security.md lists them). Each is far above
 * any real input (the largest official text, CPF.pdf, is 3 MB; the largest corpus file 500 KB) and
 * far below what would take the machine's memory or minutes of time.
 */
export const LIMITS = {
  /** A corpus YAML file. */
  corpusFileBytes: 5 * 1024 * 1024,
  /** An official text given to ingest, suggest or verify. */
  sourceFileBytes: 200 * 1024 * 1024,
  /** An assessment file given to stamp. */
  assessmentFileBytes: 5 * 1024 * 1024,
  /** A gap-matrix JSON given to diff. */
  matrixFileBytes: 256 * 1024 * 1024,
  /** Pages of one PDF. */
  pdfPages: 10_000,
  /** Bytes one compressed PDF stream may inflate to (the largest in the Mexican sources is 0.4 MB). */
  pdfStreamBytes: 64 * 1024 * 1024,
  /** Nesting of HTML elements. */
  htmlDepth: 2_000,
  /** Characters of one line of a text or Markdown source (the longest in the sources is under 20,000). */
  textLineChars: 1_000_000,
  /** Lines of one paragraph of a Markdown source (with no blank line between them). */
  paragraphLines: 10_000,
  /** Characters of one word (a run without white space). */
  textTokenChars: 100_000,
  /** Characters of a search query. */
  queryChars: 1_000,
  /** Characters of a value quoted in a message; longer ones are cut, with their length. */
  messageValueChars: 200,
} as const;

/** "5 MB", "200 MB", "512 KB". */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A value as a message quotes it: cut to a readable length, saying how long it was. */
export function shortValue(value: string, max: number = LIMITS.messageValueChars): string {
  if (value.length <= max) return value;
  return `${value.slice(0, max)}… (${value.length.toLocaleString('en')} characters)`;
}
