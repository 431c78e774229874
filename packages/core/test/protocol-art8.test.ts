// ETS 189 Art. 8: what the Protocol takes over from the Convention for its offences (Convention Arts. 12,
// 13 and 22 by Art. 8(1); the procedural and co-operation measures by Art. 8(2)), Mexico's findings on it,
// and the recommendations that answer them, among them a reservation the Protocol provides in its Art.
// 12(2), which relaxes Art. 8.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, assess, gapMatrix, loadCorpusData, normalizeText } from '@lexharmony/core';
import { repoRoot } from '../../../test/support/sources.js';

const corpora = join(repoRoot, 'corpora');
const data = loadCorpusData(corpora);
const DATE = '2026-12-01';
const reqs = data.instruments.find((i) => i.meta.id === 'coe-ets-189')!.requirements.filter((r) => r.provision === 'art-8');
const mx = data.assessments.find((a) => a.jurisdiction === 'MX')!;
const finding = (ref: string) => mx.findings.find((f) => f.requirement === ref)!;
const art8 = (d = data) => assess(d, 'MX', 'coe-ets-189').articles.find((a) => a.ref === 'coe-ets-189/art-8')!;

describe('ETS 189 Art. 8 decomposed', () => {
  it('into the Convention articles its paragraph 1 applies that ask something of national law, and the two extensions of paragraph 2', () => {
    expect(reqs.map((r) => `${r.id} ${r.kind}`)).toEqual(['e1 element', 'e2 element', 'e3 element', 'e4 element', 'e5 element', 'n1 obligation']);
    expect(reqs.map((r) => r.label.en)).toEqual([
      expect.stringContaining('Convention Art. 12'),
      expect.stringContaining('Convention Art. 13(1)'),
      expect.stringContaining('Convention Art. 13(2)'),
      expect.stringContaining('Convention Art. 22'),
      expect.stringContaining('Convention Arts. 14-21'),
      expect.stringContaining('Convention Arts. 23-35'),
    ]);
    // Jurisdiction is relaxed by the Protocol's own route to the Convention's Art. 22(2) reservation.
    expect(reqs.find((r) => r.id === 'e4')!.relaxedBy).toEqual(['coe-ets-189/art-12.p-2#r1']);
  });

  it('quotes the authentic English and the BOE Spanish of Art. 8 verbatim', () => {
    const p = data.instruments.find((i) => i.meta.id === 'coe-ets-189')!.provisions.find((x) => x.id === 'art-8')!;
    const es = p.translations.find((t) => t.lang === 'es' && t.official)!.text;
    for (const r of reqs) {
      expect(normalizeText(p.text), r.id).toContain(normalizeText(r.quote.en!));
      expect(normalizeText(es), r.id).toContain(normalizeText(r.quote.es!));
    }
  });
});

describe("Mexico's findings on ETS 189 Art. 8", () => {
  it('answer every requirement, each added by the revision of the decomposition', () => {
    for (const r of reqs) {
      const f = finding(`coe-ets-189/art-8#${r.id}`);
      expect(f, r.id).toBeDefined();
      expect(f.reviews.map((x) => [x.by, x.outcome]), r.id).toEqual([['lh-decomposition', 'added']]);
    }
  });

  it('find no deprivation of liberty for the dissemination CPF 208 punishes, and say the result turns on reading Art. 13(1)', () => {
    const f = finding('coe-ets-189/art-8#e2');
    expect(f.coverage).toBe('narrower');
    expect(f.confidence).not.toBe('high');
    expect(f.citations.map((c) => c.ref)).toEqual(['mx-cpf/art-208', 'mx-cpf/art-282.p-1']);
    expect(f.rationale.en).toMatch(/community work/);
    expect(f.rationale.en).toMatch(/which include deprivation of liberty/);
  });

  it('find no sanction for legal persons (none of the offences is in the CPF 11 Bis catalogue), saying what was searched', () => {
    const f = finding('coe-ets-189/art-8#e3');
    expect(f.coverage).toBe('missing');
    expect(f.acceptableWith).toEqual([]);
    expect(f.searched?.en).toMatch(/11 Bis/);
  });

  it('leave the article partial, jurisdiction conditional on the reservation Protocol Art. 12(2) allows, and procedure met', () => {
    const a = art8();
    expect(a.status).toBe('partial');
    const status = Object.fromEntries(a.requirements.map((r) => [r.ref.split('#')[1], r.status]));
    expect(status).toEqual({ e1: 'partial', e2: 'partial', e3: 'none', e4: 'conditional', e5: 'full', n1: 'partial' });
  });
});

describe("Mexico's recommendations for ETS 189 Art. 8", () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lexharmony-p8-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('make every requirement full once all are assumed adopted', () => {
    const m = gapMatrix(data, { jurisdictions: ['MX'], date: DATE, assume: 'all' });
    const cell = m.rows.find((r) => r.ref === 'coe-ets-189/art-8')!.cells.MX!;
    expect(cell.status).toBe('full');
    expect(cell.projected!.from.status).toBe('partial');
    expect(cell.projected!.by).toEqual(expect.arrayContaining(['MX-P8-catalogue', 'MX-P8-sanctions', 'MX-P8-reserve', 'MX-P8-extradition']));
  });

  it('may reserve under Protocol Art. 12(2) for Art. 8, whose jurisdiction element that reservation relaxes, but not with a reservation that relaxes nothing of Art. 8', () => {
    cpSync(corpora, scratch, { recursive: true });
    const file = join(scratch, 'recommendations/MX--coe-ets-185.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('    makes: coe-ets-189/art-12.p-2#r1\n');
    writeFileSync(file, text.replace('    makes: coe-ets-189/art-12.p-2#r1\n', '    makes: coe-ets-189/art-5.p-2#r1\n'));
    let issues: { field?: string | undefined; message: string }[] = [];
    try {
      loadCorpusData(scratch);
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      issues = e.issues;
    }
    expect(issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/coe-ets-189\/art-5\.p-2#r1 is a reservation of coe-ets-189\/art-5, not a reservation of coe-ets-189\/art-8/) }));
  });
});
