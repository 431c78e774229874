import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { fuseOptions, type SearchName } from './options.js';

/** Fuse cuts patterns longer than this into chunks and matches each (bitap works on 32-bit masks). */
const FUSE_CHUNK = 32;

/**
 * Fuse over the records' names, given only the names it could match. Fuse (bitap) accepts a name
 * when a stretch of it is within k edits of the pattern, k the largest count with k / length ≤
 * threshold. Cut the pattern into k + 1 pieces: an edit spoils at most one piece, so a name fuse
 * accepts holds at least one piece as it is (the pigeonhole principle). Names holding none are
 * left out before fuse runs: the results are fuse's own, in fuse's order, at a fraction of the
 * cost (fuse over every name was nine tenths of a query's time).
 */
export class FuzzyNames {
  private readonly index: FuseIndex<SearchName>;
  private readonly fuse = new Map<number, Fuse<SearchName>>();

  constructor(
    private readonly names: readonly SearchName[],
    index?: FuseIndex<SearchName>,
  ) {
    this.index = index ?? Fuse.createIndex(fuseOptions.keys!, names);
  }

  /** Fuse's results for a folded pattern at a threshold (indices into the names, best first). */
  search(pattern: string, threshold: number, limit: number): FuseResult<SearchName>[] {
    if (!pattern.trim()) return [];
    const pieces = pigeonholes(pattern, threshold);
    const records = this.index.records.filter((r) => {
      const name = (r.$ as Record<number, { v: string }>)[0]?.v;
      return name !== undefined && pieces.some((p) => name.includes(p));
    });
    if (records.length === 0) return [];
    let fuse = this.fuse.get(threshold);
    if (!fuse) this.fuse.set(threshold, (fuse = new Fuse(this.names, { ...fuseOptions, threshold }, this.index)));
    // The same records with their own indices and norms: refIndex, scores and ties as over all names.
    fuse.setCollection(this.names, Fuse.parseIndex<SearchName>({ keys: this.index.keys, records }));
    try {
      return fuse.search(pattern, { limit });
    } finally {
      fuse.setCollection(this.names, this.index);
    }
  }

  toJSON(): unknown {
    return this.index.toJSON();
  }
}

/**
 * The pieces one of which every name fuse can accept holds verbatim: for each chunk of the pattern
 * fuse searches, that chunk cut into k + 1 nearly equal pieces (k: the edits the threshold allows).
 */
export function pigeonholes(pattern: string, threshold: number): string[] {
  const chunks: string[] = [];
  if (pattern.length <= FUSE_CHUNK) chunks.push(pattern);
  else {
    const whole = pattern.length - (pattern.length % FUSE_CHUNK);
    for (let i = 0; i < whole; i += FUSE_CHUNK) chunks.push(pattern.slice(i, i + FUSE_CHUNK));
    if (pattern.length % FUSE_CHUNK) chunks.push(pattern.slice(pattern.length - FUSE_CHUNK));
  }
  const out = new Set<string>();
  for (const c of chunks) {
    const m = c.length;
    // The same float comparison as fuse's: an error count i is allowed while i / m ≤ threshold.
    let k = 0;
    while (k + 1 < m && (k + 1) / m <= threshold) k++;
    const n = k + 1;
    for (let p = 0; p < n; p++) out.add(c.slice(Math.floor((p * m) / n), Math.floor(((p + 1) * m) / n)));
  }
  return [...out];
}
