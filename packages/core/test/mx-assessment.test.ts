// The Mexican assessment against the Budapest Convention (ETS 185) and its First Protocol (ETS 189):
// every finding must stand on provisions of the corpus, quoted verbatim and hashed as they are now.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, gapMatrix, loadCorpus, normalizeText, textHash, type AssessmentFile } from '@lexharmony/core';
import { gapDocument, renderDocument } from '@lexharmony/core/export';

// The corpora sources themselves (not a compiled bundle that may predate them).
const corpus = loadCorpus(join(dirname(fileURLToPath(import.meta.url)), '../../../corpora'));
const assessment = corpus.assessments.find((a) => a.jurisdiction === 'MX' && a.reference === 'coe-ets-185') as AssessmentFile;
const references = ['coe-ets-185', 'coe-ets-189'];

describe('MX--coe-ets-185 assessment', () => {
  it('exists, covers ETS 189 too, and states its limits', () => {
    expect(assessment).toBeDefined();
    expect(assessment.alsoCovers).toEqual(['coe-ets-189']);
    const limits = assessment.limits.map((l) => l.en).join(' ');
    for (const word of ['Federal law only', 'case law', 'Ley Federal de Telecomunicaciones', 'Ley de Extradición', 'not a Party']) expect(limits).toContain(word);
  });

  it('has at least one finding for every Budapest article 2-22', () => {
    const articles = new Set(assessment.findings.map((f) => corpus.requirements.get(f.requirement)?.article));
    const wanted = Array.from({ length: 21 }, (_, i) => `coe-ets-185/art-${i + 2}`);
    expect(wanted.filter((a) => !articles.has(a))).toEqual([]);
  });

  it('has findings for ETS 189 Arts. 3-7', () => {
    const articles = new Set(assessment.findings.map((f) => corpus.requirements.get(f.requirement)?.article));
    expect([3, 4, 5, 6, 7].map((n) => `coe-ets-189/art-${n}`).filter((a) => !articles.has(a))).toEqual([]);
  });

  it('names only existing element, safeguard or obligation requirements of the reference instruments, once each', () => {
    const seen = new Set<string>();
    for (const f of assessment.findings) {
      const r = corpus.requirements.get(f.requirement);
      expect(r, f.requirement).toBeDefined();
      expect(references, f.requirement).toContain(r!.instrument);
      expect(['element', 'safeguard', 'obligation'], f.requirement).toContain(r!.kind);
      expect(seen.has(f.requirement), `duplicate ${f.requirement}`).toBe(false);
      seen.add(f.requirement);
    }
  });

  it('cites provisions that resolve, with the hash of their current text', () => {
    for (const f of assessment.findings) {
      for (const c of f.citations) {
        const entry = corpus.provisions.get(c.ref);
        expect(entry, `${f.requirement} cites ${c.ref}`).toBeDefined();
        expect(c.hash, `${f.requirement} → ${c.ref}: stale hash (run lexharmony stamp)`).toBe(textHash(entry!.provision.text));
      }
    }
  });

  it('quotes every cited provision verbatim (whitespace-normalised)', () => {
    for (const f of assessment.findings) {
      for (const c of f.citations) {
        expect(c.quote, `${f.requirement} → ${c.ref} has no quote`).toBeDefined();
        const text = normalizeText(corpus.provisions.get(c.ref)!.provision.text);
        expect(text.includes(normalizeText(c.quote!)), `${f.requirement} → ${c.ref}: quote not found: “${c.quote}”`).toBe(true);
      }
    }
  });

  it('grounds every finding: a met/narrower/broader finding cites a provision; a missing one says where it was looked for', () => {
    for (const f of assessment.findings) {
      if (f.coverage === 'missing') expect(f.searched?.en, f.requirement).toMatch(/\S/);
      else expect(f.citations.length, f.requirement).toBeGreaterThan(0);
      expect(f.rationale.en?.length, f.requirement).toBeGreaterThan(40);
    }
  });

  it('makes a narrower or missing finding acceptable only through an option, declaration or reservation of the same instrument', () => {
    for (const f of assessment.findings) {
      const own = corpus.requirements.get(f.requirement)!.instrument;
      for (const a of f.acceptableWith) {
        const r = corpus.requirements.get(a);
        expect(['option', 'declaration', 'reservation'], `${f.requirement} acceptable with ${a}`).toContain(r?.kind);
        expect(r!.instrument).toBe(own);
        expect(['narrower', 'missing'], f.requirement).toContain(f.coverage);
      }
    }
  });

  it('keeps the data-interference protected-system limit a true gap: no declaration or reservation makes it acceptable', () => {
    const f = assessment.findings.find((x) => x.requirement === 'coe-ets-185/art-4#e3')!;
    expect(f.coverage).toBe('narrower');
    expect(f.acceptableWith).toEqual([]);
    const access = assessment.findings.find((x) => x.requirement === 'coe-ets-185/art-2#e3')!;
    expect(access.acceptableWith).toContain('coe-ets-185/art-2#o1');
  });

  it('gives every cited unit an English translation, labelled unofficial', () => {
    for (const f of assessment.findings) {
      for (const c of f.citations) {
        const { provision } = corpus.provisions.get(c.ref)!;
        const en = provision.translations.find((t) => t.lang === 'en');
        expect(en, `${c.ref} has no English translation`).toBeDefined();
        expect(en!.official).toBe(false);
      }
    }
  });

  it('labels every translation of a cited Mexican provision as unofficial', () => {
    for (const f of assessment.findings) {
      for (const c of f.citations) {
        const { provision, article } = corpus.provisions.get(c.ref)!;
        for (const t of [...provision.translations, ...article.translations]) {
          expect(t.official, c.ref).toBe(false);
          // The project's own, said unofficial by every output from official: false.
          expect(t.by).toBe('lexharmony');
        }
      }
    }
  });
});

