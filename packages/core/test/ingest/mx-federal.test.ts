import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestResult, parseAnnotation } from '@lexharmony/core/ingest';
import type { Provision } from '@lexharmony/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, sourcesDir } from '../../../../test/support/sources.js';

const mx = join(sourcesDir, 'mexico');
const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);
/** Anything a page header, page number or reform annotation leaves when it leaks into text. */
const LEAKS = [/CÁMARA DE DIPUTADOS/, /Secretaría General/, /Secretaría de Servicios Parlamentarios/, /\b\d{1,3} de \d{3}\b/, /(?:adicionad[oa]|reformad[oa]|derogad[oa]) DOF \d{2}-\d{2}-\d{4}/, /Última Reforma DOF/];
const CHAPTER_IX_II = ['art-211-bis-1', 'art-211-bis-2', 'art-211-bis-3', 'art-211-bis-4', 'art-211-bis-5', 'art-211-bis-6', 'art-211-bis-7'];

/** Article headings counted straight from the text, up to the transitory articles. */
function countArticleHeadings(txt: string): number {
  const body = txt.split(/^ARTICULOS TRANSITORIOS:$/m)[0]!;
  return body.split('\n').filter((l) => /^(Art[íi]culo|ART[ÍI]CULO) [0-9]+[^.]{0,20}\.-?( +[^a-zñáéíóú ]|$)/.test(l)).length;
}

describe.skipIf(!haveSources)('mx-federal profile on the Código Penal Federal', () => {
  let txt: IngestResult;
  let pdf: IngestResult;
  let source: string;
  beforeAll(async () => {
    source = readFileSync(join(mx, 'CPF.txt'), 'utf8');
    txt = await ingest(readFileSync(join(mx, 'CPF.txt')), { format: 'txt', profile: 'mx-federal', file: 'CPF.txt' });
    pdf = await ingest(readFileSync(join(mx, 'CPF.pdf')), { format: 'pdf', profile: 'mx-federal', file: 'CPF.pdf' });
  }, 120_000);

  it('finds as many articles as the text has article headings', () => {
    const n = countArticleHeadings(source);
    expect(n).toBeGreaterThan(500);
    expect(txt.provisions).toHaveLength(n);
  });

  it('gives the same article ids from the PDF and from its text extraction', () => {
    expect(pdf.provisions.map((p) => p.id)).toEqual(txt.provisions.map((p) => p.id));
  });

  it('gives the same text and children from both for Título Noveno Capítulo II and arts. 167, 177, 202, 386', () => {
    const t = new Map(txt.provisions.map((p) => [p.id, p]));
    const p = new Map(pdf.provisions.map((x) => [x.id, x]));
    for (const id of [...CHAPTER_IX_II, 'art-167', 'art-177', 'art-202', 'art-386']) {
      expect(t.get(id), id).toBeDefined();
      expect(p.get(id)!.text, id).toBe(t.get(id)!.text);
      expect(all([p.get(id)!]).map((x) => [x.id, x.text]), id).toEqual(all([t.get(id)!]).map((x) => [x.id, x.text]));
    }
  });

  it('keeps page headers, page numbers and reform annotations out of every text', () => {
    for (const r of [txt, pdf]) {
      for (const x of all(r.provisions)) for (const leak of LEAKS) expect(x.text, `${x.id} ${leak}`).not.toMatch(leak);
    }
  });

  it('re-joins a paragraph broken across a page (211 bis 2)', () => {
    const a = txt.provisions.find((x) => x.id === 'art-211-bis-2')!;
    expect(a.children.map((c) => c.id)).toEqual(['art-211-bis-2.p-1', 'art-211-bis-2.p-2', 'art-211-bis-2.p-3', 'art-211-bis-2.p-4']);
    expect(a.children[2]!.text).toContain('Si el responsable es o hubiera sido servidor público en una institución de seguridad pública, se impondrá además');
    expect(a.children[2]!.history).toMatchObject([{ action: 'adicionado', scope: 'párrafo', date: '2009-06-24' }]);
  });

  it('puts Título Noveno Capítulo II in the path, with the chapter name', () => {
    for (const id of CHAPTER_IX_II) {
      const a = txt.provisions.find((x) => x.id === id)!;
      expect(a.path.map((s) => `${s.level} ${s.number}`), id).toEqual(['book SEGUNDO', 'title NOVENO', 'chapter II']);
      expect(a.path[2]!.title).toBe('Acceso ilícito a sistemas y equipos de informática');
    }
  });

  it('records 211 bis 1 as added DOF 17-05-1999, with its number label', () => {
    const a = txt.provisions.find((x) => x.id === 'art-211-bis-1')!;
    expect(a.number).toBe('211 Bis 1');
    expect(a.history).toContainEqual({ action: 'adicionado', scope: 'artículo', date: '1999-05-17', gazette: 'DOF', raw: 'Artículo adicionado DOF 17-05-1999' });
    expect(a.text.startsWith('Al que sin autorización modifique, destruya o provoque pérdida de información contenida en sistemas')).toBe(true);
  });

  it('makes fracciones children, and paragraph annotations the history of their paragraph', () => {
    const a = txt.provisions.find((x) => x.id === 'art-167')!;
    const ids = a.children.map((c) => c.id);
    expect(ids[0]).toBe('art-167.p-1');
    expect(ids).toContain('art-167.fr-i');
    expect(ids).toContain('art-167.fr-vi');
    expect(a.children[0]!.history.map((h) => [h.action, h.date])).toEqual([
      ['reformado', '1951-01-15'],
      ['other', '1956-05-31'],
      ['reformado', '1982-01-11'],
      ['reformado', '1999-05-17'],
    ]);
    expect(a.children.find((c) => c.id === 'art-167.fr-ii')!.history.map((h) => h.date)).toEqual(['1999-05-17', '2014-07-14']);
  });

  it('reads a title numbered in two words ("TITULO VIGESIMO SEXTO") into the path, and not into the text before it', () => {
    const at = (id: string) => txt.provisions.find((p) => p.id === id)!;
    expect(at('art-424-bis').path).toEqual([
      { level: 'book', number: 'SEGUNDO' },
      { level: 'title', number: 'VIGESIMO SEXTO', title: 'De los Delitos en Materia de Derechos de Autor' },
    ]);
    expect(at('art-386').path[1]).toEqual({ level: 'title', number: 'VIGESIMO SEGUNDO', title: 'Delitos en contra de las personas en su patrimonio' });
    expect(at('art-423').text).not.toContain('TITULO');
    expect(at('art-423').children).toEqual([]);
  });

  it('turns "Artículo reformado DOF 23-12-1974, 18-05-1999" into two entries', () => {
    const a = txt.provisions.find((x) => x.id === 'art-1')!;
    expect(a.history.map((h) => [h.action, h.scope, h.date])).toEqual([
      ['reformado', 'artículo', '1974-12-23'],
      ['reformado', 'artículo', '1999-05-18'],
    ]);
    expect(a.text).toBe('Este Código se aplicará en toda la República para los delitos del orden federal.');
  });
});

