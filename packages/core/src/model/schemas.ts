/**
 * The corpus model. Every TypeScript type of the corpus is inferred from these schemas
 * (see ./types.ts); nothing is written twice.
 */
import { z } from 'zod';
import { isCalendarDate } from './dates.js';

/** Stable, lower-case, readable ids: `coe-ets-185`, `mx-cpf`, `gb-ncss-2016`. */
export const InstrumentId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a lower-case id such as "mx-cpf" or "coe-ets-185"');

/** A provision id inside its instrument: `art-2`, `art-211-bis-1`, `art-167.fr-vi`, `art-4.p-2`. */
export const ProvisionId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
    'a provision id such as "art-2", "art-211-bis-1" or "art-167.fr-vi"',
  );

/** A provision across instruments: `mx-cpf/art-211-bis-1`. */
export const ProvisionRef = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
    'a provision reference such as "mx-cpf/art-211-bis-1"',
  );

/** A requirement of a reference provision: `coe-ets-185/art-2#e1`. */
export const RequirementRef = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*#[a-z][a-z0-9-]*$/,
    'a requirement reference such as "coe-ets-185/art-2#e1"',
  );

/** ISO 3166-1 alpha-2, or INT for international instruments. */
export const JurisdictionCode = z.string().regex(/^(?:[A-Z]{2}|INT)$/, 'an ISO 3166-1 alpha-2 code such as "MX", or "INT"');

/** A calendar date, ISO 8601 (`2007-02-01`), or a year-month (`2017-11`) or year (`2017`) where the day is unknown. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date as YYYY-MM-DD (or YYYY-MM, YYYY where the day is unknown)')
  // Checked only once the form is right, so that one mistake gives one message.
  .refine((s) => !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s) || isCalendarDate(s), 'a real calendar date (month 01-12, a day the month has)');


export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "es" or "en"');

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 digest, 64 lower-case hex digits');

/** The hash of a provision's text as recorded by a finding: `sha256:<hex>`. */
export const TextHash = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a text hash "sha256:<64 hex digits>"');

export const Localized = z.record(LanguageCode, z.string().min(1)).refine((o) => Object.keys(o).length > 0, {
  message: 'at least one language, e.g. { en: "…" }',
});

/**
 * Prose the project writes (rationales, labels, limits, notes), by language: `{ en: "…", es: "…" }`.
 * The language a file's prose was written in is its original (an assessment's `lang`, English
 * elsewhere); every other language is the project's unofficial translation and is labelled so.
 */
export const Prose = Localized;

export const SourceRef = z.strictObject({
  url: z.url().optional(),
  title: z.string().optional(),
  /** A file of the official sources, relative to the sources directory (`comparators/argentina/LEY-27411.md`). */
  file: z.string().min(1).optional(),
  note: z.string().optional(),
  /** What kind of evidence: read in the source, or background knowledge not verified. */
  evidence: z.enum(['verified', 'secondary', 'unverified']).default('verified'),
});

// ── Jurisdictions ────────────────────────────────────────────────────────────

export const TreatyEventType = z.enum([
  'signature',
  'ratification',
  'accession',
  'acceptance',
  'entry-into-force',
  'invited-to-accede',
  'observer',
  'not-signed',
]);

export const TreatyEvent = z.strictObject({
  instrument: InstrumentId,
  type: TreatyEventType,
  /** Absent where the event is known but its date is not. */
  date: IsoDate.optional(),
  source: SourceRef,
});

/** Declarations and reservations a Party has made, by requirement reference. */
export const TreatyPosition = z.strictObject({
  instrument: InstrumentId,
  declarations: z.array(RequirementRef).default([]),
  reservations: z.array(RequirementRef).default([]),
  source: SourceRef.optional(),
});

export const Jurisdiction = z.strictObject({
  code: JurisdictionCode,
  names: Localized,
  federal: z.boolean(),
  events: z.array(TreatyEvent).default([]),
  positions: z.array(TreatyPosition).default([]),
  notes: Prose.optional(),
});

export const JurisdictionsFile = z.strictObject({
  jurisdictions: z.array(Jurisdiction).min(1),
});

// ── Instruments and provisions ───────────────────────────────────────────────

export const InstrumentKind = z.enum(['treaty', 'protocol', 'code', 'statute', 'constitution', 'strategy']);

/**
 * The published file of an official translation (Spain's BOE text of a treaty): `verify` finds
 * every provision translation, heading and quote in `lang` verbatim in it.
 */
