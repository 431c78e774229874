import { asCorpus, assess, countOf, type CorpusLike } from '../assess/assess.js';
import { type ArticleResult, type Status } from '../assess/types.js';
import { structureId, type Corpus } from '../corpus/corpus.js';
import { corpusDigest } from '../corpus/digest.js';
import { LexharmonyError, NotFoundError } from '../errors.js';
import { provisionHash, translationStale } from '../model/hash.js';
import type { ProseMap } from '../model/prose.js';
import type { PathSegment } from '../model/types.js';
import type { GapMatrix, MatrixCell, MatrixColumn, MatrixGroup, MatrixRow } from './types.js';

export interface GapMatrixOptions {
  /** ISO codes of the jurisdictions (columns): `['MX']`. Default: every jurisdiction with an assessment. */
  jurisdictions?: string[] | undefined;
  /** Reference instruments (rows): default, every reference the jurisdictions were assessed against. */
  references?: string[] | undefined;
  /** Date the matrix is computed (YYYY-MM-DD); default today (UTC). Fix it for reproducible output. */
  date?: string | undefined;
}

export const TOOL = 'lexharmony 0.1.0';

/** Each status with its symbol, word and meaning: the legend of every output. */
export const LEGEND: GapMatrix['legend'] = [
  { status: 'full', symbol: '✔', label: 'full', meaning: 'The law covers every requirement of the article.' },
  { status: 'full-as-assessed', symbol: '✓', label: 'full as far as assessed', meaning: 'Every requirement assessed is met; others were not assessed yet. Not a gap, and not yet full.' },
  { status: 'conditional', symbol: '◐', label: 'conditional', meaning: 'Covered only with a declaration or reservation the jurisdiction has not made (for a non-Party: one it would have to make when joining).' },
  { status: 'partial', symbol: '◑', label: 'partial', meaning: 'Some assessed requirements are met, others are narrower or missing.' },
  { status: 'none', symbol: '✘', label: 'none', meaning: 'Assessed, and no provision covers the article.' },
  { status: 'not-assessed', symbol: '?', label: 'not assessed', meaning: 'No finding yet. Not a gap: nobody has looked.' },
  { status: 'not-applicable', symbol: '–', label: 'not applicable', meaning: 'The article asks nothing of national law (definitions, final clauses).' },
];

export const SYMBOLS = Object.fromEntries(LEGEND.map((l) => [l.status, l.symbol])) as Record<Status, string>;

/** Thrown for options the matrix cannot honour (a malformed date, nothing to compare). */
export class MatrixOptionError extends LexharmonyError {
  override name = 'MatrixOptionError' as const;
  readonly option: string;
  constructor(option: string, message: string) {
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
  if (jurisdictions.length === 0) throw new MatrixOptionError('jurisdictions', 'no jurisdiction to compare: name one (e.g. MX), or add an assessment to the corpus');
  for (const j of jurisdictions) {
    if (!corpus.jurisdictions.has(j)) throw new NotFoundError(j, `no jurisdiction "${j}" in the corpus; known: ${[...corpus.jurisdictions.keys()].join(', ')}`);
  }
  const references = options.references?.length ? [...new Set(options.references)] : defaultReferences(corpus, jurisdictions);
  if (references.length === 0) throw new MatrixOptionError('references', 'no reference instrument with requirements in the corpus');
  for (const r of references) {
    const inst = corpus.instruments.get(r);
    if (!inst) throw new NotFoundError(r, `no reference instrument "${r}" in the corpus; known: ${[...corpus.instruments.keys()].join(', ')}`);
    if (inst.meta.kind === 'strategy') throw new MatrixOptionError('references', `"${r}" is a strategy; a legal gap matrix compares law with a treaty`);
    // An instrument held for its metadata only (CETS 224) would give an empty matrix that reads as "nothing to do".
    if (corpus.requirementsOf(r).length === 0) {
      throw new MatrixOptionError('references', `${r} has no requirements in the corpus: ${inst.provisions.length === 0 ? 'its text is not available' : 'its provisions have not been decomposed into requirements'}`);
    }
  }

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
  for (const j of jurisdictions) {
    const juris = corpus.jurisdictions.get(j)!;
    const limits: ProseMap[] = [];
    const seenLimits = new Set<string>();
    let position = '';
    for (const [k, r] of references.entries()) {
      const assessment = assess(corpus, j, r);
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
      }
    }
    columns.push({ key: j, jurisdiction: j, name: juris.names.en ?? Object.values(juris.names)[0]!, reference: references[0]!, position, limits });
  }