// The second reading of ETS 185 Arts. 14-35 (procedural law, jurisdiction, international co-operation).
const articleNumber = (ref: string) => Number(/^coe-ets-185\/art-(\d+)/.exec(ref)?.[1] ?? NaN);
const procedural = (ref: string) => articleNumber(ref) >= 14 && articleNumber(ref) <= 35;
const inRange = assessment.findings.filter((f) => procedural(f.requirement));
/** Added by a reading after the second (the revision of the requirement decomposition), not read by the second. */
const addedLater = (f: { reviews: { by: string; outcome: string }[] }) => f.reviews.some((r) => r.outcome === 'added' && r.by !== 'lh-second-reading');
const notAssessed = new Map(assessment.notAssessed.flatMap((n) => n.requirements.map((r) => [r, n.reason] as const)));

describe('MX--coe-ets-185: second reading of Arts. 14-35', () => {
  it('gives every finding a review by lh-second-reading, with its reason in English and Spanish', () => {
    expect(inRange.length).toBeGreaterThan(50);
    const reviewers = new Set(assessment.review?.reviewers.map((r) => r.id));
    expect(reviewers.has('lh-second-reading')).toBe(true);
    // A finding added after the second reading (for a requirement the decomposition gained) carries that later review instead.
    for (const f of inRange.filter((x) => !addedLater(x))) {
      const r = f.reviews.find((x) => x.by === 'lh-second-reading');
      expect(r, f.requirement).toBeDefined();
      expect(r!.why?.en, f.requirement).toMatch(/\S/);
      expect(r!.why?.es, f.requirement).toMatch(/\S/);
    }
  });

  it('writes every rationale, search and citation note in English and Spanish', () => {
    for (const f of inRange) {
      expect(f.rationale.es?.length, f.requirement).toBeGreaterThan(40);
      if (f.searched) expect(f.searched.es, f.requirement).toMatch(/\S/);
      for (const c of f.citations) if (c.note) expect(Object.keys(c.note).sort(), `${f.requirement} → ${c.ref}`).toEqual(['en', 'es']);
    }
  });

  it('records what a changed finding said before, which differs from what it says now, and dates it with the review', () => {
    const changed = inRange.filter((f) => f.reviews.some((r) => r.outcome === 'changed'));
    expect(changed.length).toBeGreaterThan(10);
    for (const f of changed) {
      const r = f.reviews.find((x) => x.outcome === 'changed')!;
      const b = r.before!;
      expect(b, f.requirement).toBeDefined();
      const now = { coverage: f.coverage, relationship: f.relationship, confidence: f.confidence, citations: f.citations.map((c) => c.ref), acceptableWith: f.acceptableWith };
      const differs = (['coverage', 'relationship', 'confidence', 'citations', 'acceptableWith'] as const).some(
        (k) => b[k] !== undefined && JSON.stringify(b[k]) !== JSON.stringify(now[k]),
      );
      expect(differs, `${f.requirement}: "changed" but its before equals the finding`).toBe(true);
      expect(f.date, f.requirement).toBe(r.date);
    }
    for (const f of inRange.filter((x) => x.reviews.some((r) => r.outcome === 'added'))) expect(f.date, f.requirement).toBe('2026-12-01');
  });

  it('leaves no counted requirement of Arts. 14-35 without a finding or a notAssessed reason in both languages', () => {
    const found = new Set(inRange.map((f) => f.requirement));
    const counted = corpus.requirementsOf('coe-ets-185').filter((r) => procedural(r.ref) && ['element', 'obligation', 'safeguard'].includes(r.kind));
    expect(counted.length).toBeGreaterThan(60);
    for (const r of counted) {
      const reason = notAssessed.get(r.ref);
      expect(found.has(r.ref) || reason !== undefined, `${r.ref}: neither assessed nor listed as not assessed`).toBe(true);
      expect(found.has(r.ref) && reason !== undefined, `${r.ref}: both assessed and listed as not assessed`).toBe(false);
      if (reason) expect(Object.keys(reason).sort(), r.ref).toEqual(['en', 'es']);
    }
  });

  it('does not show the 24/7 point of contact as missing: Art. 35 is not assessed, its former findings withdrawn with the reason', () => {
    const art35 = corpus.requirementsOfArticle('coe-ets-185/art-35').filter((r) => r.kind === 'obligation');
    expect(art35.map((r) => notAssessed.has(r.ref))).toEqual(art35.map(() => true));
    expect(notAssessed.get('coe-ets-185/art-35#n1')!.en).toMatch(/executive/);
    const withdrawn = assessment.review!.withdrawn.filter((w) => w.requirement.startsWith('coe-ets-185/art-35#'));
    expect(withdrawn.map((w) => w.before.coverage)).toEqual(Array(6).fill('missing'));
    const result = assess(corpus, 'MX', 'coe-ets-185').articles.find((a) => a.ref === 'coe-ets-185/art-35')!;
    expect(result.status).toBe('not-assessed');
  });

  it('keeps retention apart from preservation: Art. 17(1)(a) rests on the preservation power, not on the LMTR retention duty', () => {
    const f = assessment.findings.find((x) => x.requirement === 'coe-ets-185/art-17#e1')!;
    expect(f.coverage).toBe('narrower');
    expect(f.citations[0]!.ref).toBe('mx-cnpp/art-303.p-8');
    expect(f.reviews[0]!.before).toMatchObject({ coverage: 'met', citations: ['mx-lmtr/art-183.fr-ii', 'mx-cnpp/art-303.p-8'] });
    const retention = f.citations.find((c) => c.ref === 'mx-lmtr/art-183.fr-ii')!;
    expect(retention.note?.en).toMatch(/not an order to preserve/);
  });

  it('states the Art. 15 conditions for every power of Arts. 16-21, in the safeguard findings and in each power', () => {
    const powers = ['Arts. 16-17', 'Art. 18', 'Art. 19', 'Arts. 20-21'];
    for (const s of ['s1', 's2', 's3', 's4', 's5']) {
      const f = assessment.findings.find((x) => x.requirement === `coe-ets-185/art-15#${s}`)!;
      for (const p of powers) expect(f.rationale.en, `${s} says nothing on ${p}`).toContain(p);
    }
    for (const req of ['art-16#e1', 'art-17#e1', 'art-18#e1', 'art-19#e1', 'art-20#e1', 'art-21#e2']) {
      const f = assessment.findings.find((x) => x.requirement === `coe-ets-185/${req}`)!;
      expect(f.rationale.en, req).toMatch(/Art\. 15:/);
    }
  });

  it('cites each newly read law where it bears on a requirement, with an unofficial translation of the text as it is now', () => {
    const cited = new Map<string, Set<string>>();
    for (const f of assessment.findings) for (const c of f.citations) {
      const inst = c.ref.split('/')[0]!;
      if (!cited.has(inst)) cited.set(inst, new Set());
      cited.get(inst)!.add(f.requirement);
    }
    const expected: Record<string, string> = {
      'mx-lei': 'coe-ets-185/art-24#n1',
      'mx-lopjf': 'coe-ets-185/art-22#e1',
      'mx-lfgr': 'coe-ets-185/art-27#n1',
      'mx-lfcdo': 'coe-ets-185/art-20#e5',
      'mx-lgn': 'coe-ets-185/art-15#s3',
      'mx-lsniimsp': 'coe-ets-185/art-15#s3',
    };
    for (const [inst, req] of Object.entries(expected)) expect(cited.get(inst)?.has(req), `${inst} cited in ${req}`).toBe(true);
    for (const f of assessment.findings) for (const c of f.citations) {
      if (!(c.ref.split('/')[0]! in expected) && !c.ref.includes('/trans-')) continue;
      const { provision } = corpus.provisions.get(c.ref)!;
      const en = provision.translations.find((t) => t.lang === 'en')!;
      expect(en.of, `${c.ref}: translation without the hash of what it translates`).toBe(textHash(provision.text));
    }
  });

  it('reads the LFTR question from the LMTR transitory articles: Sexto abrogates it, Quinto redirects only references to the Instituto', () => {
    const f = assessment.findings.find((x) => x.requirement === 'coe-ets-185/art-16#e1')!;
    const refs = f.citations.map((c) => c.ref);
    for (const t of ['mx-lmtr/trans-sexto', 'mx-lmtr/trans-tercero', 'mx-lmtr/trans-quinto.p-2', 'mx-lmtr/trans-vigesimo-quinto', 'mx-lfgr/trans-segundo.p-2']) expect(refs).toContain(t);
    const sexto = corpus.provisions.get('mx-lmtr/trans-sexto')!.provision;
    expect(sexto.path).toEqual([{ level: 'transitory', title: 'Transitorios' }]);
    expect(sexto.text).toContain('se abroga la Ley Federal de Telecomunicaciones y Radiodifusión');
    expect(corpus.provisions.get('mx-lmtr/trans-quinto.p-2')!.provision.text).not.toContain('Ley Federal de Telecomunicaciones');
  });
});

