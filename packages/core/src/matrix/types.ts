import type { Status } from '../assess/types.js';
import type { CiteParts } from '../cite/parts.js';
import type { Message } from '../i18n/message.js';
import type { ProseMap } from '../model/prose.js';
import type { Confidence, PathSegment, Priority, RecommendationAction } from '../model/types.js';

/**
 * The gap matrix: reference provisions (rows) × jurisdictions (columns), language-neutral: prose by
 * language, reasons as messages, references with their citation parts. The canonical JSON output;
 * every report is a document built from it (see ../document/).
 */
export interface GapMatrix {
  /** Format version of this object; see docs/schema/gap-matrix.schema.json. */
  version: 3;
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
  /** Every instrument quoted: the reference(s) and each one a finding cites. */
  sources: MatrixSource[];
  /** Full texts of every provision cited, with every translation. */
  provisions: MatrixProvision[];
  /** What a reader's citation of each reference is made of (`mx-cpf/art-211-bis-1.p-2` → CPF, art. 211 Bis 1, paragraph 2): every provision, article and requirement the matrix names. */
  cites: Record<string, CiteParts>;
  /** What would close each gap, for the columns' jurisdictions (present where the corpus has recommendations for them), in file order. */
  recommendations?: MatrixRecommendation[] | undefined;
  /**
   * Present only in a projection: the matrix as if these recommendations were adopted. Every cell
   * and finding they change carries `projected` with its status under current law; nothing else
   * differs from the current matrix (`totals` still count current law; `projection.totals` count
   * the projected cells). Never current law.
   */
  projection?: { assumed: string[]; totals: MatrixTotals } | undefined;
}

/**
 * A recommendation as every output shows it: what to do, where, with which model wording, the
 * status its article has now and would have if it alone (with what it requires) were adopted, and
 * whether it is stale (a finding it answers, its target or a model text changed since it was written).
 */
export interface MatrixRecommendation {
  id: string;
  /** The column (jurisdiction) it belongs to. */
  column: string;
  /** The reference article (a row ref): `coe-ets-185/art-4`. */
  article: string;
  action: RecommendationAction;
  /** For declare and reserve: the declaration or reservation to make. */
  makes?: string | undefined;
  priority: Priority;
  confidence: Confidence;
  summary: ProseMap;
  rationale: ProseMap;
  policy?: ProseMap | undefined;
  /** The language its prose was written in (the recommendations file's `lang`). */
  lang: string;
  date: string;
  /** Each closed requirement: its coverage now, and once adopted (absent for a declaration or reservation, which changes no law). */
  closes: { requirement: string; now?: string | undefined; coverage?: string | undefined }[];
  /** The findings it answers; `stale` when one changed (or is gone, or its cited text changed) since the recommendation was written. */
  answers: { requirement: string; stale: boolean }[];
  /** Where the change goes: a provision (with its text in `provisions`) or a structure (its path), and whether the provision's text changed since. */
  targets: { ref: string; instrument: string; path?: PathSegment[] | undefined; note?: ProseMap | undefined; stale: boolean }[];
  /** Model wording, verbatim, in `lang`; `translation` names who translated it when it is an official translation. */
  model: { ref: string; lang: string; quote: string; note?: ProseMap | undefined; translation?: string | undefined; stale: boolean }[];
  requires: string[];
  alternatives: string[];
  /** The article's status under current law. */
  status: Status;
  /** The article's status if this recommendation (and what it requires) were adopted: computed by the engine, never current law. */
  projected: Status;
  reviews: { by: string; date: string; outcome: string }[];
  stale: boolean;
}

/** Who wrote a column's recommendations, when, and how far they were reviewed. */
export interface MatrixRecommendationsProvenance {
  title?: ProseMap | undefined;
  date: string;
  authors: string[];
  lang: string;
  review?: { status: 'first-reading' | 'second-reading' | 'practitioner'; summary: ProseMap; reviewers: { id: string; name: ProseMap; practitioner: boolean }[] } | undefined;
  limits: ProseMap[];
  count: number;
}

export interface MatrixSource {
  instrument: string;
  titles: ProseMap;
  short?: string | undefined;
  version: string;
  url: string;
  sha256?: string | undefined;
  file?: string | undefined;
  /** What every reader of a quote from it must be told. */
  caveat?: ProseMap | undefined;
}

export interface MatrixProvision {
  ref: string;
  instrument: string;
  heading?: string | undefined;
  text: string;
  lang: string;
  translations: { lang: string; text: string; official: boolean; by: string; /** translates an earlier text */ stale: boolean }[];
  hash: string;
}

export interface MatrixReference {
  id: string;
  titles: ProseMap;
  short?: string | undefined;
  version: string;
}

/** Who made an assessment, when, how far it was reviewed, and its stated limits: what every report shows. */
export interface MatrixAssessment {
  title?: ProseMap | undefined;
  date: string;
  authors: string[];
  /** The language the assessment's prose was written in; its other languages are the project's translations. */
  lang: string;
  review?: { status: 'first-reading' | 'second-reading' | 'practitioner'; summary: ProseMap; reviewers: { id: string; name: ProseMap; practitioner: boolean }[] } | undefined;
  findings: number;
  methods: string[];
}

export interface MatrixColumn {
  /** `MX` or `MX:mx-cpf` when columns are instruments. */
  key: string;
  jurisdiction: string;
  names: ProseMap;
  reference: string;
  /** Party or not, from the corpus's treaty events. */
  position: Message;
  limits: ProseMap[];
  /** The assessment file's provenance; absent where the jurisdiction has none. */
  assessment?: MatrixAssessment | undefined;
  /** The recommendations' provenance; absent where the jurisdiction has none. */
  recommendations?: MatrixRecommendationsProvenance | undefined;
}

export interface MatrixGroup {
  /** `coe-ets-185/ch-ii.sec-1.tit-1` */
  ref: string;
  reference: string;
  /** The structure down to this group: chapter II, section 1 … with their titles as the reference prints them. */
  path: PathSegment[];
  /** The same path in an official translation, by language. */
  translated: Record<string, PathSegment[]>;
  depth: number;
}

export interface MatrixRow {
  /** `coe-ets-185/art-2` */
  ref: string;
  reference: string;
  number: string;
  /** The article's heading by language (the reference's own, and each official translation's). */
  headings: ProseMap;
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
  /** Why, in one message. */
  reason: Message;
  stale: boolean;
  needs: string[];
  findings: MatrixFinding[];
  /** In a projection, on a cell an assumed recommendation changes: the cell under current law, and the recommendations that change it. */
  projected?: { from: { status: Status; symbol: string; reason: Message; needs: string[] }; by: string[] } | undefined;
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
  /** Where it was looked for, for a `missing` finding. */
  searched?: ProseMap | undefined;
  date?: string | undefined;
  method?: string | undefined;
  citations: { ref: string; quote?: string | undefined; note?: ProseMap | undefined; stale: boolean }[];
  acceptableWith: { ref: string; label: ProseMap; made: boolean }[];
  stale: boolean;
  /** In a projection, on a requirement an assumed recommendation changes: its status and coverage under current law, and the recommendations that change it. */
  projected?: { from: { status: Status; coverage?: string | undefined }; by: string[] } | undefined;
}

export interface MatrixTotals {
  /** By column key, then by status. */
  byColumn: Record<string, Record<Status, number>>;
  /** By group ref, then column key, then status. */
  byGroup: Record<string, Record<string, Record<Status, number>>>;
}
