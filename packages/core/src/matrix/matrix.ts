import { asCorpus, assess, countOf, type CorpusLike } from '../assess/assess.js';
import { SYMBOLS, type ArticleResult, type Status } from '../assess/types.js';
import { structureId, type Corpus } from '../corpus/corpus.js';
import { corpusDigest } from '../corpus/digest.js';
import { citeParts, type CiteParts } from '../cite/parts.js';
import { LexharmonyError, NotFoundError, type Said } from '../errors.js';
import type { Message } from '../i18n/message.js';
import { provisionHash, translationStale } from '../model/hash.js';
import type { ProseMap } from '../model/prose.js';
import type { AssessmentFile, Instrument, Provision } from '../model/types.js';
import { assumptionOf, withRequired } from '../recommend/project.js';
import { recommendationResults, recommendationsProvenance } from '../recommend/results.js';
import { authorshipOf } from './authorship.js';
import type { Assumption } from '../assess/types.js';
import type { Recommendation } from '../model/types.js';
import pkg from '../../package.json' with { type: 'json' };
import type { GapMatrix, MatrixAdopted, MatrixAssessment, MatrixCell, MatrixColumn, MatrixGroup, MatrixRecommendation, MatrixRow } from './types.js';

export interface GapMatrixOptions {
  /** ISO codes of the jurisdictions (columns): `['MX']`. Default: every jurisdiction with an assessment. */
  jurisdictions?: string[] | undefined;
  /** Reference instruments (rows): default, every reference the jurisdictions were assessed against. */
  references?: string[] | undefined;
  /** Date the matrix is computed (YYYY-MM-DD); default today (UTC). Fix it for reproducible output. */
  date?: string | undefined;
  /**
   * A projection: the matrix as if these recommendations (ids, or `all` of the columns'
   * jurisdictions) were adopted. Every cell they change is marked `projected`; never current law.
   */
  assume?: readonly string[] | 'all' | undefined;
  /**
   * `false` leaves the recommendations out (the matrix then carries none, as for a jurisdiction that
   * has none): for a caller that shows only statuses, such as the terminal summary, since computing
   * each recommendation's projected status re-assesses its article. Default: included.
   */
  recommendations?: boolean | undefined;
}

/** The tool and its version, as every output names it (read from the package, never typed twice). */
export const TOOL = `lexharmony ${pkg.version}`;

export { SYMBOLS } from '../assess/types.js';

/** Thrown for options the matrix cannot honour (a malformed date, nothing to compare). */
export class MatrixOptionError extends LexharmonyError {
  override name = 'MatrixOptionError' as const;
  readonly option: string;
  constructor(option: string, message: string | Said) {
    super('MATRIX_OPTION', message);
    this.option = option;
  }
}

/** The reference instruments the jurisdictions were assessed against, in corpus order. */
function defaultReferences(corpus: Corpus, jurisdictions: string[]): string[] {
  const out: string[] = [];
  const wanted = new Set(jurisdictions);
  for (const a of corpus.assessments) {
    if (!wanted.has(a.jurisdiction)) continue;
    for (const r of [a.reference, ...a.alsoCovers]) if (!out.includes(r)) out.push(r);
  }
  if (out.length === 0) {
    for (const inst of corpus.instruments.values()) if (inst.requirements.length > 0 && inst.meta.kind !== 'strategy') out.push(inst.meta.id);
  }
  return out;
}

