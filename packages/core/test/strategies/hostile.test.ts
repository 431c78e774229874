// Corpus strings stay inert in every format, and a strategy can never stand in a legal assessment.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { CorpusError, gapMatrix, loadCorpus, strategyMatrix, type StrategyMatrix } from '@lexharmony/core';
import { renderCsv } from '../../src/document/render/csv.js';
import { renderHtml as html } from '../../src/document/render/html.js';
import { renderMarkdown as markdown } from '../../src/document/render/md.js';
import { renderXlsx } from '../../src/document/render/xlsx.js';
import { strategyDocument } from '../../src/document/strategy-report.js';

const doc = (m: StrategyMatrix) => strategyDocument(m, { lang: 'en' });
const renderHtml = (m: StrategyMatrix) => html(doc(m));
const renderMarkdown = (m: StrategyMatrix) => markdown(doc(m));

const HOSTILE = '=HYPERLINK("http://x.example","<script>alert(1)</script>") | **bold** <img src=x onerror=alert(1)>';

function corpusDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexharmony-strategies-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const base = {
  'jurisdictions.yaml': 'jurisdictions:\n  - { code: XX, names: { en: Testland }, federal: false }\n',
  'instruments/toy-treaty/instrument.yaml':
    'id: toy-treaty\nkind: treaty\njurisdiction: INT\ntitles: { en: Toy treaty }\nlanguages: [en]\nversion: "2001"\nsource: { url: "https://example.org/t", publisher: Toy }\n',
  'instruments/toy-treaty/provisions.yaml':
    'instrument: toy-treaty\nprovisions:\n  - { id: art-1, number: "1", heading: Offence, path: [{ level: chapter, number: I, title: Law }], text: "Each Party shall make it an offence." }\n',
  'instruments/toy-treaty/requirements.yaml':
    'instrument: toy-treaty\nrequirements:\n  - { id: e1, provision: art-1, kind: element, label: { en: offence }, quote: { en: "make it an offence" } }\n',
  'instruments/xx-ncss-2020/instrument.yaml':
    'id: xx-ncss-2020\nkind: strategy\njurisdiction: XX\ntitles: { en: Testland strategy }\nlanguages: [en]\nversion: "2020"\nyear: 2020\nsource: { url: "javascript:alert(1)", publisher: Testland }\nstudy: { status: candidate, evidence: "a test" }\n',
  'instruments/xx-ncss-2020/provisions.yaml': `instrument: xx-ncss-2020\nprovisions:\n  - { id: obj-1, heading: ${JSON.stringify(HOSTILE)}, text: ${JSON.stringify(HOSTILE)} }\n`,
  'instruments/xx-ncss-2020/links.yaml': `instrument: xx-ncss-2020\nlinks:\n  - { from: xx-ncss-2020/obj-1, relationship: supports, areas: [t/A], targets: [toy-treaty/ch-i], quote: ${JSON.stringify(HOSTILE)} }\n`,
  'taxonomies/t.yaml': 'id: t\nnames: { en: Test }\nareas:\n  - { code: A, names: { en: Area }, reference: [toy-treaty/art-1] }\n',
};