export const TranslationSource = z.strictObject({
  lang: LanguageCode,
  /** Relative to a sources directory, like `source.file`. */
  file: z.string().min(1),
  sha256: Sha256,
  url: z.url(),
  publisher: z.string().min(1),
  /** The title of the publication as printed. */
  title: z.string().min(1).optional(),
  note: z.string().optional(),
});

export const InstrumentSource = z.strictObject({
  url: z.url(),
  publisher: z.string().min(1),
  retrieved: IsoDate.optional(),
  /** The official file the corpus was ingested from, relative to a sources directory (`mexico/CPF.pdf`). */
  file: z.string().min(1).optional(),
  sha256: Sha256.optional(),
  /** Other files of the same text (a text extraction, another language) with their digests. */
  alternates: z.array(z.strictObject({ file: z.string().min(1), sha256: Sha256, note: z.string().optional() })).default([]),
  /** The sources of official translations, one per language: what their provision translations are verified against. */
  translations: z.array(TranslationSource).optional(),
  note: z.string().optional(),
});

export const StrategyStudy = z.strictObject({
  /** `named`: the Mexican government named it as studied; `candidate`: plausible, with evidence. */
  status: z.enum(['named', 'candidate', 'subject']),
  evidence: z.string().min(1),
  sources: z.array(SourceRef).default([]),
});

export const Instrument = z.strictObject({
  id: InstrumentId,
  kind: InstrumentKind,
  jurisdiction: JurisdictionCode,
  titles: Localized,
  short: z.string().optional(),
  /** The short name a citation uses, by language, where it is not the same in every language (`{ es: Convenio, en: Convention }`). */
  shortNames: Localized.optional(),
  languages: z.array(LanguageCode).min(1),
  /** Adoption date, or the consolidation it was read from ("Última reforma publicada DOF 28-11-2025"). */
  version: z.string().min(1),
  versionDate: IsoDate.optional(),
  /** For a treaty: how and where it was opened (with `versionDate`, the day); reports say it in their own language instead of `version`. */
  adopted: z.strictObject({ act: z.enum(['opened-for-signature', 'done']), place: Localized }).optional(),
  year: z.number().int().optional(),
  source: InstrumentSource,
  /** Reference instruments this one supplements (ETS 189 → ETS 185). */
  supplements: InstrumentId.optional(),
  study: StrategyStudy.optional(),
  /** What the bundled corpus holds of this instrument, and what it leaves out. */
  coverage: Prose.optional(),
  /**
   * What every reader of a quote from this instrument must be told, shown wherever it is quoted:
   * "a private publisher's consolidation, not the official gazette", "an extract of the amending law".
   */
  caveat: Prose.optional(),
  notes: Prose.optional(),
});

export const PathLevel = z.enum(['preamble', 'book', 'part', 'title', 'chapter', 'section', 'subtitle', 'transitory', 'pillar', 'objective', 'axis', 'annex']);

export const PathSegment = z.strictObject({
  level: PathLevel,
  number: z.string().optional(),
  title: z.string().optional(),
});

export const Translation = z.strictObject({
  lang: LanguageCode,
  text: z.string().min(1),
  /** The provision's heading in this language (an official translation's own heading). */
  heading: z.string().min(1).optional(),
  /** The structural path in this language (chapter and section titles of an official translation). */
  path: z.array(PathSegment).optional(),
  official: z.boolean(),
  by: z.string().min(1),
  /** The text hash of the source text this translates: when the source changes, the translation is stale. */
  of: TextHash.optional(),
});

export const HistoryEntry = z.strictObject({
  action: z.enum(['adicionado', 'reformado', 'derogado', 'recorrido', 'adopted', 'amended', 'other']),
  scope: z.enum(['artículo', 'párrafo', 'fracción', 'inciso', 'capítulo', 'título', 'denominación', 'other']).default('artículo'),
  date: IsoDate,
  gazette: z.string().default('DOF'),
  /** The annotation as printed ("Artículo adicionado DOF 17-05-1999"). */
  raw: z.string().min(1),
});

export interface ProvisionShape {
  id: string;
  number?: string | undefined;
  kind?: string | undefined;
  heading?: string | undefined;
  path: z.infer<typeof PathSegment>[];
  text: string;
  lang?: string | undefined;
  translations: z.infer<typeof Translation>[];
  history: z.infer<typeof HistoryEntry>[];
  children: ProvisionShape[];
  note?: string | undefined;
}

export const Provision: z.ZodType<ProvisionShape, any> = z.lazy(() =>
  z.strictObject({
    id: ProvisionId,
    number: z.string().optional(),
    /** article, paragraph, fraction, item, objective, line-of-action … */
    kind: z.string().optional(),
    heading: z.string().optional(),
    path: z.array(PathSegment).default([]),
    /** The text in the instrument's authoritative language, verbatim from the official source. */
    text: z.string().min(1),
    /** Set where the text is in another language than the instrument's first. */
    lang: LanguageCode.optional(),
    translations: z.array(Translation).default([]),
    history: z.array(HistoryEntry).default([]),
    children: z.array(Provision).default([]),
    note: z.string().optional(),
  }),
);

