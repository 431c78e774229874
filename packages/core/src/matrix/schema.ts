/**
 * The gap matrix as a zod schema: the published JSON Schema (docs/schema/gap-matrix.schema.json)
 * is emitted from it (`pnpm build`, which runs scripts/emit-schemas.mjs), and tests check real matrices against it.
 */
import { z } from 'zod';
import type { GapMatrix } from './types.js';

const Status = z.enum(['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable']);
const Prose = z.record(z.string(), z.string()).describe('Text by language: { "en": "…", "es": "…" }');
const Counts = z.strictObject({
  full: z.number().int().min(0),
  'full-as-assessed': z.number().int().min(0),
  conditional: z.number().int().min(0),
  partial: z.number().int().min(0),
  none: z.number().int().min(0),
  'not-assessed': z.number().int().min(0),
  'not-applicable': z.number().int().min(0),
});
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

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
  citations: z.array(z.strictObject({ ref: z.string(), quote: z.string().optional(), stale: z.boolean() })),
  acceptableWith: z.array(z.strictObject({ ref: z.string(), label: Prose, made: z.boolean() })),
  stale: z.boolean(),
});

const MatrixCell = z.strictObject({
  status: Status,
  symbol: z.string(),
  provisions: z.array(z.string()).describe('National provisions cited'),
  reason: z.string().describe('One line of why'),
  stale: z.boolean().describe('A cited provision changed since the finding was made'),
  needs: z.array(z.string()).describe('Declarations/reservations the jurisdiction would have to make'),
  findings: z.array(MatrixFinding),
});

export const GapMatrixSchema = z
  .strictObject({
    version: z.literal(2),
    generated: z.strictObject({
      corpus: z.string().describe('Digest of the corpus data the matrix was computed from'),
      tool: z.string(),
      date: Day,
    }),
    references: z.array(z.strictObject({ id: z.string(), title: z.string(), version: z.string() })),
    columns: z.array(
      z.strictObject({
        key: z.string(),
        jurisdiction: z.string(),
        name: z.string(),
        reference: z.string(),
        position: z.string(),
        limits: z.array(Prose),
      }),
    ),
    groups: z.array(z.strictObject({ ref: z.string(), reference: z.string(), label: z.string(), depth: z.number().int().min(0) })),
    rows: z.array(
      z.strictObject({
        ref: z.string(),
        reference: z.string(),
        number: z.string(),
        heading: z.string(),
        group: z.string(),
        cells: z.record(z.string(), MatrixCell),
      }),
    ),
    totals: z.strictObject({
      byColumn: z.record(z.string(), Counts),
      byGroup: z.record(z.string(), z.record(z.string(), Counts)),
    }),
    legend: z.array(z.strictObject({ status: Status, symbol: z.string(), label: z.string(), meaning: z.string() })),
    sources: z.array(
      z.strictObject({
        instrument: z.string(),
        title: z.string(),
        version: z.string(),
        url: z.string(),
        sha256: z.string().optional(),
        file: z.string().optional(),
      }),
    ),
    provisions: z.array(
      z.strictObject({
        ref: z.string(),
        instrument: z.string(),
        heading: z.string().optional(),
        text: z.string(),
        lang: z.string(),
        translation: z
          .strictObject({
            lang: z.string(),
            text: z.string(),
            official: z.boolean().describe('false: an unofficial translation'),
            by: z.string(),
            stale: z.boolean().optional().describe('The translation is of an earlier text (the provision changed since); absent in matrices made before it was recorded'),
          })
          .optional(),
        hash: z.string(),
      }),
    ),
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
