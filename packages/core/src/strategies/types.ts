/**
 * The strategy matrix: national cybersecurity strategies (columns) against the areas of a common
 * taxonomy or the parts of a reference treaty (rows). Each cell holds the quoted evidence that a
 * strategy *supports* the row. It is policy, never legal conformity: a separate type from the gap
 * matrix, with its own JSON, and nothing in it is ever counted as a legal finding.
 */
export interface StrategyMatrix {
  /** Format version of this object. */
  version: 1;
  kind: 'strategy-matrix';
  generated: {
    /** A digest of the corpus data the matrix was computed from (strategies, links, taxonomy, reference). */
    corpus: string;
    tool: string;
    /** YYYY-MM-DD; fixed by the caller for reproducible output. */
    date: string;
  };
  /** What the rows are: the areas of a taxonomy, or the parts of a reference instrument. */
  axis: StrategyAxis;
  columns: StrategyColumn[];
  rows: StrategyRow[];
  /** Study statuses in column order, with what each means. */
  legend: { status: StudyStatus; label: string; meaning: string }[];
  /** Said in every format: what a link is and what it is not. */
  disclaimer: string;
}

export type StudyStatus = 'subject' | 'named' | 'candidate';

export type StrategyAxis =
  | { kind: 'taxonomy'; id: string; title: string }
  | { kind: 'reference'; id: string; title: string };

export interface StrategyColumn {
  /** The strategy instrument, `gb-ncss-2016`. */
  instrument: string;
  title: string;
  short: string;
  jurisdiction: string;
  country: string;
  /** The country's names by language. */
  countryNames?: Record<string, string> | undefined;
  year?: number | undefined;
  version: string;
  url: string;
  study: StudyStatus;
  /** Why the strategy has that status (the government named it; indirect evidence; the subject). */
  evidence: string;
  /** What the corpus holds of the strategy, and what it leaves out. */
  coverage?: string | undefined;
  provisions: number;
  links: number;
  /** The country's events for the Budapest Convention and its protocols, in date order. */
  treaty: TreatyEventView[];
  /** The country's relation to the reference treaty when the strategy was adopted (from `treaty`). */
  /** When the strategy was adopted, as precisely as known (`2017`, `2016-11`). */
  adopted?: string | undefined;
  /** The relation to the reference treaty at adoption, in English words (`renderText` says it in the output language). */
  treatyAtAdoption: string;
  /** What the strategy itself says that points at the reference treaty (links with a target in it). */
  onReference: Evidence[];
}

export interface TreatyEventView {
  instrument: string;
  type: string;
  date?: string | undefined;
  source?: string | undefined;
}

export interface StrategyRow {
  /** `ncss/LEG`, or `coe-ets-185/ch-ii.sec-1`, `coe-ets-185/art-35`. */
  ref: string;
  /** `LEG` or `Art. 35` / `Ch. II › Sec. 1`. */
  code: string;
  label: string;
  /** 0 for a chapter or area, deeper for sections and articles. */
  depth: number;
  /** For a taxonomy area: the reference parts it corresponds to; for a reference part: the areas that point at it. */
  related: string[];
  /** By column instrument id; an empty list is "no link found", never "does not support". */
  cells: Record<string, Evidence[]>;
}

export interface Evidence {
  /** The strategy provision, `gb-ncss-2016/sec-6-2-1`. */
  provision: string;
  heading?: string | undefined;
  /** The words of the provision that show the link, verbatim. */
  quote: string;
  areas: string[];
  targets: string[];
  /** In a reference matrix: `target` when the link names this row, `area` when it reaches it through a taxonomy area. */
  via?: 'target' | 'area' | undefined;
  note?: string | undefined;
}
