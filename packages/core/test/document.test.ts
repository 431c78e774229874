import { describe, expect, it } from 'vitest';
import { Corpus, gapMatrix } from '@lexharmony/core';
import { gapDocument, plain } from '../src/document/index.js';
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
