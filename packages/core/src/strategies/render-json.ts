import type { StrategyMatrix } from './types.js';

/** The strategy matrix as JSON (two-space indent, trailing newline): the canonical output. */
export function renderJson(m: StrategyMatrix): string {
  return JSON.stringify(m, null, 2) + '\n';
}
