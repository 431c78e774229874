/**
 * Recommendations as the matrix carries them: each with its model wording, the current status of
 * its article and the status the engine projects if it alone (with what it requires) were adopted,
 * and whether it is stale.
 */
import { assess } from '../assess/assess.js';
import type { Status } from '../assess/types.js';
import type { Corpus } from '../corpus/corpus.js';
import { provisionHash } from '../model/hash.js';
import type { Finding, Recommendation, RecommendationsFile } from '../model/types.js';
import type { MatrixRecommendation, MatrixRecommendationsProvenance } from '../matrix/types.js';
import { authorshipOf } from '../matrix/authorship.js';
import { findingHash } from './fingerprint.js';
import { assumptionOf, withRequired } from './project.js';
import { wordingHash, wordingText } from './wording.js';

/** The recommendations of one jurisdiction for the given references, in file order; `statusOf` gives an article's current status. */
export function recommendationResults(corpus: Corpus, jurisdiction: string, references: readonly string[], statusOf: (article: string) => Status | undefined): MatrixRecommendation[] {
  const out: MatrixRecommendation[] = [];
  for (const reference of references) {
    for (const { file, recommendation: rec } of corpus.recommendationsFor(jurisdiction, reference)) {
      out.push(resultOf(corpus, file, rec, statusOf(rec.article) ?? 'not-assessed', reference));
    }
  }
  return out;
}

/** Who wrote a jurisdiction's recommendations (the first file that has some for these references). */
export function recommendationsProvenance(corpus: Corpus, jurisdiction: string, references: readonly string[]): MatrixRecommendationsProvenance | undefined {
  const files = corpus.recommendationFiles.filter((f) => f.jurisdiction === jurisdiction && f.recommendations.some((r) => references.some((ref) => r.article.startsWith(ref + '/'))));
  const file = files[0];
  if (!file) return undefined;
  return {
    ...authorshipOf(file),
    limits: files.flatMap((f) => f.limits),
    count: files.reduce((n, f) => n + f.recommendations.filter((r) => references.some((ref) => r.article.startsWith(ref + '/'))).length, 0),
  };
}

const findingIndex = new WeakMap<object, Map<string, Finding>>();
/** A jurisdiction's findings against a reference, by requirement (indexed once per assessment file). */
function findingsOf(corpus: Corpus, jurisdiction: string, reference: string): Map<string, Finding> {
  const a = corpus.assessmentFor(jurisdiction, reference);
  if (!a) return new Map();
  let m = findingIndex.get(a);
  if (!m) findingIndex.set(a, (m = new Map(a.findings.map((f) => [f.requirement, f]))));
  return m;
}

function resultOf(corpus: Corpus, file: RecommendationsFile, rec: Recommendation, status: Status, reference: string): MatrixRecommendation {
  const findings = findingsOf(corpus, file.jurisdiction, file.reference);
  const answers = rec.answers.map((a) => {
    const f = findings.get(a.requirement);
    // Stale when the finding is gone, its conclusion changed, or a text it cites changed since.
    const citedChanged = f?.citations.some((c) => {
      const e = corpus.provisions.get(c.ref);
      return !e || provisionHash(e.provision) !== c.hash;
    });
    return { requirement: a.requirement, stale: !f || findingHash(f) !== a.hash || Boolean(citedChanged) };
  });
  const targets = rec.targets.map((t) => {
    const e = corpus.provisions.get(t.ref);
    const s = e ? undefined : corpus.structure(t.ref);
    return { ref: t.ref, instrument: t.ref.slice(0, t.ref.indexOf('/')), path: s?.path, note: t.note, stale: e ? provisionHash(e.provision) !== t.hash : !s };
  });
  const model = rec.model.map((m) => {
    const text = wordingText(corpus, m.ref, m.lang);
    const lang = text?.lang ?? m.lang ?? corpus.provisions.get(m.ref)?.instrument.languages[0] ?? 'und';
    return { ref: m.ref, lang, quote: m.quote, note: m.note, translation: text && !text.original ? text.by : undefined, stale: !text || wordingHash(text) !== m.hash };
  });
  const now = (ref: string) => findings.get(ref)?.coverage;
  // The projected status of its article: the engine's rules over the coverages it assumes.
  const assumed = assess(corpus, file.jurisdiction, reference, { assume: assumptionOf(withRequired(corpus, rec)), articles: new Set([rec.article]) });
  return {
    id: rec.id,
    column: file.jurisdiction,
    article: rec.article,
    action: rec.action,
    makes: rec.makes,
    priority: rec.priority,
    confidence: rec.confidence,
    summary: rec.summary,
    rationale: rec.rationale,
    policy: rec.policy,
    lang: file.lang,
    date: rec.date,
    closes: rec.closes.map((c) => ({ requirement: c.requirement, now: now(c.requirement), coverage: c.coverage })),
    answers,
    targets,
    model,
    requires: [...rec.requires],
    alternatives: [...rec.alternatives],
    status,
    projected: assumed.articles[0]?.status ?? status,
    reviews: rec.reviews.map((r) => ({ by: r.by, date: r.date, outcome: r.outcome })),
    stale: answers.some((a) => a.stale) || targets.some((t) => t.stale) || model.some((m) => m.stale),
  };
}
