/**
 * Search as you type, in the browser, over the records of @lexharmony/core's search (`buildRecords`:
 * the same records, glossary keywords and folding as `lexharmony search`).
 *
 * Why not core's `SearchIndex` itself: its fuse stage runs on every query over four fields and up to
 * four patterns, which costs 100-300 ms per keystroke on this corpus (see docs/benchmarks.md). Here
 * every query word must occur, folded (no case, no accents), in a record's name, its glossary
 * keywords or its text — a few milliseconds — and fuse.js runs only when that finds little, over the
 * short fields, to catch a typo.
 */
import Fuse from 'fuse.js';
import type { SearchRecord } from '@lexharmony/core/search';
import { fold, fuseOptions, keyWords, snippet } from '@lexharmony/core/internal/search';

export type { SearchRecord };

export interface SearchHit {
  record: SearchRecord;
  /** Where every query word was found: the record's name, its glossary keywords, its text; or a fuzzy match. */
  field: 'name' | 'keywords' | 'text' | 'fuzzy';
  snippet: string;
}

/** Below this many exact hits, fuzzy matches are added. */
const FUZZY_BELOW = 5;

interface Folded {
  name: string;
  keywords: string;
  text: string;
}

export class ViewerSearchIndex {
  private readonly folded: Folded[];
  private fuse: Fuse<Folded> | undefined;

  constructor(readonly records: readonly SearchRecord[]) {
    this.folded = records.map((r) => ({
      name: fold(`${r.number} ${r.heading} ${r.title}`),
      keywords: fold(`${r.keywords.join(' · ')} ${r.context}`),
      text: fold(r.text),
    }));
  }

  search(query: string, limit = 30): SearchHit[] {
    const folded = fold(query).trim();
    const needles = keyWords(folded);
    if (needles.length === 0) return [];
    const rank = { name: 0, keywords: 1, text: 2, fuzzy: 3 } as const;
    const hits: { i: number; field: SearchHit['field']; order: number }[] = [];
    this.folded.forEach((f, i) => {
      let field: SearchHit['field'] = 'name';
      for (const w of needles) {
        if (f.name.includes(w)) continue;
        if (f.keywords.includes(w)) field = field === 'text' ? 'text' : 'keywords';
        else if (f.text.includes(w)) field = 'text';
        else return;
      }
      // At equal relevance, a provision before one of its requirements.
      hits.push({ i, field, order: rank[field] * 2 + (this.records[i]!.kind === 'requirement' ? 1 : 0) });
    });
    hits.sort((a, b) => a.order - b.order || a.i - b.i);
    if (hits.length < FUZZY_BELOW && folded.length >= 4) {
      // Core's fuse options, over the folded short fields (so no diacritics pass at search time).
      const { threshold, ignoreLocation, minMatchCharLength, includeScore } = fuseOptions;
      this.fuse ??= new Fuse(this.folded, { threshold, ignoreLocation, minMatchCharLength, includeScore, keys: [{ name: 'name', weight: 2 }, { name: 'keywords', weight: 1 }] });
      const seen = new Set(hits.map((h) => h.i));
      for (const r of this.fuse.search(folded, { limit })) {
        if (!seen.has(r.refIndex)) hits.push({ i: r.refIndex, field: 'fuzzy', order: rank.fuzzy * 2 });
      }
    }
    return hits.slice(0, limit).map(({ i, field }) => {
      const record = this.records[i]!;
      return { record, field, snippet: snippet(record.text, needles) };
    });
  }
}