/** Reference articles (rows, grouped by chapter/section/title) × jurisdictions (columns), every cell computed from findings. */
export function gapMatrix(corpusLike: CorpusLike, options: GapMatrixOptions = {}): GapMatrix {
  const corpus = asCorpus(corpusLike);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date) throw new MatrixOptionError('date', `invalid date "${date}" (expected YYYY-MM-DD)`);
  const jurisdictions = options.jurisdictions?.length ? [...new Set(options.jurisdictions)] : [...new Set(corpus.assessments.map((a) => a.jurisdiction))];
  if (jurisdictions.length === 0) throw new MatrixOptionError('jurisdictions', { key: 'err.noJurisdictions' });
  for (const j of jurisdictions) {
    if (!corpus.jurisdictions.has(j)) throw new NotFoundError(j, { key: 'err.noJurisdiction', params: { name: j, known: [...corpus.jurisdictions.keys()].join(', ') } });
  }
  const references = options.references?.length ? [...new Set(options.references)] : defaultReferences(corpus, jurisdictions);
  if (references.length === 0) throw new MatrixOptionError('references', 'no reference instrument with requirements in the corpus');
  for (const r of references) {
    const inst = corpus.instruments.get(r);
    if (!inst) throw new NotFoundError(r, { key: 'err.noReference', params: { name: r, known: [...corpus.instruments.keys()].join(', ') } });
    if (inst.meta.kind === 'strategy') throw new MatrixOptionError('references', `"${r}" is a strategy; a legal gap matrix compares law with a treaty`);
    // An instrument held for its metadata only (CETS 224) would give an empty matrix that reads as "nothing to do".
    if (corpus.requirementsOf(r).length === 0) {
      throw new MatrixOptionError('references', `${r} has no requirements in the corpus: ${inst.provisions.length === 0 ? 'its text is not available' : 'its provisions have not been decomposed into requirements'}`);
    }
  }

  const assumed = options.assume === undefined ? undefined : assumedRecommendations(corpus, options.assume, jurisdictions, references);

  // A column at a time: each jurisdiction is assessed against each reference, its cells are filled
  // in, and its assessment is let go, so that only the matrix outlives the loop. `grid` holds the
  // same cells by row and column position, for the totals (a row's `cells`, keyed by hundreds of
  // jurisdictions, is a slow dictionary to walk).
  const columns: MatrixColumn[] = [];
  const groups: MatrixGroup[] = [];
  const seenGroups = new Set<string>();
  const rows: MatrixRow[] = [];
  const grid: MatrixCell[][] = [];
  const rowIndex = new Map<string, number>();
  const recommendations: MatrixRecommendation[] = [];
  for (const j of jurisdictions) {
    const juris = corpus.jurisdictions.get(j)!;
    const limits: ProseMap[] = [];
    const seenLimits = new Set<string>();
    let position: Message = { key: 'position.unknown' };
    const assume = assumed && assumptionOf(assumed.filter((rec) => rec.id.startsWith(`${j}-`)));
    const current = new Map<string, Status>();
    for (const [k, r] of references.entries()) {
      const assessment = assess(corpus, j, r, { assume: assume as Assumption | undefined });
      if (k === 0) position = assessment.position.summary;
      for (const l of assessment.limits) {
        const key = JSON.stringify(l);
        if (!seenLimits.has(key)) seenLimits.add(key), limits.push(l);
      }
      for (const a of assessment.articles) {
        let i = rowIndex.get(a.ref);
        if (i === undefined) {
          rowIndex.set(a.ref, (i = rows.length));
          rows.push(newRow(corpus, r, a, groups, seenGroups));
          grid.push([]);
        }
        const cell = cellOf(a);
        rows[i]!.cells[j] = cell;
        grid[i]!.push(cell);
        current.set(a.ref, a.projected?.from.status ?? a.status);
      }
    }
    const file = corpus.assessmentFor(j, references[0]!);
    const withRecommendations = options.recommendations !== false;
    const recommended = withRecommendations ? recommendationsProvenance(corpus, j, references) : undefined;
    columns.push({ key: j, jurisdiction: j, names: juris.names, reference: references[0]!, position, limits, assessment: file && provenanceOf(file), ...(recommended ? { recommendations: recommended } : {}) });
    if (withRecommendations) recommendations.push(...recommendationResults(corpus, j, references, (article) => current.get(article)));
  }

  // The totals count current law (a projected cell by the status it has now); a projection's own totals count the projected cells.
  const totalsOf = (statusOf: (cell: MatrixCell) => Status): GapMatrix['totals'] => {
    const statusesIn = (rowIndices: number[], column: number) => countOf(rowIndices.map((i) => statusOf(grid[i]![column]!)));
    const allRows = rows.map((_, i) => i);
    const byColumn: GapMatrix['totals']['byColumn'] = {};
    columns.forEach((c, k) => (byColumn[c.key] = statusesIn(allRows, k)));
    const byGroup: GapMatrix['totals']['byGroup'] = {};
    for (const g of groups) {
      // A group counts its own rows and those of the groups inside it.
      const inside = allRows.filter((i) => rows[i]!.group === g.ref || rows[i]!.group.startsWith(g.ref + (g.depth === 0 ? '/' : '.')));
      const counts: Record<string, Record<Status, number>> = {};
      columns.forEach((c, k) => (counts[c.key] = statusesIn(inside, k)));
      byGroup[g.ref] = counts;
    }
    return { byColumn, byGroup };
  };

  const cited = citedRefs(grid);
  // The texts a recommendation changes go with the matrix, after those the findings cite; a model's
  // words are quoted in the recommendation itself, so only its source (and caveat) is added.
  const quoted = [...cited];
  for (const rec of recommendations) for (const ref of rec.targets.map((t) => t.ref)) if (corpus.provisions.has(ref) && !quoted.includes(ref)) quoted.push(ref);
  const sourced = [...quoted];
  for (const rec of recommendations) for (const ref of rec.model.map((m) => m.ref)) if (!sourced.includes(ref)) sourced.push(ref);
  return {
    version: 3,
    generated: { corpus: corpusDigest(corpus.data), tool: TOOL, date },
    references: references.map((r) => {
      const m = corpus.instruments.get(r)!.meta;
      return { id: r, titles: m.titles, short: m.short, version: m.version, adopted: adoptedOf(m) };
    }),
    columns,
    groups,
    rows,
    totals: totalsOf((cell) => cell.projected?.from.status ?? cell.status),
    sources: sourcesOf(corpus, references, sourced),
    provisions: provisionsOf(corpus, quoted),
    cites: citesOf(corpus, rows, grid, quoted, recommendations),
    ...(recommendations.length ? { recommendations } : {}),
    ...(assumed ? { projection: { assumed: assumed.map((r) => r.id), totals: totalsOf((cell) => cell.status) } } : {}),
  };
}