export const ProvisionsFile = z.strictObject({
  instrument: InstrumentId,
  provisions: z.array(Provision),
});

// ── Requirements (reference instruments only) ────────────────────────────────

/**
 * element: what national law must hold; option: a qualifier a Party MAY add (through a declaration);
 * declaration: an Art. 40-type declaration; reservation: an Art. 42-type reservation;
 * safeguard: a condition over other requirements (Art. 15); obligation: a national measure of
 * Chapter III (central authority, 24/7 point of contact …).
 */
export const RequirementKind = z.enum(['element', 'option', 'declaration', 'reservation', 'safeguard', 'obligation']);

export const Requirement = z.strictObject({
  /** Local id inside the provision: e1, o1, d1, r1, s1, n1 … */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a local requirement id such as "e1"'),
  /** The provision (article or paragraph) it comes from, inside the same instrument. */
  provision: ProvisionId,
  kind: RequirementKind,
  /** A short label by language (the project's words). */
  label: Prose,
  /**
   * Words of the provision this requirement comes from, verbatim, by language: `en` in the
   * provision's own text, any other language in the provision's translation into it.
   */
  quote: Localized,
  /** For options: the declaration that lets a Party require it; for elements: the options/reservations that may narrow it. */
  relaxedBy: z.array(RequirementRef).default([]),
  /** For declarations and reservations: the article of the treaty that allows it (art-40, art-42). */
  basis: ProvisionRef.optional(),
  note: Prose.optional(),
});

export const RequirementsFile = z.strictObject({
  instrument: InstrumentId,
  requirements: z.array(Requirement),
});

// ── Findings (jurisdiction × requirement) ───────────────────────────────────

export const Coverage = z.enum(['met', 'narrower', 'broader', 'missing']);
export const Relationship = z.enum(['equivalent-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship']);
export const Confidence = z.enum(['high', 'medium', 'low']);
export const Method = z.enum(['human', 'automation', 'hybrid']);

export const Citation = z.strictObject({
  ref: ProvisionRef,
  /** The provision's text hash when the finding was made; a different current hash makes the finding stale. */
  hash: TextHash,
  /** Words of the cited provision the finding rests on, verbatim. */
  quote: z.string().min(1).optional(),
  /** What a reader of the quote must know: a limiting clause of its sentence that it leaves out, how a word is read. */
  note: Prose.optional(),
});

/** An id of a reviewer named in the assessment's `review.reviewers`: `lh-second-reading`. */
export const ReviewerId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a reviewer id such as "lh-second-reading"');

/** What a finding said before a review changed it: enough to show "before → after" in the review log. */
export const FindingBefore = z.strictObject({
  coverage: Coverage.optional(),
  relationship: Relationship.optional(),
  confidence: Confidence.optional(),
  /** The provisions it cited. */
  citations: z.array(ProvisionRef).optional(),
  acceptableWith: z.array(RequirementRef).optional(),
});

/** One reading of a record by a reviewer: agreed, changed (with `before`, what it said before) or added. */
const reviewOf = <T extends z.ZodTypeAny>(before: T) =>
  z.strictObject({
    by: ReviewerId,
    date: IsoDate,
    outcome: z.enum(['agreed', 'changed', 'added']),
    /** For `changed`: the record as it stood before this review. */
    before: before.optional(),
    /** Why it was changed or added (required for both), or what was checked when agreed. */
    why: Prose.optional(),
  });

/** One reading of a finding by a reviewer: agreed, changed (with what it said before) or added. */
export const Review = reviewOf(FindingBefore);

export const Finding = z.strictObject({
  requirement: RequirementRef,
  coverage: Coverage,
  relationship: Relationship,
  citations: z.array(Citation).default([]),
  /** The option, declaration or reservation that would make a narrower element acceptable. */
  acceptableWith: z.array(RequirementRef).default([]),
  rationale: Prose,
  /** Where it was looked for, when coverage is `missing`. */
  searched: Prose.optional(),
  confidence: Confidence,
  method: Method.default('human'),
  date: IsoDate,
  /** Every reading of this finding after the one that made it, oldest first. */
  reviews: z.array(Review).default([]),
});

export const Reviewer = z.strictObject({
  id: ReviewerId,
  name: Prose,
  /** Whether this reviewer is a practitioner of the jurisdiction's law. */
  practitioner: z.boolean().default(false),
});

