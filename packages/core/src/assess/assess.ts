import { Corpus, type RequirementEntry } from '../corpus/corpus.js';
import type { CorpusData } from '../corpus/data.js';
import { NotFoundError } from '../errors.js';
import { provisionHash } from '../model/hash.js';
import { pick, type ProseMap } from '../model/prose.js';
import type { AssessmentFile, Finding, Provision } from '../model/types.js';
import { standing, type TreatyStanding } from './position.js';
import { STATUSES, type ArticleResult, type Assessment, type CitationResult, type RequirementResult, type Status } from './types.js';
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

/**
 * One jurisdiction against one reference instrument: the status of every requirement and every
 * article, computed from the element-level findings of the corpus (see docs/methodology.md).
 */
export function assess(corpusLike: CorpusLike, jurisdiction: string, reference: string): Assessment {
  const corpus = asCorpus(corpusLike);
  const j = corpus.jurisdictions.get(jurisdiction);
  if (!j) throw new NotFoundError(jurisdiction, `no jurisdiction "${jurisdiction}" in the corpus; known: ${[...corpus.jurisdictions.keys()].join(', ')}`);
  const ref = corpus.instruments.get(reference);
  if (!ref) throw new NotFoundError(reference, `no reference instrument "${reference}" in the corpus; known: ${[...corpus.instruments.keys()].join(', ')}`);

  const file = assessmentFileFor(corpus, jurisdiction, reference);
  const findings = new Map<string, Finding>();
  for (const f of file?.findings ?? []) findings.set(f.requirement, f);
  const notAssessed = new Map<string, ProseMap>();
  for (const n of file?.notAssessed ?? []) for (const r of n.requirements) notAssessed.set(r, n.reason);
  const stand = standing(j, reference);
  const ctx: Ctx = { corpus, jurisdiction, stand, file, notAssessed };

  const articles: ArticleResult[] = [];
  for (const p of ref.provisions) {
    if (!isArticle(p)) continue;
    const aref = `${reference}/${p.id}`;
    const requirements = corpus
      .requirementsOfArticle(aref)
      .filter((r) => COUNTED_KINDS.has(r.kind) || findings.has(r.ref))
      .map((r) => requirementResult(ctx, r, findings.get(r.ref)));
    articles.push(articleResult(ctx, reference, p, requirements));
  }

  const limits: ProseMap[] = [...(file?.limits ?? [])];
  if (!file) limits.unshift({ en: `no assessment of ${jurisdiction} against ${reference} in the corpus: every requirement is not assessed` });
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

export function countOf(statuses: Status[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}

const local = (ref: string) => ref.slice(ref.indexOf('#') + 1);
const en = (p: ProseMap) => pick(p, 'en').text;

function requirementResult(ctx: Ctx, r: RequirementEntry, f: Finding | undefined): RequirementResult {
  const result = (status: Status, reasons: string[], finding: RequirementResult['finding'], stale: boolean, notAssessedReason?: ProseMap): RequirementResult => ({ ref: r.ref, article: r.article, kind: r.kind, label: r.label, status, reasons, notAssessedReason, finding, stale });
  if (!COUNTED_KINDS.has(r.kind)) {
    // Only listed when a finding names it: the finding is kept for the reader, but counts for nothing.
    return result('not-applicable', [`${r.kind}: a choice open to a Party, not an obligation; not counted`], f && findingOf(ctx, f), false);
  }
  if (!f) {
    const why = ctx.notAssessed.get(r.ref);
    return result('not-assessed', [`${local(r.ref)} “${en(r.label)}”: ${why ? `not assessed: ${en(why)}` : 'no finding yet (not assessed, not a gap)'}`], undefined, false, why);
  }

  const finding = findingOf(ctx, f);
  const stale = finding.citations.some((c) => c.stale);
  const who = ctx.jurisdiction;
  const cites = finding.citations.map((c) => c.ref).join(', ') || 'no provision cited';
  const head = `${local(r.ref)} “${en(r.label)}”`;
  let status: Status;
  const reasons: string[] = [];

  if (f.coverage === 'met' || f.coverage === 'broader') {
    status = 'full';
    reasons.push(`${head}: ${f.coverage === 'met' ? 'met' : 'met, more broadly'} by ${cites} (${f.relationship})`);
  } else {
    // Which of the options, declarations and reservations the finding names could make the gap acceptable.
    const usable = finding.acceptableWith.filter((a) => f.coverage === 'narrower' || a.kind === 'reservation');
    const made = usable.find((a) => a.made);
    if (made) {
      status = 'full';
      reasons.push(`${head}: ${f.coverage} in ${cites}, acceptable because ${who} made ${made.kind} ${made.ref}`);
    } else if (usable.length > 0) {
      status = 'conditional';
      const needs = needsOf(ctx, usable);
      const when = ctx.stand.party ? `which ${who} has not made` : `which ${who} would have to make ${ctx.stand.moment} (${ctx.stand.summary})`;
      reasons.push(`${head}: ${f.coverage === 'narrower' ? `narrower in ${cites}` : 'no provision'}; acceptable only with ${needs.join(' or ')}, ${when}`);
    } else if (f.coverage === 'narrower') {
      status = 'partial';
      reasons.push(`${head}: narrower in ${cites}, and no declaration or reservation allows it`);
    } else {
      status = 'none';
      reasons.push(`${head}: no provision${f.searched ? ` (searched: ${en(f.searched)})` : ''}`);
    }
  }
  if (stale) {
    const changed = finding.citations.filter((c) => c.stale).map((c) => (c.currentHash ? `${c.ref} changed` : `${c.ref} no longer in the corpus`));
    reasons.push(`stale: ${changed.join('; ')} since the finding of ${f.date}; review it`);
  }
  return result(status, reasons, finding, stale);
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
    return { ref: c.ref, quote: c.quote, recordedHash: c.hash, currentHash, stale: currentHash !== c.hash };
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
    rationale: f.rationale,
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
  const needs: string[] = [];
  for (const r of counted) {
    if (r.status !== 'conditional' || !r.finding) continue;
    const usable = r.finding.acceptableWith.filter((a) => !a.made && (r.finding!.coverage === 'narrower' || a.kind === 'reservation'));
    for (const n of needsOf(ctx, usable)) if (!needs.includes(n)) needs.push(n);
  }
  let { status, reason } = articleStatus(counted);
  if (status === 'conditional') {
    const named = needs.map((n) => { const l = ctx.corpus.requirements.get(n)?.label; return `${n} (${l ? en(l) : n})`; }).join(' or ');
    reason = `full only with ${named}, ${ctx.stand.party ? `which ${ctx.jurisdiction} has not made` : `which ${ctx.jurisdiction} would have to make ${ctx.stand.moment}`}`;
  }
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

const reqs = (n: number) => (n === 1 ? '1 requirement' : `${n} requirements`);

/** The article rule: from the statuses of its counted requirements (elements, obligations, safeguards). */
export function articleStatus(counted: Pick<RequirementResult, 'status' | 'label' | 'ref'>[]): { status: Status; reason: string } {
  const n = counted.length;
  if (n === 0) return { status: 'not-applicable', reason: 'asks nothing of national law (no elements, obligations or safeguards)' };
  const assessed = counted.filter((r) => r.status !== 'not-assessed');
  const k = n - assessed.length;
  if (assessed.length === 0) return { status: 'not-assessed', reason: n === 1 ? 'not assessed: no finding for its one requirement' : `not assessed: no finding for any of its ${n} requirements` };
  const c = countOf(assessed.map((r) => r.status));
  const gapList = (s: Status) => assessed.filter((r) => r.status === s).map((r) => `“${en(r.label)}”`).join(', ');
  let status: Status;
  let reason: string;
  if (c.full === assessed.length) {
    status = 'full';
    reason = assessed.length === 1 ? 'its one requirement is met' : `all ${assessed.length} requirements met`;
  } else if (c.full + c.conditional === assessed.length) {
    status = 'conditional';
    reason = `met only with a declaration or reservation: ${gapList('conditional')}`;
  } else if (c.none === assessed.length) {
    status = 'none';
    reason = `no provision for any assessed requirement`;
  } else {
    status = 'partial';
    const parts = [`${c.full} of ${reqs(assessed.length)} met`];
    if (c.partial) parts.push(`narrower: ${gapList('partial')}`);
    if (c.none) parts.push(`missing: ${gapList('none')}`);
    if (c.conditional) parts.push(`conditional: ${gapList('conditional')}`);
    reason = parts.join('; ');
  }
  if (k > 0) {
    const note = `${k} of ${reqs(n)} not assessed`;
    // Unassessed requirements are never presumed met, and never counted as gaps: an article whose
    // assessed requirements are all met is full only as far as assessed, a status of its own.
    if (status === 'full') {
      const which = assessed.length === 1 ? 'the one assessed is' : `all ${assessed.length} assessed are`;
      return { status: 'full-as-assessed', reason: `${which} met; ${note}` };
    }
    return { status, reason: `${reason}; ${note}` };
  }
  return { status, reason };
}
