import type { Corpus } from '../corpus/corpus.js';
import { asCorpus, type CorpusLike } from '../assess/assess.js';
import { structureId } from '../corpus/corpus.js';
import { corpusDigest } from '../corpus/digest.js';
import { TOOL } from '../matrix/matrix.js';
import type { InstrumentData } from '../corpus/data.js';
import { NotFoundError } from '../errors.js';
import { pickText } from '../model/prose.js';
import type { Jurisdiction, PathSegment, StrategyLink } from '../model/types.js';
import type { Evidence, StrategyColumn, StrategyMatrix, StrategyRow, StudyStatus, TreatyEventView } from './types.js';

/** The rows: the parts of a reference treaty (`against`, default `coe-ets-185`) or the areas of a taxonomy. */
export type StrategyMatrixOptions = ({ against?: string | undefined; taxonomy?: undefined } | { taxonomy: string; against?: undefined }) & {
  /** YYYY-MM-DD written into `generated.date`; defaults to today. Fix it for reproducible output. */
  date?: string | undefined;
  /** Tool name and version written into `generated.tool`. */
  tool?: string | undefined;
};

/** The treaties whose events are shown beside each strategy: Budapest and its two protocols. */
export const TREATY_INSTRUMENTS = ['coe-ets-185', 'coe-ets-189', 'coe-cets-224'] as const;

const STATUS_ORDER: Record<StudyStatus, number> = { subject: 0, named: 1, candidate: 2 };

export const STUDY_LEGEND: StrategyMatrix['legend'] = [
  { status: 'subject', label: 'Subject', meaning: 'The strategy under study (Mexico, ENCS 2017).' },
  { status: 'named', label: 'Named', meaning: 'Named by the Mexican government as one of the strategies studied for the ENCS (IGF 2017).' },
  { status: 'candidate', label: 'Candidate', meaning: 'Plausibly studied, on indirect evidence only; not confirmed.' },
];

export const STRATEGY_DISCLAIMER =
  'A strategy link says that a strategy supports an area or a part of the Convention, in words quoted from the strategy. ' +
  'It is policy, not law: it is never legal conformity and never counts in a gap matrix. An empty cell means no link was found in the passages held, not that the strategy opposes or ignores the subject.';

/**
 * Strategies (columns: the subject first, then the named strategies, then the candidates) against the
 * areas of a taxonomy (`{ taxonomy: 'ncss' }`) or the parts of a reference treaty (`{ against: 'coe-ets-185' }`, the default).
 */
export function strategyMatrix(corpusLike: CorpusLike, options: StrategyMatrixOptions = {}): StrategyMatrix {
  const corpus = asCorpus(corpusLike);
  const strategies = [...corpus.instruments.values()].filter((i) => i.meta.kind === 'strategy');
  const reference = options.against ?? 'coe-ets-185';
  const columns = strategies.map((s) => column(corpus, s, reference)).sort(byStudyThenCountry);
  const linksOf = new Map(strategies.map((s) => [s.meta.id, s.links]));

  let axis: StrategyMatrix['axis'];
  let rows: StrategyRow[];
  if (options.taxonomy !== undefined) {
    const taxonomy = corpus.taxonomies.get(options.taxonomy);
    if (!taxonomy) throw new NotFoundError(options.taxonomy, { key: 'err.noTaxonomy', params: { name: options.taxonomy, known: [...corpus.taxonomies.keys()].join(', ') || '—' } });
    axis = { kind: 'taxonomy', id: taxonomy.id, title: first(taxonomy.names) };
    rows = taxonomy.areas.map((a) => {
      const ref = `${taxonomy.id}/${a.code}`;
      const cells: Record<string, Evidence[]> = {};
      for (const c of columns) cells[c.instrument] = (linksOf.get(c.instrument) ?? []).filter((l) => l.areas.includes(ref)).map((l) => evidence(corpus, l));
      return { ref, code: a.code, label: first(a.names), depth: 0, related: a.reference, cells };
    });
  } else {
    const inst = corpus.instruments.get(reference);
    if (!inst) throw new NotFoundError(reference, { key: 'err.noInstrument', params: { name: reference, known: [...corpus.instruments.keys()].join(', ') } });
    axis = { kind: 'reference', id: inst.meta.id, title: first(inst.meta.titles) };
    rows = referenceRows(corpus, inst, columns, linksOf);
  }

  return {
    version: 1,
    kind: 'strategy-matrix',
    generated: { corpus: corpusDigest(corpus.data), tool: options.tool ?? TOOL, date: options.date ?? new Date().toISOString().slice(0, 10) },
    axis,
    columns,
    rows,
    legend: STUDY_LEGEND,
    disclaimer: STRATEGY_DISCLAIMER,
  };
}

/**
 * Rows of a reference matrix: every part of the treaty a link targets or a taxonomy area points at,
 * in the treaty's order (a chapter or section before its articles). A link lands in the rows it
 * targets (`via: target`) and in the rows its areas correspond to (`via: area`).
 */
