import type * as Entities from 'entities';
import { requireOptional } from '../../optional.js';

// An optional peer of @lexharmony/core, as every ingest reader's parser is (the CLI depends on it).
let entities: typeof Entities | undefined;
const decodeHTMLStrict = (s: string) => (entities ??= requireOptional<typeof Entities>('entities', ['entities'], 'Markdown ingest (character references)')).decodeHTMLStrict(s);
import { type Block, DropLog, normalizeSpace, type ReadResult } from '../blocks.js';
import { grouped, IngestError } from '../errors.js';
import { LIMITS } from '../../io/limits.js';

/**
 * Markdown as the treaty and law databases export it: ATX headings, paragraphs separated by blank
 * lines, and list-like paragraphs ("1.", "a)", "(i)") that may follow each other without a blank
 * line. Inline markup is reduced to its text: links `[text](url)` keep the text, emphasis loses its
 * asterisks, a backslash escape (`1\.`, the mirror's way of saying "not a list") its backslash, and a
 * character reference (`&#8230;`, `&#x2013;`, `&ndash;`) is the character it names, as CommonMark reads it.
 * A line that is a single HTML tag (`<meta …>`) is dropped, and so is YAML front matter (the
 * mirror's metadata between `---` lines at the top). A bullet before a numbered item ("- 1. Sobre
 * redes …", as mirrors print a law's numerales) is list markup: the item keeps its number, the
 * bullet goes. A paragraph of several source lines keeps them in `lines`; a paragraph that opens
 * in bold is marked `strong` (InfoLEG sets its article headings so).
 */
export function readMarkdown(source: string, file?: string): ReadResult {
  const lines = source.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const dropped = new DropLog();
  let para: { text: string[]; line: number } | undefined;
  const start = frontMatterEnd(lines);
  if (start > 0) dropped.add({ key: 'msg.ingest.skip.frontMatter' }, lines[1]);
  const flush = () => {
    if (para) {
      const text = normalizeSpace(inline(para.text.join(' ')));
      const lines = para.text.length > 1 ? para.text.map((l) => normalizeSpace(inline(l))).filter(Boolean) : [];
      const strong = /^(?:\*\*|__)\S/.test(para.text[0]!);
      if (text) blocks.push({ kind: 'paragraph', text, line: para.line, ...(lines.length > 1 ? { lines } : {}), ...(strong ? { strong } : {}) });
      para = undefined;
    }
  };
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim().replace(BULLET_BEFORE_NUMBER, '');
    if (!trimmed) {
      flush();
      continue;
    }
    // Anchored, no nested quantifiers: linear.
    const heading = /^(#{1,6})(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      const text = normalizeSpace(inline(heading[2]!.replace(/#+$/, '')));
      if (text) blocks.push({ kind: 'heading', depth: heading[1]!.length, text, line: i + 1 });
      continue;
    }
    if (/^<[a-zA-Z!/][^<>]*>$/.test(trimmed)) {
      flush();
      dropped.add({ key: 'msg.ingest.skip.htmlTagLine' }, trimmed);
      continue;
    }
    if (para && startsListItem(trimmed)) flush();
    if (!para) para = { text: [], line: i + 1 };
    if (para.text.length >= LIMITS.paragraphLines) {
      throw new IngestError('INPUT_TOO_LARGE', { key: 'msg.ingest.read.longParagraph', params: { line: para.line, limit: grouped(LIMITS.paragraphLines) } }, { file });
    }
    para.text.push(trimmed);
  }
  flush();
  return { format: 'md', blocks, dropped: dropped.list() };
}

/** The line after YAML front matter (`---` on the first line, up to the next `---` or `...`), or 0 when there is none. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.trim() === '---' || lines[i]!.trim() === '...') return i + 1;
  return 0;
}

/** "- 1. ", "* a) ": a bullet list marker before an item's own number or letter. */
const BULLET_BEFORE_NUMBER = /^[-*+]\s+(?=(?:\d{1,3}\\?\.|[a-z]\))\s)/;

/** "1.", "1\.", "12.", "a)", "a.", "(i)", "i.", "-", "*" followed by a space or text. */
function startsListItem(line: string): boolean {
  return /^(?:\d{1,3}\\?\.(?:\s|$)|[a-z]\)|[a-z]\.\s|\([ivxlc]{1,6}\)|[ivxlc]{1,6}\.\s|[-*+]\s)/.test(line);
}

/** Reduce inline Markdown to plain text: links to their text, emphasis markers removed, backslash escapes and character references resolved. */
export function inline(s: string): string {
  let out = '';
  let i = 0;
  // Where the next "]" is, and the last "[" before it: found once per "]", so that a text of a
  // million "[" costs one pass, not a million (a link's text holds no "[").
  const close = { at: -2, lastOpen: -1 };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && ESCAPABLE.test(s[i + 1] ?? '')) {
      // An escaped asterisk is text, not emphasis: held apart until emphasis is removed.
      out += s[i + 1] === '*' ? ESCAPED_STAR : s[i + 1];
      i += 2;
      continue;
    }
    if (c === '&') {
      // A character reference (CommonMark: "&#1234;", "&#x4D2;", "&name;" with its semicolon) is the
      // character it names, and that character is text, never markup; an unknown name stays as written.
      CHARACTER_REFERENCE.lastIndex = i;
      const ref = CHARACTER_REFERENCE.exec(s)?.[0];
      const decoded = ref && decodeHTMLStrict(ref);
      if (ref && decoded !== ref) {
        out += decoded!.replaceAll('*', ESCAPED_STAR);
        i += ref.length;
        continue;
      }
    }
    if (c === '[') {
      if (close.at < i) {
        close.at = s.indexOf(']', i + 1);
        close.lastOpen = close.at < 0 ? -1 : s.lastIndexOf('[', close.at);
      }
      const link = close.at > 0 && close.lastOpen === i ? scanLink(s, i, close.at) : undefined;
      if (link) {
        out += link.text;
        i = link.end;
        continue;
      }
    }
    out += c;
    i++;
  }
  // Emphasis: *x*, **x**, _x_ is left alone (underscores occur in real text). Markers left unpaired
  // by a mirror's run-together emphasis ("2017)***ARTICULO 120** —") are not text either: an
  // asterisk that is text is written escaped.
  const text = out.replace(/\*{1,3}([^*\n]+)\*{1,3}/g, '$1').replace(/\*+/g, '');
  return text.includes(ESCAPED_STAR) ? text.replaceAll(ESCAPED_STAR, '*') : text;
}

/** ASCII punctuation, which CommonMark lets a backslash escape. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/;
const ESCAPED_STAR = '\uE000';
/** A decimal, hexadecimal or named character reference at the position set in `lastIndex`. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** `[text](url)` from `start` to the `]` at `close`, with balanced parentheses inside the url; undefined if it is not a link. */
function scanLink(s: string, start: number, close: number): { text: string; end: number } | undefined {
  if (s[close + 1] !== '(') return undefined;
  const text = s.slice(start + 1, close);
  let depth = 0;
  for (let j = close + 1; j < s.length; j++) {
    const c = s[j]!;
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return { text, end: j + 1 };
    } else if (c === ' ' || c === '\n') return undefined;
  }
  return undefined;
}
