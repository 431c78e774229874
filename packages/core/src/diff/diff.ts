import { asCorpus, type CorpusLike } from '../assess/assess.js';
import { LexharmonyError, type Said } from '../errors.js';
import { normalizeText } from '../model/hash.js';
import { gapMatrix } from '../matrix/matrix.js';
import type { GapMatrix, MatrixCell, MatrixFinding } from '../matrix/types.js';
import type { ArticleDiff, CellChange, CellDiff, CellState, FindingRef, MatrixDiff, ProvisionChange, RequirementChange, RequirementDiff, RequirementState } from './types.js';
import { wordDiff } from './words.js';

/** Two matrices (or corpora) that cannot be compared: different references, no jurisdiction in common. */
export class DiffError extends LexharmonyError {
  override name = 'DiffError' as const;
  constructor(message: string | Said) {
    super('DIFF_MISMATCH', message);
  }
}

/**
 * What changed from one gap matrix to another of the same reference(s): per article and per
 * requirement the status before and after, the cited provisions whose text changed (with the word
 * diff), the findings added or removed. `labels` name the two sides as the user named them.
 * Throws `DiffError` for matrices of different references or with no jurisdiction in common.
 */
export function diffMatrices(before: GapMatrix, after: GapMatrix, labels: { old: string; new: string } = { old: 'old', new: 'new' }): MatrixDiff {
  const refs = (m: GapMatrix) => m.references.map((r) => r.id);
  if (refs(before).join(' ') !== refs(after).join(' ')) {
    const against = (m: GapMatrix) => refs(m).join(' + ') || { key: 'msg.diff.nothing' as const };
    throw new DiffError({ key: 'msg.diff.references', params: { old: labels.old, new: labels.new, oldRefs: against(before), newRefs: against(after) } });
  }
  const keys = (m: GapMatrix) => m.columns.map((c) => c.key);
  const columns = keys(after).filter((k) => keys(before).includes(k));
  if (columns.length === 0) {
    const codes = (m: GapMatrix) => keys(m).join(', ') || { key: 'msg.diff.noJurisdiction' as const };
    throw new DiffError({ key: 'msg.diff.jurisdictions', params: { old: labels.old, new: labels.new, oldCodes: codes(before), newCodes: codes(after) } });
  }

  const oldText = new Map(before.provisions.map((p) => [p.ref, p]));
  const provisions: ProvisionChange[] = [];
  const textChanged = new Set<string>();
  for (const p of after.provisions) {
    const o = oldText.get(p.ref);
    if (!o || o.hash === p.hash) continue;
    textChanged.add(p.ref);
    provisions.push({
      ref: p.ref,
      instrument: p.instrument,
      heading: p.heading,
      lang: p.lang,
      old: { text: o.text, hash: o.hash },
      new: { text: p.text, hash: p.hash },
      words: wordDiff(o.text, p.text),
      citedBy: [],
      translations: p.translations.map((t) => ({ lang: t.lang, stale: t.stale })),
    });
  }
  const changedProvision = new Map(provisions.map((p) => [p.ref, p]));

  const oldRows = new Map(before.rows.map((r) => [r.ref, r]));
  const newRefs = new Set(after.rows.map((r) => r.ref));
  const rows = [...after.rows.map((r) => ({ row: r, old: oldRows.get(r.ref), gone: false })), ...before.rows.filter((r) => !newRefs.has(r.ref)).map((r) => ({ row: r, old: r, gone: true }))];
  const added: FindingRef[] = [];
  const removed: FindingRef[] = [];
  let requirementCount = 0;
  const articles: ArticleDiff[] = rows.map(({ row, old, gone }) => {
    const cells: Record<string, CellDiff> = {};
    for (const col of columns) {
      const o = old?.cells[col];
      const n = gone ? undefined : row.cells[col];
      const cell = cellDiff(o, n, textChanged);
      cells[col] = cell;
      requirementCount += cell.requirements.length;
      for (const r of cell.requirements) {
        const ref = (f: MatrixFinding): FindingRef => ({ column: col, requirement: f.requirement, article: row.ref, label: f.label, status: f.status, coverage: f.coverage });
        const of = o?.findings.find((f) => f.requirement === r.requirement);
        const nf = n?.findings.find((f) => f.requirement === r.requirement);
        if (nf?.coverage !== undefined && of?.coverage === undefined) added.push(ref(nf));
        if (of?.coverage !== undefined && nf?.coverage === undefined) removed.push(ref(of));
      }
      // Who cites each changed provision, and whether each text holds the quote.
      for (const f of [...(o?.findings ?? []), ...(n?.findings ?? [])]) {
        for (const c of f.citations) {
          const p = changedProvision.get(c.ref);
          if (!p) continue;
          let by = p.citedBy.find((x) => x.column === col && x.requirement === f.requirement);
          if (!by) p.citedBy.push((by = { column: col, requirement: f.requirement, quotes: [] }));
          if (c.quote && !by.quotes.some((q) => q.quote === c.quote)) by.quotes.push({ quote: c.quote, inOld: holds(p.old.text, c.quote), inNew: holds(p.new.text, c.quote) });
        }
      }
    }
    return { ref: row.ref, reference: row.reference, number: row.number, headings: row.headings, changed: columns.some((c) => cells[c]!.changes.length > 0), cells };
  });

  const names: MatrixDiff['names'] = {};
  for (const c of after.columns) if (columns.includes(c.key)) names[c.jurisdiction] = c.names;
  // The references the diff names: articles, requirements, the provisions cells cite, the texts that changed.
  const named = new Set<string>([...provisions.map((p) => p.ref), ...added.map((f) => f.article), ...removed.map((f) => f.article)]);
  for (const a of articles) {
    named.add(a.ref);
    for (const c of Object.values(a.cells)) {
      for (const p of [...(c.old?.provisions ?? []), ...(c.new?.provisions ?? [])]) named.add(p);
      for (const r of c.requirements) named.add(r.requirement);
    }
  }
  for (const f of [...added, ...removed]) named.add(f.requirement);
  const cites: MatrixDiff['cites'] = {};
  for (const ref of [...named].sort()) {
    const parts = after.cites[ref] ?? before.cites[ref];
    if (parts) cites[ref] = parts;
  }
  const totals: MatrixDiff['totals'] = {};
  for (const col of columns) totals[col] = { old: { ...before.totals.byColumn[col]! }, new: { ...after.totals.byColumn[col]! } };
  return {
    version: 1,
    old: { label: labels.old, ...before.generated },
    new: { label: labels.new, ...after.generated },
    references: after.references.map((r) => ({ id: r.id, titles: r.titles, short: r.short })),
    columns,
    onlyIn: { old: keys(before).filter((k) => !columns.includes(k)), new: keys(after).filter((k) => !columns.includes(k)) },
    articles,
    provisions,
    findings: { added, removed },
    totals,
    summary: { articles: articles.filter((a) => a.changed).length, requirements: requirementCount, provisions: provisions.length, findingsAdded: added.length, findingsRemoved: removed.length },
    names,
    cites,
  };
}