describe('hostile corpus strings', () => {
  const corpus = loadCorpus(corpusDir(base));
  const m = strategyMatrix(corpus, { taxonomy: 't', date: '2026-01-01' });
  const r = strategyMatrix(corpus, { against: 'toy-treaty', date: '2026-01-01' });

  it('html escapes every corpus string and links only http(s)', () => {
    for (const html of [renderHtml(m), renderHtml(r)]) {
      expect(html).not.toMatch(/<script|<img/i);
      expect(html).toContain('&lt;script&gt;');
      expect(html).not.toContain('href="javascript:');
    }
  });
  it('csv neutralises a formula', () => {
    const csv = renderCsv(doc(m), { table: 'evidence', bom: false });
    expect(csv).toContain(`"'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
  it('xlsx writes the formula as a text cell', async () => {
    const wb = XLSX.read(await renderXlsx(doc(m)), { type: 'array', cellFormula: true });
    const cells = Object.entries(wb.Sheets['Quotes']!).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as XLSX.CellObject);
    const quote = cells.find((c) => String(c.v).startsWith('=HYPERLINK'))!;
    expect(quote.t).toBe('s');
    expect(quote.f).toBeUndefined();
    expect(cells.every((c) => c.f === undefined)).toBe(true);
  });
  it('markdown keeps table pipes and markup literal', () => {
    const md = renderMarkdown(m);
    expect(md).toContain('\\| \\*\\*bold\\*\\*');
    expect(md).not.toContain('<img');
  });
  it('a reference matrix lists a targeted chapter and an area-referenced article', () => {
    expect(r.rows.map((x) => [x.ref, x.cells['xx-ncss-2020']![0]!.via])).toEqual([
      ['toy-treaty/ch-i', 'target'],
      ['toy-treaty/art-1', 'area'],
    ]);
  });
});

describe('strategies never count in a legal assessment', () => {
  const assessment = (cite: string, reference = 'toy-treaty') =>
    `jurisdiction: XX\nreference: ${reference}\ndate: "2026-01-01"\nfindings:\n  - requirement: toy-treaty/art-1#e1\n    coverage: met\n    relationship: equivalent-to\n    citations:\n      - ref: ${cite}\n        hash: "sha256:${'0'.repeat(64)}"\n    rationale: { en: test }\n    confidence: low\n    date: "2026-01-01"\n`;

  it('a finding citing a strategy provision is a CorpusError naming file, line and field', () => {
    const dir = corpusDir({ ...base, 'assessments/XX--toy-treaty.yaml': assessment('xx-ncss-2020/obj-1') });
    let error: unknown;
    try {
      loadCorpus(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    const issue = (error as CorpusError).issues[0]!;
    expect(issue).toMatchObject({ code: 'STRATEGY_IN_ASSESSMENT', file: 'assessments/XX--toy-treaty.yaml', line: 9, field: 'findings[0].citations[0].ref' });
    expect(issue.message).toMatch(/never counts as legal conformity/);
  });

  it('a strategy as the reference of an assessment is refused too', () => {
    const dir = corpusDir({ ...base, 'assessments/XX--xx-ncss-2020.yaml': assessment('toy-treaty/art-1', 'xx-ncss-2020') });
    expect(() => loadCorpus(dir)).toThrow(/xx-ncss-2020" belongs to a strategy/);
  });

  // Testland's own law: a finding cites the jurisdiction's law, never the treaty it is assessed against.
  const law = {
    'instruments/xx-code/instrument.yaml': 'id: xx-code\nkind: code\njurisdiction: XX\ntitles: { en: Testland code }\nlanguages: [en]\nversion: "2020"\nsource: { url: "https://example.org/c", publisher: Testland }\n',
    'instruments/xx-code/provisions.yaml': 'instrument: xx-code\nprovisions:\n  - { id: art-1, number: "1", text: "Whoever commits it is punished." }\n',
  };

  it('a finding citing a law provision loads', () => {
    expect(loadCorpus(corpusDir({ ...base, ...law, 'assessments/XX--toy-treaty.yaml': assessment('xx-code/art-1') })).assessments).toHaveLength(1);
  });

  it('the gap matrix of a jurisdiction with a strategy linked to the same article shows no strategy', () => {
    const c = loadCorpus(corpusDir({ ...base, ...law, 'assessments/XX--toy-treaty.yaml': assessment('xx-code/art-1') }));
    const json = JSON.stringify(gapMatrix(c, { jurisdictions: ['XX'], date: '2026-01-01' }));
    expect(json).toContain('toy-treaty/art-1');
    expect(json).not.toContain('xx-ncss-2020');
  });

  it('no assessment of the bundled corpus cites a strategy instrument', () => {
    const corpus = loadCorpus();
    for (const a of corpus.assessments) {
      expect(corpus.instruments.get(a.reference)?.meta.kind).not.toBe('strategy');
      for (const f of a.findings) for (const c of f.citations) expect(corpus.provisions.get(c.ref)?.instrument.kind, c.ref).not.toBe('strategy');
    }
  });
});
