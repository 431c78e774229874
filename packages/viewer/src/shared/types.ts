/**
 * The shape of `data.json`: everything the viewer shows, computed once on the Node side by
 * `buildViewerData` and read as-is by the browser. Types only: no code, no Node imports.
 */
import type { GapMatrix } from '../../../core/src/matrix/types.js';

export type { GapMatrix };
export type { MatrixCell, MatrixFinding, MatrixRow, MatrixGroup } from '../../../core/src/matrix/types.js';
export type { Status } from '../../../core/src/assess/types.js';
import type { SearchRecord } from '../../../core/src/search/records.js';
import type { StrategyMatrix } from '../../../core/src/strategies/types.js';

export type { StrategyMatrix };

export interface ViewerData {
  /** Format version of this object. */
  version: 1;
  generated: GapMatrix['generated'];
  /** The gap matrix, its `provisions` list left empty: the texts are in `provisions` below. */
  matrix: GapMatrix;
  /** Reference articles (the matrix rows), with their text and requirements. */
  articles: Record<string, ViewerArticle>;
  /** National provisions cited by a finding, and every strategy provision linked. By ref. */
  provisions: Record<string, ViewerProvision>;
  instruments: Record<string, ViewerInstrument>;
  jurisdictions: ViewerJurisdiction[];
  strategies: ViewerStrategies;
  search: ViewerSearch;
}

export interface ViewerArticle {
  /** `coe-ets-185/art-2` */
  ref: string;
  instrument: string;
  number: string;
  heading: string;
  /** `Chapter II › Section 1 › Title 1` */
  path: string;
  /** Paragraphs (or the article text when it has none), each with its id. */
  parts: { id: string; number?: string | undefined; text: string }[];
  requirements: ViewerRequirement[];
}

export interface ViewerRequirement {
  /** `coe-ets-185/art-2#e1` */
  ref: string;
  /** The paragraph it hangs on (`art-4.p-2`) or the article. */
  provision: string;
  kind: string;
  label: string;
  /** Words of the article, verbatim: what the detail view highlights. */
  quote: string;
}

export interface ViewerProvision {
  /** `mx-cpf/art-211-bis-1` */
  ref: string;
  instrument: string;
  /** The article's number label ("211 Bis 1"), also for a paragraph or fracción of it. */
  number?: string | undefined;
  /** For a part of an article: which ("párrafo 2", "fracción VI"). */
  part?: string | undefined;
  heading?: string | undefined;
  path: string;
  text: string;
  /** Language of `text` (the instrument's authoritative one unless the provision says otherwise). */
  lang: string;
  /** Whether `text` is the official text (false only where the corpus says the text is itself a translation). */
  /** `stale`: the translation is of an earlier text (the provision changed since it was translated). */
  translations: { lang: string; text: string; official: boolean; by: string; stale: boolean }[];
  history: string[];
}

export interface ViewerInstrument {
  id: string;
  kind: string;
  jurisdiction: string;
  title: string;
  titles: Record<string, string>;
  short?: string | undefined;
  version: string;
  year?: number | undefined;
  /** http(s) only; anything else is dropped at build time. */
  url?: string | undefined;
  study?: { status: string; evidence: string } | undefined;
}

export interface ViewerJurisdiction {
  code: string;
  names: Record<string, string>;
  /** Whether a gap assessment exists for it (a matrix column). */
  assessed: boolean;
  events: { instrument: string; type: string; date?: string | undefined; source: string; url?: string | undefined; evidence: string }[];
  positions: { instrument: string; declarations: string[]; reservations: string[] }[];
}

/**
 * The strategy matrices of @lexharmony/core (`strategyMatrix`): strategies against the strategy
 * taxonomy and against the reference treaty. Absent where the corpus holds no strategy.
 */
export interface ViewerStrategies {
  taxonomy?: StrategyMatrix | undefined;
  reference?: StrategyMatrix | undefined;
}

/** The records of @lexharmony/core's search (`buildRecords`); the browser indexes them at first use (shared/search.ts). */
export interface ViewerSearch {
  records: SearchRecord[];
}
