/**
 * Suggest which national provisions may carry a reference requirement or article: the reference's
 * words are carried into the other language through the glossary, and each provision is scored by
 * the terms it holds, rare terms weighing more (BM25). It proposes; the analyst decides.
 */
import { walk, type Corpus } from '../corpus/corpus.js';
import { LexharmonyError, NotFoundError } from '../errors.js';
import type { Provision } from '../model/types.js';
import { pick } from '../model/prose.js';
import { Glossary, type Concept } from '../search/glossary.js';
import { fold, keyWords, snippet, words } from '../search/text.js';

/** Where to look: one instrument of the corpus, or provisions read elsewhere (an official file ingested on the fly). */
export type SuggestScope = { in: string } | { provisions: readonly Provision[]; instrument?: string };

export interface SuggestOptions {
  /** At most this many candidates (default 10). */
  limit?: number;
}

export interface SuggestMatch {
  /** The glossary concept (`cybercrime-es-en:illegal-access`), or `word:<word>` for a word both texts share. */
  concept: string;
  /** The reference's words that named it ("illegal access"). */
  reference: string[];
  /** The provision's words that matched ("sin autorización", "conozca o copie"). */
  provision: string[];
  /** How often the provision says them. */
  count: number;
}

export interface Suggestion {
  ref: string;
  title: string;
  /** BM25 score: comparable within one suggestion list only. */
  score: number;
  matched: SuggestMatch[];
  snippet: string;
}

export interface SuggestResult {
  reference: { ref: string; kind: 'requirement' | 'provision'; title: string; text: string };
  scope: string;
  /** Said with every result: these are candidates, not findings. */
  notice: string;
  candidates: Suggestion[];
}

/** What every list of suggestions must say about itself. */
export const SUGGEST_NOTICE =
  'Candidates proposed by word matching through the glossary, not findings: an analyst reads each one and decides whether it carries the requirement.';

/** A reference or scope `suggest` cannot use. */
export class SuggestError extends LexharmonyError {
  override name = 'SuggestError' as const;
  constructor(message: string) {
    super('SUGGEST', message);
  }
}

/** A term of the reference to look for: a glossary concept (variants in every language) or a bare word. */
interface Term {
  key: string;
  reference: string[];
  weight: number;
  concept?: Concept;
  word?: string;
}

const K1 = 1.2;
const B = 0.75;

/** Candidate provisions (of an instrument, `{ in }`, or given) for a requirement or an article (`ref`), best first: for an analyst to read, never a finding. */
export function suggest(corpus: Corpus, ref: string, scope: SuggestScope, options: SuggestOptions = {}): SuggestResult {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) throw new SuggestError(`limit must be a positive integer, got ${limit}`);
  const glossary = new Glossary([...corpus.glossaries.values()]);
  const reference = referenceOf(corpus, ref);
  const terms = termsOf(glossary, reference.heading, reference.text);
  if (terms.length === 0) throw new SuggestError(`no words to look for in ${ref}`);

  const { instrument, provisions } = candidatesOf(corpus, scope);
  const docs = provisions.map((p) => {
    const text = [p.heading ?? '', ...p.path.map((s) => s.title ?? ''), fullText(p)].filter(Boolean).join('\n');
    const w = words(fold(text));
    const { hits } = glossary.find(w);
    const counts = new Map<string, number>();
    for (const x of w) counts.set(x, (counts.get(x) ?? 0) + 1);
    return { p, text, length: w.length, hits, counts };
  });
  const n = docs.length;
  const avg = docs.reduce((a, d) => a + d.length, 0) / Math.max(1, n);
  const tfOf = (d: (typeof docs)[number], t: Term) => (t.concept ? (d.hits.get(t.concept.id)?.count ?? 0) : (d.counts.get(t.word!) ?? 0));
  const idf = new Map(
    terms.map((t) => {
      const df = docs.filter((d) => tfOf(d, t) > 0).length;
      return [t.key, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
    }),
  );

  const scored = docs
    .map((d) => {
      let score = 0;
      const matched: SuggestMatch[] = [];
      for (const t of terms) {
        const tf = tfOf(d, t);
        if (tf === 0) continue;
        score += t.weight * idf.get(t.key)! * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avg)));
        matched.push({ concept: t.key, reference: t.reference, provision: t.concept ? d.hits.get(t.concept.id)!.terms : [t.word!], count: tf });
      }
      return { d, score, matched };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.d.length - b.d.length);

  return {
    reference: { ref, kind: reference.kind, title: reference.title, text: reference.text },
    scope: instrument,
    notice: SUGGEST_NOTICE,
    candidates: scored.slice(0, limit).map(({ d, score, matched }) => ({
      ref: `${instrument}/${d.p.id}`,
      title: [d.p.number ? `Art. ${d.p.number}` : d.p.id, d.p.heading].filter(Boolean).join(' — '),
      score: Math.round(score * 100) / 100,
      matched: matched.sort((a, b) => b.count - a.count),
      snippet: snippet(fullText(d.p), matched.flatMap((m) => m.provision.map(fold))),
    })),
  };
}

