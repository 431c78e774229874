/**
 * Search over the viewer's records, shared by the build (which makes the records) and the browser
 * (which queries them). No DOM, no Node: plain functions over plain data.
 *
 * Two stages, so that a keystroke stays cheap over the whole corpus: every query word must occur
 * (diacritics- and case-insensitive) in a record's title, terms or text; when that finds few records,
 * fuse.js adds fuzzy matches over the short fields (title and terms), which catches typos.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchRecord } from './types.js';

/** Lower case, no diacritics, single spaces: "Interceptación  ilícita" → "interceptacion ilicita". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export const fuseOptions: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'terms', weight: 2 },
  ],
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
};

export interface SearchHit {
  record: SearchRecord;
  /** Where the words were found, best first: title, terms, text, or fuzzy. */
  field: 'title' | 'terms' | 'text' | 'fuzzy';
}

export class SearchIndex {
  private readonly folded: { title: string; terms: string; text: string }[];
  private fuse: Fuse<SearchRecord> | undefined;

  constructor(readonly records: readonly SearchRecord[]) {
    this.folded = records.map((r) => ({ title: fold(r.title), terms: fold(r.terms), text: fold(r.text) }));
  }

  search(query: string, limit = 30): SearchHit[] {
    const words = fold(query).split(' ').filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const rank = { title: 0, terms: 1, text: 2, fuzzy: 3 } as const;
    const hits: SearchHit[] = [];
    this.folded.forEach((f, i) => {
      if (!words.every((w) => f.title.includes(w) || f.terms.includes(w) || f.text.includes(w))) return;
      const field = words.every((w) => f.title.includes(w)) ? 'title' : words.every((w) => f.title.includes(w) || f.terms.includes(w)) ? 'terms' : 'text';
      hits.push({ record: this.records[i]!, field });
    });
    hits.sort((a, b) => rank[a.field] - rank[b.field]);
    if (hits.length < limit && query.trim().length >= 3) {
      this.fuse ??= new Fuse([...this.records], fuseOptions);
      const seen = new Set(hits.map((h) => h.record));
      for (const r of this.fuse.search(query, { limit })) {
        if (!seen.has(r.item)) hits.push({ record: r.item, field: 'fuzzy' });
      }
    }
    return hits.slice(0, limit);
  }
}
