import type { WordChange } from '@lexharmony/core';

/** Unchanged runs longer than this many words are cut down to their first and last CONTEXT words. */
const CONTEXT = 8;

/**
 * A word diff for the terminal: removed words red and struck through, added words green; with no
 * colour (NO_COLOR, or not a terminal), git's plain markers `[-removed-]` and `{+added+}`.
 */
export function renderWords(changes: readonly WordChange[], { color }: { color: boolean }): string {
  const out: string[] = [];
  changes.forEach((c, i) => {
    if (c.op === 'removed') out.push(color ? `\x1b[31;9m${c.text}\x1b[0m` : `[-${c.text}-]`);
    else if (c.op === 'added') out.push(color ? `\x1b[32m${c.text}\x1b[0m` : `{+${c.text}+}`);
    else out.push(shorten(c.text, i > 0, i < changes.length - 1));
  });
  return out.join('').replace(/\n{2,}/g, ' ¶ ');
}

/** An unchanged run, cut when long: the words next to the change before it and after it stay. */
function shorten(text: string, changeBefore: boolean, changeAfter: boolean): string {
  // Each word with the spaces around it; cutting fewer than a few words would save nothing.
  const words = text.match(/\s*\S+\s*/g) ?? [text];
  if (words.length <= (changeBefore ? CONTEXT : 0) + (changeAfter ? CONTEXT : 0) + 5) return text;
  const head = changeBefore ? words.slice(0, CONTEXT).join('') : '';
  const tail = changeAfter ? ` ${words.slice(-CONTEXT).join('')}` : '';
  return `${head}…${tail}`;
}