// The assessment's review status is a claim about every finding: "second-reading" only when each
// finding carries the second reader's review, and never a practitioner's unless one reviewed it.
describe('MX--coe-ets-185: review status', () => {
  it('is second-reading, and every finding carries a review by lh-second-reading', () => {
    expect(assessment.review?.status).toBe('second-reading');
    expect(assessment.findings.length).toBeGreaterThan(100);
    expect(assessment.findings.filter((f) => !addedLater(f) && !f.reviews.some((r) => r.by === 'lh-second-reading')).map((f) => f.requirement)).toEqual([]);
    for (const f of assessment.findings.filter(addedLater)) expect(f.reviews, f.requirement).toEqual([expect.objectContaining({ by: 'lh-decomposition', outcome: 'added' })]);
    for (const w of assessment.review?.withdrawn ?? []) expect(w.by, w.requirement).toBe('lh-second-reading');
  });

  it('says in both languages that it is not a practitioner’s review, and names no practitioner', () => {
    expect(assessment.review?.reviewers.some((r) => r.practitioner)).toBe(false);
    expect(assessment.review?.summary.en).toMatch(/not a practitioner's review/);
    expect(assessment.review?.summary.es).toMatch(/No es la revisión de un profesional del derecho/);
  });
});

describe('the project’s unofficial translations', () => {
  it('are labelled one way, so that every output names their translator alike', () => {
    const labels = new Set<string>();
    const walk = (p: { translations?: { official: boolean; by: string }[]; children: unknown[] }) => {
      for (const t of p.translations ?? []) if (!t.official && /lexharmony/i.test(t.by)) labels.add(t.by);
      for (const c of p.children) walk(c as typeof p);
    };
    for (const e of corpus.provisions.values()) if (e.provision === e.article) walk(e.article);
    expect([...labels]).toEqual(['lexharmony']);
  });
});

describe('MX--coe-ets-185: the Art. 9(4) reservations its gaps need', () => {
  it('names the reservation of 9.2.b for apparent minors and of 9.2.c for realistic images, not that of the whole paragraph', () => {
    const find = (ref: string) => assessment.findings.find((f) => f.requirement === ref)!;
    expect(find('coe-ets-185/art-9#e8').acceptableWith).toEqual(['coe-ets-185/art-9.p-4#r4']);
    expect(find('coe-ets-185/art-9#e9').acceptableWith).toEqual(['coe-ets-185/art-9.p-4#r5']);
    // Procuring and possession are met, so the whole-paragraph reservation would give up more than the law needs.
    for (const e of ['e5', 'e6']) expect(find(`coe-ets-185/art-9#${e}`).coverage, e).toBe('met');
  });

  it('leaves Art. 9 conditional on both, and every report says both are needed ("y"), not either', async () => {
    const art9 = assess(corpus, 'MX', 'coe-ets-185').articles.find((a) => a.ref === 'coe-ets-185/art-9')!;
    expect(art9.status).toBe('conditional');
    expect(art9.needs).toEqual(['coe-ets-185/art-9.p-4#r4', 'coe-ets-185/art-9.p-4#r5']);
    const matrix = gapMatrix(corpus, { jurisdictions: ['MX'], date: '2026-12-01' });
    const md = String(await renderDocument(gapDocument(matrix, { lang: 'es', detail: true }), 'md')).replace(/\\/g, '').replace(/\s+/g, ' ');
    // The executive summary's line for Art. 9: both reservations, joined by "y".
    const at = md.indexOf('Art. 9. Delitos relacionados con la pornografía infantil');
    const line = md.slice(at, md.indexOf(' - ', at));
    expect(line).toMatch(/pleno solo con .*letra b\) del apartado 2.*» y .*letra c\) del apartado 2/);
  });
});
