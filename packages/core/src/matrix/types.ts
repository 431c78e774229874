import type { Status } from '../assess/types.js';
import type { CiteParts } from '../cite/parts.js';
import type { Message } from '../i18n/message.js';
import type { ProseMap } from '../model/prose.js';
import type { PathSegment } from '../model/types.js';

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
}

export interface MatrixSource {
  instrument: string;
  titles: ProseMap;
  short?: string | undefined;
  version: string;
  adopted?: MatrixAdopted | undefined;
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
  adopted?: MatrixAdopted | undefined;
}

/** How, where and when a treaty was opened: data a report says in its own language (`version` is the corpus's English line). */
export interface MatrixAdopted {
  act: 'opened-for-signature' | 'done';
  /** The place by language (Strasbourg, Estrasburgo). */
  place: ProseMap;
  /** YYYY-MM-DD. */
  date: string;
}

/** Who made an assessment, when, how far it was reviewed, and its stated limits: what every report shows. */
export interface MatrixAssessment {
  title?: ProseMap | undefined;
  date: string;
  /** A name as written, or prose by language. */
  authors: (string | ProseMap)[];
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
}

export interface MatrixTotals {
  /** By column key, then by status. */
  byColumn: Record<string, Record<Status, number>>;
  /** By group ref, then column key, then status. */
  byGroup: Record<string, Record<string, Record<Status, number>>>;
}
