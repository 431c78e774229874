import { textHash } from '../model/hash.js';
import type { Finding } from '../model/types.js';

/**
 * The fingerprint a recommendation records of each finding it answers: a text hash of what the
 * finding concludes (coverage, relationship, the options or reservations that make it acceptable,
 * the provisions it cites with their hashes and quotes). Rewording its rationale or adding a review
 * leaves it alone; changing the conclusion, or re-stamping a citation after a reform, changes it,
 * and the recommendation is then stale until someone re-reads it.
 */
export function findingHash(f: Pick<Finding, 'coverage' | 'relationship' | 'acceptableWith' | 'citations'>): string {
  const remembered = findingHashes.get(f);
  if (remembered !== undefined) return remembered;
  const conclusion = {
    coverage: f.coverage,
    relationship: f.relationship,
    acceptableWith: [...f.acceptableWith],
    citations: f.citations.map((c) => ({ ref: c.ref, hash: c.hash, quote: c.quote ?? null })),
  };
  return textHash(JSON.stringify(conclusion));
}

// The build records each finding's fingerprint in the compiled corpus (a corpus is never mutated), so that
// telling stale recommendations needs no hashing.
const findingHashes = new WeakMap<object, string>();

/** Record a finding's fingerprint computed elsewhere (the build's): `findingHash` then returns it. */
export function rememberFindingHash(f: object, hash: string): void {
  findingHashes.set(f, hash);
}
