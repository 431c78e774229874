import type { Provision } from '../model/types.js';
import { IngestError } from './errors.js';

/** The body of a law, or its transitory articles: neighbours are taken within one part, never across. */
const partOf = (p: Provision) => (p.path[0]?.level === 'transitory' ? 'transitory' : 'body');

/**
 * Keep only the named articles, plus `neighbours` articles on each side of each (in document
 * order, within the same part: the last article of the body does not bring in the first
 * transitory article). Unknown ids are an error, so a typo cannot silently shrink a corpus.
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
    const part = partOf(provisions[i]!);
    for (let k = Math.max(0, i - neighbours); k <= Math.min(provisions.length - 1, i + neighbours); k++) {
      if (partOf(provisions[k]!) === part) keep.add(k);
    }
  }
  if (missing.length) {
    const near = provisions.slice(0, 3).map((p) => p.id).join(', ');
    throw new IngestError('UNKNOWN_ARTICLE', { key: 'msg.ingest.unknownArticle', params: { ids: missing.map((m) => `"${m}"`).join(', '), near } });
  }
  return provisions.filter((_, i) => keep.has(i));
}
