/**
 * The shape of `data.json`: everything the viewer shows, computed once on the Node side by
 * `buildViewerData` and read as-is by the browser. Types only: no code, no Node imports.
 */
import type { Status } from '../../../core/src/assess/types.js';
import type { ProseMap } from '../../../core/src/model/prose.js';

export type { Status };

/** The gap matrix as the viewer shows it today: its words rendered in English on the Node side (see ../node/data.ts, `viewerMatrix`). */
export interface GapMatrix {
  /** Format version of this object; see docs/schema/gap-matrix.schema.json. */
  version: 2;
  generated: {
    /** Corpus version: a digest of the corpus data the matrix was computed from. */
    corpus: string;
    tool: string;
    /** Date the matrix was computed (YYYY-MM-DD); fixed by the caller for reproducible output. */
    date: string;
  };
  references: MatrixReference[];
  columns: MatrixColumn[];
  groups: MatrixGroup[];
  rows: MatrixRow[];
  totals: MatrixTotals;
  /** Legend: each status with its symbol and meaning. */
  legend: { status: Status; symbol: string; label: string; meaning: string }[];
  /** Sources of every instrument cited (for the Sources sheet). */
  sources: { instrument: string; title: string; version: string; url: string; sha256?: string | undefined; file?: string | undefined }[];
  /** Full texts of every provision cited (for the Provisions sheet). */
  provisions: { ref: string; instrument: string; heading?: string | undefined; text: string; lang: string; translation?: { lang: string; text: string; official: boolean; by: string } | undefined; hash: string }[];
}

export interface MatrixReference {
  id: string;
  title: string;
  version: string;
}

export interface MatrixColumn {
  /** `MX` or `MX:mx-cpf` when columns are instruments. */
  key: string;
  jurisdiction: string;
  name: string;
  reference: string;
  position: string;
  limits: ProseMap[];
}

export interface MatrixGroup {
  /** `coe-ets-185/ch-ii.sec-1.tit-1` */
  ref: string;
  reference: string;
  /** `Chapter II › Section 1 › Title 1` with titles. */
  label: string;
  depth: number;
}

export interface MatrixRow {
  /** `coe-ets-185/art-2` */
  ref: string;
  reference: string;
  number: string;
  heading: string;
  /** Innermost group the article sits in. */
  group: string;
  /** By column key. */
  cells: Record<string, MatrixCell>;
}

export interface MatrixCell {
  status: Status;
  symbol: string;
  /** National provisions cited. */
  provisions: string[];
  /** One line of why. */
  reason: string;
  stale: boolean;
  needs: string[];
  findings: MatrixFinding[];
}

export interface MatrixFinding {
  requirement: string;
  kind: string;
  label: ProseMap;
  status: Status;
  coverage?: string | undefined;
  relationship?: string | undefined;
  confidence?: string | undefined;
  rationale?: ProseMap | undefined;
  /** Why the requirement was deliberately left without a finding. */
  notAssessedReason?: ProseMap | undefined;
  citations: { ref: string; quote?: string | undefined; stale: boolean }[];
  acceptableWith: { ref: string; label: ProseMap; made: boolean }[];
  stale: boolean;
}

export interface MatrixTotals {
  /** By column key, then by status. */
  byColumn: Record<string, Record<Status, number>>;
  /** By group ref, then column key, then status. */
  byGroup: Record<string, Record<string, Record<Status, number>>>;
}

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
