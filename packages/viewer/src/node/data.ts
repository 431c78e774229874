/**
 * `buildViewerData`: everything the viewer shows, as one plain object (`data.json`). The browser
 * computes nothing legal: statuses come from the gap matrix, texts from the corpus.
 */
import { citeParts, gapMatrix, strategyMatrix, translationStale, walk, type Corpus, type GapMatrix, type Provision } from '@lexharmony/core';
import { buildRecords, Glossary } from '@lexharmony/core/search';
import type {
  ArticleText,
  ViewerArticle,
  ViewerData,
  ViewerInstrument,
  ViewerJurisdiction,
  ViewerProvision,
  ViewerStrategies,
} from '../shared/types.js';
import { matrixDownloads, type SiteFile } from './downloads.js';

/** Instrument kinds whose provisions are national law (searchable, openable on their own). */
const LAW_KINDS = new Set(['code', 'statute', 'constitution']);

export interface ViewerDataOptions {
  /** The gap matrix to show; default: every assessed jurisdiction against what it was assessed against. */
  matrix?: GapMatrix | undefined;
  /** Date stamped on the matrix (YYYY-MM-DD), for reproducible output; default today. */
  date?: string | undefined;
}

/** The site's data and its download files, from one computation of the matrix. */
export async function buildSite(corpus: Corpus, options: ViewerDataOptions = {}): Promise<{ data: ViewerData; files: SiteFile[] }> {
  const matrix = options.matrix ?? defaultMatrix(corpus, options.date);
  const data = buildViewerData(corpus, { ...options, matrix });
  const downloads = await matrixDownloads(matrix);
  data.downloads = downloads.list;
  return { data, files: downloads.files };
}

export function buildViewerData(corpus: Corpus, options: ViewerDataOptions = {}): ViewerData {
  const matrix = options.matrix ?? defaultMatrix(corpus, options.date);
  const articles: Record<string, ViewerArticle> = {};
  for (const row of matrix.rows) articles[row.ref] = articleOf(corpus, row.ref, row.number);

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
      titles: m.titles,
      short: m.short,
      languages: m.languages,
      version: m.version,
      year: m.year,
      url: safeUrl(m.source.url),
      caveat: m.caveat,
      // A strategy with no file of its own is known only from what secondary sources quote.
      secondary: m.kind === 'strategy' && !m.source.file ? (m.source.note ?? m.source.url) : undefined,
      study: m.study ? { status: m.study.status, evidence: m.study.evidence } : undefined,
      coverage: m.coverage,
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
    version: 2,
    generated: matrix.generated,
    // The cited texts are in `provisions` (with every translation); the matrix's copy would double the download.
    matrix: { ...matrix, provisions: [], cites: citesOf(corpus, matrix, provisions) },
    articles,
    provisions,
    instruments,
    jurisdictions,
    strategies,
    search: { records: buildRecords(corpus, new Glossary([...corpus.glossaries.values()])), glossaries: [...corpus.glossaries.values()] },
    downloads: [],
  };
}

/** Every assessed jurisdiction; with no assessment at all, every jurisdiction (all "not assessed", never a gap). */
function defaultMatrix(corpus: Corpus, date: string | undefined): GapMatrix {
  const assessed = [...new Set(corpus.assessments.map((a) => a.jurisdiction))];
  const jurisdictions = assessed.length > 0 ? assessed : [...corpus.jurisdictions.keys()].filter((j) => j !== 'INT');
  return gapMatrix(corpus, { jurisdictions, date });
}

