import type { Provision } from '../model/types.js';
import { IngestError } from './errors.js';

/**
 * Keep only the named articles, plus `neighbours` articles on each side of each (in document
 * order). Unknown ids are an error, so a typo cannot silently shrink a corpus.
 */
export function selectProvisions(provisions: Provision[], ids: string[], neighbours = 0): Provision[] {
  const index = new Map(provisions.map((p, i) => [p.id, i]));
  const keep = new Set<number>();
  const missing: string[] = [];
  for (const id of ids) {
    const i = index.get(id);
    if (i === undefined) {
      missing.push(id);
      continue;
    }
    for (let k = Math.max(0, i - neighbours); k <= Math.min(provisions.length - 1, i + neighbours); k++) keep.add(k);
  }
  if (missing.length) {
    const near = provisions.slice(0, 3).map((p) => p.id).join(', ');
    throw new IngestError('UNKNOWN_ARTICLE', `no article ${missing.map((m) => `"${m}"`).join(', ')} in the source (ids look like ${near})`);
  }
  return provisions.filter((_, i) => keep.has(i));
}
