// The strategy-matrix JSON: real matrices match the schema, and the published JSON Schema is up to date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, StrategyMatrixSchema, strategyMatrix, strategyMatrixJsonSchema } from '@lexharmony/core';
import { repoRoot } from '../../../../test/support/sources.js';

describe('strategy-matrix schema', () => {
  const corpus = loadCorpus();
  it.each([[{ taxonomy: 'ncss' }], [{ against: 'coe-ets-185' }]] as const)('%j matches the schema', (by) => {
    const m = JSON.parse(JSON.stringify(strategyMatrix(corpus, { ...by, date: '2026-11-27' })));
    expect(StrategyMatrixSchema.safeParse(m).error).toBeUndefined();
  });

  it('refuses a column with an unknown study status', () => {
    const m = JSON.parse(JSON.stringify(strategyMatrix(corpus, { taxonomy: 'ncss', date: '2026-11-27' })));
    m.columns[1].study = 'confirmed';
    expect(StrategyMatrixSchema.safeParse(m).success).toBe(false);
  });

  it('docs/schema/strategy-matrix.schema.json is up to date (node scripts/strategies/emit-schema.mjs)', () => {
    const committed = readFileSync(join(repoRoot, 'docs/schema/strategy-matrix.schema.json'), 'utf8');
    expect(committed).toBe(JSON.stringify(strategyMatrixJsonSchema(), null, 2) + '\n');
  });
});