/** The reference's name and words: a requirement's label and quote, or an article's text and its requirements. */
function referenceOf(corpus: Corpus, ref: string): { kind: 'requirement' | 'provision'; title: string; heading: string; text: string } {
  const req = corpus.requirements.get(ref);
  if (req) {
    const article = corpus.provisions.get(req.article);
    return { kind: 'requirement', title: `${pick(req.label, 'en').text} (${req.kind})`, heading: pick(req.label, 'en').text, text: [...Object.values(req.quote), article?.provision.heading ?? ''].join('\n') };
  }
  const entry = corpus.provisions.get(ref);
  if (!entry) {
    throw new NotFoundError(ref, `no requirement or provision "${ref}" in the corpus; references look like coe-ets-185/art-2 or coe-ets-185/art-2#e1`);
  }
  const ids = new Set<string>();
  walk(entry.provision, (p) => ids.add(p.id));
  const reqs = [...corpus.requirements.values()].filter((r) => r.instrument === entry.instrument.id && ids.has(r.provision));
  return {
    kind: 'provision',
    title: [entry.provision.number ? `Art. ${entry.provision.number}` : entry.provision.id, entry.provision.heading].filter(Boolean).join(' — '),
    heading: entry.provision.heading ?? '',
    text: [fullText(entry.provision), ...reqs.flatMap((r) => [r.label, r.quote])].join('\n'),
  };
}

/**
 * The terms of the reference: glossary concepts its words name (those of its heading weigh double),
 * and its remaining content words, at half weight, for national texts in the same language.
 */
function termsOf(glossary: Glossary, heading: string, text: string): Term[] {
  const out = new Map<string, Term>();
  const headWords = words(fold(heading));
  const bodyWords = words(fold(text));
  const head = glossary.find(headWords);
  const body = glossary.find(bodyWords);
  for (const [source, found, weight] of [
    [headWords, head, 2],
    [bodyWords, body, 1],
  ] as const) {
    for (const hit of found.hits.values()) {
      const t = out.get(hit.concept.id);
      if (t) t.weight = Math.max(t.weight, weight);
      else out.set(hit.concept.id, { key: hit.concept.id, reference: hit.terms, weight, concept: hit.concept });
    }
    source.forEach((w, i) => {
      if (found.cover[i]!.size > 0 || w.length < 4 || !keyWords(w).length || /^\d+$/.test(w)) return;
      const key = `word:${w}`;
      if (!out.has(key)) out.set(key, { key, reference: [w], weight: weight * 0.5, word: w });
    });
  }
  return [...out.values()];
}

function candidatesOf(corpus: Corpus, scope: SuggestScope): { instrument: string; provisions: readonly Provision[] } {
  if ('in' in scope) {
    const inst = corpus.instruments.get(scope.in);
    if (!inst) throw new NotFoundError(scope.in, { key: 'err.noInstrument', params: { name: scope.in, known: [...corpus.instruments.keys()].join(', ') } });
    if (inst.provisions.length === 0) throw new SuggestError(`instrument "${scope.in}" has no provisions in this corpus`);
    return { instrument: scope.in, provisions: inst.provisions };
  }
  if (scope.provisions.length === 0) throw new SuggestError('no provisions to look in');
  return { instrument: scope.instrument ?? 'source', provisions: scope.provisions };
}

/** An article's text with the text of children it does not already hold. */
function fullText(p: Provision): string {
  const parts = [p.text];
  const have = fold(p.text).replace(/\s+/g, ' ');
  walk(p, (c) => {
    if (c !== p && !have.includes(fold(c.text).replace(/\s+/g, ' '))) parts.push(c.text);
  });
  return parts.join('\n\n');
}