function referenceRows(corpus: Corpus, inst: InstrumentData, columns: StrategyColumn[], linksOf: Map<string, StrategyLink[]>): StrategyRow[] {
  const id = inst.meta.id;
  const order: { ref: string; code: string; label: string; depth: number }[] = [];
  const seen = new Set<string>();
  for (const article of inst.provisions) {
    article.path.forEach((_, i) => {
      const path = article.path.slice(0, i + 1);
      const ref = `${id}/${structureId(path)}`;
      if (seen.has(ref)) return;
      seen.add(ref);
      order.push({ ref, code: structureCode(path), label: path.map(segmentLabel).join(' › '), depth: i });
    });
    const ref = `${id}/${article.id}`;
    seen.add(ref);
    order.push({ ref, code: article.number ? `Art. ${article.number}` : article.id, label: article.heading ?? article.id, depth: article.path.length });
  }

  const areaRefs = new Map<string, string[]>(); // reference part → taxonomy areas pointing at it
  for (const t of corpus.taxonomies.values()) {
    for (const a of t.areas) for (const r of a.reference) if (r.startsWith(id + '/')) areaRefs.set(r, [...(areaRefs.get(r) ?? []), `${t.id}/${a.code}`]);
  }
  const targeted = new Set<string>();
  for (const links of linksOf.values()) for (const l of links) for (const t of l.targets) if (t.startsWith(id + '/')) targeted.add(t);

  return order
    .filter((o) => targeted.has(o.ref) || areaRefs.has(o.ref))
    .map((o) => {
      const areas = areaRefs.get(o.ref) ?? [];
      const cells: Record<string, Evidence[]> = {};
      for (const c of columns) {
        cells[c.instrument] = (linksOf.get(c.instrument) ?? []).flatMap((l): Evidence[] => {
          if (l.targets.includes(o.ref)) return [{ ...evidence(corpus, l), via: 'target' }];
          if (l.areas.some((a) => areas.includes(a))) return [{ ...evidence(corpus, l), via: 'area' }];
          return [];
        });
      }
      return { ...o, related: areas, cells };
    });
}

function column(corpus: Corpus, s: InstrumentData, reference: string): StrategyColumn {
  const m = s.meta;
  const j = corpus.jurisdictions.get(m.jurisdiction);
  const treaty = treatyEvents(j);
  let provisions = 0;
  for (const p of s.provisions) provisions += 1 + countChildren(p);
  return {
    instrument: m.id,
    title: m.titles[m.languages[0] ?? ''] ?? first(m.titles),
    short: m.short ?? m.id,
    jurisdiction: m.jurisdiction,
    country: j ? (j.names.en ?? first(j.names)) : m.jurisdiction,
    countryNames: j?.names,
    year: m.year,
    version: m.version,
    url: m.source.url,
    study: m.study?.status ?? 'candidate',
    evidence: m.study?.evidence ?? 'No study evidence recorded.',
    coverage: pickText(m.coverage, 'en'),
    provisions,
    links: s.links.length,
    treaty,
    adopted: m.versionDate ?? (m.year !== undefined ? String(m.year) : undefined),
    treatyAtAdoption: treatyAt(treaty, reference, m.versionDate ?? (m.year !== undefined ? String(m.year) : undefined)),
    onReference: s.links.filter((l) => l.targets.some((t) => t.startsWith(reference + '/'))).map((l) => evidence(corpus, l)),
  };
}

function countChildren(p: { children: { children: unknown[] }[] }): number {
  return p.children.reduce((n, c) => n + 1 + countChildren(c as typeof p), 0);
}

function treatyEvents(j: Jurisdiction | undefined): TreatyEventView[] {
  if (!j) return [];
  return j.events
    .filter((e) => (TREATY_INSTRUMENTS as readonly string[]).includes(e.instrument))
    .map((e) => ({ instrument: e.instrument, type: e.type, date: e.date, source: e.source.url }))
    .sort((a, b) => TREATY_INSTRUMENTS.indexOf(a.instrument as never) - TREATY_INSTRUMENTS.indexOf(b.instrument as never) || (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

/**
 * The country's relation to the treaty on the date the strategy was adopted, read from its dated
 * events: the latest event on or before that date ("signature 2001-11-23"), or "no event before".
 * Dates compare as text, so "2016-11" counts events up to the end of 2016-11.
 */
export function treatyAt(events: TreatyEventView[], instrument: string, date: string | undefined): string {
  const own = events.filter((e) => e.instrument === instrument);
  if (own.length === 0) return 'no events recorded';
  if (!date) return 'adoption date unknown';
  const before = own.filter((e) => e.date !== undefined && e.date.slice(0, date.length) <= date);
  const last = before.at(-1);
  return last ? `${last.type} ${last.date} (latest event by ${date})` : `no dated event by ${date}`;
}

function evidence(corpus: Corpus, l: StrategyLink): Evidence {
  const p = corpus.provisions.get(l.from);
  return { provision: l.from, heading: p?.provision.heading, quote: l.quote, areas: l.areas, targets: l.targets, note: l.note };
}

function byStudyThenCountry(a: StrategyColumn, b: StrategyColumn): number {
  return STATUS_ORDER[a.study] - STATUS_ORDER[b.study] || a.country.localeCompare(b.country, 'en') || (a.year ?? 0) - (b.year ?? 0) || a.instrument.localeCompare(b.instrument);
}

function structureCode(path: PathSegment[]): string {
  const abbr: Record<string, string> = { chapter: 'Ch.', section: 'Sec.', title: 'Title', part: 'Part', book: 'Book', preamble: 'Preamble' };
  return path.map((s) => `${abbr[s.level] ?? s.level} ${s.number ?? ''}`.trim()).join(' › ');
}

function segmentLabel(s: PathSegment): string {
  const level = s.level.charAt(0).toUpperCase() + s.level.slice(1);
  return [level, s.number, s.title ? `(${s.title})` : ''].filter(Boolean).join(' ');
}

function first(o: Record<string, string>): string {
  return o.en ?? Object.values(o)[0] ?? '';
}
