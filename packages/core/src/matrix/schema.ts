/**
 * The gap matrix as a zod schema: the published JSON Schema (docs/schema/gap-matrix.schema.json)
 * is emitted from it (`pnpm build`, which runs scripts/emit-schemas.mjs), and tests check real matrices against it.
 */
import { z } from 'zod';
import type { Message as MessageType } from '../i18n/message.js';
import type { MessageKey } from '../i18n/translate.js';
import { InstrumentKind, PathSegment } from '../model/schemas.js';
import type { GapMatrix } from './types.js';

export const Status = z.enum(['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable']);
export const Prose = z.record(z.string(), z.string()).describe('Text by language: { "en": "…", "es": "…" }');
/** How many articles have each status. */
export const Counts = z.strictObject({
  full: z.number().int().min(0),
  'full-as-assessed': z.number().int().min(0),
  conditional: z.number().int().min(0),
  partial: z.number().int().min(0),
  none: z.number().int().min(0),
  'not-assessed': z.number().int().min(0),
  'not-applicable': z.number().int().min(0),
});
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Adopted = z.strictObject({ act: z.enum(['opened-for-signature', 'done']), place: Prose, date: Day });

// A catalogue key is a string in the JSON; in TypeScript, one of the catalogue's keys.
const Key = z.string().describe('A key of the message catalogue (packages/core/src/i18n/messages/en.json)') as unknown as z.ZodType<MessageKey>;
const Message: z.ZodType<MessageType> = z.lazy(() =>
  z
    .strictObject({
      key: Key,
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), Prose, z.array(Message)])).optional(),
    })
    .describe('A sentence as a catalogue key with parameters: references, codes, numbers, prose by language, nested messages'),
);
const Path = z.array(PathSegment);
export const CiteParts = z
  .strictObject({
    instrument: z.string(),
    kind: z.enum([...InstrumentKind.options, 'unknown']),
    short: z.string().optional(),
    titles: Prose,
    article: z.string().optional().describe('The article number as printed, e.g. "211 Bis 1", "Sexto"'),
    transitory: z.boolean().optional().describe('A transitory article, numbered in words ("artículo Sexto transitorio")'),
    complementary: z.enum(['final', 'transitory', 'amending', 'repealing']).optional().describe('A Peruvian complementary provision ("primera disposición complementaria final")'),
    heading: z.string().optional().describe('A part of a policy document, cited by its heading'),
    units: z.array(
      z.strictObject({ level: z.enum(['paragraph', 'fraction', 'inciso', 'apartado', 'circumstance', 'numeral', 'literal', 'item', 'subitem', 'sentence', 'part']), n: z.string() }),
    ),
    requirement: z.strictObject({ id: z.string(), kind: z.string(), basis: z.string().optional(), label: Prose.optional() }).optional(),
  })
  .describe('What a human citation of a reference is made of (formatted by the citation formatter in the output language)');

const MatrixFinding = z.strictObject({
  requirement: z.string().describe('Requirement reference, e.g. coe-ets-185/art-2#e1'),
  kind: z.string(),
  label: Prose,
  status: Status,
  coverage: z.string().optional(),
  relationship: z.string().optional().describe('NIST IR 8477 / OSCAL relationship: equivalent-to, subset-of, superset-of, intersects-with, no-relationship'),
  confidence: z.string().optional(),
  rationale: Prose.optional(),
  notAssessedReason: Prose.optional().describe('Why a requirement was deliberately left without a finding'),
  searched: Prose.optional(),
  date: z.string().optional(),
  method: z.string().optional(),
  citations: z.array(z.strictObject({ ref: z.string(), quote: z.string().optional(), note: Prose.optional(), stale: z.boolean() })),
  acceptableWith: z.array(z.strictObject({ ref: z.string(), label: Prose, made: z.boolean() })),
  stale: z.boolean(),
  projected: z
    .strictObject({ from: z.strictObject({ status: Status, coverage: z.string().optional() }), by: z.array(z.string()) })
    .optional()
    .describe('In a projection only: this requirement as current law has it, and the recommendations assumed adopted that change it'),
});

const MatrixCell = z.strictObject({
  status: Status,
  symbol: z.string(),
  provisions: z.array(z.string()).describe('National provisions cited'),
  reason: Message.describe('Why, as a message'),
  stale: z.boolean().describe('A cited provision changed since the finding was made'),
  needs: z.array(z.string()).describe('Declarations/reservations the jurisdiction would have to make'),
  findings: z.array(MatrixFinding),
  projected: z
    .strictObject({ from: z.strictObject({ status: Status, symbol: z.string(), reason: Message, needs: z.array(z.string()) }), by: z.array(z.string()) })
    .optional()
    .describe('In a projection only: the cell as current law has it (status, reason, needs), and the recommendations assumed adopted that change it. The cell itself is projected, never current law'),
});

const Review = z.strictObject({
  status: z.enum(['first-reading', 'second-reading', 'practitioner']),
  summary: Prose,
  reviewers: z.array(z.strictObject({ id: z.string(), name: Prose, practitioner: z.boolean() })),
});

const Totals = z.strictObject({
  byColumn: z.record(z.string(), Counts),
  byGroup: z.record(z.string(), z.record(z.string(), Counts)),
});

