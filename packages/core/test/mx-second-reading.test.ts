// The second reading of Mexico's substantive-law findings (ETS 185 Arts. 2-13, ETS 189 Arts. 3-7): every
// finding reviewed and explained in both languages, each change recorded with what it said before, every
// citation at the smallest unit that holds its quote, and the laws first read by it (CCF, CCom, LFEA) cited
// with fresh, unofficial translations.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, loadCorpus, normalizeText, textHash, type AssessmentFile, type Provision } from '@lexharmony/core';
import { expectReviewRecorded } from './support/reviews.js';

const corpus = loadCorpus(join(dirname(fileURLToPath(import.meta.url)), '../../../corpora'));
const assessment = corpus.assessments.find((a) => a.jurisdiction === 'MX' && a.reference === 'coe-ets-185') as AssessmentFile;
const READER = 'lh-second-reading';
const DATE = '2026-12-01';

/** ETS 185 Arts. 2-13 and ETS 189 Arts. 3-7. */
function inRange(requirement: string): boolean {
  const m = /^coe-ets-(185|189)\/art-(\d+)[.#]/.exec(requirement);
  if (!m) return false;
  const n = Number(m[2]);
  return m[1] === '185' ? n >= 2 && n <= 13 : n >= 3 && n <= 7;
}
const findings = assessment.findings.filter((f) => inRange(f.requirement));
const finding = (ref: string) => assessment.findings.find((f) => f.requirement === ref)!;
const descendants = (p: Provision): Provision[] => p.children.flatMap((c) => [c, ...descendants(c)]);

describe('MX second reading of ETS 185 Arts. 2-13 and ETS 189 Arts. 3-7', () => {
  it('covers every counted requirement of the range with a finding or a not-assessed reason', () => {
    const counted = [...corpus.requirements.values()].filter((r) => inRange(r.ref) && ['element', 'safeguard', 'obligation'].includes(r.kind));
    const answered = new Set([...findings.map((f) => f.requirement), ...assessment.notAssessed.flatMap((n) => n.requirements)]);
    expect(counted.length).toBeGreaterThan(70);
    expect(counted.map((r) => r.ref).filter((ref) => !answered.has(ref))).toEqual([]);
    for (const n of assessment.notAssessed.filter((x) => x.requirements.some(inRange))) {
      expect(n.reason.en?.length).toBeGreaterThan(80);
      expect(n.reason.es?.length).toBeGreaterThan(80);
      for (const ref of n.requirements) expect(findings.some((f) => f.requirement === ref), `${ref} is both assessed and not assessed`).toBe(false);
    }
  });

  it('gives every finding one second-reading review, with why in English and Spanish, and a Spanish rationale', () => {
    expect(findings.length).toBe(75);
    const reviewers = new Set(assessment.review?.reviewers.map((r) => r.id));
    expect(reviewers.has(READER)).toBe(true);
    for (const f of findings) {
      const mine = f.reviews.filter((r) => r.by === READER);
      expect(mine, f.requirement).toHaveLength(1);
      const [r] = mine;
      expect(r!.date, f.requirement).toBe(DATE);
      expect(r!.why?.en?.length, `${f.requirement} why.en`).toBeGreaterThan(5);
      expect(r!.why?.es?.length, `${f.requirement} why.es`).toBeGreaterThan(5);
      for (const x of f.reviews) expect(reviewers.has(x.by), `${f.requirement}: unknown reviewer ${x.by}`).toBe(true);
      expect(f.rationale.es?.length, `${f.requirement} rationale.es`).toBeGreaterThan(40);
      if (f.searched) expect(f.searched.es, `${f.requirement} searched.es`).toMatch(/\S/);
      for (const c of f.citations) if (c.note) expect(Object.keys(c.note).sort(), `${f.requirement} → ${c.ref} note`).toEqual(['en', 'es']);
    }
  });

  it('records for each change what the finding said before, and dates the finding to the review', () => {
    const changed = findings.filter((f) => f.reviews.some((r) => r.by === READER && r.outcome === 'changed'));
    expect(changed.length).toBeGreaterThanOrEqual(10);
    for (const f of findings) expectReviewRecorded(corpus, f, READER, DATE);
  });

  it('cites the smallest unit that holds each quote', () => {
    for (const f of findings) {
      for (const c of f.citations) {
        const { provision } = corpus.provisions.get(c.ref)!;
        const quote = normalizeText(c.quote!);
        const smaller = descendants(provision).filter((d) => normalizeText(d.text).includes(quote)).map((d) => d.id);
        expect(smaller, `${f.requirement} → ${c.ref}: the quote is all inside ${smaller.join(', ')}`).toEqual([]);
      }
    }
  });

  it('quotes in a citation note («…» in Spanish, "…" in English) only words of the law it cites', () => {
    let checked = 0;
    for (const f of findings) {
      for (const c of f.citations) {
        const spans = [...(c.note?.es ?? '').matchAll(/«([^»]+)»/g), ...(c.note?.en ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
        if (!spans.length) continue;
        const instrument = c.ref.split('/')[0]!;
        const texts = corpus.instruments.get(instrument)!.provisions.map((p) => normalizeText(p.text));
        for (const s of spans) {
          checked++;
          expect(texts.some((t) => t.includes(normalizeText(s))), `${f.requirement} → ${c.ref}: «${s}» is not in ${instrument}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(16);
  });

  it('rests Art. 7 on the LFEA and CCom and Art. 12 on the CCF, each cited unit with a current unofficial translation', () => {
    const cites = (req: string) => finding(req).citations.map((c) => c.ref.split('/')[0]);
    expect(cites('coe-ets-185/art-7#e2')).toEqual(expect.arrayContaining(['mx-lfea', 'mx-ccom']));
    expect(cites('coe-ets-185/art-7#e5')).toContain('mx-ccom');
    for (const e of ['e1', 'e2', 'e3', 'e4', 'e5']) expect(cites(`coe-ets-185/art-12#${e}`), e).toContain('mx-ccf');
    for (const f of assessment.findings) {
      for (const c of f.citations.filter((x) => /^mx-(ccf|ccom|lfea)\//.test(x.ref) || /^mx-cpf\/art-427/.test(x.ref))) {
        const { provision } = corpus.provisions.get(c.ref)!;
        const en = provision.translations.find((t) => t.lang === 'en');
        expect(en, `${c.ref} has no English translation`).toBeDefined();
        expect(en!.official, c.ref).toBe(false);
        expect(en!.by, c.ref).toBe('lexharmony');
        expect(en!.of, `${c.ref}: translation of another text`).toBe(textHash(provision.text));
      }
    }
  });

  it('keeps civil liability from closing the Art. 12 gap, and the Art. 6(3) reservation from excusing dissemination of passwords', () => {
    for (const e of ['e1', 'e2', 'e3', 'e4', 'e5']) {
      const f = finding(`coe-ets-185/art-12#${e}`);
      expect(f.coverage, e).toBe('narrower');
      expect(f.acceptableWith, e).toEqual([]);
    }
    for (const e of ['e2', 'e4']) expect(finding(`coe-ets-185/art-6#${e}`).acceptableWith, e).not.toContain('coe-ets-185/art-6.p-3#r1');
    expect(finding('coe-ets-185/art-6#e3').acceptableWith).toContain('coe-ets-185/art-6.p-3#r1');
  });

  it('makes possession (Art. 6 e6) acceptable with the reservation of 6.1.b alone or of all of 6.1, the narrower first, while the article needs only the one devices need', () => {
    expect(finding('coe-ets-185/art-6#e6').acceptableWith).toEqual(['coe-ets-185/art-6.p-3#r2', 'coe-ets-185/art-6.p-3#r1']);
    const art6 = assess(corpus, 'MX', 'coe-ets-185').articles.find((a) => a.ref === 'coe-ets-185/art-6')!;
    const e6 = art6.requirements.find((r) => r.ref === 'coe-ets-185/art-6#e6')!;
    expect(e6.status).toBe('conditional');
    expect(e6.reasons[0]).toMatchObject({ key: 'reason.req.conditionalNarrower', params: { needs: ['coe-ets-185/art-6.p-3#r2', 'coe-ets-185/art-6.p-3#r1'] } });
    // Dealing in passwords (e2, e4) cannot be reserved: the article stays partial, and r1 (devices) answers possession too.
    expect(art6.status).toBe('partial');
    expect(art6.needs).toEqual(['coe-ets-185/art-6.p-3#r1']);
  });

  it('never renders "apología" as "apology" in the English of the range', () => {
    for (const f of findings) {
      for (const text of [f.rationale.en, ...f.reviews.map((r) => r.why?.en)].filter(Boolean)) {
        expect(text!.replace(/"apology"/g, ''), f.requirement).not.toMatch(/\bapology\b/i);
      }
    }
  });
});