/** The recommendations a projection assumes: every one of the columns' jurisdictions, or those named, each with what it requires. */
function assumedRecommendations(corpus: Corpus, assume: readonly string[] | 'all', jurisdictions: string[], references: string[]): Recommendation[] {
  const inScope = (rec: Recommendation) => references.some((r) => rec.article.startsWith(r + '/'));
  if (assume === 'all') return jurisdictions.flatMap((j) => references.flatMap((r) => corpus.recommendationsFor(j, r).map((x) => x.recommendation)));
  const out: Recommendation[] = [];
  for (const id of new Set(assume)) {
    const found = corpus.recommendation(id);
    if (!found) {
      const known = corpus.recommendationFiles.filter((f) => jurisdictions.includes(f.jurisdiction)).flatMap((f) => f.recommendations.map((r) => r.id));
      throw new MatrixOptionError('assume', `no recommendation "${id}" in the corpus${known.length ? `; known: ${known.join(', ')}` : ''} (or --assume all)`);
    }
    if (!jurisdictions.includes(found.file.jurisdiction)) throw new MatrixOptionError('assume', `recommendation "${id}" is for ${found.file.jurisdiction}, which is not a column of this matrix`);
    if (!inScope(found.recommendation)) throw new MatrixOptionError('assume', `recommendation "${id}" answers ${found.recommendation.article}, outside the references of this matrix (${references.join(', ')})`);
    const missing = withRequired(corpus, found.recommendation).filter((r) => !assume.includes(r.id));
    if (missing.length) throw new MatrixOptionError('assume', `recommendation "${id}" is adopted only together with ${missing.map((r) => r.id).join(', ')}: name ${missing.length > 1 ? 'them' : 'it'} too`);
    out.push(found.recommendation);
  }
  return out;
}

/** A treaty's opening as data, where the corpus says how, where and when. */
function adoptedOf(m: Instrument): MatrixAdopted | undefined {
  return m.adopted && m.versionDate ? { act: m.adopted.act, place: m.adopted.place, date: m.versionDate } : undefined;
}

/** Who made the assessment, when, and how far it was reviewed. */
function provenanceOf(file: AssessmentFile): MatrixAssessment {
  return {
    ...authorshipOf(file),
    findings: file.findings.length,
    methods: [...new Set(file.findings.map((f) => f.method))],
  };
}

/** The citation parts of every reference a reader may see: articles, requirements (with the declarations they need) and cited provisions. */
function citesOf(corpus: Corpus, rows: MatrixRow[], grid: MatrixCell[][], cited: string[], recommendations: MatrixRecommendation[]): Record<string, CiteParts> {
  const refs = new Set<string>();
  for (const r of rows) refs.add(r.ref);
  for (const cells of grid) {
    for (const cell of cells) {
      for (const n of cell.needs) refs.add(n);
      for (const n of cell.projected?.from.needs ?? []) refs.add(n);
      for (const f of cell.findings) {
        refs.add(f.requirement);
        for (const a of f.acceptableWith) refs.add(a.ref);
      }
    }
  }
  for (const p of cited) refs.add(p);
  for (const rec of recommendations) {
    refs.add(rec.article);
    if (rec.makes) refs.add(rec.makes);
    for (const c of rec.closes) refs.add(c.requirement);
    for (const a of rec.answers) refs.add(a.requirement);
    // A structure target too: its citation parts name the code (its short name) before the path.
    for (const t of rec.targets) refs.add(t.ref);
    for (const m of rec.model) refs.add(m.ref);
  }
  const out: Record<string, CiteParts> = {};
  for (const ref of refs) out[ref] = citeParts(corpus, ref);
  return out;
}

