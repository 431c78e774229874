// The Argentine assessment against the Budapest Convention (ETS 185), Arts. 2-21, on the real corpus: every
// finding stands on Argentine provisions quoted verbatim and hashed as they are now, every counted requirement
// has a finding or a stated reason, and Argentina's own reservations (Ley 27.411) make its narrower elements
// full through the engine's path, for Argentina only.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, COUNTED_KINDS, Corpus, gapMatrix, loadCorpus, normalizeText, textHash, type AssessmentFile } from '@lexharmony/core';

const corpus = loadCorpus(join(dirname(fileURLToPath(import.meta.url)), '../../../corpora'));
const assessment = corpus.assessments.find((a) => a.jurisdiction === 'AR' && a.reference === 'coe-ets-185') as AssessmentFile;
const articleNumber = (ref: string) => Number(/\/art-(\d+)/.exec(ref)![1]);

/** The same corpus data with Argentina's positions taken away. */
function withoutPositions(code: string): Corpus {
  const data = structuredClone(corpus.data);
  for (const j of data.jurisdictions) if (j.code === code) j.positions = [];
  return new Corpus(data);
}

describe('AR--coe-ets-185 assessment', () => {
  it('gives every counted requirement of ETS 185 a finding or a reason, findings only for Arts. 2-21', () => {
    const found = new Set(assessment.findings.map((f) => f.requirement));
    const reasons = new Set(assessment.notAssessed.flatMap((n) => n.requirements));
    for (const r of corpus.requirementsOf('coe-ets-185').filter((x) => COUNTED_KINDS.has(x.kind))) {
      expect(found.has(r.ref) !== reasons.has(r.ref), `${r.ref}: exactly one of a finding or a reason`).toBe(true);
    }
    for (const f of assessment.findings) expect(articleNumber(f.requirement), f.requirement).toBeLessThanOrEqual(21);
    expect(assessment.findings.length).toBeGreaterThan(80);
    for (const n of assessment.notAssessed) expect(Object.keys(n.reason).sort()).toEqual(['en', 'es']);
  });

  it('writes every rationale, limit and review summary in English and Spanish', () => {
    for (const f of assessment.findings) {
      expect(Object.keys(f.rationale).sort(), f.requirement).toEqual(['en', 'es']);
      if (f.searched) expect(Object.keys(f.searched).sort(), f.requirement).toEqual(['en', 'es']);
    }
    for (const l of assessment.limits) expect(Object.keys(l).sort()).toEqual(['en', 'es']);
    expect(assessment.review?.status).toBe('second-reading');
    // The first reading, the second reading, and the revision of the requirement decomposition that re-pointed findings at changed requirements.
    expect(assessment.review?.reviewers.map((r) => r.id)).toEqual(['lh-ar-first-reading', 'lh-second-reading', 'lh-decomposition']);
    for (const f of assessment.findings) for (const r of f.reviews) expect(Object.keys(r.why ?? {}).sort(), f.requirement).toEqual(['en', 'es']);
  });

  it("cites only Argentina's own instruments, each provision resolving, hashed as it is now and quoted verbatim", () => {
    for (const f of assessment.findings) {
      for (const c of f.citations) {
        const entry = corpus.provisions.get(c.ref);
        expect(entry, `${f.requirement} cites ${c.ref}`).toBeDefined();
        expect(entry!.instrument.jurisdiction, c.ref).toBe('AR');
        expect(c.hash, `${f.requirement} → ${c.ref}: stale hash (run lexharmony stamp)`).toBe(textHash(entry!.provision.text));
        expect(c.quote, `${f.requirement} → ${c.ref} has no quote`).toBeDefined();
        expect(normalizeText(entry!.provision.text).includes(normalizeText(c.quote!)), `${f.requirement} → ${c.ref}: “${c.quote}”`).toBe(true);
      }
      if (f.coverage === 'missing') expect(f.searched?.en, f.requirement).toMatch(/\S/);
      else expect(f.citations.length, f.requirement).toBeGreaterThan(0);
    }
  });

  it('rests Arts. 2-13 on the Código Penal and Arts. 14-21 on both federal procedure codes', () => {
    const cites = (f: AssessmentFile['findings'][number], instrument: string) => f.citations.some((c) => c.ref.startsWith(instrument + '/'));
    const substantive = assessment.findings.filter((f) => articleNumber(f.requirement) <= 13 && f.citations.length);
    for (const f of substantive) expect(cites(f, 'ar-cp') || cites(f, 'ar-ley-27411'), f.requirement).toBe(true);
    const procedural = assessment.findings.filter((f) => articleNumber(f.requirement) >= 14);
    for (const f of procedural) expect(f.citations.every((c) => /^ar-cpp[fn]\//.test(c.ref)), f.requirement).toBe(true);
    expect(procedural.filter((f) => cites(f, 'ar-cppf')).length).toBeGreaterThan(20);
    expect(procedural.filter((f) => cites(f, 'ar-cppn')).length).toBeGreaterThan(10);
    const art2 = assess(corpus, 'AR', 'coe-ets-185').articles.find((a) => a.ref === 'coe-ets-185/art-2')!;
    expect(art2.provisions).toContain('ar-cp/art-153-bis.p-1');
  });

  it("makes a narrower or missing element full because of a reservation Argentina made, through the engine's path", () => {
    const result = assess(corpus, 'AR', 'coe-ets-185');
    expect(result.position.party).toBe(true);
    const req = (ref: string) => result.articles.flatMap((a) => a.requirements).find((r) => r.ref === ref)!;
    for (const [ref, reservation] of [
      ['coe-ets-185/art-9#e8', 'coe-ets-185/art-9.p-4#r4'],
      ['coe-ets-185/art-9#e9', 'coe-ets-185/art-9.p-4#r5'],
      ['coe-ets-185/art-9#e5', 'coe-ets-185/art-9.p-4#r2'],
      ['coe-ets-185/art-6#e6', 'coe-ets-185/art-6.p-3#r2'],
    ] as const) {
      const r = req(ref);
      expect(['narrower', 'missing'], ref).toContain(r.finding!.coverage);
      expect(r.status, ref).toBe('full');
      expect(r.reasons, ref).toContainEqual(expect.objectContaining({ key: 'reason.req.acceptableMade', params: expect.objectContaining({ jurisdiction: 'AR', made: reservation }) }));
    }
  });

  it('would leave those elements conditional without the positions, and never lets a reservation help Mexico', () => {
    const bare = assess(withoutPositions('AR'), 'AR', 'coe-ets-185');
    const req = (ref: string) => bare.articles.flatMap((a) => a.requirements).find((r) => r.ref === ref)!;
    for (const ref of ['coe-ets-185/art-9#e8', 'coe-ets-185/art-9#e5', 'coe-ets-185/art-6#e6']) {
      expect(req(ref).status, ref).toBe('conditional');
      expect(req(ref).reasons.map((m) => m.key), ref).toContainEqual(expect.stringMatching(/^reason\.req\.conditional/));
    }
    // Mexico's finding for the same element names the same reservation, which Mexico has not made.
    const mx = assess(corpus, 'MX', 'coe-ets-185').articles.flatMap((a) => a.requirements).find((r) => r.ref === 'coe-ets-185/art-9#e8')!;
    expect(mx.status).not.toBe('full');
    expect(mx.reasons.map((m) => m.key)).not.toContain('reason.req.acceptableMade');
  });

  it('records a reservation of Art. 6.1.b only as its own entry, which relaxes possession and no act of Art. 6.1.a', () => {
    const r2 = corpus.requirements.get('coe-ets-185/art-6.p-3#r2')!;
    expect(r2.kind).toBe('reservation');
    for (const e of ['e2', 'e3', 'e4']) expect(corpus.requirements.get(`coe-ets-185/art-6#${e}`)!.relaxedBy, e).not.toContain(r2.ref);
    expect(corpus.requirements.get('coe-ets-185/art-6#e6')!.relaxedBy).toContain(r2.ref);
    // The position names the reservation Argentina made: of 6.1.b, not of all of paragraph 1.
    const made = corpus.jurisdictions.get('AR')!.positions.flatMap((p) => p.reservations);
    expect(made).toContain(r2.ref);
    expect(made).not.toContain('coe-ets-185/art-6.p-3#r1');
  });

  it("keeps narrower elements that Argentina's reservations do not reach as gaps (Art. 6.1.a, Art. 16)", () => {
    const result = assess(corpus, 'AR', 'coe-ets-185');
    const status = (ref: string) => result.articles.flatMap((a) => a.requirements).find((r) => r.ref === ref)!.status;
    expect(status('coe-ets-185/art-6#e3')).toBe('partial');
    expect(status('coe-ets-185/art-6#e4')).toBe('none');
    expect(status('coe-ets-185/art-16#e2')).toBe('none');
    expect(status('coe-ets-185/art-2#e3')).toBe('conditional');
    // Not assessed is never a gap: copyright (Art. 10) has no finding and shows as not assessed.
    expect(result.articles.find((a) => a.ref === 'coe-ets-185/art-10')!.status).toBe('not-assessed');
  });

  it("leaves Mexico's statuses unchanged when Argentina is added as a column", () => {
    const alone = gapMatrix(corpus, { jurisdictions: ['MX'], date: '2026-12-01' });
    const both = gapMatrix(corpus, { jurisdictions: ['MX', 'AR'], date: '2026-12-01' });
    const mx = (m: typeof alone) => m.rows.map((r) => [r.ref, r.cells['MX']?.status]);
    expect(mx(both)).toEqual(mx(alone));
    expect(both.rows.find((r) => r.ref === 'coe-ets-185/art-2')!.cells['AR']?.status).toBe('conditional');
  });
});