  const statusesIn = (rowIndices: number[], column: number) => countOf(rowIndices.map((i) => grid[i]![column]!.status));
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

  const cited = citedRefs(grid);
  return {
    version: 2,
    generated: { corpus: corpusDigest(corpus.data), tool: TOOL, date },
    references: references.map((r) => {
      const m = corpus.instruments.get(r)!.meta;
      return { id: r, title: m.titles.en ?? Object.values(m.titles)[0]!, version: m.version };
    }),
    columns,
    groups,
    rows,
    totals: { byColumn, byGroup },
    legend: LEGEND.map((l) => ({ ...l })),
    sources: sourcesOf(corpus, references, cited),
    provisions: provisionsOf(corpus, cited),
  };
}

/** The row of a reference article, with no cells yet; adds the groups (the reference, its chapters, sections) it is the first to reach. */
function newRow(corpus: Corpus, reference: string, a: ArticleResult, groups: MatrixGroup[], seen: Set<string>): MatrixRow {
  if (!seen.has(reference)) {
    const meta = corpus.instruments.get(reference)!.meta;
    const title = meta.titles.en ?? Object.values(meta.titles)[0]!;
    addGroup(groups, seen, { ref: reference, reference, label: meta.short ? `${title} (${meta.short})` : title, depth: 0 });
  }
  const path = corpus.provisions.get(a.ref)?.article.path ?? [];
  for (let i = 1; i <= path.length; i++) {
    const sub = path.slice(0, i);
    addGroup(groups, seen, { ref: `${reference}/${structureId(sub)}`, reference, label: groupLabel(sub), depth: i });
  }
  return { ref: a.ref, reference, number: a.number, heading: a.heading, group: path.length ? `${reference}/${structureId(path)}` : reference, cells: {} };
}

function addGroup(groups: MatrixGroup[], seen: Set<string>, g: MatrixGroup) {
  if (seen.has(g.ref)) return;
  seen.add(g.ref);
  groups.push(g);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** `Chapter II: Measures to be taken at the national level › Section 1: Substantive criminal law` */
function groupLabel(path: PathSegment[]): string {
  return path.map((s) => `${cap(s.level)}${s.number ? ` ${s.number}` : ''}${s.title ? `: ${s.title}` : ''}`).join(' › ');
}

function cellOf(a: ArticleResult): MatrixCell {
  return {
    status: a.status,
    symbol: SYMBOLS[a.status],
    provisions: [...a.provisions],
    reason: a.reasons[0] ?? '',
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
      rationale: r.finding?.rationale,
      notAssessedReason: r.notAssessedReason,
      citations: (r.finding?.citations ?? []).map((c) => ({ ref: c.ref, quote: c.quote, stale: c.stale })),
      acceptableWith: (r.finding?.acceptableWith ?? []).map((x) => ({ ref: x.ref, label: x.label, made: x.made })),
      stale: r.stale,
    })),
  };
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
    return [{ instrument: id, title: m.titles.en ?? Object.values(m.titles)[0]!, version: m.version, url: m.source.url, sha256: m.source.sha256, file: m.source.file }];
  });
}

function provisionsOf(corpus: Corpus, cited: string[]): GapMatrix['provisions'] {
  return cited.flatMap((ref) => {
    const e = corpus.provisions.get(ref);
    if (!e) return [];
    const lang = e.provision.lang ?? e.instrument.languages[0]!;
    const t = e.provision.translations.find((x) => x.lang === 'en' && x.lang !== lang) ?? e.provision.translations.find((x) => x.lang !== lang);
    const heading = e.provision === e.article ? e.article.heading : [e.article.heading, e.provision.number ?? e.provision.id].filter(Boolean).join(' — ');
    return [
      {
        ref,
        instrument: e.instrument.id,
        heading: heading || undefined,
        text: e.provision.text,
        lang,
        translation: t ? { lang: t.lang, text: t.text, official: t.official, by: t.by, stale: translationStale(e.provision, t) } : undefined,
        hash: provisionHash(e.provision),
      },
    ];
  });
}

