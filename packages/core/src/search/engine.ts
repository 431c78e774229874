import Fuse, { type FuseIndex } from 'fuse.js';
import type { Corpus } from '../corpus/corpus.js';
import { LexharmonyError } from '../errors.js';
import type { GlossaryFile } from '../model/types.js';
import { Glossary } from './glossary.js';
import { fuseOptions, SEARCH_INDEX_VERSION } from './options.js';
import { buildRecords, type SearchKind, type SearchRecord } from './records.js';
import { fold, keyWords, snippet, STOPWORDS, words } from './text.js';

export interface SearchOptions {
  /** Only this instrument (`mx-cpf`). */
  in?: string | undefined;
  /** At most this many results (default 10). */
  limit?: number | undefined;
  kinds?: readonly SearchKind[] | undefined;
}

export interface SearchResult {
  ref: string;
  kind: SearchKind;
  instrument: string;
  title: string;
  /** Words of the text around the first match. */
  snippet: string;
  /** Relevance, 0 to 1, higher is better. */
  score: number;
  /** The words of the query, or their glossary equivalents, that the result holds. */
  matched: string[];
}

/** What `SearchIndex.toJSON()` gives and `loadSearchIndex()` takes: plain JSON. */
export interface SerializedSearchIndex {
  format: 'lexharmony-search-index';
  version: number;
  records: SearchRecord[];
  glossaries: GlossaryFile[];
  fuse: { keys: unknown; records: unknown };
}

export class SearchIndexError extends LexharmonyError {
  override name = 'SearchIndexError' as const;
  constructor(message: string) {
    super('SEARCH_INDEX', message);
  }
}

/** A record's words by field, for the word stage. */
interface Fields {
  own: Set<string>;
  context: Set<string>;
  textLength: number;
  /** Concepts in the record's own name / structure names. */
  ownConcepts: Set<string>;
  contextConcepts: Set<string>;
}

/** A query word and what satisfies it: the word, longer words it begins, glossary concepts covering it. */
interface Group {
  word: string;
  words: string[];
  concepts: string[];
}

const FIELD_WEIGHT = { own: 1, context: 0.8, text: 0.6 } as const;
const REQUIREMENT_PRIOR = 0.85;

/**
 * The search index over a corpus: fuse.js over the short fields (fuzzy: typos, partial words) and
 * a word index over the texts (exact words, glossary equivalents in the other language), merged
 * into one ranking.
 */
export class SearchIndex {
  readonly records: readonly SearchRecord[];
  readonly glossary: Glossary;
  private readonly glossaryFiles: GlossaryFile[];
  private readonly fuse: Fuse<SearchRecord>;
  private readonly fields: Fields[] = [];
  /** word → record index → occurrences in the text (0: only in the record's names). */
  private readonly postings = new Map<string, Map<number, number>>();
  /** concept id → record index → occurrences in the text. */
  private readonly conceptPostings = new Map<string, Map<number, number>>();
  private readonly vocabulary: string[];
  private readonly avgLength: number;

  constructor(records: SearchRecord[], glossaries: GlossaryFile[], fuseIndex?: FuseIndex<SearchRecord>) {
    this.records = records;
    this.glossaryFiles = glossaries;
    this.glossary = new Glossary(glossaries);
    this.fuse = new Fuse(records, fuseOptions, fuseIndex ?? Fuse.createIndex(fuseOptions.keys!, records));
    let total = 0;
    records.forEach((r, i) => {
      const own = words(fold(`${r.number} ${r.heading}`));
      const context = words(fold(r.context));
      const text = words(fold(r.text));
      total += text.length;
      this.fields.push({
        own: new Set(own),
        context: new Set(context),
        textLength: text.length,
        ownConcepts: new Set(this.glossary.find(own).hits.keys()),
        contextConcepts: new Set(this.glossary.find(context).hits.keys()),
      });
      for (const w of [...own, ...context]) post(this.postings, w, i, 0);
      for (const w of text) post(this.postings, w, i, 1);
      for (const list of [own, context]) for (const c of this.glossary.find(list).hits.keys()) post(this.conceptPostings, c, i, 0);
      for (const [c, hit] of this.glossary.find(text).hits) post(this.conceptPostings, c, i, hit.count);
    });
    this.vocabulary = [...this.postings.keys()].sort();
    this.avgLength = records.length ? total / records.length : 1;
  }

