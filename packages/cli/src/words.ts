import { diffRuns, type WordChange } from '@lexharmony/core';

/**
 * A word diff for the terminal, from the runs every output shows (core's `diffRuns`): removed words
 * red and struck through, added words green; with no colour (NO_COLOR, or not a terminal), git's
 * plain markers `[-removed-]` and `{+added+}`, as the documents write them.
 */
export function renderWords(changes: readonly WordChange[], { color }: { color: boolean }): string {
  return diffRuns(changes)
    .map((c) => (c.op === 'removed' ? (color ? `\x1b[31;9m${c.text}\x1b[0m` : `[-${c.text}-]`) : c.op === 'added' ? (color ? `\x1b[32m${c.text}\x1b[0m` : `{+${c.text}+}`) : c.text))
    .join('');
}
