// jsdiff (`diff` on npm, pinned to 9.0.0 in package.json): a maintained Myers diff with a word
// tokenizer that keeps the whitespace and punctuation of the texts; a word diff of two law texts is
// its job, not one for this project to write again.
import type * as Diff from 'diff';
import { requireOptional } from '../optional.js';

// An optional peer of @lexharmony/core (the CLI depends on it): only the reform diff needs it.
let jsdiff: typeof Diff | undefined;
const diffWords: typeof Diff.diffWords = ((...args: Parameters<typeof Diff.diffWords>) =>
  (jsdiff ??= requireOptional<typeof Diff>('diff', ['diff'], 'A word diff of two texts')).diffWords(...args)) as typeof Diff.diffWords;

/** A run of words of a word diff: in both texts, only in the old one, or only in the new one. */
export interface WordChange {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Past this many edits the texts have little in common: the diff says "all of it changed" rather
 * than spend time (the Myers diff is quadratic in the edits) on a word-by-word story nobody reads.
 */
const MAX_EDITS = 2000;

/**
 * The word diff of an old and a new text, as runs in reading order: the old text is the same and
 * removed runs, the new one the same and added runs, whitespace aside (whitespace is no change of
 * text, as for a text hash; unchanged runs carry the new text's).
 */
export function wordDiff(before: string, after: string): WordChange[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) return [{ op: 'removed', text: before }, { op: 'added', text: after }].filter((c) => c.text !== '') as WordChange[];
  return changes.filter((c) => c.value !== '').map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** Unchanged runs longer than this many words are cut down to their first and last `context` words. */
const CONTEXT = 8;

/**
 * The runs of a word diff as a reader is shown them (the terminal, every document): paragraphs
 * joined with ` ¶ `, and an unchanged run longer than a few words cut to the `context` words next
 * to the changes around it (`…` for what is left out). `context: Infinity` keeps every word.
 */
export function diffRuns(changes: readonly WordChange[], { context = CONTEXT }: { context?: number } = {}): WordChange[] {
  return changes.map((c, i) => {
    const text = c.text.replace(/\n{2,}/g, ' ¶ ');
    return c.op === 'same' ? { op: c.op, text: shorten(text, i > 0, i < changes.length - 1, context) } : { op: c.op, text };
  });
}

/** An unchanged run, cut when long: the words next to the change before it and after it stay. */
function shorten(text: string, changeBefore: boolean, changeAfter: boolean, context: number): string {
  if (context === Infinity) return text;
  // Each word with the spaces around it; cutting fewer than a few words would save nothing.
  const words = text.match(/\s*\S+\s*/g) ?? [text];
  if (words.length <= (changeBefore ? context : 0) + (changeAfter ? context : 0) + 5) return text;
  const head = changeBefore ? words.slice(0, context).join('') : '';
  const tail = changeAfter ? ` ${words.slice(-context).join('')}` : '';
  return `${head}…${tail}`;
}
