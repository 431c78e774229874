import type { Doc } from '../types.js';

/** A document as JSON: every table's rows written out, every cell with its type and its ids. */
export function renderDocJson(doc: Doc): string {
  return JSON.stringify(doc, (key, value) => {
    if (value && typeof value === 'object' && typeof (value as { rows?: unknown }).rows === 'function') {
      const { rows, ...rest } = value as { rows: () => Iterable<unknown> };
      return { ...rest, rows: [...rows()] };
    }
    return value;
  }, 2) + '\n';
}
