// The comparator assessments of Colombia, Peru and Spain against the Budapest Convention (ETS 185): every
// finding stands on the country's own provisions, quoted verbatim and hashed as they are now; every counted
// requirement has a finding or a reason for having none; Mexico's statuses do not move when they are added.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assess, COUNTED_KINDS, gapMatrix, loadCorpus, loadCorpusData, normalizeText, textHash, type AssessmentFile } from '@lexharmony/core';
import { repoRoot } from '../../../test/support/sources.js';

const corpora = join(repoRoot, 'corpora');
const corpus = loadCorpus(corpora);
const comparators = { CO: ['co-cp'], PE: ['pe-ley-30096'], ES: ['es-cp'] } as const;
const counted = [...corpus.requirements.values()].filter((r) => r.instrument === 'coe-ets-185' && COUNTED_KINDS.has(r.kind)).map((r) => r.ref);
const fileOf = (code: string) => corpus.assessments.find((a) => a.jurisdiction === code && a.reference === 'coe-ets-185') as AssessmentFile;

for (const [code, instruments] of Object.entries(comparators)) {
  describe(`${code}--coe-ets-185 assessment`, () => {
    const a = fileOf(code);

    it('exists as a desk reading (first or second, never a practitioner\'s), with authors and limits in English and Spanish', () => {
      expect(a).toBeDefined();
      expect(['first-reading', 'second-reading']).toContain(a.review?.status);
      for (const author of a.authors) expect(author, 'authors in English and Spanish').toMatchObject({ en: expect.stringMatching(/not reviewed by an? \w+ practitioner/), es: expect.stringMatching(/no revisado por un profesional del derecho \w+/) });
      expect(a.limits.length).toBeGreaterThanOrEqual(4);
      for (const l of a.limits) expect(Object.keys(l).sort()).toEqual(['en', 'es']);
    });

    it('has findings for Arts. 2-6 and 13, and gives every counted requirement either a finding or a reason, never both', () => {
      const found = new Set(a.findings.map((f) => f.requirement));
      const reasoned = a.notAssessed.flatMap((n) => n.requirements);
      for (const n of [2, 3, 4, 5, 6, 13]) expect([...found].some((r) => r.startsWith(`coe-ets-185/art-${n}#`)), `art-${n}`).toBe(true);
      expect(new Set(reasoned).size, 'a requirement listed twice under notAssessed').toBe(reasoned.length);
      expect(reasoned.filter((r) => found.has(r))).toEqual([]);
      expect(counted.filter((r) => !found.has(r) && !reasoned.includes(r))).toEqual([]);
      for (const r of [...found, ...reasoned]) expect(counted, r).toContain(r);
      for (const n of a.notAssessed) expect(Object.keys(n.reason).sort()).toEqual(['en', 'es']);
    });

    it("cites only the country's own law, at a hash of the current text, with quotes found verbatim", () => {
      for (const f of a.findings) {
        expect(f.citations.length, f.requirement).toBeGreaterThan(0);
        for (const c of f.citations) {
          const entry = corpus.provisions.get(c.ref);
          expect(entry, `${f.requirement} cites ${c.ref}`).toBeDefined();
          expect(instruments as readonly string[], c.ref).toContain(entry!.instrument.id);
          expect(entry!.instrument.jurisdiction).toBe(code);
          expect(c.hash, `${f.requirement} → ${c.ref}: stale hash (run lexharmony stamp)`).toBe(textHash(entry!.provision.text));
          expect(normalizeText(entry!.provision.text).includes(normalizeText(c.quote!)), `${f.requirement} → ${c.ref}: “${c.quote}”`).toBe(true);
        }
      }
    });

    it('writes every rationale in English and Spanish, and keeps narrower findings acceptable only through an option, declaration or reservation', () => {
      for (const f of a.findings) {
        expect(f.rationale.en?.length, f.requirement).toBeGreaterThan(40);
        expect(f.rationale.es?.length, f.requirement).toBeGreaterThan(40);
        expect(f.method).toBe('human');
        for (const ref of f.acceptableWith) {
          expect(['option', 'declaration', 'reservation']).toContain(corpus.requirements.get(ref)?.kind);
          expect(['narrower', 'missing'], f.requirement).toContain(f.coverage);
        }
      }
    });

    it('quotes instruments that say what every reader must be told', () => {
      for (const id of instruments) expect(Object.keys(corpus.instruments.get(id)!.meta.caveat ?? {}).sort(), id).toEqual(['en', 'es']);
    });
  });
}

