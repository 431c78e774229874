/**
 * The reform diff as a zod schema: the published JSON Schema (docs/schema/matrix-diff.schema.json) is
 * emitted from it by the build (scripts/emit-schemas.mjs), and tests check real diffs against it.
 */
import { z } from 'zod';
import { CiteParts, Counts, Prose, Status } from '../matrix/schema.js';
import type { MatrixDiff } from './types.js';

const Side = z.strictObject({
  label: z.string().describe('The side as the user named it: a git revision, a file, a corpora directory'),
  corpus: z.string().describe('Digest of the corpus data the matrix was computed from'),
  date: z.string(),
  tool: z.string(),
});
const CellState = z.strictObject({ status: Status, symbol: z.string(), stale: z.boolean(), provisions: z.array(z.string()) });
const RequirementState = z.strictObject({
  status: Status,
  coverage: z.string().optional().describe('Absent where the requirement has no finding (not assessed)'),
  relationship: z.string().optional(),
  confidence: z.string().optional(),
  stale: z.boolean(),
  citations: z.array(z.strictObject({ ref: z.string(), quote: z.string().optional() })),
});
const RequirementDiff = z.strictObject({
  requirement: z.string().describe('Requirement reference, e.g. coe-ets-185/art-2#e1'),
  kind: z.string(),
  label: Prose,
  old: RequirementState.optional().describe('Absent where the old matrix does not list the requirement'),
  new: RequirementState.optional(),
  changes: z.array(z.enum(['added', 'removed', 'status', 'coverage', 'relationship', 'confidence', 'citations', 'quotes', 'rationale', 'stale', 'text'])),
});
const CellDiff = z.strictObject({
  old: CellState.optional().describe('Absent where the old matrix has no such article'),
  new: CellState.optional(),
  changes: z.array(z.enum(['added', 'removed', 'status', 'stale', 'cited', 'text', 'findings'])).describe('text: a cited provision’s text changed'),
  requirements: z.array(RequirementDiff).describe('The requirements that changed'),
});
const WordChange = z.strictObject({ op: z.enum(['same', 'removed', 'added']), text: z.string() });
const FindingRef = z.strictObject({ column: z.string(), requirement: z.string(), article: z.string(), label: Prose, status: Status, coverage: z.string().optional() });

export const MatrixDiffSchema = z
  .strictObject({
    version: z.literal(1),
    old: Side,
    new: Side,
    references: z.array(z.strictObject({ id: z.string(), titles: Prose, short: z.string().optional() })),
    columns: z.array(z.string()).describe('Column keys (jurisdictions) compared'),
    onlyIn: z.strictObject({ old: z.array(z.string()), new: z.array(z.string()) }),
    articles: z.array(
      z.strictObject({
        ref: z.string(),
        reference: z.string(),
        number: z.string(),
        headings: Prose,
        changed: z.boolean(),
        cells: z.record(z.string(), CellDiff),
      }),
    ),
    provisions: z.array(
      z.strictObject({
        ref: z.string(),
        instrument: z.string(),
        heading: z.string().optional(),
        lang: z.string(),
        old: z.strictObject({ text: z.string(), hash: z.string() }),
        new: z.strictObject({ text: z.string(), hash: z.string() }),
        words: z.array(WordChange).describe('Word diff from the old text to the new: old = same + removed, new = same + added'),
        citedBy: z.array(
          z.strictObject({
            column: z.string(),
            requirement: z.string(),
            quotes: z.array(z.strictObject({ quote: z.string(), inOld: z.boolean(), inNew: z.boolean() })),
          }),
        ),
        translations: z.array(z.strictObject({ lang: z.string(), stale: z.boolean().describe('The translation is of an earlier text') })),
      }),
    ),
    findings: z.strictObject({ added: z.array(FindingRef), removed: z.array(FindingRef) }),
    totals: z.record(z.string(), z.strictObject({ old: Counts, new: Counts })),
    summary: z.strictObject({
      articles: z.number().int().min(0),
      requirements: z.number().int().min(0),
      provisions: z.number().int().min(0),
      findingsAdded: z.number().int().min(0),
      findingsRemoved: z.number().int().min(0),
    }),
    names: z.record(z.string(), Prose).describe('The compared jurisdictions\' names by language'),
    cites: z.record(z.string(), CiteParts).describe('The citation parts of every reference the diff names'),
  })
  .describe('lexharmony reform diff: what changed between two gap matrices of the same reference');

// The schema and the hand-written contract in ./types.ts must describe the same object.
type Inferred = z.infer<typeof MatrixDiffSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _same: Same<Inferred, MatrixDiff> = true;
void _same;

/** The JSON Schema of the reform diff JSON (draft 2020-12). */
export function matrixDiffJsonSchema(): Record<string, unknown> {
  return { title: 'lexharmony reform diff', ...z.toJSONSchema(MatrixDiffSchema, { io: 'output' }) } as Record<string, unknown>;
}
