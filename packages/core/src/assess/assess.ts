import { Corpus, type RequirementEntry } from '../corpus/corpus.js';
import type { CorpusData } from '../corpus/data.js';
import { NotFoundError } from '../errors.js';
import { provisionHash } from '../model/hash.js';
import type { Message } from '../i18n/message.js';
import type { ProseMap } from '../model/prose.js';
import type { AssessmentFile, Finding, Provision } from '../model/types.js';
import { standing, type TreatyStanding } from './position.js';
import { STATUSES, type ArticleResult, type Assessment, type Assumption, type CitationResult, type RequirementResult, type Status } from './types.js';
import { AssessmentError } from './errors.js';

/** Requirement kinds that national law must satisfy; options, declarations and reservations are choices, not obligations. */
export const COUNTED_KINDS: ReadonlySet<string> = new Set(['element', 'obligation', 'safeguard']);

/** A `Corpus`, or the plain data it indexes. */
export type CorpusLike = Corpus | CorpusData;

const indexes = new WeakMap<CorpusData, Corpus>();
/** The corpus index for plain data, built once per data object. */
export function asCorpus(c: CorpusLike): Corpus {
  if (c instanceof Corpus) return c;
  let corpus = indexes.get(c);
  if (!corpus) indexes.set(c, (corpus = new Corpus(c)));
  return corpus;
}

/** The assessment file holding a jurisdiction's findings against a reference (as its reference or one it also covers). */
export function assessmentFileFor(corpus: Corpus, jurisdiction: string, reference: string): AssessmentFile | undefined {
  return corpus.assessmentFor(jurisdiction, reference);
}

export interface AssessOptions {
  /** Assess as if these changes were adopted: every status it changes is marked `projected`, with the status under current law. */
  assume?: Assumption | undefined;
  /** Only these articles (`coe-ets-185/art-2`); default every article. */
  articles?: ReadonlySet<string> | undefined;
}

/**
 * One jurisdiction against one reference instrument: the status of every requirement and every
 * article, computed from the element-level findings of the corpus (see docs/methodology.md). With
 * `assume`, the same rules over the assumed coverages and declarations: a projection, every change marked.
 */
export function assess(corpusLike: CorpusLike, jurisdiction: string, reference: string, options: AssessOptions = {}): Assessment {
  const corpus = asCorpus(corpusLike);
  const j = corpus.jurisdictions.get(jurisdiction);
  if (!j) throw new NotFoundError(jurisdiction, { key: 'err.noJurisdiction', params: { name: jurisdiction, known: [...corpus.jurisdictions.keys()].join(', ') } });
  const ref = corpus.instruments.get(reference);
  if (!ref) throw new NotFoundError(reference, { key: 'err.noReference', params: { name: reference, known: [...corpus.instruments.keys()].join(', ') } });

  const file = assessmentFileFor(corpus, jurisdiction, reference);
  const findings = new Map<string, Finding>();
  for (const f of file?.findings ?? []) findings.set(f.requirement, f);
  const notAssessed = new Map<string, ProseMap>();
  for (const n of file?.notAssessed ?? []) for (const r of n.requirements) notAssessed.set(r, n.reason);
  const stand = standing(j, reference);
  const ctx: Ctx = { corpus, jurisdiction, stand, file, notAssessed };
  const assume = options.assume;
  // The projection: the same rules, with the assumed declarations and reservations made.
  const projected: Ctx | undefined = assume && { ...ctx, stand: { ...stand, made: new Set([...stand.made, ...assume.made.keys()]) } };

  const articles: ArticleResult[] = [];
  for (const p of ref.provisions) {
    if (!isArticle(p)) continue;
    const aref = `${reference}/${p.id}`;
    if (options.articles && !options.articles.has(aref)) continue;
    const counted = corpus.requirementsOfArticle(aref).filter((r) => COUNTED_KINDS.has(r.kind) || findings.has(r.ref));
    const requirements = counted.map((r) => requirementResult(ctx, r, findings.get(r.ref)));
    const current = articleResult(ctx, reference, p, requirements);
    if (!projected || !assume) {
      articles.push(current);
      continue;
    }
    const changed = counted.map((r, i) => projectedRequirement(projected, assume, r, findings.get(r.ref), requirements[i]!));
    if (changed.every((x, i) => x === requirements[i])) {
      articles.push(current);
      continue;
    }
    const by = [...new Set(changed.flatMap((x) => x.projected?.by ?? []))];
    articles.push({ ...articleResult(projected, reference, p, changed), projected: { from: { status: current.status, reasons: current.reasons, needs: current.needs }, by } });
  }

  const limits: ProseMap[] = [...(file?.limits ?? [])];
  if (!file) limits.unshift({ en: `No assessment of ${jurisdiction} against ${reference} in the corpus: every requirement is not assessed.`, es: `El corpus no tiene evaluación de ${jurisdiction} frente a ${reference}: ningún requisito está evaluado.` });
  return {
    jurisdiction,
    reference,
    position: { party: stand.party, summary: stand.summary },
    articles,
    limits,
    date: file?.date,
    stale: articles.some((a) => a.stale),
    counts: countOf(articles.map((a) => a.status)),
  };
}

