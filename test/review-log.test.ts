// docs/methodology.md's review log is made from the assessments' review records by
// scripts/review-log.mjs: the committed doc must match, and the log must follow every record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, loadCorpus } from '@lexharmony/core';
import { describe, expect, it } from 'vitest';
import { END, reviewLog, START, withReviewLog } from '../scripts/review-log.mjs';
import { repoRoot } from './support/sources.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));
const doc = readFileSync(join(repoRoot, 'docs/methodology.md'), 'utf8');
const section = (text: string) => text.slice(text.indexOf(START), text.indexOf(END));

describe('the review log of docs/methodology.md', () => {
  it('is up to date with the review records (run node scripts/review-log.mjs after pnpm build)', () => {
    expect(section(doc)).toBe(section(withReviewLog(doc, reviewLog(corpus))));
  });

  it('lists every changed, added and withdrawn finding of Mexico, with its reason, and no agreed one', () => {
    const mx = corpus.assessments.find((a) => a.jurisdiction === 'MX')!;
    // Mexico's own table: other assessments' tables may list the same requirements.
    const log = reviewLog(corpus).split('\n#### ').find((t) => t.replace(/^#### /, '').startsWith('MX--coe-ets-185\n'))!;
    const rows = log.split('\n').filter((l) => l.startsWith('| `'));
    const changes = mx.findings.flatMap((f) => f.reviews.filter((r) => r.outcome !== 'agreed').map((r) => ({ ref: f.requirement, outcome: r.outcome, why: r.why!.en! })));
    for (const w of mx.review!.withdrawn) changes.push({ ref: w.requirement, outcome: 'withdrawn' as never, why: w.why.en! });
    expect(changes.length).toBeGreaterThan(40);
    for (const c of changes) {
      // A finding changed by two reviews has a row for each.
      const why = c.why.replace(/\s+/g, ' ').trim();
      const row = rows.find((r) => r.startsWith(`| \`${c.ref}\``) && r.includes(`| ${c.outcome} (`) && r.replace(/\\\|/g, '|').includes(why));
      expect(row, `${c.ref} ${c.outcome}: ${why}`).toBeDefined();
    }
    const agreed = mx.findings.filter((f) => f.reviews.every((r) => r.outcome === 'agreed')).map((f) => f.requirement);
    expect(rows.filter((r) => agreed.some((ref) => r.startsWith(`| \`${ref}\``)))).toEqual([]);
  });

  it('changes when a review record changes, showing before and after', () => {
    const data = structuredClone(corpus.data);
    const f = data.assessments.find((a) => a.jurisdiction === 'MX')!.findings.find((x) => x.reviews.some((r) => r.outcome === 'agreed'))!;
    const r = f.reviews.find((x) => x.outcome === 'agreed')!;
    const other = f.coverage === 'met' ? 'narrower' : 'met';
    Object.assign(r, { outcome: 'changed', before: { coverage: other }, why: { en: 'A test change.' } });
    const log = reviewLog(new Corpus(data));
    expect(log).not.toBe(reviewLog(corpus));
    expect(log).toContain(`| \`${f.requirement}\``);
    expect(log).toContain(`| coverage ${other} | coverage ${f.coverage} | A test change. |`);
  });

  it('refuses a doc without the markers', () => {
    expect(() => withReviewLog('# Methodology\n', 'x')).toThrow(/review-log markers are missing/);
  });
});
