/**
 * The fuse.js options of the search index. Shared by the builder (Node) and the viewer (browser):
 * an index serialised with one set of options must be read with the same.
 */
import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './records.js';
import { fold } from './text.js';

/** Bumped whenever records or names change shape: a serialised index of another version is refused. */
export const SEARCH_INDEX_VERSION = 2;

/**
 * Fuse searches names only: the distinct headings, requirement labels, structure titles and
 * glossary keywords of the records (far fewer strings than records, since a chapter title or a
 * keyword is shared by many). Fuzzy matching over whole texts is too slow (toolchain.md §4); the
 * texts are searched word by word.
 */
export interface SearchName {
  /** Folded (`fold`: lower case, no accents), as the patterns fuse is given: fuse compares them as they are. */
  name: string;
}

/** How much a fuzzy match on each kind of name counts for the record that bears it. */
// Keywords are derived from the other names (the concepts they name), so they count less.
// A record with no heading (Mexican articles) is named by its structure's title.
export const NAME_WEIGHTS = { heading: 1, context: 0.8, untitledContext: 0.9, keywords: 0.5 } as const;

// Names and patterns are folded before fuse sees them (so fuse neither lower-cases nor strips
// accents on each comparison, and the pre-filter in ./engine.ts reads the very strings fuse does).
export const fuseOptions: IFuseOptions<SearchName> = {
  keys: ['name'],
  includeScore: true,
  ignoreDiacritics: false,
  isCaseSensitive: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** For glossary equivalents, which are exact vocabulary: matched strictly (long loose patterns cost fuse dearly). */
export const strictThreshold = 0.05;

/** The names of the records, folded, each once, in record order, and who bears each (record index, weight). */
export function namesOf(records: readonly SearchRecord[]): { names: SearchName[]; holders: [number, number][][] } {
  const at = new Map<string, number>();
  const names: SearchName[] = [];
  const holders: [number, number][][] = [];
  records.forEach((r, i) => {
    const add = (raw: string, weight: number) => {
      if (!raw.trim()) return;
      const name = fold(raw);
      let k = at.get(name);
      if (k === undefined) {
        at.set(name, (k = names.length));
        names.push({ name });
        holders.push([]);
      }
      const list = holders[k]!;
      const last = list[list.length - 1];
      if (last && last[0] === i) last[1] = Math.max(last[1], weight);
      else list.push([i, weight]);
    };
    add(r.heading, NAME_WEIGHTS.heading);
    add(r.context, r.heading ? NAME_WEIGHTS.context : NAME_WEIGHTS.untitledContext);
    for (const k of r.keywords) add(k, NAME_WEIGHTS.keywords);
  });
  return { names, holders };
}