/** Every assessment file of the corpus, assessed against its reference and each instrument it also covers. */
export function assessAll(corpusLike: CorpusLike): Assessment[] {
  const corpus = asCorpus(corpusLike);
  return corpus.assessments.flatMap((a) => [a.reference, ...a.alsoCovers].map((r) => assess(corpus, a.jurisdiction, r)));
}

interface Ctx {
  corpus: Corpus;
  jurisdiction: string;
  stand: TreatyStanding;
  file: AssessmentFile | undefined;
  /** Requirements the assessment deliberately leaves without a finding, with the reason. */
  notAssessed: Map<string, ProseMap>;
}

/** Articles are the top-level numbered provisions; a preamble asks nothing and is not a row. */
function isArticle(p: Provision): boolean {
  return p.id !== 'preamble' && p.kind !== 'preamble' && !p.path.some((s) => s.level === 'preamble');
}

/** How many of each status. */
export function countOf(statuses: Status[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}

function requirementResult(ctx: Ctx, r: RequirementEntry, f: Finding | undefined): RequirementResult {
  const result = (status: Status, reasons: Message[], finding: RequirementResult['finding'], stale: boolean, notAssessedReason?: ProseMap): RequirementResult => ({ ref: r.ref, article: r.article, kind: r.kind, label: r.label, status, reasons, notAssessedReason, finding, stale });
  const requirement = r.ref;
  if (!COUNTED_KINDS.has(r.kind)) {
    // Only listed when a finding names it: the finding is kept for the reader, but counts for nothing.
    return result('not-applicable', [{ key: 'reason.req.choice', params: { requirement, kind: r.kind } }], f && findingOf(ctx, f), false);
  }
  if (!f) {
    const why = ctx.notAssessed.get(r.ref);
    return result('not-assessed', [why ? { key: 'reason.req.notAssessedBecause', params: { requirement, why } } : { key: 'reason.req.noFinding', params: { requirement } }], undefined, false, why);
  }

  const finding = findingOf(ctx, f);
  const stale = finding.citations.some((c) => c.stale);
  const jurisdiction = ctx.jurisdiction;
  const provisions = finding.citations.map((c) => c.ref);
  let status: Status;
  const reasons: Message[] = [];

  if (f.coverage === 'met' || f.coverage === 'broader') {
    status = 'full';
    reasons.push({ key: f.coverage === 'met' ? 'reason.req.met' : 'reason.req.metBroadly', params: { requirement, provisions, relationship: f.relationship } });
  } else {
    const usable = usableFor(f.coverage, finding.acceptableWith);
    const made = usable.find((a) => a.made);
    if (made) {
      status = 'full';
      reasons.push({ key: 'reason.req.acceptableMade', params: { requirement, coverage: f.coverage, provisions, jurisdiction, made: made.ref } });
    } else if (usable.length > 0) {
      status = 'conditional';
      reasons.push({
        key: f.coverage === 'narrower' ? 'reason.req.conditionalNarrower' : 'reason.req.conditionalMissing',
        params: { requirement, provisions, needs: needsOf(ctx, usable), jurisdiction, moment: ctx.stand.moment },
      });
    } else if (f.coverage === 'narrower') {
      status = 'partial';
      reasons.push({ key: 'reason.req.narrower', params: { requirement, provisions } });
    } else {
      status = 'none';
      reasons.push(f.searched ? { key: 'reason.req.noneSearched', params: { requirement, searched: f.searched } } : { key: 'reason.req.none', params: { requirement } });
    }
  }
  if (stale) {
    const changed = finding.citations.filter((c) => c.stale && c.currentHash).map((c) => c.ref);
    const gone = finding.citations.filter((c) => c.stale && !c.currentHash).map((c) => c.ref);
    reasons.push({ key: 'reason.req.stale', params: { changed, gone, date: f.date } });
  }
  return result(status, reasons, finding, stale);
}

/**
 * A requirement under the assumption: its finding with the assumed coverage, and the assumed
 * declarations and reservations made; the current result itself where nothing assumed bears on it.
 */
function projectedRequirement(ctx: Ctx, assume: Assumption, r: RequirementEntry, f: Finding | undefined, current: RequirementResult): RequirementResult {
  if (!f || !COUNTED_KINDS.has(r.kind)) return current;
  const cov = assume.coverage.get(r.ref);
  const finding = cov ? { ...f, coverage: cov.coverage } : f;
  // Which assumed declarations or reservations are among those that would make this finding acceptable.
  const usable = usableFor(finding.coverage, finding.acceptableWith.map((ref) => ({ ref, kind: ctx.corpus.requirements.get(ref)?.kind ?? 'unknown' })));
  const madeBy = needsOf(ctx, usable).flatMap((n) => assume.made.get(n) ?? []);
  const by = [...new Set([...(cov?.by ?? []), ...madeBy])];
  if (by.length === 0) return current;
  return { ...requirementResult(ctx, r, finding), projected: { from: { status: current.status, coverage: current.finding?.coverage }, by } };
}

/**
 * Which of the options, declarations and reservations a finding names could make its gap acceptable:
 * any of them where the law is narrower, only a reservation where it has no provision at all.
 */
function usableFor<T extends { kind: string }>(coverage: Finding['coverage'] | undefined, named: readonly T[]): T[] {
  return named.filter((a) => coverage === 'narrower' || a.kind === 'reservation');
}

/** The declarations/reservations to make: an option is made through the declaration(s) that let a Party require it. */
function needsOf(ctx: Ctx, usable: { ref: string; kind: string }[]): string[] {
  const out: string[] = [];
  for (const a of usable) {
    const via = a.kind === 'option' ? ctx.corpus.requirements.get(a.ref)?.relaxedBy ?? [] : [a.ref];
    for (const x of via.length ? via : [a.ref]) if (!out.includes(x)) out.push(x);
  }
  return out;
}

function findingOf(ctx: Ctx, f: Finding): NonNullable<RequirementResult['finding']> {
  const citations: CitationResult[] = f.citations.map((c) => {
    const entry = ctx.corpus.provisions.get(c.ref);
    if (entry?.instrument.kind === 'strategy') throw AssessmentError.strategyCited(ctx.corpus, ctx.jurisdiction, f.requirement, c.ref);
    const currentHash = entry ? provisionHash(entry.provision) : undefined;
    return { ref: c.ref, quote: c.quote, note: c.note, recordedHash: c.hash, currentHash, stale: currentHash !== c.hash };
  });
  const acceptableWith = f.acceptableWith.map((ref) => {
    const r = ctx.corpus.requirements.get(ref);
    const kind = r?.kind ?? 'unknown';
    // An option is made through the declaration that lets a Party require it.
    const made = kind === 'option' ? (r?.relaxedBy ?? []).some((d) => ctx.stand.made.has(d)) : ctx.stand.made.has(ref);
    return { ref, kind, label: r?.label ?? { en: ref }, made };
  });
  return {
    coverage: f.coverage,
    relationship: f.relationship,
    confidence: f.confidence,
    // Read when asked for: the compiled corpus reads a finding's prose on first use, and the summary on screen never asks.
    get rationale() {
      return f.rationale;
    },
    searched: f.searched,
    citations,
    acceptableWith,
    date: f.date,
    method: f.method,
  };
}

function articleResult(ctx: Ctx, reference: string, p: Provision, requirements: RequirementResult[]): ArticleResult {
  const counted = requirements.filter((r) => COUNTED_KINDS.has(r.kind));
  const provisions: string[] = [];
  for (const r of requirements) for (const c of r.finding?.citations ?? []) if (!provisions.includes(c.ref)) provisions.push(c.ref);
  const needs = articleNeeds(
    counted.flatMap((r) => (r.status === 'conditional' && r.finding ? [needsOf(ctx, usableFor(r.finding.coverage, r.finding.acceptableWith).filter((a) => !a.made))] : [])),
  );
  let { status, reason } = articleStatus(counted);
  if (status === 'conditional') reason = { key: 'reason.art.conditional', params: { needs, jurisdiction: ctx.jurisdiction, moment: ctx.stand.moment } };
  const detail = counted.filter((r) => r.status !== 'full').flatMap((r) => r.reasons);
  return {
    ref: `${reference}/${p.id}`,
    instrument: reference,
    number: p.number ?? p.id.replace(/^art-/, ''),
    heading: p.heading ?? '',
    status,
    reasons: [reason, ...detail],
    requirements,
    needs,
    provisions,
    stale: requirements.some((r) => r.stale),
    counts: countOf(counted.map((r) => r.status)),
  };
}

/**
 * The declarations and reservations an article needs, every one of them (reports join them with
 * "and"), from what each conditional requirement would accept (any one of its own): the fewest that
 * answer every requirement. The one that answers most of those still unanswered is taken first, on a
 * tie the one named first (authors name the narrower first); so a requirement answered by one needed
 * already adds none (Art. 6: the reservation of all of 6.1, which devices need, also answers
 * possession), and one whose alternatives nothing else needs adds only its first, never all of them.
 * Listed in the order the requirements name them.
 */
function articleNeeds(accepts: readonly (readonly string[])[]): string[] {
  let open = accepts.filter((a) => a.length > 0);
  const chosen = new Set<string>();
  while (open.length > 0) {
    let best = open[0]![0]!;
    let most = 0;
    for (const a of open) {
      for (const ref of a) {
        const n = open.filter((x) => x.includes(ref)).length;
        if (n > most) [best, most] = [ref, n];
      }
    }
    chosen.add(best);
    open = open.filter((a) => !a.includes(best));
  }
  return [...new Set(accepts.flat())].filter((ref) => chosen.has(ref));
}

/** The article rule: from the statuses of its counted requirements (elements, obligations, safeguards). */
export function articleStatus(counted: Pick<RequirementResult, 'status' | 'label' | 'ref'>[]): { status: Status; reason: Message } {
  const n = counted.length;
  if (n === 0) return { status: 'not-applicable', reason: { key: 'reason.art.asksNothing' } };
  const assessed = counted.filter((r) => r.status !== 'not-assessed');
  const k = n - assessed.length;
  if (assessed.length === 0) return { status: 'not-assessed', reason: { key: 'reason.art.notAssessed', params: { n } } };
  const c = countOf(assessed.map((r) => r.status));
  const refs = (s: Status) => assessed.filter((r) => r.status === s).map((r) => r.ref);
  let status: Status;
  const parts: Message[] = [];
  if (c.full === assessed.length) {
    status = 'full';
    parts.push({ key: 'reason.art.allMet', params: { n: assessed.length } });
  } else if (c.full + c.conditional === assessed.length) {
    status = 'conditional';
    parts.push({ key: 'reason.art.conditionalOnly', params: { requirements: refs('conditional') } });
  } else if (c.none === assessed.length) {
    status = 'none';
    parts.push({ key: 'reason.art.noneFound' });
  } else {
    status = 'partial';
    parts.push({ key: 'reason.art.someMet', params: { met: c.full, n: assessed.length } });
    if (c.partial) parts.push({ key: 'reason.art.narrowerList', params: { requirements: refs('partial') } });
    if (c.none) parts.push({ key: 'reason.art.missingList', params: { requirements: refs('none') } });
    if (c.conditional) parts.push({ key: 'reason.art.conditionalList', params: { requirements: refs('conditional') } });
  }
  if (k > 0) {
    // Unassessed requirements are never presumed met, and never counted as gaps: an article whose
    // assessed requirements are all met is full only as far as assessed, a status of its own.
    if (status === 'full') return { status: 'full-as-assessed', reason: { key: 'reason.art.fullAsAssessed', params: { n: assessed.length, k, total: n } } };
    parts.push({ key: 'reason.art.someNotAssessed', params: { k, n } });
  }
  return { status, reason: parts.length === 1 ? parts[0]! : { key: 'reason.parts', params: { parts } } };
}