/** Whether a text holds a quote, whitespace aside (as a citation hash compares texts). */
function holds(text: string, quote: string): boolean {
  return normalizeText(text).includes(normalizeText(quote));
}

const cellState = (c: MatrixCell): CellState => ({ status: c.status, symbol: c.symbol, stale: c.stale, provisions: [...c.provisions] });

function cellDiff(o: MatrixCell | undefined, n: MatrixCell | undefined, textChanged: ReadonlySet<string>): CellDiff {
  const changes: CellChange[] = [];
  if (!o && n) changes.push('added');
  if (o && !n) changes.push('removed');
  if (o && n) {
    if (o.status !== n.status) changes.push('status');
    if (o.stale !== n.stale) changes.push('stale');
    if (o.provisions.join(' ') !== n.provisions.join(' ')) changes.push('cited');
  }
  if ([...(o?.provisions ?? []), ...(n?.provisions ?? [])].some((p) => textChanged.has(p))) changes.push('text');
  const oldFindings = new Map((o?.findings ?? []).map((f) => [f.requirement, f]));
  const requirements: RequirementDiff[] = [];
  const seen = new Set<string>();
  for (const f of [...(n?.findings ?? []), ...(o?.findings ?? [])]) {
    if (seen.has(f.requirement)) continue;
    seen.add(f.requirement);
    const before = oldFindings.get(f.requirement);
    const after = n?.findings.find((x) => x.requirement === f.requirement);
    const r = requirementDiff(before, after, textChanged);
    if (r.changes.length) requirements.push(r);
  }
  if (requirements.some((r) => r.changes.some((c) => c !== 'text' && c !== 'stale'))) changes.push('findings');
  return { old: o && cellState(o), new: n && cellState(n), changes, requirements };
}

