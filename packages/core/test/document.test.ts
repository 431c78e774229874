import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Corpus, gapMatrix, loadCorpus } from '@lexharmony/core';
import { gapDocument, plain } from '../src/document/index.js';
import { renderDocument } from '../src/document/render/index.js';
import { renderMarkdown } from '../src/document/render/md.js';
import { provisionOf, toy } from './support/toy.js';

describe('the gap report in Spanish, where the reference has an official Spanish translation', () => {
  const data = toy();
  const art2 = provisionOf(data, 'toy-convention/art-2');
  art2.translations.push({
    lang: 'es',
    text: 'Cada Parte tipificará como delito la entrada ilícita.',
    heading: 'Entrada ilícita',
    path: [{ level: 'chapter', number: 'II', title: 'Medidas nacionales' }, { level: 'section', number: '1', title: 'Delitos' }],
    official: true,
    by: 'Reino de Juguete (Boletín Oficial)',
  });
  const m = gapMatrix(data, { jurisdictions: ['XT'], date: '2026-01-01' });

  it('the matrix carries the translated heading and chapter path, the original beside them', () => {
    const row = m.rows.find((r) => r.ref === 'toy-convention/art-2')!;
    expect(row.headings).toEqual({ en: 'Unlawful entry', es: 'Entrada ilícita' });
    expect(m.groups.find((g) => g.ref === row.group)!.translated.es).toEqual(art2.translations[0]!.path);
  });

  it('the document shows the official translation, labelled as such, the Spanish heading and chapter', () => {
    const doc = gapDocument(m, { lang: 'es', detail: true, corpus: new Corpus(data) });
    const md = renderMarkdown(doc);
    expect(md).toContain('### Art. 2. Entrada ilícita');
    expect(md).toContain('*Traducción oficial de Reino de Juguete (Boletín Oficial); los textos auténticos son el inglés y el francés*');
    expect(md).toContain('> Cada Parte tipificará como delito la entrada ilícita.');
    // Where the corpus has no Spanish text of an article, the authentic English, labelled.
    expect(md).toContain('*Texto auténtico (inglés): el corpus aún no tiene traducción a este idioma*');
    const matrix = doc.sections.find((s) => s.id === 'matrix')!.blocks.find((b) => b.kind === 'table')!;
    const rows = matrix.kind === 'table' ? [...matrix.table.rows()] : [];
    const second = rows[1]!.map((c) => ('v' in c ? String(c.v) : 'text' in c ? c.text : ''));
    expect(second).toContain('Entrada ilícita');
    expect(second).toContain('Capítulo II: Medidas nacionales › Sección 1: Delitos');
    expect(plain(doc.provenance.find((f) => f.label === 'Revisión')!.value)).toMatch(/no revisado por un profesional del derecho de la jurisdicción/);
  });
});

describe("the options, declarations and reservations that would make a finding acceptable, said as alternatives", () => {
  const corpus = loadCorpus(fileURLToPath(new URL('../../../corpora', import.meta.url)));
  const m = gapMatrix(corpus, { jurisdictions: ['MX'], references: ['coe-ets-185'], date: '2026-12-01' });
  const cases = [
    { lang: 'es', anyOf: 'Aceptable con cualquiera de: ', one: 'Aceptable con: ', or: ' (no formulada) o Convenio, art. 6, apartado 3', header: 'Aceptable con (basta una)' },
    { lang: 'en', anyOf: 'Acceptable with any one of: ', one: 'Acceptable with: ', or: ' (not made) or Convention, art. 6, paragraph 3', header: 'Acceptable with (one suffices)' },
  ] as const;

  for (const c of cases) {
    it(`in ${c.lang}: "any one of … or …" where a finding names several (Mexico's possession, Art. 6 e6), as before where it names one (devices, e3), in every format`, async () => {
      const doc = gapDocument(m, { lang: c.lang, detail: true, corpus });
      const md = renderMarkdown(doc);
      const html = await renderDocument(doc, 'html');
      const lines = (text: string, lead: string) => text.split('\n').filter((l) => l.includes(lead));
      const possession = lines(md, c.anyOf).filter((l) => l.includes('1.b'));
      expect(possession).toHaveLength(1);
      expect(possession[0]).toContain(c.or);
      expect(possession[0]).not.toMatch(/\) ?; /);
      expect(lines(md, c.one).some((l) => l.includes('art. 6, ') && !l.includes('1.b'))).toBe(true);
      // Nothing that names several is left joined with "; " under the plain label.
      for (const l of lines(md, c.one)) expect(l, l).not.toMatch(/\((no formulada|not made|formulada|made)\); /);
      expect(lines(html, c.anyOf).filter((l) => l.includes('1.b'))).toHaveLength(1);
      // The workbook's and the csv's table of findings: one alternative a line, the header says one suffices.
      const findings = doc.data.find((t) => t.id === 'findings')!;
      const column = findings.columns.findIndex((x) => x.header === c.header);
      expect(column).toBeGreaterThan(0);
      const e6 = [...findings.rows()].find((row) => row.some((cell) => cell.t === 'id' && cell.v === 'coe-ets-185/art-6#e6'))!;
      expect(e6[column]).toMatchObject({ t: 'list', items: [expect.stringContaining('1.b'), expect.stringContaining('art. 6')] });
      const csv = await renderDocument(doc, 'csv', { table: 'findings', bom: false, provenance: false });
      expect(csv.split('\n')[0]).toContain(c.header);
    });
  }
});

describe('the article paragraphs of a one-country report', () => {
  it('name no jurisdiction before each status, and leave no empty emphasis behind in Markdown', () => {
    const corpus = loadCorpus(fileURLToPath(new URL('../../../corpora', import.meta.url)));
    const one = gapMatrix(corpus, { jurisdictions: ['MX'], references: ['coe-ets-185'], date: '2026-12-01' });
    const md = renderMarkdown(gapDocument(one, { lang: 'es', detail: true, corpus }));
    expect(md).toMatch(/^\*\*◑ parcial\*\* \d+ de \d+ requisitos cumplidos/m);
    expect(md).not.toContain('****');
    const two = renderMarkdown(gapDocument(gapMatrix(corpus, { jurisdictions: ['MX', 'AR'], references: ['coe-ets-185'], date: '2026-12-01' }), { lang: 'es', detail: true, corpus }));
    expect(two).toMatch(/^\*\*◑ parcial\*\* \*\*México: \*\*/m);
  });
});
