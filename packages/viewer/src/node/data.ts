/**
 * `buildViewerData`: everything the viewer shows, as one plain object (`data.json`). The browser
 * computes nothing legal: statuses come from the gap matrix, texts from the corpus.
 */
import { gapMatrix, pick, SYMBOLS, STATUSES, strategyMatrix, translationStale, walk, type Corpus, type GapMatrix as CoreMatrix, type PathSegment, type Provision } from '@lexharmony/core';
import { words } from '@lexharmony/core/engine';
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
  matrix?: CoreMatrix | undefined;
  /** Date stamped on the matrix (YYYY-MM-DD), for reproducible output; default today. */
  date?: string | undefined;
}

export function buildViewerData(corpus: Corpus, options: ViewerDataOptions = {}): ViewerData {
  const matrix = viewerMatrix(options.matrix ?? defaultMatrix(corpus, options.date));
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
/**
 * The language-neutral gap matrix with its words rendered in English by core's language layer, the
 * shape the viewer's views read today (until they read the catalogue themselves).
 */
export function viewerMatrix(m: CoreMatrix): GapMatrix {
  const names: Record<string, Record<string, string>> = {};
  for (const c of m.columns) names[c.jurisdiction] = c.names;
  const w = words('en', { cites: m.cites, names });
  const en = (p: Record<string, string>) => pick(p, 'en').text;
  return {
    version: 2,
    generated: m.generated,
    references: m.references.map((r) => ({ id: r.id, title: en(r.titles), version: r.version })),
    columns: m.columns.map((c) => ({ key: c.key, jurisdiction: c.jurisdiction, name: en(c.names), reference: c.reference, position: w.say(c.position), limits: c.limits })),
    groups: m.groups.map((g) => ({ ref: g.ref, reference: g.reference, label: g.depth === 0 ? en(m.references.find((r) => r.id === g.reference)?.titles ?? { en: g.ref }) : w.path(g.path), depth: g.depth })),
    rows: m.rows.map((r) => ({ ...r, heading: r.headings.en ?? '', headings: undefined, cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, { ...c, reason: w.say(c.reason) }])) }) as unknown as GapMatrix['rows'][number]),
    totals: m.totals,
    legend: STATUSES.map((s) => ({ status: s, symbol: SYMBOLS[s], label: w.t(`status.${s}`), meaning: w.t(`meaning.${s}`) })),
    sources: m.sources.map((s) => ({ instrument: s.instrument, title: en(s.titles), version: s.version, url: s.url, sha256: s.sha256, file: s.file })),
    provisions: [],
  };
}

function defaultMatrix(corpus: Corpus, date: string | undefined): CoreMatrix {
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
    .requirementsOfArticle(ref)
    .map((r) => ({ ref: r.ref, provision: r.provision, kind: r.kind, label: pick(r.label, 'en').text, quote: r.quote.en ?? pick(r.quote, 'en').text }));
  return { ref, instrument, number, heading, path: pathLabel(article?.path ?? []), parts, requirements };
}

function provisionOf(corpus: Corpus, ref: string): ViewerProvision | undefined {
  const entry = corpus.provisions.get(ref);
  if (!entry) return undefined;
  const p: Provision = entry.provision;
  const lang = p.lang ?? entry.instrument.languages[0] ?? 'und';
  return {
    ref,
    instrument: entry.instrument.id,
    number: entry.article.number ?? p.number,
    part: p === entry.article ? undefined : partLabel(p.id.slice(entry.article.id.length + 1), lang),
    heading: p.heading ?? (p === entry.article ? undefined : entry.article.heading),
    path: pathLabel(entry.article.path),
    text: p.text,
    lang,
    translations: p.translations.map((t) => ({ lang: t.lang, text: t.text, official: t.official, by: t.by, stale: translationStale(p, t) })),
    // An annotation listing several dates is one history entry per date, all with the same printed line: show it once.
    history: [...new Set(p.history.map((h) => h.raw))],
  };
}

const PART_WORDS: Record<string, Record<string, string>> = {
  es: { p: 'párrafo', fr: 'fracción', inc: 'inciso' },
  en: { p: 'paragraph', fr: 'item', inc: 'sub-item' },
};

/** The part of an article a child id names, in the text's language: `p-2.fr-vi` → "párrafo 2, fracción VI". */
export function partLabel(path: string, lang: string): string {
  const words = PART_WORDS[lang] ?? PART_WORDS.en!;
  return path
    .split('.')
    .map((seg) => {
      const m = /^(p|fr|inc)-(.+)$/.exec(seg);
      if (!m) return `(${seg})`;
      const [, kind = '', n = ''] = m;
      return `${words[kind] ?? kind} ${kind === 'fr' ? n.toUpperCase() : kind === 'inc' ? `${n})` : n}`;
    })
    .join(', ');
}

/** Strategies against the taxonomy (`ncss`, else the first) and against the first reference of the matrix. */
function strategiesOf(corpus: Corpus, matrix: Pick<GapMatrix, 'generated' | 'references'>): ViewerStrategies {
  if (![...corpus.instruments.values()].some((i) => i.meta.kind === 'strategy')) return {};
  const date = matrix.generated.date;
  const taxonomy = corpus.taxonomies.has('ncss') ? 'ncss' : [...corpus.taxonomies.keys()][0];
  const against = matrix.references[0]?.id;
  return {
    taxonomy: taxonomy ? strategyMatrix(corpus, { taxonomy, date, tool: matrix.generated.tool }) : undefined,
    reference: against ? strategyMatrix(corpus, { against, date, tool: matrix.generated.tool }) : undefined,
  };
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
