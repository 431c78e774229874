/**
 * `buildViewerData`: everything the viewer shows, as one plain object (`data.json`). The browser
 * computes nothing legal: statuses come from the gap matrix, texts from the corpus.
 */
import { gapMatrix, walk, type Corpus, type PathSegment, type Provision } from '@lexharmony/core';
import { buildRecords } from '@lexharmony/core/search';
import type {
  GapMatrix,
  ViewerArticle,
  ViewerData,
  ViewerInstrument,
  ViewerJurisdiction,
  ViewerProvision,
  ViewerStrategies,
} from '../shared/types.js';

/** Instrument kinds whose provisions are national law (searchable, openable on their own). */
const LAW_KINDS = new Set(['code', 'statute', 'constitution']);

export interface ViewerDataOptions {
  /** The gap matrix to show; default: every assessed jurisdiction against what it was assessed against. */
  matrix?: GapMatrix | undefined;
  /** Date stamped on the matrix (YYYY-MM-DD), for reproducible output; default today. */
  date?: string | undefined;
}

export function buildViewerData(corpus: Corpus, options: ViewerDataOptions = {}): ViewerData {
  const matrix = options.matrix ?? defaultMatrix(corpus, options.date);
  const articles: Record<string, ViewerArticle> = {};
  for (const row of matrix.rows) articles[row.ref] = articleOf(corpus, row.ref, row.number, row.heading);

  const provisions: Record<string, ViewerProvision> = {};
  const addProvision = (ref: string) => {
    if (provisions[ref]) return;
    const p = provisionOf(corpus, ref);
    if (p) provisions[ref] = p;
  };
  // Every article of national law (so that any search result opens), then anything cited deeper.
  for (const inst of corpus.instruments.values()) {
    if (LAW_KINDS.has(inst.meta.kind)) for (const p of inst.provisions) addProvision(`${inst.meta.id}/${p.id}`);
  }
  for (const row of matrix.rows) {
    for (const cell of Object.values(row.cells)) {
      cell.provisions.forEach(addProvision);
      for (const f of cell.findings) f.citations.forEach((c) => addProvision(c.ref));
    }
  }
  const strategies = strategiesOf(corpus, matrix);
  // Every strategy provision (objectives, lines of action): search results open them.
  for (const inst of corpus.instruments.values()) {
    if (inst.meta.kind === 'strategy') for (const p of inst.provisions) walk(p, (c) => addProvision(`${inst.meta.id}/${c.id}`));
  }

  const instruments: Record<string, ViewerInstrument> = {};
  for (const inst of corpus.instruments.values()) {
    const m = inst.meta;
    instruments[m.id] = {
      id: m.id,
      kind: m.kind,
      jurisdiction: m.jurisdiction,
      title: m.titles.en ?? Object.values(m.titles)[0]!,
      titles: m.titles,
      short: m.short,
      version: m.version,
      year: m.year,
      url: safeUrl(m.source.url),
      study: m.study ? { status: m.study.status, evidence: m.study.evidence } : undefined,
    };
  }

  const assessed = new Set(matrix.columns.map((c) => c.jurisdiction));
  const jurisdictions: ViewerJurisdiction[] = corpus.data.jurisdictions.map((j) => ({
    code: j.code,
    names: j.names,
    assessed: assessed.has(j.code),
    events: j.events
      .map((e) => ({
        instrument: e.instrument,
        type: e.type,
        date: e.date,
        source: e.source.title ?? e.source.note ?? e.source.url ?? '',
        url: safeUrl(e.source.url),
        evidence: e.source.evidence,
      }))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    positions: j.positions.map((p) => ({ instrument: p.instrument, declarations: p.declarations, reservations: p.reservations })),
  }));

  return {
    version: 1,
    generated: matrix.generated,
    // The cited texts are in `provisions` (with every translation); the matrix's copy would double the download.
    matrix: { ...matrix, provisions: [] },
    articles,
    provisions,
    instruments,
    jurisdictions,
    strategies,
    search: { records: buildRecords(corpus) },
  };
}

/** Every assessed jurisdiction; with no assessment at all, every jurisdiction (all "not assessed", never a gap). */
function defaultMatrix(corpus: Corpus, date: string | undefined): GapMatrix {
  const assessed = [...new Set(corpus.assessments.map((a) => a.jurisdiction))];
  const jurisdictions = assessed.length > 0 ? assessed : [...corpus.jurisdictions.keys()].filter((j) => j !== 'INT');
  return gapMatrix(corpus, { jurisdictions, date });
}

