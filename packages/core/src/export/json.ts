import type { GapMatrix } from '../matrix/types.js';

/** The gap matrix as JSON (two-space indent, final newline): the canonical output; see docs/schema/gap-matrix.schema.json. */
export function renderJson(matrix: GapMatrix): string {
  return JSON.stringify(matrix, null, 2) + '\n';
}