/** The row of a reference article, with no cells yet; adds the groups (the reference, its chapters, sections) it is the first to reach. */
function newRow(corpus: Corpus, reference: string, a: ArticleResult, groups: MatrixGroup[], seen: Set<string>): MatrixRow {
  if (!seen.has(reference)) addGroup(groups, seen, { ref: reference, reference, path: [], translated: {}, depth: 0 });
  const article = corpus.provisions.get(a.ref)?.article;
  const path = article?.path ?? [];
  const official = (article?.translations ?? []).filter((t) => t.official);
  for (let i = 1; i <= path.length; i++) {
    const sub = path.slice(0, i);
    const translated: Record<string, typeof path> = {};
    for (const t of official) if (t.path && t.path.length >= i) translated[t.lang] = t.path.slice(0, i);
    addGroup(groups, seen, { ref: `${reference}/${structureId(sub)}`, reference, path: sub, translated, depth: i });
  }
  return { ref: a.ref, reference, number: a.number, headings: headingsOf(article, a.heading), group: path.length ? `${reference}/${structureId(path)}` : reference, cells: {} };
}

/** An article's heading in its own language and in each official translation that gives one. */
function headingsOf(article: Provision | undefined, heading: string): ProseMap {
  const out: Record<string, string> = {};
  if (heading) out.en = heading;
  for (const t of article?.translations ?? []) if (t.official && t.heading) out[t.lang] = t.heading;
  return out;
}

function addGroup(groups: MatrixGroup[], seen: Set<string>, g: MatrixGroup) {
  if (seen.has(g.ref)) return;
  seen.add(g.ref);
  groups.push(g);
}

function cellOf(a: ArticleResult): MatrixCell {
  const cell: MatrixCell = {
    status: a.status,
    symbol: SYMBOLS[a.status],
    provisions: [...a.provisions],
    reason: a.reasons[0] ?? { key: 'reason.art.asksNothing' },
    stale: a.stale,
    needs: [...a.needs],
    findings: a.requirements.map((r) => ({
      requirement: r.ref,
      kind: r.kind,
      label: r.label,
      status: r.status,
      coverage: r.finding?.coverage,
      relationship: r.finding?.relationship,
      confidence: r.finding?.confidence,
      // Read when asked for (see findingOf in ../assess/assess.ts).
      get rationale() {
        return r.finding?.rationale;
      },
      notAssessedReason: r.notAssessedReason,
      searched: r.finding?.searched,
      date: r.finding?.date,
      method: r.finding?.method,
      citations: (r.finding?.citations ?? []).map((c) => ({ ref: c.ref, quote: c.quote, note: c.note, stale: c.stale })),
      acceptableWith: (r.finding?.acceptableWith ?? []).map((x) => ({ ref: x.ref, label: x.label, made: x.made })),
      stale: r.stale,
      ...(r.projected ? { projected: { from: { status: r.projected.from.status, ...(r.projected.from.coverage ? { coverage: r.projected.from.coverage } : {}) }, by: [...r.projected.by] } } : {}),
    })),
  };
  if (a.projected) {
    const from = a.projected.from;
    cell.projected = { from: { status: from.status, symbol: SYMBOLS[from.status], reason: from.reasons[0] ?? { key: 'reason.art.asksNothing' }, needs: [...from.needs] }, by: [...a.projected.by] };
  }
  return cell;
}

/** Every provision cited by a cell, in first-cited order (rows, then columns). */
function citedRefs(grid: MatrixCell[][]): string[] {
  const out = new Set<string>();
  for (const cells of grid) for (const cell of cells) for (const p of cell.provisions) out.add(p);
  return [...out];
}

function sourcesOf(corpus: Corpus, references: string[], cited: string[]): GapMatrix['sources'] {
  const ids = new Set(references);
  for (const ref of cited) ids.add(ref.slice(0, ref.indexOf('/')));
  return [...ids].flatMap((id) => {
    const m = corpus.instruments.get(id)?.meta;
    if (!m) return [];
    return [{ instrument: id, titles: m.titles, short: m.short, version: m.version, adopted: adoptedOf(m), url: m.source.url, sha256: m.source.sha256, file: m.source.file, caveat: m.caveat }];
  });
}

function provisionsOf(corpus: Corpus, cited: string[]): GapMatrix['provisions'] {
  return cited.flatMap((ref) => {
    const e = corpus.provisions.get(ref);
    if (!e) return [];
    const lang = e.provision.lang ?? e.instrument.languages[0]!;
    const hash = provisionHash(e.provision);
    const translations = e.provision.translations.filter((t) => t.lang !== lang).map((t) => ({ lang: t.lang, text: t.text, official: t.official, by: t.by, stale: translationStale(e.provision, t) }));
    return [{ ref, instrument: e.instrument.id, heading: e.article.heading || undefined, text: e.provision.text, lang, translations, hash }];
  });
}

