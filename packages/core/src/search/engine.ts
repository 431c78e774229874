import Fuse, { type FuseIndex } from 'fuse.js';
import { LIMITS } from '../io/limits.js';
import type { Corpus } from '../corpus/corpus.js';
import { LexharmonyError } from '../errors.js';
import type { GlossaryFile } from '../model/types.js';
import { FuzzyNames } from './fuzzy.js';
import { Glossary } from './glossary.js';
import { fuseOptions, namesOf, SEARCH_INDEX_VERSION, strictThreshold, type SearchName } from './options.js';
import { buildRecords, type SearchKind, type SearchRecord } from './records.js';
import { fold, keyWords, snippet, STOPWORDS, words } from './text.js';

export interface SearchOptions {
  /** Only this instrument (`mx-cpf`), or these (a country's: `['ar-cp', 'ar-cppf', …]`). */
  in?: string | readonly string[] | undefined;
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

/** A search index that cannot be loaded (not one, another version) or a search it cannot run (a bad limit, a query too long). */
export class SearchIndexError extends LexharmonyError {
  override name = 'SearchIndexError' as const;
  constructor(message: string) {
    super('SEARCH_INDEX', message);
  }
}

/** What the word stage keeps of a record beside the postings. */
interface Fields {
  textLength: number;
  /** Concept id → the glossary terms the record uses ("sin autorización"), for showing what matched. */
  terms: Map<string, string[]>;
}

/** A query word and what satisfies it: the word, longer words it begins, glossary concepts covering it. */
interface Group {
  word: string;
  words: string[];
  concepts: string[];
}

/** A query word's holders: record index → occurrences in the text, and → the best name field holding it. */
interface Holders {
  tf: Map<number, number>;
  field: Map<number, number>;
  /** Which of the group's words each holder has (for "matched"). */
  byWord: Map<string, Set<number>>;
}

const FIELD_WEIGHT = { own: 1, context: 0.8, text: 0.6 } as const;
/** A provision with no heading of its own (Mexican articles) is named by its structure: its chapter's title counts nearly as a heading. */
const UNTITLED_CONTEXT_WEIGHT = 0.9;
/**
 * A glossary concept found through one of its other variants ("sin autorización" for illegal
 * access) says less than its preferred term ("acceso ilícito", "illegal access") or the query's own words.
 */
const VARIANT_WEIGHT = 0.85;
const REQUIREMENT_PRIOR = 0.85;
/**
 * A text that holds every word of the query (or a glossary equivalent) says what the query is about
 * as a structure's title would: an article without a heading, in a chapter named for something
 * wider (Argentina's "Violación de secretos y de la privacidad"), is not ranked below a chapter
 * named for the query.
 */
const ALL_WORDS_IN_TEXT_WEIGHT = FIELD_WEIGHT.context;
/** With no instrument named, each instrument's best result comes first, when it scores at least this share of the top one. */
const SPREAD_SHARE = 0.5;


/**
 * The search index over a corpus: fuse.js over the short fields (fuzzy: typos, partial words) and
 * a word index over the texts (exact words, glossary equivalents in the other language), merged
 * into one ranking.
 */
export class SearchIndex {
  readonly records: readonly SearchRecord[];
  readonly glossary: Glossary;
  private readonly glossaryFiles: GlossaryFile[];
  /** Fuse over the records' distinct names (folded). */
  private readonly fuzzy: FuzzyNames;
  /** name index → the records bearing it, with the weight of the field it is in. */
  private readonly nameHolders: [number, number][][];
  private readonly fields: Fields[] = [];
  /** word → flat pairs [record index, occurrences in the text, …]. */
  private readonly postings = new Map<string, number[]>();
  /** word → flat pairs [record index, field weight]: in the record's own name or its structure's names. */
  private readonly namePostings = new Map<string, number[]>();
  /** The same for glossary concepts: occurrences in the text, and field weights (names and text) by how the concept was named. */
  private readonly conceptPostings = new Map<string, number[]>();
  private readonly conceptFieldPostings = new Map<string, number[]>();
  private readonly vocabulary: string[];
  private readonly avgLength: number;

