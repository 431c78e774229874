import type { Message } from '../i18n/message.js';
import type { ProseMap } from '../model/prose.js';
import type { Confidence, Coverage, Relationship } from '../model/types.js';

/**
 * Status of a requirement or an article for one jurisdiction, computed from findings, never typed:
 * - full: the law covers it;
 * - full-as-assessed (articles only): every assessed requirement is met, and some were not assessed:
 *   not a gap, and not yet full;
 * - conditional: covered only with a declaration or reservation the jurisdiction has not made
 *   (for a non-Party: one it would have to make at accession);
 * - partial: covered in part;
 * - none: assessed, and no provision covers it;
 * - not-assessed: no finding (never shown as a gap);
 * - not-applicable: asks nothing of national law.
 */
export type Status = 'full' | 'full-as-assessed' | 'conditional' | 'partial' | 'none' | 'not-assessed' | 'not-applicable';

/** Every status, from best to worst, then those that are no gap. */
export const STATUSES: readonly Status[] = ['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable'];

/** Each status's symbol: every output writes it beside the status word (../i18n/messages), so a status never rests on colour alone. */
export const SYMBOLS: Record<Status, string> = {
  full: '✔',
  'full-as-assessed': '✓',
  conditional: '◐',
  partial: '◑',
  none: '✘',
  'not-assessed': '?',
  'not-applicable': '–',
};

/** The statuses that are gaps: what the law lacks, as far as it was assessed. Never not-assessed, never full as far as assessed. */
export const GAP_STATUSES: readonly Status[] = ['partial', 'none'];

/** A citation of a finding, with whether its provision text still matches the recorded hash. */
export interface CitationResult {
  ref: string;
  quote?: string | undefined;
  /** What a reader of the quote must know (a limiting clause it leaves out). */
  note?: ProseMap | undefined;
  recordedHash: string;
  currentHash: string | undefined;
  /** The cited text changed since the finding was made (or the provision is gone). */
  stale: boolean;
}

export interface RequirementResult {
  /** `coe-ets-185/art-2#e1` */
  ref: string;
  /** `coe-ets-185/art-2` */
  article: string;
  kind: string;
  label: ProseMap;
  status: Status;
  /** Why, one message each (catalogue keys with references, never words). */
  reasons: Message[];
  /** For a requirement deliberately left without a finding: why (from the assessment's `notAssessed`). */
  notAssessedReason?: ProseMap | undefined;
  finding?: {
    coverage: Coverage;
    relationship: Relationship;
    confidence: Confidence;
    rationale: ProseMap;
    searched?: ProseMap | undefined;
    citations: CitationResult[];
    /** Declarations or reservations that would make a narrower element acceptable, and whether the jurisdiction made them. */
    acceptableWith: { ref: string; kind: string; label: ProseMap; made: boolean }[];
    date: string;
    method: string;
  } | undefined;
  stale: boolean;
  /** Set in a projection when an assumed recommendation changes this requirement: what it is under current law, and which recommendations change it. */
  projected?: { from: { status: Status; coverage?: Coverage | undefined }; by: string[] } | undefined;
}

export interface ArticleResult {
  /** `coe-ets-185/art-2` */
  ref: string;
  instrument: string;
  number: string;
  heading: string;
  status: Status;
  /** The article's status in one message, then the reasons of its requirements that are not full. */
  reasons: Message[];
  requirements: RequirementResult[];
  /** Declarations/reservations the jurisdiction would have to make for a `conditional` status. */
  needs: string[];
  /** Cited national provisions, in first-cited order. */
  provisions: string[];
  stale: boolean;
  counts: Record<Status, number>;
  /** Set in a projection when an assumed recommendation changes any of its requirements: the article under current law, and which recommendations change it. */
  projected?: { from: { status: Status; reasons: Message[]; needs: string[] }; by: string[] } | undefined;
}

/**
 * What a projection assumes adopted (see ../recommend/project.ts): the coverage a requirement's
 * finding would have, and the declarations and reservations counted as made, each with the
 * recommendations that bring it. The engine's own rules then give every status.
 */
export interface Assumption {
  coverage: ReadonlyMap<string, { coverage: Coverage; by: readonly string[] }>;
  made: ReadonlyMap<string, readonly string[]>;
}

/** One jurisdiction against one reference instrument (and the instruments assessed with it). */
export interface Assessment {
  jurisdiction: string;
  reference: string;
  /** Party, signatory, or not, from the corpus's treaty events. */
  position: { party: boolean; summary: Message };
  articles: ArticleResult[];
  limits: ProseMap[];
  date?: string | undefined;
  stale: boolean;
  counts: Record<Status, number>;
}