function articleOf(corpus: Corpus, ref: string, number: string, heading: string): ViewerArticle {
  const entry = corpus.provisions.get(ref);
  const instrument = ref.split('/')[0]!;
  const article = entry?.provision;
  const paragraphs = article?.children.filter((c) => /\.p-\d+$/.test(c.id)) ?? [];
  const parts = article
    ? paragraphs.length > 0
      ? paragraphs.map((p) => ({ id: p.id, number: p.number, text: p.text }))
      : [{ id: article.id, text: article.text }]
    : [];
  const requirements = corpus
    .requirementsOf(instrument)
    .filter((r) => r.article === ref)
    .map((r) => ({ ref: r.ref, provision: r.provision, kind: r.kind, label: r.label, quote: r.quote }));
  return { ref, instrument, number, heading, path: pathLabel(article?.path ?? []), parts, requirements };
}

function provisionOf(corpus: Corpus, ref: string): ViewerProvision | undefined {
  const entry = corpus.provisions.get(ref);
  if (!entry) return undefined;
  const p: Provision = entry.provision;
  return {
    ref,
    instrument: entry.instrument.id,
    number: p.number ?? entry.article.number,
    heading: p.heading ?? (p === entry.article ? undefined : entry.article.heading),
    path: pathLabel(entry.article.path),
    text: p.text,
    lang: p.lang ?? entry.instrument.languages[0] ?? 'und',
    translations: p.translations.map((t) => ({ lang: t.lang, text: t.text, official: t.official, by: t.by })),
    history: p.history.map((h) => h.raw),
  };
}

function strategiesOf(corpus: Corpus, matrix: GapMatrix): ViewerStrategies {
  const strategies: ViewerStrategies['strategies'] = [];
  const links: ViewerStrategies['links'] = [];
  const areaRefs = new Set<string>();
  const targetRefs = new Set<string>();
  for (const inst of corpus.instruments.values()) {
    if (inst.meta.kind !== 'strategy') continue;
    const m = inst.meta;
    strategies.push({ id: m.id, jurisdiction: m.jurisdiction, title: m.titles.en ?? Object.values(m.titles)[0]!, year: m.year, study: m.study?.status, evidence: m.study?.evidence });
    for (const l of inst.links) {
      const from = corpus.provisions.get(l.from);
      links.push({ strategy: m.id, from: l.from, heading: from?.provision.heading, quote: l.quote, areas: l.areas, targets: l.targets });
      l.areas.forEach((a) => areaRefs.add(a));
      l.targets.forEach((t) => targetRefs.add(t));
    }
  }
  strategies.sort((a, b) => (a.jurisdiction + a.id).localeCompare(b.jurisdiction + b.id));
  const areas: ViewerStrategies['areas'] = [];
  for (const t of corpus.taxonomies.values()) {
    for (const a of t.areas) {
      const ref = `${t.id}/${a.code}`;
      if (areaRefs.has(ref) || t.id === 'ncss') areas.push({ ref, names: a.names });
    }
  }
  const rowOrder = new Map(matrix.rows.map((r, i) => [r.ref, i]));
  const targets = [...targetRefs]
    .map((ref) => ({ ref, label: targetLabel(corpus, ref) }))
    .sort((a, b) => (rowOrder.get(a.ref) ?? 1e6) - (rowOrder.get(b.ref) ?? 1e6) || a.ref.localeCompare(b.ref, 'en', { numeric: true }));
  return { strategies, areas, targets, links };
}

function targetLabel(corpus: Corpus, ref: string): string {
  const p = corpus.provisions.get(ref);
  if (p) return `Art. ${p.provision.number ?? p.provision.id}${p.provision.heading ? ` ${p.provision.heading}` : ''}`;
  const s = corpus.structures.get(ref);
  if (s) return pathLabel(s.path);
  return ref;
}

/** `Chapter II › Section 1 › Title 1`. */
export function pathLabel(path: readonly PathSegment[]): string {
  return path.map((s) => [s.level.charAt(0).toUpperCase() + s.level.slice(1), s.number].filter(Boolean).join(' ')).join(' › ');
}

/** Only http(s) links reach the page; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
