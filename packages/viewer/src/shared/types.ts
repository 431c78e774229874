/**
 * The shape of `data.json`: everything the viewer shows, computed once on the Node side by
 * `buildViewerData` and read as-is by the browser. Types only: no code, no Node imports.
 *
 * Language-neutral where core is: the gap matrix is core's (reasons and positions as messages,
 * headings and names by language), and the browser says it in the reader's language with core's
 * `words`, as every report does. Corpus prose is by language (`ProseMap`); verbatim law is in its own
 * language with its translations beside it.
 */
import type { Status } from '../../../core/src/assess/types.js';
import type { GapMatrix } from '../../../core/src/matrix/types.js';
import type { ProseMap } from '../../../core/src/model/prose.js';
import type { GlossaryFile, PathSegment } from '../../../core/src/model/types.js';
import type { SearchRecord } from '../../../core/src/search/records.js';
import type { StrategyMatrix } from '../../../core/src/strategies/types.js';

export type { GapMatrix, PathSegment, ProseMap, Status, StrategyMatrix };
export type { MatrixCell, MatrixColumn, MatrixFinding, MatrixRow } from '../../../core/src/matrix/types.js';

export interface ViewerData {
  /** Format version of this object. */
  version: 2;
  generated: GapMatrix['generated'];
  /** Core's gap matrix (`gapMatrix`), its `provisions` list left empty: the texts are in `provisions` below. */
  matrix: GapMatrix;
  /** Reference articles (the matrix rows), with their text in every language the corpus has and their requirements. */
  articles: Record<string, ViewerArticle>;
  /** Every national provision (article) and anything cited deeper, every strategy provision. By ref. */
  provisions: Record<string, ViewerProvision>;
  instruments: Record<string, ViewerInstrument>;
  jurisdictions: ViewerJurisdiction[];
  strategies: ViewerStrategies;
  search: ViewerSearch;
  /** Files built with the site for download: the gap report of the whole matrix as csv and xlsx, by language. */
  downloads: ViewerDownload[];
}

export interface ViewerDownload {
  lang: string;
  format: 'csv' | 'xlsx';
  /** Relative to the site (`downloads/matrix-es.xlsx`). */
  file: string;
  bytes: number;
}

/** One language's text of a reference article. */
export interface ArticleText {
  lang: string;
  /** `authentic` (the English text), or an official translation (`by` says whose). */
  standing: 'authentic' | 'official-translation';
  by?: string | undefined;
  heading: string;
  path: PathSegment[];
  /** Paragraphs (or the article text when it has none), each with its id. */
  parts: { id: string; number?: string | undefined; text: string }[];
}

export interface ViewerArticle {
  /** `coe-ets-185/art-2` */
  ref: string;
  instrument: string;
  number: string;
  /** The authentic text first, then each official translation. */
  texts: ArticleText[];
  requirements: ViewerRequirement[];
}

export interface ViewerRequirement {
  /** `coe-ets-185/art-2#e1` */
  ref: string;
  /** The paragraph it hangs on (`art-4.p-2`) or the article. */
  provision: string;
  kind: string;
  label: ProseMap;
  /** Words of the article, verbatim, by language (the authentic text's and the official translation's): what the detail view highlights. */
  quote: ProseMap;
}

export interface ViewerProvision {
  /** `mx-cpf/art-211-bis-1` */
  ref: string;
  instrument: string;
  /** The article's number label ("211 Bis 1"), also for a paragraph or fracción of it. */
  number?: string | undefined;
  heading?: string | undefined;
  /** Structure the article sits in, in the text's language. */
  path: PathSegment[];
  text: string;
  /** Language of `text` (the instrument's authoritative one unless the provision says otherwise). */
  lang: string;
  /** `stale`: the translation is of an earlier text (the provision changed since it was translated). */
  translations: { lang: string; text: string; official: boolean; by: string; heading?: string | undefined; stale: boolean }[];
  history: string[];
}

export interface ViewerInstrument {
  id: string;
  kind: string;
  jurisdiction: string;
  titles: ProseMap;
  short?: string | undefined;
  /** The languages its texts are authoritative in. */
  languages: string[];
  version: string;
  year?: number | undefined;
  /** http(s) only; anything else is dropped at build time. */
  url?: string | undefined;
  /** What every reader of a quote from it must be told. */
  caveat?: ProseMap | undefined;
  /** For a strategy without a full text: its lines are quoted from a secondary source (`source.secondary`). */
  secondary?: string | undefined;
  study?: { status: string; evidence: string } | undefined;
  coverage?: ProseMap | undefined;
}

export interface ViewerJurisdiction {
  code: string;
  names: ProseMap;
  /** Whether a gap assessment exists for it (a matrix column). */
  assessed: boolean;
  events: { instrument: string; type: string; date?: string | undefined; source: string; url?: string | undefined; evidence: string }[];
  positions: { instrument: string; declarations: string[]; reservations: string[] }[];
}

/**
 * The strategy matrices of @lexharmony/core (`strategyMatrix`): strategies against the strategy
 * taxonomy and against the reference treaty, with the rows' names by language. Absent where the corpus holds no strategy.
 */
export interface ViewerStrategies {
  taxonomy?: StrategyMatrix | undefined;
  reference?: StrategyMatrix | undefined;
  /** Row ref → its name by language (taxonomy areas, treaty parts). */
  labels?: Record<string, ProseMap> | undefined;
  /** The taxonomy's name by language. */
  taxonomyNames?: ProseMap | undefined;
}

/** The records and glossaries of @lexharmony/core's search: the browser builds core's `SearchIndex` over them at first use. */
export interface ViewerSearch {
  records: SearchRecord[];
  glossaries: GlossaryFile[];
}