/** A finding removed by a review, kept in the log with what it said. */
export const WithdrawnFinding = z.strictObject({
  requirement: RequirementRef,
  by: ReviewerId,
  date: IsoDate,
  before: FindingBefore,
  why: Prose,
});

/** How far the assessment has been reviewed, and by whom. */
export const AssessmentReview = z.strictObject({
  /** first-reading: as written; second-reading: re-read by another analyst; practitioner: reviewed by a practitioner of the jurisdiction's law. */
  status: z.enum(['first-reading', 'second-reading', 'practitioner']),
  /** One or two sentences every report shows beside the authors. */
  summary: Prose,
  reviewers: z.array(Reviewer).default([]),
  withdrawn: z.array(WithdrawnFinding).default([]),
});

/** Requirements deliberately left without a finding, with the reason every output shows. */
export const NotAssessed = z.strictObject({
  requirements: z.array(RequirementRef).min(1),
  reason: Prose,
});

/** What an assessment file and a recommendations file both begin with: whose, against what, by whom, when. */
const fileHeader = {
  jurisdiction: JurisdictionCode,
  reference: InstrumentId,
  /** Further reference instruments covered by the same file (a protocol). */
  alsoCovers: z.array(InstrumentId).default([]),
  /** The language the file's prose was written in; its other languages are the project's unofficial translations. */
  lang: LanguageCode.default('en'),
  title: Prose.optional(),
  date: IsoDate,
  /** A name as it is written, or prose by language (`{ en: "lexharmony project (desk analysis…)", es: … }`). */
  authors: z.array(z.union([z.string().min(1), Prose])).default([]),
};

export const AssessmentFile = z.strictObject({
  ...fileHeader,
  review: AssessmentReview.optional(),
  /** Where the analysis stops, said plainly. */
  limits: z.array(Prose).default([]),
  notAssessed: z.array(NotAssessed).default([]),
  findings: z.array(Finding),
});

// ── Recommendations (jurisdiction × requirements) ───────────────────────────

/**
 * What a recommendation asks for: a change to a law (amend, add, repeal), a declaration (Art. 40)
 * or reservation (Art. 42) at ratification or accession, an executive act (designate: a point of
 * contact, an authority), or nothing beyond what the jurisdiction already has (none-needed).
 */
export const RecommendationAction = z.enum(['amend', 'add', 'repeal', 'declare', 'reserve', 'designate', 'none-needed']);

/** high: needed for accession, or a core offence or power is missing; medium: a gap within an existing rule; low: the finding is uncertain, or the choice is mostly one of policy. */
export const Priority = z.enum(['high', 'medium', 'low']);

/** A recommendation's id: the jurisdiction's code, then readable words: `MX-2-declare`, `MX-P5-reserve`. */
export const RecommendationId = z.string().regex(/^[A-Z]{2}-[A-Za-z0-9]+(?:-[a-z0-9]+)*$/, 'an id such as "MX-2-declare": the jurisdiction code, then lower-case words');

/** A finding the recommendation answers, by its requirement, with the finding's fingerprint when the recommendation was written. */
export const AnsweredFinding = z.strictObject({
  requirement: RequirementRef,
  /** `findingHash` of the finding as it stood (its coverage, relationship, acceptableWith, citations); a different one makes the recommendation stale. */
  hash: TextHash,
});

/** A requirement the recommendation would close, and the coverage its finding would have if it were adopted. */
export const ClosedRequirement = z.strictObject({
  requirement: RequirementRef,
  /** The coverage once adopted (narrower → met). Absent for declare and reserve: those change no law, the engine counts the declaration or reservation as made. */
  coverage: Coverage.optional(),
});

/** The provision to change, or where a new one would go (a provision it would follow, or a chapter of the code). */
export const Target = z.strictObject({
  /** A provision (`mx-cpf/art-211-bis-1.p-2`) or a structure (`mx-cpf/lib-segundo.tit-noveno.ch-ii`) of the jurisdiction's law. */
  ref: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'a provision or structure reference such as "mx-cpf/art-211-bis-1" or "mx-cpf/lib-segundo.tit-noveno.ch-ii"'),
  /** For a provision: its text hash when the recommendation was written; a different one makes it stale. */
  hash: TextHash.optional(),
  /** Where exactly, in words ("a new article after 211 Bis 7"). */
  note: Prose.optional(),
});

/**
 * Model wording: words of a comparator's provision or of the reference treaty, verbatim, never typed
 * from memory. `lang` is the language of the quote when it is an official translation of the
 * provision (the Convention in Spain's BOE text); absent, the provision's own language.
 */
