import { expect } from 'vitest';
import type { Corpus, Finding } from '@lexharmony/core';

/**
 * What a second reading must record on a finding: an agreed review says nothing of before; a changed
 * one dates the finding to the review and says what it said before, each field named differing from
 * what the finding says now, each provision it cited before still in the corpus.
 */
export function expectReviewRecorded(corpus: Corpus, f: Finding, reader: string, date: string): void {
  const r = f.reviews.find((x) => x.by === reader)!;
  if (r.outcome === 'agreed') {
    expect(r.before, `${f.requirement}: an agreed review records no before`).toBeUndefined();
    return;
  }
  expect(r.outcome, f.requirement).toBe('changed');
  expect(f.date, f.requirement).toBe(date);
  const before = r.before!;
  expect(Object.keys(before).length, `${f.requirement}: a change with nothing before`).toBeGreaterThan(0);
  if (before.coverage) expect(before.coverage, f.requirement).not.toBe(f.coverage);
  if (before.relationship) expect(before.relationship, f.requirement).not.toBe(f.relationship);
  if (before.confidence) expect(before.confidence, f.requirement).not.toBe(f.confidence);
  if (before.acceptableWith) expect(before.acceptableWith, f.requirement).not.toEqual(f.acceptableWith);
  if (before.citations) {
    expect(before.citations, f.requirement).not.toEqual(f.citations.map((c) => c.ref));
    for (const ref of before.citations) expect(corpus.provisions.has(ref), `${f.requirement} before cites ${ref}`).toBe(true);
  }
}