  /** Ranked results for a query, Spanish or English, any case, with or without accents. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1) throw new SearchIndexError(`limit must be a positive integer, got ${limit}`);
    const queryWords = words(fold(query));
    const spelled = new Map(query.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => [fold(w), w.toLowerCase()]));
    const { hits, cover } = this.glossary.find(queryWords);
    const groups: Group[] = [];
    queryWords.forEach((w, i) => {
      if (w.length < 2 || (STOPWORDS.has(w) && cover[i]!.size === 0)) return;
      if (groups.some((g) => g.word === w)) return;
      groups.push({ word: w, words: this.expandPrefix(w), concepts: [...cover[i]!] });
    });
    if (groups.length === 0) return [];

    const keep = (i: number) => {
      const r = this.records[i]!;
      return (!options.in || r.instrument === options.in) && (!options.kinds || options.kinds.includes(r.kind));
    };

    // Stage 1: fuse over the short fields, with the query and its glossary equivalents.
    const fuzzy = new Map<number, number>();
    const filtered = Boolean(options.in || options.kinds);
    for (const pattern of this.patterns(query, [...hits.values()].map((h) => h.concept.preferred))) {
      const found = filtered ? this.fuse.search(pattern) : this.fuse.search(pattern, { limit: Math.max(50, limit * 5) });
      for (const f of found) {
        const rel = 1 - (f.score ?? 1);
        if (rel > (fuzzy.get(f.refIndex) ?? 0)) fuzzy.set(f.refIndex, rel);
      }
    }

    // Stage 2: the words of the texts, each query word weighted by its rarity.
    const n = this.records.length;
    const idf = groups.map((g) => Math.log(1 + n / Math.max(1, this.holders(g).size)));
    const idfSum = idf.reduce((a, b) => a + b, 0);
    const candidates = new Set<number>(fuzzy.keys());
    for (const g of groups) for (const i of this.holders(g)) candidates.add(i);

    const scored: { i: number; score: number }[] = [];
    for (const i of candidates) {
      if (!keep(i)) continue;
      let words = 0;
      groups.forEach((g, k) => {
        words += idf[k]! * this.groupScore(g, i);
      });
      // A requirement is a piece of an article: at equal relevance the provision itself comes first.
      const prior = this.records[i]!.kind === 'requirement' ? REQUIREMENT_PRIOR : 1;
      const score = prior * (0.4 * (fuzzy.get(i) ?? 0) + 0.6 * (idfSum ? words / idfSum : 0));
      if (score > 0) scored.push({ i, score });
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    return scored.slice(0, limit).map(({ i, score }) => this.result(i, score, groups, spelled));
  }

  /** Plain JSON: records, glossaries and the fuse index, for `loadSearchIndex` (Node or browser). */
  toJSON(): SerializedSearchIndex {
    return {
      format: 'lexharmony-search-index',
      version: SEARCH_INDEX_VERSION,
      records: [...this.records],
      glossaries: this.glossaryFiles,
      fuse: this.fuse.getIndex().toJSON() as SerializedSearchIndex['fuse'],
    };
  }

  /** Records holding a query word (or a longer word it begins, or one of its glossary equivalents). */
  private holders(g: Group): Set<number> {
    const out = new Set<number>();
    for (const w of g.words) for (const i of this.postings.get(w)?.keys() ?? []) out.add(i);
    for (const c of g.concepts) for (const i of this.conceptPostings.get(c)?.keys() ?? []) out.add(i);
    return out;
  }