describe('the comparators in the gap matrix', () => {
  const m = gapMatrix(corpus, { jurisdictions: ['MX', 'CO', 'PE', 'ES'], references: ['coe-ets-185'], date: '2026-12-01' });
  const row = (n: number) => m.rows.find((r) => r.ref === `coe-ets-185/art-${n}`)!;

  it("cites each country's illegal-access offence for Art. 2", () => {
    expect(row(2).cells.CO!.provisions).toContain('co-cp/art-269a');
    expect(row(2).cells.PE!.provisions).toContain('pe-ley-30096/art-2.p-1');
    expect(row(2).cells.ES!.provisions).toContain('es-cp/art-197-bis.ap-1');
  });

  it("makes Spain's security-measure, serious-harm and device limits conditional on the declaration or reservation it did not make", () => {
    expect(row(2).cells.ES).toMatchObject({ status: 'conditional', needs: ['coe-ets-185/art-2#d1'] });
    expect(row(4).cells.ES).toMatchObject({ status: 'conditional', needs: ['coe-ets-185/art-4.p-2#r1'] });
    // Devices (e3) need the reservation of all of Art. 6(1), which also answers possession (e6): nothing more is needed.
    expect(row(6).cells.ES).toMatchObject({ status: 'conditional', needs: ['coe-ets-185/art-6.p-3#r1'] });
  });

  it('shows an article with findings but unassessed intent as full as assessed, and one without findings as not assessed', () => {
    expect(row(3).cells.CO!.status).toBe('full-as-assessed');
    expect(row(7).cells.CO!.status).toBe('not-assessed');
    expect(row(2).cells.PE!.status).toBe('full');
  });
});

describe("a reservation the country made, on the comparators' real findings", () => {
  it('turns Spain’s serious-harm limit full for Spain alone once the Art. 4(2) reservation is recorded (a hypothetical position, not Spain’s)', () => {
    const data = loadCorpusData(corpora);
    const spain = data.jurisdictions.find((j) => j.code === 'ES')!;
    spain.positions = [{ instrument: 'coe-ets-185', declarations: [], reservations: ['coe-ets-185/art-4.p-2#r1'] }];
    const art4 = (j: string) => assess(data, j, 'coe-ets-185').articles.find((x) => x.ref === 'coe-ets-185/art-4')!;
    // Intent (e1) is not assessed for Spain: the article is full as far as assessed, no longer conditional.
    expect(art4('ES').status).toBe('full-as-assessed');
    const e2 = art4('ES').requirements.find((r) => r.ref === 'coe-ets-185/art-4#e2')!;
    expect(e2.status).toBe('full');
    // "acceptable because ES made …": the engine's reason names the reservation Spain made.
    expect(e2.reasons).toContainEqual(expect.objectContaining({ key: 'reason.req.acceptableMade', params: expect.objectContaining({ jurisdiction: 'ES', made: 'coe-ets-185/art-4.p-2#r1' }) }));
    for (const j of ['MX', 'CO', 'PE']) expect(art4(j).status, j).toBe(assess(corpus, j, 'coe-ets-185').articles.find((x) => x.ref === 'coe-ets-185/art-4')!.status);
  });
});

describe('possession of device-abuse items (Art. 6 e6) in Colombia, Peru and Spain', () => {
  const e6 = (data: ReturnType<typeof loadCorpusData>, j: string) =>
    assess(data, j, 'coe-ets-185').articles.find((x) => x.ref === 'coe-ets-185/art-6')!.requirements.find((r) => r.ref === 'coe-ets-185/art-6#e6')!;

  it('is acceptable with the reservation of Art. 6.1.b alone, or of all of Art. 6.1; none of the three has either recorded', () => {
    for (const j of ['CO', 'PE', 'ES']) {
      const r = e6(loadCorpusData(corpora), j);
      expect(r.finding!.acceptableWith.map((a) => [a.ref, a.made]), j).toEqual([['coe-ets-185/art-6.p-3#r2', false], ['coe-ets-185/art-6.p-3#r1', false]]);
      expect(r.status, j).toBe('conditional');
    }
  });

  it('turns full with either reservation recorded (hypothetical positions), the possession-only one leaving the devices conditional', () => {
    for (const reservation of ['coe-ets-185/art-6.p-3#r2', 'coe-ets-185/art-6.p-3#r1']) {
      const data = loadCorpusData(corpora);
      data.jurisdictions.find((j) => j.code === 'PE')!.positions = [{ instrument: 'coe-ets-185', declarations: [], reservations: [reservation] }];
      expect(e6(data, 'PE').status, reservation).toBe('full');
      const e3 = assess(data, 'PE', 'coe-ets-185').articles.find((x) => x.ref === 'coe-ets-185/art-6')!.requirements.find((r) => r.ref === 'coe-ets-185/art-6#e3')!;
      expect(e3.status, reservation).toBe(reservation.endsWith('#r2') ? 'conditional' : 'full');
    }
  });
});

describe("Mexico's statuses with and without the comparators", () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexharmony-without-comparators-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are the same, article by article and requirement by requirement', () => {
    cpSync(corpora, dir, { recursive: true });
    for (const code of Object.keys(comparators)) rmSync(join(dir, 'assessments', `${code}--coe-ets-185.yaml`));
    for (const id of Object.values(comparators).flat()) rmSync(join(dir, 'instruments', id), { recursive: true });
    // Mexico's recommendations quote the comparators' provisions as model wording: they go with them (no status depends on them).
    rmSync(join(dir, 'recommendations'), { recursive: true, force: true });
    const without = loadCorpus(dir);
    expect(without.assessments.map((a) => a.jurisdiction).sort()).not.toContain('CO');
    for (const ref of ['coe-ets-185', 'coe-ets-189']) {
      const shape = (c: typeof corpus) => assess(c, 'MX', ref).articles.map((x) => [x.ref, x.status, x.requirements.map((r) => r.status)]);
      expect(shape(corpus)).toEqual(shape(without));
    }
  });
});
