import type { Status } from '../assess/types.js';
import type { CiteParts } from '../cite/parts.js';
import type { ProseMap } from '../model/prose.js';
import type { WordChange } from './words.js';

/**
 * What changed between two gap matrices of the same reference(s): a report before and after a
 * reform. Every output of a reform diff renders this object; see docs/schema/matrix-diff.schema.json.
 */
export interface MatrixDiff {
  /** Format version of this object. */
  version: 1;
  old: DiffSide;
  new: DiffSide;
  /** The reference instruments both matrices compare against. */
  references: { id: string; titles: ProseMap; short?: string | undefined }[];
  /** Column keys (jurisdictions) in both matrices: what is compared. */
  columns: string[];
  /** Column keys only one matrix has: listed, not compared. */
  onlyIn: { old: string[]; new: string[] };
  /** Every article of either matrix, in the order of the new one (articles only in the old one last). */
  articles: ArticleDiff[];
  /** Cited provisions whose text differs between the two matrices, with the word diff. */
  provisions: ProvisionChange[];
  /** Findings that one matrix has and the other has not. */
  findings: { added: FindingRef[]; removed: FindingRef[] };
  /** Status counts of each compared column, before and after. */
  totals: Record<string, { old: Record<Status, number>; new: Record<Status, number> }>;
  /** How many of each changed: articles, requirements, provisions' texts, findings added and removed. */
  summary: { articles: number; requirements: number; provisions: number; findingsAdded: number; findingsRemoved: number };
  /** The compared jurisdictions' names by language. */
  names: Record<string, ProseMap>;
  /** What a reader's citation of each reference the diff names is made of (as the matrices give it, the new one first). */
  cites: Record<string, CiteParts>;
}

/** One side of the comparison: as the user named it, and the matrix's own provenance. */
export interface DiffSide {
  /** `HEAD~1`, `gaps-before.json`, `./corpora`. */
  label: string;
  corpus: string;
  date: string;
  tool: string;
}

export interface ArticleDiff {
  /** `coe-ets-185/art-2` */
  ref: string;
  reference: string;
  number: string;
  /** The article's heading by language, as the new matrix gives it. */
  headings: ProseMap;
  /** Whether anything changed in any compared column. */
  changed: boolean;
  /** By column key. */
  cells: Record<string, CellDiff>;
}

/** What changed in a cell: its status, staleness, the provisions it cites, their texts, its findings. */
export type CellChange = 'added' | 'removed' | 'status' | 'stale' | 'cited' | 'text' | 'findings';

export interface CellDiff {
  /** Absent where that matrix has no such article. */
  old?: CellState | undefined;
  new?: CellState | undefined;
  changes: CellChange[];
  /** The requirements of the article that changed (unchanged ones are left out). */
  requirements: RequirementDiff[];
}

export interface CellState {
  status: Status;
  symbol: string;
  stale: boolean;
  provisions: string[];
}

/** What changed in a requirement: a finding added or removed, its status, its finding's fields, a cited text. */
export type RequirementChange = 'added' | 'removed' | 'status' | 'coverage' | 'relationship' | 'confidence' | 'citations' | 'quotes' | 'rationale' | 'stale' | 'text';

export interface RequirementDiff {
  /** `coe-ets-185/art-2#e1` */
  requirement: string;
  kind: string;
  label: ProseMap;
  /** Absent where that matrix does not list the requirement. */
  old?: RequirementState | undefined;
  new?: RequirementState | undefined;
  changes: RequirementChange[];
}

export interface RequirementState {
  status: Status;
  /** Absent where the requirement has no finding (not assessed). */
  coverage?: string | undefined;
  relationship?: string | undefined;
  confidence?: string | undefined;
  stale: boolean;
  citations: { ref: string; quote?: string | undefined }[];
}

export interface ProvisionChange {
  /** `mx-cpf/art-211-bis-1.p-2` */
  ref: string;
  instrument: string;
  heading?: string | undefined;
  lang: string;
  old: { text: string; hash: string };
  new: { text: string; hash: string };
  /** The word diff from the old text to the new. */
  words: WordChange[];
  /** Every requirement citing the provision in either matrix, with each quote and whether each text holds it. */
  citedBy: { column: string; requirement: string; quotes: { quote: string; inOld: boolean; inNew: boolean }[] }[];
  /** The new matrix's translations of the provision, and whether each translates an earlier text. */
  translations: { lang: string; stale: boolean }[];
}

export interface FindingRef {
  column: string;
  requirement: string;
  /** `coe-ets-185/art-2` */
  article: string;
  label: ProseMap;
  status: Status;
  coverage?: string | undefined;
}