  /** How well record `i` satisfies a query word: by the best field holding it, plus how often the text says it. */
  private groupScore(g: Group, i: number): number {
    const f = this.fields[i]!;
    let field = 0;
    let tf = 0;
    for (const w of g.words) {
      const t = this.postings.get(w)?.get(i);
      if (t === undefined) continue;
      if (f.own.has(w)) field = Math.max(field, FIELD_WEIGHT.own);
      else if (f.context.has(w)) field = Math.max(field, FIELD_WEIGHT.context);
      if (t > 0) field = Math.max(field, FIELD_WEIGHT.text);
      tf += t;
    }
    for (const c of g.concepts) {
      const t = this.conceptPostings.get(c)?.get(i);
      if (t === undefined) continue;
      if (f.ownConcepts.has(c)) field = Math.max(field, FIELD_WEIGHT.own);
      else if (f.contextConcepts.has(c)) field = Math.max(field, FIELD_WEIGHT.context);
      if (t > 0) field = Math.max(field, FIELD_WEIGHT.text);
      tf += t;
    }
    if (field === 0) return 0;
    // BM25-like saturation: saying it again helps a little, a long text helps less.
    const norm = tf / (tf + 1.2 * (0.25 + (0.75 * f.textLength) / this.avgLength));
    return Math.min(1, field + 0.15 * norm);
  }

  /** The query itself and its glossary equivalents in other languages (at most four fuse runs). */
  private patterns(query: string, preferred: Record<string, string>[]): string[] {
    const out = [query.trim()];
    const seen = new Set([fold(query.trim())]);
    for (const p of preferred) {
      for (const term of Object.values(p)) {
        const k = fold(term);
        if (seen.has(k) || out.length >= 4) continue;
        // Only terms that stand for the whole query; single-word equivalents of a longer query would match too much.
        if (words(k).length < keyWords(fold(query)).length) continue;
        seen.add(k);
        out.push(term);
      }
    }
    return out;
  }

  /** A query word, and the indexed words it begins when it is long enough to be a stem ("intercept" → "interceptacion"). */
  private expandPrefix(w: string): string[] {
    if (w.length < 5) return [w];
    const out = [w];
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.vocabulary.length && out.length < 40 && this.vocabulary[k]!.startsWith(w); k++) {
      if (this.vocabulary[k] !== w) out.push(this.vocabulary[k]!);
    }
    return out;
  }

  private result(i: number, score: number, groups: Group[], spelled: Map<string, string>): SearchResult {
    const r = this.records[i]!;
    const matched: string[] = [];
    const needles: string[] = [];
    for (const g of groups) {
      for (const w of g.words) {
        if (this.postings.get(w)?.has(i)) {
          const shown = spelled.get(w) ?? w;
          if (!matched.includes(shown)) matched.push(shown);
          needles.push(w);
        }
      }
      for (const c of g.concepts) {
        if (!this.conceptPostings.get(c)?.has(i)) continue;
        const { hits } = this.glossary.find(words(fold(`${r.heading}\n${r.context}\n${r.text}`)));
        for (const term of hits.get(c)?.terms ?? []) {
          if (!matched.includes(term)) matched.push(term);
          needles.push(fold(term));
        }
      }
    }
    return {
      ref: r.ref,
      kind: r.kind,
      instrument: r.instrument,
      title: r.title,
      snippet: snippet(r.text, needles),
      score: Math.round(score * 1000) / 1000,
      matched,
    };
  }
}

function post(map: Map<string, Map<number, number>>, key: string, i: number, count: number): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.set(i, (m.get(i) ?? 0) + count);
}

/** Build the search index of a corpus: its provisions, strategy provisions and requirements. */
export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const glossaries = [...corpus.glossaries.values()];
  return new SearchIndex(buildRecords(corpus, new Glossary(glossaries)), glossaries);
}

/** Rebuild a search index from `SearchIndex.toJSON()` output, without the corpus. */
export function loadSearchIndex(json: unknown): SearchIndex {
  const j = json as Partial<SerializedSearchIndex> | null;
  if (!j || j.format !== 'lexharmony-search-index') throw new SearchIndexError('not a lexharmony search index (format field missing)');
  if (j.version !== SEARCH_INDEX_VERSION) throw new SearchIndexError(`search index version ${String(j.version)}; this build reads version ${SEARCH_INDEX_VERSION}`);
  if (!Array.isArray(j.records) || !Array.isArray(j.glossaries) || !j.fuse) throw new SearchIndexError('search index: records, glossaries or fuse index missing');
  return new SearchIndex(j.records, j.glossaries, Fuse.parseIndex<SearchRecord>(j.fuse as Parameters<typeof Fuse.parseIndex>[0]));
}
