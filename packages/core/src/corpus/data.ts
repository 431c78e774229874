import type {
  AssessmentFile,
  GlossaryFile,
  Instrument,
  Jurisdiction,
  Provision,
  RecommendationsFile,
  Requirement,
  StrategyLink,
  TaxonomyFile,
} from '../model/types.js';

/** One instrument with everything the corpus holds of it. */
export interface InstrumentData {
  meta: Instrument;
  provisions: Provision[];
  requirements: Requirement[];
  links: StrategyLink[];
}

/** Where a record was read from, for messages that point back into the corpus. */
export interface Origin {
  file: string;
  line?: number | undefined;
}

/** The validated corpus as plain data: what the build compiles into the package, and what `indexCorpus` indexes. */
export interface CorpusData {
  /** Format version of this object. */
  version: 1;
  jurisdictions: Jurisdiction[];
  instruments: InstrumentData[];
  assessments: AssessmentFile[];
  /** What would close each gap: one file per jurisdiction and reference (absent in data compiled before recommendations existed). */
  recommendations?: RecommendationsFile[] | undefined;
  taxonomies: TaxonomyFile[];
  glossaries: GlossaryFile[];
  /** `provision:mx-cpf/art-2`, `requirement:coe-ets-185/art-2#e1`, `finding:MX:coe-ets-185/art-2#e1`, `recommendation:MX-2-declare` → origin. */
  origins: Record<string, Origin>;
  /** Digest of the data (see `corpusDigest`), stored by the build in the compiled corpus so that it is not recomputed at each run. */
  digest?: string | undefined;
}