function articleOf(corpus: Corpus, ref: string, number: string): ViewerArticle {
  const entry = corpus.provisions.get(ref);
  const instrument = ref.split('/')[0]!;
  const article = entry?.provision;
  const texts: ArticleText[] = [];
  if (article) {
    const paragraphs = article.children.filter((c) => /\.p-\d+$/.test(c.id));
    const lang = article.lang ?? entry.instrument.languages[0] ?? 'en';
    const own = (p: Provision) => ({ id: p.id, number: p.number, text: p.text });
    texts.push({ lang, standing: 'authentic', heading: article.heading ?? '', path: article.path, parts: paragraphs.length > 0 ? paragraphs.map(own) : [own(article)] });
    for (const tr of article.translations.filter((x) => x.official)) {
      // Paragraph by paragraph where every paragraph has its translation; else the article's translated text whole.
      const parts = paragraphs.map((p) => {
        const t = p.translations.find((x) => x.lang === tr.lang && x.official);
        return t ? { id: p.id, number: p.number, text: t.text } : undefined;
      });
      texts.push({
        lang: tr.lang,
        standing: 'official-translation',
        by: tr.by,
        heading: tr.heading ?? article.heading ?? '',
        path: tr.path ?? article.path,
        parts: paragraphs.length > 0 && parts.every(Boolean) ? (parts as ArticleText['parts']) : [{ id: article.id, text: tr.text }],
      });
    }
  }
  const requirements = corpus.requirementsOfArticle(ref).map((r) => ({ ref: r.ref, provision: r.provision, kind: r.kind, label: r.label, quote: r.quote }));
  return { ref, instrument, number, texts, requirements };
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
    heading: p.heading ?? (p === entry.article ? undefined : entry.article.heading),
    path: entry.article.path,
    text: p.text,
    lang,
    translations: p.translations.map((t) => ({ lang: t.lang, text: t.text, official: t.official, by: t.by, heading: t.heading, stale: translationStale(p, t) })),
    // An annotation listing several dates is one history entry per date, all with the same printed line: show it once.
    history: [...new Set(p.history.map((h) => h.raw))],
  };
}

/** The matrix's citation parts, and those of every other provision of law the page can name: the viewer cites each with core's formatter. */
function citesOf(corpus: Corpus, matrix: GapMatrix, provisions: Record<string, ViewerProvision>): GapMatrix['cites'] {
  const cites = { ...matrix.cites };
  for (const [ref, p] of Object.entries(provisions)) if (!cites[ref] && corpus.instruments.get(p.instrument)?.meta.kind !== 'strategy') cites[ref] = citeParts(corpus, ref);
  return cites;
}

/** Strategies against the taxonomy (`ncss`, else the first) and against the first reference of the matrix. */
function strategiesOf(corpus: Corpus, matrix: Pick<GapMatrix, 'generated' | 'references'>): ViewerStrategies {
  if (![...corpus.instruments.values()].some((i) => i.meta.kind === 'strategy')) return {};
  const date = matrix.generated.date;
  const taxonomy = corpus.taxonomies.has('ncss') ? 'ncss' : [...corpus.taxonomies.keys()][0];
  const against = matrix.references[0]?.id;
  const out: ViewerStrategies = {
    taxonomy: taxonomy ? strategyMatrix(corpus, { taxonomy, date, tool: matrix.generated.tool }) : undefined,
    reference: against ? strategyMatrix(corpus, { against, date, tool: matrix.generated.tool }) : undefined,
    labels: {},
    taxonomyNames: taxonomy ? corpus.taxonomies.get(taxonomy)?.names : undefined,
  };
  // The rows' names in every language the corpus has: taxonomy areas by their names, treaty articles by their official headings.
  const tax = taxonomy ? corpus.taxonomies.get(taxonomy) : undefined;
  for (const a of tax?.areas ?? []) out.labels![`${tax!.id}/${a.code}`] = a.names;
  for (const row of out.reference?.rows ?? []) {
    const p = corpus.provisions.get(row.ref)?.provision;
    if (!p?.heading) continue;
    const names: Record<string, string> = { en: p.heading };
    for (const t of p.translations) if (t.official && t.heading) names[t.lang] = t.heading;
    out.labels![row.ref] = names;
  }
  return out;
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