  constructor(records: SearchRecord[], glossaries: GlossaryFile[], fuseIndex?: FuseIndex<SearchName>) {
    this.records = records;
    this.glossaryFiles = glossaries;
    this.glossary = new Glossary(glossaries);
    const { names, holders } = namesOf(records);
    this.nameHolders = holders;
    this.fuzzy = new FuzzyNames(names, fuseIndex);
    records.forEach((r, i) => {
      const own = words(fold(`${r.number} ${r.heading}`));
      const context = words(fold(r.context));
      const text = words(fold(r.text));
      const counts = new Map<string, number>();
      for (const w of text) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, c] of counts) post(this.postings, w, i, c);
      const contextWeight = r.heading ? FIELD_WEIGHT.context : UNTITLED_CONTEXT_WEIGHT;
      const names = new Map<string, number>();
      for (const w of context) names.set(w, contextWeight);
      for (const w of own) names.set(w, FIELD_WEIGHT.own);
      for (const [w, weight] of names) post(this.namePostings, w, i, weight);

      const ownHits = this.glossary.find(own).hits;
      const contextHits = this.glossary.find(context).hits;
      const textHits = this.glossary.find(text).hits;
      const terms = new Map<string, string[]>();
      for (const hits of [ownHits, contextHits, textHits]) {
        for (const [c, hit] of hits) terms.set(c, [...new Set([...(terms.get(c) ?? []), ...hit.terms])]);
      }
      for (const [c, hit] of textHits) post(this.conceptPostings, c, i, hit.count);
      const fieldOf = new Map<string, number>();
      for (const [hits, weight] of [
        [textHits, FIELD_WEIGHT.text],
        [contextHits, contextWeight],
        [ownHits, FIELD_WEIGHT.own],
      ] as const) {
        for (const [c, hit] of hits) {
          const named = hit.terms.some((t) => Object.values(hit.concept.preferred).includes(t)) ? 1 : VARIANT_WEIGHT;
          fieldOf.set(c, Math.max(fieldOf.get(c) ?? 0, weight * named));
        }
      }
      for (const [c, weight] of fieldOf) post(this.conceptFieldPostings, c, i, weight);
      this.fields.push({ textLength: text.length, terms });
    });
    this.vocabulary = [...new Set([...this.postings.keys(), ...this.namePostings.keys()])].sort();
    this.avgLength = this.fields.reduce((a, f) => a + f.textLength, 0) / Math.max(1, records.length);
  }

  /** Ranked results for a query, Spanish or English, any case, with or without accents. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1) throw new SearchIndexError(`limit must be a positive integer, got ${limit}`);
    // A query is a few words: a longer one would cost seconds (fuse's work grows with its length), never find more.
    if (query.length > LIMITS.queryChars) throw new SearchIndexError(`the query is ${query.length.toLocaleString('en')} characters long; the limit is ${LIMITS.queryChars.toLocaleString('en')}`);
    const queryWords = words(fold(query));
    const spelled = new Map(query.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => [fold(w), w.toLowerCase()]));
    const { hits, cover } = this.glossary.find(queryWords);
    const groups: Group[] = [];
    queryWords.forEach((w, i) => {
      // Numbers count whatever their length ("211 bis 1"); other one-letter words and bare stop words do not.
      if ((w.length < 2 && !/^\d+$/.test(w)) || (STOPWORDS.has(w) && cover[i]!.size === 0)) return;
      if (groups.some((g) => g.word === w)) return;
      groups.push({ word: w, words: this.expandPrefix(w), concepts: [...cover[i]!] });
    });
    if (groups.length === 0) return [];

    const within = options.in === undefined ? undefined : typeof options.in === 'string' ? [options.in] : options.in;
    const keep = (i: number) => {
      const r = this.records[i]!;
      return (!within || within.includes(r.instrument)) && (!options.kinds || options.kinds.includes(r.kind));
    };

    // Stage 1: fuse over the names, with the query and (strictly) its glossary equivalents.
    const fuzzy = new Map<number, number>();
    this.patterns(query, [...hits.values()].map((h) => h.concept.preferred)).forEach((pattern, k) => {
      for (const f of this.fuzzy.search(fold(pattern), k === 0 ? fuseOptions.threshold! : strictThreshold, 100)) {
        const rel = 1 - (f.score ?? 1);
        for (const [i, weight] of this.nameHolders[f.refIndex]!) {
          if (rel * weight > (fuzzy.get(i) ?? 0)) fuzzy.set(i, rel * weight);
        }
      }
    });

    // Stage 2: the words of the texts, each query word weighted by its rarity.
    const n = this.records.length;
    const holders = groups.map((g) => this.holders(g));
    const candidates = new Set<number>(fuzzy.keys());
    const idf = holders.map((h) => {
      let df = h.tf.size;
      for (const i of h.tf.keys()) candidates.add(i);
      for (const i of h.field.keys()) {
        if (!h.tf.has(i)) df++;
        candidates.add(i);
      }
      return Math.log(1 + n / Math.max(1, df));
    });
    const idfSum = idf.reduce((a, b) => a + b, 0);

    const scored: { i: number; score: number }[] = [];
    for (const i of candidates) {
      if (!keep(i)) continue;
      const all = holders.every((h) => h.field.has(i));
      let sum = 0;
      for (let k = 0; k < holders.length; k++) sum += idf[k]! * this.groupScore(holders[k]!, i, all ? ALL_WORDS_IN_TEXT_WEIGHT : 0);
      // A requirement is a piece of an article: at equal relevance the provision itself comes first.
      const prior = this.records[i]!.kind === 'requirement' ? REQUIREMENT_PRIOR : 1;
      const score = prior * (0.4 * (fuzzy.get(i) ?? 0) + 0.6 * (idfSum ? sum / idfSum : 0));
      if (score > 0) scored.push({ i, score });
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    const ranked = within ? scored : spread(scored, (i) => this.records[i]!.instrument);
    return ranked.slice(0, limit).map(({ i, score }) => this.result(i, score, groups, holders, spelled));
  }

  /** Plain JSON: records, glossaries and the fuse index, for `loadSearchIndex` (Node or browser). */
  toJSON(): SerializedSearchIndex {
    return {
      format: 'lexharmony-search-index',
      version: SEARCH_INDEX_VERSION,
      records: [...this.records],
      glossaries: this.glossaryFiles,
      fuse: this.fuzzy.toJSON() as SerializedSearchIndex['fuse'],
    };
  }

  /** Records holding a query word (or a longer word it begins, or one of its glossary equivalents). */
  private holders(g: Group): Holders {
    const tf = new Map<number, number>();
    const field = new Map<number, number>();
    const byWord = new Map<string, Set<number>>();
    const add = (list: number[] | undefined, seen?: Set<number>) => {
      if (!list) return;
      for (let k = 0; k < list.length; k += 2) {
        tf.set(list[k]!, (tf.get(list[k]!) ?? 0) + list[k + 1]!);
        seen?.add(list[k]!);
      }
    };
    // The word itself in the text: the text's weight.
    const inText = (list: number[] | undefined) => {
      if (!list) return;
      for (let k = 0; k < list.length; k += 2) if (FIELD_WEIGHT.text > (field.get(list[k]!) ?? 0)) field.set(list[k]!, FIELD_WEIGHT.text);
    };
    const best = (list: number[] | undefined, seen?: Set<number>) => {
      if (!list) return;
      for (let k = 0; k < list.length; k += 2) {
        if (list[k + 1]! > (field.get(list[k]!) ?? 0)) field.set(list[k]!, list[k + 1]!);
        seen?.add(list[k]!);
      }
    };
    for (const w of g.words) {
      const seen = new Set<number>();
      add(this.postings.get(w), seen);
      inText(this.postings.get(w));
      best(this.namePostings.get(w), seen);
      byWord.set(w, seen);
    }
    for (const c of g.concepts) {
      add(this.conceptPostings.get(c));
      best(this.conceptFieldPostings.get(c));
    }
    return { tf, field, byWord };
  }

  /** How well record `i` satisfies a query word: by the best field holding it, plus how often the text says it. */
  private groupScore(h: Holders, i: number, floor: number): number {
    const field = h.field.has(i) ? Math.max(h.field.get(i)!, floor) : 0;
    if (field === 0) return 0;
    const tf = h.tf.get(i) ?? 0;
    // BM25-like saturation: saying it again helps a little, a long text helps less.
    const norm = tf / (tf + 1.2 * (0.25 + (0.75 * this.fields[i]!.textLength) / this.avgLength));
    return Math.min(1, field + 0.15 * norm);
  }

  /** The query itself and its glossary equivalents in other languages (at most three fuse runs: fuse is the costly part). */
  private patterns(query: string, preferred: Record<string, string>[]): string[] {
    const out = [query.trim()];
    const seen = new Set([fold(query.trim())]);
    for (const p of preferred) {
      for (const term of Object.values(p)) {
        const k = fold(term);
        if (seen.has(k) || out.length >= 3) continue;
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

  private result(i: number, score: number, groups: Group[], holders: Holders[], spelled: Map<string, string>): SearchResult {
    const r = this.records[i]!;
    const f = this.fields[i]!;
    const matched: string[] = [];
    const needles: string[] = [];
    groups.forEach((g, k) => {
      for (const w of g.words) {
        if (!holders[k]!.byWord.get(w)?.has(i)) continue;
        const shown = spelled.get(w) ?? w;
        if (!matched.includes(shown)) matched.push(shown);
        needles.push(w);
      }
      for (const c of g.concepts) {
        for (const term of f.terms.get(c) ?? []) {
          if (!matched.includes(term)) matched.push(term);
          needles.push(fold(term));
        }
      }
    });
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

/**
 * Results in score order, except that the best result of each instrument scoring at least
 * SPREAD_SHARE of the top one comes first: a query across countries shows each country's law
 * on the first page rather than one code's articles in a row.
 */
function spread<T extends { i: number; score: number }>(scored: T[], instrumentOf: (i: number) => string): T[] {
  const floor = (scored[0]?.score ?? 0) * SPREAD_SHARE;
  const seen = new Set<string>();
  const first: T[] = [];
  const rest: T[] = [];
  for (const s of scored) {
    const inst = instrumentOf(s.i);
    if (s.score >= floor && !seen.has(inst)) {
      seen.add(inst);
      first.push(s);
    } else rest.push(s);
  }
  return [...first, ...rest];
}

function post(map: Map<string, number[]>, key: string, i: number, count: number): void {
  const list = map.get(key);
  if (list) list.push(i, count);
  else map.set(key, [i, count]);
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
  return new SearchIndex(j.records, j.glossaries, Fuse.parseIndex<SearchName>(j.fuse as Parameters<typeof Fuse.parseIndex>[0]));
}
