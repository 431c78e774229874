// The second desk reading of a comparator's findings (every assessment but Mexico's, which has its own test, once
// its review status says second-reading): one review record per finding by the second reader, with its why in
// English and Spanish; an agreed finding records nothing before, a changed one records what it said and differs
// from it now. All four comparators have been read; a comparator added at its first reading is not checked here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, loadCorpus, normalizeText, type AssessmentFile } from '@lexharmony/core';
import { repoRoot } from '../../../test/support/sources.js';
import { expectReviewRecorded } from './support/reviews.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));
const READER = 'lh-second-reading';
const DATE = '2026-12-01';
const read = corpus.assessments.filter((a) => a.jurisdiction !== 'MX' && a.review?.status === 'second-reading') as AssessmentFile[];

describe('comparators at their second reading', () => {
  it('include every comparator: Argentina, Colombia, Peru and Spain', () => {
    expect(read.map((a) => a.jurisdiction).sort()).toEqual(['AR', 'CO', 'ES', 'PE']);
  });

  for (const a of read) {
    describe(`${a.jurisdiction}--${a.reference}`, () => {
      const reviewers = new Set(a.review?.reviewers.map((r) => r.id));

      it('names the second reader, and says in its summary and authors that no practitioner has read it', () => {
        expect(reviewers.has(READER)).toBe(true);
        expect(a.review?.summary?.en).toMatch(/second/);
        expect(a.review?.summary?.en).toMatch(/not reviewed by an? \w+ practitioner|no \w+ practitioner has reviewed it/i);
        for (const author of a.authors) expect(typeof author === 'string' ? author : author.en).toMatch(/not reviewed by an? \w+ practitioner/);
      });

      it('gives every finding one second-reading review, with why in English and Spanish', () => {
        for (const f of a.findings) {
          const mine = f.reviews.filter((r) => r.by === READER);
          expect(mine, f.requirement).toHaveLength(1);
          expect(mine[0]!.date, f.requirement).toBe(DATE);
          expect(mine[0]!.why?.en?.length, `${f.requirement} why.en`).toBeGreaterThan(20);
          expect(mine[0]!.why?.es?.length, `${f.requirement} why.es`).toBeGreaterThan(20);
          for (const r of f.reviews) expect(reviewers.has(r.by), `${f.requirement}: unknown reviewer ${r.by}`).toBe(true);
          for (const c of f.citations) if (c.note) expect(Object.keys(c.note).sort(), `${f.requirement} → ${c.ref} note`).toEqual(['en', 'es']);
        }
      });

      it('records for each change what the finding said before, which differs from what it says now', () => {
        for (const f of a.findings) expectReviewRecorded(corpus, f, READER, DATE);
      });

      it('quotes in a citation note («…» in Spanish, "…" in English) only words of the law it cites', () => {
        for (const f of a.findings) {
          for (const c of f.citations) {
            const spans = [...(c.note?.es ?? '').matchAll(/«([^»]+)»/g), ...(c.note?.en ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
            const texts = corpus.instruments.get(c.ref.split('/')[0]!)!.provisions.map((p) => normalizeText(p.text));
            for (const s of spans) expect(texts.some((t) => t.includes(normalizeText(s))), `${f.requirement} → ${c.ref}: «${s}»`).toBe(true);
          }
        }
      });
    });
  }
});

describe('what the second readings changed, through the engine', () => {
  const requirement = (j: string, ref: string) =>
    assess(corpus, j, 'coe-ets-185').articles.find((x) => ref.startsWith(`${x.ref}#`))!.requirements.find((r) => r.ref === ref)!;

  it("makes Spain's protected-systems limit on Art. 2 e3 conditional on the qualifier it did not declare, as access (e2) is", () => {
    for (const ref of ['coe-ets-185/art-2#e2', 'coe-ets-185/art-2#e3']) {
      const r = requirement('ES', ref);
      expect(r.status, ref).toBe('conditional');
      expect(r.finding!.acceptableWith.map((x) => [x.ref, x.made]), ref).toEqual([['coe-ets-185/art-2#o1', false]]);
    }
  });

  it("leaves Colombia's Art. 6 intent (e5) partial, on the benefit art. 269F asks for passwords instead of the intent", () => {
    const r = requirement('CO', 'coe-ets-185/art-6#e5');
    expect(r.status).toBe('partial');
    expect(r.finding!.citations.map((c) => c.ref)).toContain('co-cp/art-269f');
  });
});