describe('parseAnnotation', () => {
  it('keeps editorial notes as "other" entries', () => {
    expect(parseAnnotation('Nota: Por Decreto DOF 29-07-1970 se derogó el entonces Título Segundo').map((h) => [h.action, h.scope, h.date])).toEqual([['other', 'other', '1970-07-29']]);
  });

  it('gives one entry per date, each clause with its action, the scope of the first', () => {
    const raw = 'Artículo derogado DOF 12-05-1938. Adicionado DOF 24-03-1944. Reformado DOF 30-12-1991';
    expect(parseAnnotation(raw).map((h) => [h.action, h.scope, h.date])).toEqual([
      ['derogado', 'artículo', '1938-05-12'],
      ['adicionado', 'artículo', '1944-03-24'],
      ['reformado', 'artículo', '1991-12-30'],
    ]);
    expect(parseAnnotation('Fracción derogada DOF 01-02-2003')[0]).toMatchObject({ action: 'derogado', scope: 'fracción', raw: 'Fracción derogada DOF 01-02-2003' });
  });
});

describe.skipIf(!haveSources)('mx-federal profile on the other Mexican laws', () => {
  const cases: [string, 'txt' | 'pdf', number][] = [
    ['CNPP.txt', 'txt', 400],
    ['LMTR.txt', 'txt', 250],
    ['LIC.txt', 'txt', 400],
    ['LFDA.txt', 'txt', 200],
    ['LFPDPPP.txt', 'txt', 50],
    ['CPEUM.txt', 'txt', 136],
    ['LFPDPPP.pdf', 'pdf', 50],
    ['LFDA.pdf', 'pdf', 200],
  ];
  for (const [file, format, atLeast] of cases) {
    it(`ingests ${file} without errors, leaks or duplicate ids`, async () => {
      const r = await ingest(readFileSync(join(mx, file)), { format, profile: 'mx-federal', file });
      expect(r.provisions.length).toBeGreaterThanOrEqual(atLeast);
      const ids = all(r.provisions).map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const x of all(r.provisions)) {
        expect(x.text.length, x.id).toBeGreaterThan(0);
        for (const leak of LEAKS.slice(0, 3)) expect(x.text, `${x.id} ${leak}`).not.toMatch(leak);
      }
    }, 60_000);
  }

  it('reads CNPP article headings ("Artículo 10. Principio de igualdad ante la ley")', async () => {
    const r = await ingest(readFileSync(join(mx, 'CNPP.txt')), { format: 'txt', profile: 'mx-federal' });
    const a = r.provisions.find((p) => p.id === 'art-10')!;
    expect(a.heading).toBe('Principio de igualdad ante la ley');
    expect(a.text.startsWith('Todas las personas que intervengan en el procedimiento penal')).toBe(true);
  });

  it('reads a CNPP heading that wraps onto a second line as the heading, not as text', async () => {
    const r = await ingest(readFileSync(join(mx, 'CNPP.txt')), { format: 'txt', profile: 'mx-federal' });
    const a = r.provisions.find((p) => p.id === 'art-303')!;
    expect(a.heading).toBe('Localización geográfica en tiempo real y solicitud de entrega de datos conservados');
    expect(a.text.startsWith('Cuando el Ministerio Público considere necesaria la localización geográfica')).toBe(true);
    const b = r.provisions.find((p) => p.id === 'art-293')!;
    expect(b.heading).toBe('Contenido de la resolución judicial que autoriza la intervención de las comunicaciones privadas');
    expect(b.text.startsWith('En la autorización, el Juez de control')).toBe(true);
  });

  it('gives no heading in a law that titles none of its articles: a first line that looks like one is text (LMTR art. 183, CPEUM)', async () => {
    const read = async (file: string) => (await ingest(readFileSync(join(mx, file)), { format: 'txt', profile: 'mx-federal' })).provisions;
    const lmtr = await read('LMTR.txt');
    for (const [file, provisions] of [['LMTR.txt', lmtr], ['CPEUM.txt', await read('CPEUM.txt')], ['LGSNSP.txt', await read('LGSNSP.txt')]] as const) {
      expect(provisions.filter((p) => p.heading).map((p) => p.id), file).toEqual([]);
    }
    const a = lmtr.find((p) => p.id === 'art-183')!;
    expect(a.children[0]).toMatchObject({ id: 'art-183.p-1', text: 'Los concesionarios de telecomunicaciones y, en su caso, los autorizados que determine la Comisión, deberán:' });
  });

  it('reads a heading before its "Epígrafe reformado" note, and one that ends in "la" with the line after it', async () => {
    const cnpp = await ingest(readFileSync(join(mx, 'CNPP.txt')), { format: 'txt', profile: 'mx-federal' });
    const a = cnpp.provisions.find((p) => p.id === 'art-132')!;
    expect(a.heading).toBe('Obligaciones de las y los Policías');
    expect(a.history.map((h) => h.raw)).toEqual(['Epígrafe reformado DOF 16-12-2024']);
    expect(a.text.startsWith('El Policía actuará bajo la conducción')).toBe(true);
    const lsn = await ingest(readFileSync(join(mx, 'LSNIIMSP.txt')), { format: 'txt', profile: 'mx-federal' });
    const b = lsn.provisions.find((p) => p.id === 'art-45')!;
    expect(b.heading).toBe('Secretarías encargadas del ramo de la seguridad pública en los estados y la Ciudad de México');
    expect(b.text.startsWith('Todas las instituciones policiales')).toBe(true);
  });

  it('reads the Constitution with its 136 articles', async () => {
    const r = await ingest(readFileSync(join(mx, 'CPEUM.txt')), { format: 'txt', profile: 'mx-federal' });
    expect(r.provisions.filter((p) => /^art-\d+$/.test(p.id))).toHaveLength(136);
  });
});