const requirementState = (f: MatrixFinding): RequirementState => ({
  status: f.status,
  coverage: f.coverage,
  relationship: f.relationship,
  confidence: f.confidence,
  stale: f.stale,
  citations: f.citations.map((c) => ({ ref: c.ref, quote: c.quote })),
});

function requirementDiff(o: MatrixFinding | undefined, n: MatrixFinding | undefined, textChanged: ReadonlySet<string>): RequirementDiff {
  const f = (n ?? o)!;
  const changes: RequirementChange[] = [];
  if (o?.coverage === undefined && n?.coverage !== undefined) changes.push('added');
  else if (o?.coverage !== undefined && n?.coverage === undefined) changes.push('removed');
  if (o && n && o.status !== n.status) changes.push('status');
  // A finding on both sides: which of its fields changed.
  if (o?.coverage !== undefined && n?.coverage !== undefined) {
    for (const k of ['coverage', 'relationship', 'confidence'] as const) if (o[k] !== n[k]) changes.push(k);
    if (o.citations.map((c) => c.ref).join(' ') !== n.citations.map((c) => c.ref).join(' ')) changes.push('citations');
    else if (o.citations.some((c, i) => c.quote !== n.citations[i]!.quote)) changes.push('quotes');
    if (JSON.stringify(o.rationale ?? null) !== JSON.stringify(n.rationale ?? null)) changes.push('rationale');
    if (o.stale !== n.stale) changes.push('stale');
  }
  if ([...(o?.citations ?? []), ...(n?.citations ?? [])].some((c) => textChanged.has(c.ref))) changes.push('text');
  return { requirement: f.requirement, kind: f.kind, label: f.label, old: o && requirementState(o), new: n && requirementState(n), changes };
}

export interface DiffCorporaOptions {
  /** Jurisdictions to compare (default: those assessed in both corpora). */
  jurisdictions?: string[] | undefined;
  /** Reference instruments (default: those the jurisdictions were assessed against in the new corpus). */
  references?: string[] | undefined;
  /** Date stamped on both matrices (YYYY-MM-DD); default today. */
  date?: string | undefined;
  labels?: { old: string; new: string } | undefined;
}

/**
 * The matrices of two corpora (a corpus before and after a reform), over the same jurisdictions and
 * references, and their diff. Throws `DiffError` for corpora that share no jurisdiction assessed
 * against the same reference (unrelated corpora), or lack a jurisdiction or reference asked for.
 */
export function diffCorpora(oldCorpus: CorpusLike, newCorpus: CorpusLike, options: DiffCorporaOptions = {}): MatrixDiff {
  const labels = options.labels ?? { old: 'old', new: 'new' };
  const before = asCorpus(oldCorpus);
  const after = asCorpus(newCorpus);
  const pairs = (c: typeof before) => new Set(c.assessments.flatMap((a) => [a.reference, ...a.alsoCovers].map((r) => `${a.jurisdiction} ${r}`)));
  const common = [...pairs(after)].filter((p) => pairs(before).has(p));
  if (common.length === 0) throw new DiffError({ key: 'msg.diff.unrelated', params: { old: labels.old, new: labels.new } });
  const jurisdictions = options.jurisdictions?.length ? options.jurisdictions : [...new Set(common.map((p) => p.split(' ')[0]!))];
  for (const j of jurisdictions) {
    for (const [label, c] of [[labels.old, before], [labels.new, after]] as const) {
      if (!c.jurisdictions.has(j)) throw new DiffError({ key: 'msg.diff.noJurisdictionIn', params: { label, code: j } });
    }
  }
  const references = options.references?.length ? options.references : [...new Set(common.filter((p) => jurisdictions.includes(p.split(' ')[0]!)).map((p) => p.split(' ')[1]!))];
  for (const r of references) {
    for (const [label, c] of [[labels.old, before], [labels.new, after]] as const) {
      if (!c.instruments.has(r)) throw new DiffError({ key: 'msg.diff.noReferenceIn', params: { label, id: r } });
    }
  }
  const matrix = (c: typeof before) => gapMatrix(c, { jurisdictions, references, date: options.date });
  return diffMatrices(matrix(before), matrix(after), labels);
}
