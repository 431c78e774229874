// The Mexican assessment against the Budapest Convention (ETS 185) and its First Protocol (ETS 189):
// every finding must stand on provisions of the corpus, quoted verbatim and hashed as they are now.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, normalizeText, textHash, type AssessmentFile } from '@lexharmony/core';

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

  it('has at least one finding for every Budapest article 2-22 and for Art. 35', () => {
    const articles = new Set(assessment.findings.map((f) => corpus.requirements.get(f.requirement)?.article));
    const wanted = [...Array.from({ length: 21 }, (_, i) => `coe-ets-185/art-${i + 2}`), 'coe-ets-185/art-35'];
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
          expect(t.by).toMatch(/unofficial/);
        }
      }
    }
  });
});
