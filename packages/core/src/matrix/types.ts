import type { Status } from '../assess/types.js';
import type { ProseMap } from '../model/prose.js';

/** The gap matrix: reference provisions (rows) × jurisdictions (columns). Every output format renders this object and nothing else. */
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
  provisions: { ref: string; instrument: string; heading?: string | undefined; text: string; lang: string; translation?: MatrixTranslation | undefined; hash: string }[];
}

/** A provision's translation as the matrix shows it beside the text. */
export interface MatrixTranslation {
  lang: string;
  text: string;
  official: boolean;
  by: string;
  /**
   * The translation is of an earlier text: the provision changed since (outputs say "translation of an
   * earlier text"). Always set by `gapMatrix`; absent in matrices made before lexharmony recorded it.
   */
  stale?: boolean | undefined;
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
