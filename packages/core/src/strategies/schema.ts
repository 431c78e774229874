/**
 * The strategy matrix as a zod schema: the published JSON Schema (docs/schema/strategy-matrix.schema.json,
 * written by scripts/strategies/emit-schema.mjs) comes from it, and tests check real matrices against it.
 */
import { z } from 'zod';
import type { StrategyMatrix } from './types.js';

const Study = z.enum(['subject', 'named', 'candidate']);

const Evidence = z.strictObject({
  provision: z.string().describe('Strategy provision, e.g. gb-ncss-2016/sec-6-2-1'),
  heading: z.string().optional(),
  quote: z.string().describe('Words of the provision that show the link, verbatim'),
  areas: z.array(z.string()),
  targets: z.array(z.string()),
  via: z.enum(['target', 'area']).optional().describe('Reference matrix: the link names this row (target) or reaches it through a taxonomy area (area)'),
  note: z.string().optional(),
});

const TreatyEvent = z.strictObject({ instrument: z.string(), type: z.string(), date: z.string().optional(), source: z.string().optional() });

/** The zod schema of a strategy matrix as JSON. */
export const StrategyMatrixSchema = z
  .strictObject({
    version: z.literal(1),
    kind: z.literal('strategy-matrix'),
    generated: z.strictObject({ corpus: z.string(), tool: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    axis: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('taxonomy'), id: z.string(), title: z.string() }),
      z.strictObject({ kind: z.literal('reference'), id: z.string(), title: z.string() }),
    ]),
    columns: z.array(
      z.strictObject({
        instrument: z.string(),
        title: z.string(),
        short: z.string(),
        jurisdiction: z.string(),
        country: z.string(),
        countryNames: z.record(z.string(), z.string()).optional().describe('the country by name in each language'),
        year: z.number().int().optional(),
        version: z.string(),
        url: z.string(),
        study: Study.describe('subject: the ENCS; named: named by the Mexican government as studied; candidate: plausible, not confirmed'),
        evidence: z.string(),
        coverage: z.string().optional(),
        provisions: z.number().int().min(0),
        links: z.number().int().min(0),
        treaty: z.array(TreatyEvent),
        adopted: z.string().optional().describe('when the strategy was adopted, as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD)'),
        treatyAtAdoption: z.string(),
        onReference: z.array(Evidence),
      }),
    ),
    rows: z.array(
      z.strictObject({
        ref: z.string(),
        code: z.string(),
        label: z.string(),
        depth: z.number().int().min(0),
        related: z.array(z.string()),
        cells: z.record(z.string(), z.array(Evidence)),
      }),
    ),
    legend: z.array(z.strictObject({ status: Study, label: z.string(), meaning: z.string() })),
    disclaimer: z.string(),
  })
  .describe('National cybersecurity strategies (columns) against taxonomy areas or parts of a reference treaty (rows); policy, never legal conformity');

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _same: Same<z.infer<typeof StrategyMatrixSchema>, StrategyMatrix> = true;
void _same;

/** The JSON Schema of the strategy-matrix JSON (draft 2020-12). */
export function strategyMatrixJsonSchema(): Record<string, unknown> {
  return { title: 'lexharmony strategy matrix', ...z.toJSONSchema(StrategyMatrixSchema, { io: 'output' }) } as Record<string, unknown>;
}
