/**
 * The fuse.js options of the search index. Shared by the builder (Node) and the viewer (browser):
 * an index serialised with one set of keys must be read with the same keys.
 */
import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './records.js';

/** Bumped whenever records or keys change shape: a serialised index of another version is refused. */
export const SEARCH_INDEX_VERSION = 1;

/**
 * Fuse searches the short fields only (number, heading, structure names, glossary keywords): fuzzy
 * matching over whole provision texts is too slow (toolchain.md §4). Texts are searched by words.
 */
export const fuseKeys = [
  { name: 'heading', weight: 3 },
  { name: 'number', weight: 2 },
  { name: 'context', weight: 1 },
  { name: 'keywords', weight: 1.5 },
] as const;

export const fuseOptions: IFuseOptions<SearchRecord> = {
  keys: fuseKeys.map((k) => ({ ...k })),
  includeScore: true,
  ignoreDiacritics: true,
  isCaseSensitive: false,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};
