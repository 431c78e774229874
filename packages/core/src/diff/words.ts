// jsdiff (`diff` on npm, pinned to 9.0.0 in package.json): a maintained Myers diff with a word
// tokenizer that keeps the whitespace and punctuation of the texts; a word diff of two law texts is
// its job, not one for this project to write again.
import { diffWords } from 'diff';

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
