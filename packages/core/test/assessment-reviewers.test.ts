// A finding's review, and a withdrawn finding, name their reviewer by an id of the assessment's
// review.reviewers: the reports print that reviewer's name and the review log counts by it, so an id the
// file does not list is refused with file, line and field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, formatIssue, loadCorpusData } from '@lexharmony/core';
import { toyDir } from './support/toy.js';

const scratch = mkdtempSync(join(tmpdir(), 'lexharmony-reviewers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const A = 'assessments/XT--toy-convention.yaml';

const REVIEW = `review:
  status: second-reading
  summary: { en: Read twice. }
  reviewers:
    - { id: second, name: { en: A second reader } }
  withdrawn:
    - requirement: toy-convention/art-3#e4
      by: BY_WITHDRAWN
      date: "2021-07-01"
      before: { coverage: met }
      why: { en: Not an element. }
limits:`;
const READ = (by: string) => `    date: "2021-06-01"
    reviews:
      - { by: ${by}, date: "2021-07-01", outcome: agreed, why: { en: Holds. } }`;

/** The toy corpus with a review block and one finding's review; the issues validation reports. */
function load(findingBy: string, withdrawnBy: string) {
  const dir = mkdtempSync(join(scratch, 'c'));
  cpSync(toyDir, dir, { recursive: true });
  const file = join(dir, A);
  const text = readFileSync(file, 'utf8').replace('limits:', REVIEW.replace('BY_WITHDRAWN', withdrawnBy)).replace('    date: "2021-06-01"', READ(findingBy));
  writeFileSync(file, text);
  try {
    loadCorpusData(dir);
    return { text, issues: [] };
  } catch (e) {
    if (e instanceof CorpusError) return { text, issues: e.issues };
    throw e;
  }
}

describe('the reviewer of a reading', () => {
  it('is taken when the file lists it', () => {
    expect(load('second', 'second').issues).toEqual([]);
  });

  it('is refused, with file, line and field, when the file does not list it', () => {
    const { text, issues } = load('lh-second-reading', 'nobody');
    const lines = text.split('\n');
    expect(issues.map((i) => [i.file?.endsWith(A), i.line, i.field])).toEqual([
      [true, lines.indexOf('      by: nobody') + 1, 'review.withdrawn[0].by'],
      [true, lines.findIndex((l) => l.includes('by: lh-second-reading')) + 1, 'findings[0].reviews[0].by'],
    ]);
    expect(formatIssue(issues[1]!)).toContain('lh-second-reading');
    expect(formatIssue(issues[1]!)).toContain('an id listed under review.reviewers');
  });
});
