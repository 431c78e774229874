import type { Said } from '../errors.js';
import { translator } from '../i18n/translate.js';

/**
 * The common output of every reader: text blocks in reading order, each with where it came
 * from. Segmenters only ever see blocks, so a new format is a new reader and nothing else.
 */
export interface Block {
  /** `heading` and `paragraph` come from structured formats (HTML, Markdown); `line` from PDF and plain text. */
  kind: 'heading' | 'paragraph' | 'line';
  /** Whitespace-normalised text (no-break spaces become spaces, runs collapse, trimmed). */
  text: string;
  /** Heading depth (1-6), for headings. */
  depth?: number;
  /** 1-based line in the source file (text formats) or line number within the page (PDF). */
  line: number;
  /** 1-based page, for PDF. */
  page?: number;
  /**
   * Markdown paragraphs written over several source lines: each line, reduced like the paragraph.
   * A lined profile with `lines: 'source'` reads them as lines of their own (a mirror that dropped the
   * blank lines between paragraphs).
   */
  lines?: string[];
  /** A paragraph that opens in bold (Markdown `**…`, HTML `<b>`/`<strong>`): how some databases mark article headings. */
  strong?: boolean;
}

export type SourceFormat = 'pdf' | 'txt' | 'md' | 'html';

/** What a reader left out, so a summary can say it. */
export interface Dropped {
  /** Why, in English. */
  reason: string;
  /** `reason` as catalogue words (it is then their English), to say it in the output language; absent for a custom profile's own words. */
  said?: Said | undefined;
  count: number;
  example?: string;
}

export interface ReadResult {
  format: SourceFormat;
  blocks: Block[];
  dropped: Dropped[];
  /** A PDF read in part: the pages read (1-based), of how many. */
  pages?: { read: number[]; total: number } | undefined;
}

/** Collapse every run of whitespace (no-break spaces, tabs, line breaks included) into one space; trim. */
export function normalizeSpace(s: string): string {
  // Most lines need nothing: test before building a new string.
  if (!ODD_SPACE.test(s)) return s;
  return s.replace(SPACE_RUN, ' ').trim();
}
const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** Why a reader or segmenter leaves text out: catalogue words, or a custom profile's own words. */
export type Reason = string | Said;

/** Count what was dropped, per reason. */
export class DropLog {
  private readonly map = new Map<string, Dropped>();
  add(why: Reason, example?: string): void {
    const reason = typeof why === 'string' ? why : translator('en').t(why.key, why.params);
    const d = this.map.get(reason);
    if (d) d.count++;
    else this.map.set(reason, { reason, ...(typeof why === 'string' ? {} : { said: why }), count: 1, ...(example ? { example: example.slice(0, 80) } : {}) });
  }
  list(): Dropped[] {
    return [...this.map.values()];
  }
}