export const ModelWording = z.strictObject({
  ref: ProvisionRef,
  lang: LanguageCode.optional(),
  /** The text hash of the provision's text in that language when the recommendation was written. */
  hash: TextHash,
  quote: z.string().min(1),
  /** What a reader of the quote must know: a clause it leaves out, what would need adapting. */
  note: Prose.optional(),
});

/** What a recommendation said before a review changed it. */
export const RecommendationBefore = z.strictObject({
  action: RecommendationAction.optional(),
  priority: Priority.optional(),
  confidence: Confidence.optional(),
  closes: z.array(z.strictObject({ requirement: RequirementRef, coverage: Coverage.optional() })).optional(),
  model: z.array(ProvisionRef).optional(),
});

export const RecommendationReview = reviewOf(RecommendationBefore);

export const Recommendation = z.strictObject({
  id: RecommendationId,
  /** The reference article it answers: `coe-ets-185/art-4`. Every requirement it closes belongs to it. */
  article: ProvisionRef,
  action: RecommendationAction,
  /** For declare and reserve: the declaration or reservation to make, a requirement of the same article. */
  makes: RequirementRef.optional(),
  /** The findings it answers (its own article's, and any of another article it rests on). */
  answers: z.array(AnsweredFinding).min(1),
  /** The requirements it would close, each with its coverage once adopted. */
  closes: z.array(ClosedRequirement).min(1),
  targets: z.array(Target).default([]),
  model: z.array(ModelWording).default([]),
  /** Other recommendations it is adopted only together with (the projection refuses it alone). */
  requires: z.array(RecommendationId).default([]),
  /** Recommendations of the same article that answer the same gap another way: a choice. */
  alternatives: z.array(RecommendationId).default([]),
  priority: Priority,
  confidence: Confidence,
  /** One sentence: what to do, where. The executive summary's line. */
  summary: Prose,
  rationale: Prose,
  /** What in it is a policy choice rather than a requirement of the treaty, said plainly. */
  policy: Prose.optional(),
  date: IsoDate,
  reviews: z.array(RecommendationReview).default([]),
});

export const RecommendationsFile = z.strictObject({
  ...fileHeader,
  review: z
    .strictObject({
      status: z.enum(['first-reading', 'second-reading', 'practitioner']),
      summary: Prose,
      reviewers: z.array(Reviewer).default([]),
    })
    .optional(),
  /** Where the recommendations stop, said plainly. */
  limits: z.array(Prose).default([]),
  recommendations: z.array(Recommendation),
});

// ── Strategies, taxonomies, glossary ─────────────────────────────────────────

export const StrategyLink = z.strictObject({
  /** The strategy provision: `mx-encs-2017/obj-4`. */
  from: ProvisionRef,
  relationship: z.literal('supports'),
  /** Taxonomy areas (`ncss/LEG`) and/or reference provisions (`coe-ets-185/art-35`, `coe-ets-185/ch-2.sec-1`). */
  areas: z.array(z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9-]+$/, 'an area such as "ncss/LEG"')).default([]),
  targets: z.array(ProvisionRef).default([]),
  /** Words of the strategy provision that show the link, verbatim. */
  quote: z.string().min(1),
  note: z.string().optional(),
});

export const LinksFile = z.strictObject({
  instrument: InstrumentId,
  links: z.array(StrategyLink),
});

export const TaxonomyArea = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9-]+$/),
  names: Localized,
  description: Prose.optional(),
  frameworks: z.record(z.string(), z.string()).default({}),
  /** Reference provisions this area corresponds to (`coe-ets-185/art-35`). */
  reference: z.array(ProvisionRef).default([]),
});

export const TaxonomyFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  names: Localized,
  description: Prose.optional(),
  sources: z.array(SourceRef).default([]),
  areas: z.array(TaxonomyArea).min(1),
});

export const GlossaryTerm = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Equivalent terms by language; the first is preferred. */
  terms: z.record(LanguageCode, z.array(z.string().min(1)).min(1)),
  note: z.string().optional(),
});

export const GlossaryFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  names: Localized,
  terms: z.array(GlossaryTerm).min(1),
});

/** The kinds of corpus files, each recognised by its path inside a corpora directory. */
export const fileKinds = {
  jurisdictions: JurisdictionsFile,
  instrument: Instrument,
  provisions: ProvisionsFile,
  requirements: RequirementsFile,
  links: LinksFile,
  assessment: AssessmentFile,
  recommendations: RecommendationsFile,
  taxonomy: TaxonomyFile,
  glossary: GlossaryFile,
} as const;

export type FileKind = keyof typeof fileKinds;