const MatrixRecommendation = z
  .strictObject({
    id: z.string(),
    column: z.string(),
    article: z.string().describe('The reference article it answers (a row ref)'),
    action: z.enum(['amend', 'add', 'repeal', 'declare', 'reserve', 'designate', 'none-needed']),
    makes: z.string().optional().describe('For declare and reserve: the declaration or reservation to make'),
    priority: z.enum(['high', 'medium', 'low']),
    confidence: z.enum(['high', 'medium', 'low']),
    summary: Prose,
    rationale: Prose,
    policy: Prose.optional().describe('What in it is a policy choice'),
    lang: z.string(),
    date: z.string(),
    closes: z.array(z.strictObject({ requirement: z.string(), now: z.string().optional(), coverage: z.string().optional() })),
    answers: z.array(z.strictObject({ requirement: z.string(), stale: z.boolean() })),
    targets: z.array(z.strictObject({ ref: z.string(), instrument: z.string(), path: Path.optional(), note: Prose.optional(), stale: z.boolean() })),
    model: z.array(z.strictObject({ ref: z.string(), lang: z.string(), quote: z.string(), note: Prose.optional(), translation: z.string().optional().describe('Who made the official translation quoted'), stale: z.boolean() })),
    requires: z.array(z.string()),
    alternatives: z.array(z.string()),
    status: Status.describe('The article under current law'),
    projected: Status.describe('The article if this recommendation (with what it requires) were adopted: computed, never current law'),
    reviews: z.array(z.strictObject({ by: z.string(), date: z.string(), outcome: z.string() })),
    stale: z.boolean(),
  })
  .describe('What would close a gap: action, target, model wording quoted verbatim, and the status it would bring');

/** The zod schema of a gap matrix as JSON (`gapMatrixJsonSchema` is its JSON Schema). */
export const GapMatrixSchema = z
  .strictObject({
    version: z.literal(3),
    generated: z.strictObject({
      corpus: z.string().describe('Digest of the corpus data the matrix was computed from'),
      tool: z.string(),
      date: Day,
    }),
    references: z.array(z.strictObject({ id: z.string(), titles: Prose, short: z.string().optional(), version: z.string(), adopted: Adopted.optional() })),
    columns: z.array(
      z.strictObject({
        key: z.string(),
        jurisdiction: z.string(),
        names: Prose,
        reference: z.string(),
        position: Message,
        limits: z.array(Prose),
        assessment: z
          .strictObject({
            title: Prose.optional(),
            date: z.string(),
            authors: z.array(z.union([z.string(), Prose])),
            lang: z.string(),
            review: Review.optional(),
            findings: z.number().int().min(0),
            methods: z.array(z.string()),
          })
          .optional()
          .describe('Who made the assessment, when, and how far it was reviewed'),
        recommendations: z
          .strictObject({ title: Prose.optional(), date: z.string(), authors: z.array(z.union([z.string(), Prose])), lang: z.string(), review: Review.optional(), limits: z.array(Prose), count: z.number().int().min(0) })
          .optional()
          .describe('Who wrote the recommendations, when, and how far they were reviewed'),
      }),
    ),
    groups: z.array(z.strictObject({ ref: z.string(), reference: z.string(), path: Path, translated: z.record(z.string(), Path), depth: z.number().int().min(0) })),
    rows: z.array(
      z.strictObject({
        ref: z.string(),
        reference: z.string(),
        number: z.string(),
        headings: Prose,
        group: z.string(),
        cells: z.record(z.string(), MatrixCell),
      }),
    ),
    totals: Totals.describe('Counts of current law (in a projection too: a projected cell counts by its current status)'),
    sources: z.array(
      z.strictObject({
        instrument: z.string(),
        titles: Prose,
        short: z.string().optional(),
        version: z.string(),
        adopted: Adopted.optional(),
        url: z.string(),
        sha256: z.string().optional(),
        file: z.string().optional(),
        caveat: Prose.optional(),
      }),
    ),
    provisions: z.array(
      z.strictObject({
        ref: z.string(),
        instrument: z.string(),
        heading: z.string().optional(),
        text: z.string(),
        lang: z.string(),
        translations: z.array(
          z.strictObject({ lang: z.string(), text: z.string(), official: z.boolean().describe('false: an unofficial translation'), by: z.string(), stale: z.boolean().describe('translates an earlier text') }),
        ),
        hash: z.string(),
      }),
    ),
    cites: z.record(z.string(), CiteParts),
    recommendations: z.array(MatrixRecommendation).optional(),
    projection: z
      .strictObject({ assumed: z.array(z.string()).describe('The recommendations assumed adopted'), totals: Totals.describe('Counts of the projected cells: never current law') })
      .optional()
      .describe('Present only in a projection: cells marked projected show the law as if the assumed recommendations were adopted'),
  })
  .describe('lexharmony gap matrix: reference articles (rows) × jurisdictions (columns), every cell computed from findings');

// The schema and the hand-written contract in ./types.ts must describe the same object.
type Inferred = z.infer<typeof GapMatrixSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _same: Same<Inferred, GapMatrix> = true;
void _same;

/** The JSON Schema of the gap-matrix JSON (draft 2020-12). */
export function gapMatrixJsonSchema(): Record<string, unknown> {
  return {
    title: 'lexharmony gap matrix',
    ...z.toJSONSchema(GapMatrixSchema, { io: 'output' }),
  } as Record<string, unknown>;
}
