import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestResult, parseAnnotation, selectProvisions } from '@lexharmony/core/ingest';
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

  it('finds as many articles as the text has article headings, and its own transitory articles after them', () => {
    const n = countArticleHeadings(source);
    expect(n).toBeGreaterThan(500);
    const body = txt.provisions.filter((p) => p.path[0]?.level !== 'transitory');
    expect(body).toHaveLength(n);
    // "ARTICULOS TRANSITORIOS:" / "1º.- Este Código comenzará a regir …": numbered, not ordinal.
    const own = txt.provisions.slice(n);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((p) => /^trans-\d+$/.test(p.id) && p.path[0]?.level === 'transitory')).toBe(true);
    expect(own[0]!.text.startsWith('Este Código comenzará a regir el día 17 de septiembre de 1931.')).toBe(true);
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

/** A transitory article read straight from the text file: from its label to the next one, page furniture out, lines joined. */
function transitoryFromSource(txt: string, label: string, nextLabel: string): string {
  const start = txt.indexOf(`\n${label}. `);
  const end = txt.indexOf(`\n${nextLabel}. `, start + 1);
  expect(start, label).toBeGreaterThan(0);
  return txt
    .slice(start + label.length + 3, end)
    .split('\n')
    .filter((l) => !/^(?:CÁMARA DE DIPUTADOS|Secretaría General$|Secretaría de Servicios Parlamentarios$|LEY EN MATERIA DE TELECOMUNICACIONES Y RADIODIFUSIÓN$|\d+ de \d+$)/.test(l))
    .join(' ')
    .trim();
}

describe.skipIf(!haveSources)('mx-federal profile on transitory articles', () => {
  let lmtr: IngestResult;
  let lmtrPdf: IngestResult;
  let lmtrTxt: string;
  beforeAll(async () => {
    lmtrTxt = readFileSync(join(mx, 'LMTR.txt'), 'utf8');
    lmtr = await ingest(readFileSync(join(mx, 'LMTR.txt')), { format: 'txt', profile: 'mx-federal', file: 'LMTR.txt' });
    lmtrPdf = await ingest(readFileSync(join(mx, 'LMTR.pdf')), { format: 'pdf', profile: 'mx-federal', file: 'LMTR.pdf' });
  }, 120_000);

  it('writes the LMTR transitorios Primero to Trigésimo Segundo after the body, path level transitory', () => {
    const trans = lmtr.provisions.filter((p) => p.path[0]?.level === 'transitory');
    expect(trans.map((p) => p.id)).toHaveLength(32);
    expect(trans[0]!.id).toBe('trans-primero');
    expect(trans.map((p) => p.id)).toContain('trans-decimo-primero');
    expect(trans.map((p) => p.id)).toContain('trans-vigesimo-quinto');
    expect(trans.at(-1)!.id).toBe('trans-trigesimo-segundo');
    expect(lmtr.provisions.indexOf(trans[0]!)).toBe(lmtr.provisions.findIndex((p) => p.id === 'art-299') + 1);
    const sexto = trans.find((p) => p.id === 'trans-sexto')!;
    expect(sexto.number).toBe('Sexto');
    expect(sexto.path).toEqual([{ level: 'transitory', title: 'Transitorios' }]);
    expect(sexto.heading).toBeUndefined();
  });

  it('gives each transitory article the text the source prints between its label and the next', () => {
    const pairs: [string, string, string][] = [
      ['trans-primero', 'Primero', 'Segundo'],
      ['trans-tercero', 'Tercero', 'Cuarto'],
      ['trans-sexto', 'Sexto', 'Séptimo'],
      ['trans-vigesimo-quinto', 'Vigésimo Quinto', 'Vigésimo Sexto'],
      ['trans-vigesimo-octavo', 'Vigésimo Octavo', 'Vigésimo Noveno'],
    ];
    for (const [id, label, next] of pairs) {
      const p = lmtr.provisions.find((x) => x.id === id)!;
      expect(p.heading, id).toBeUndefined();
      expect(p.text.replace(/\s+/g, ' '), id).toBe(transitoryFromSource(lmtrTxt, label, next));
    }
  });

  it('takes neighbours within the body or within the transitorios, never across', () => {
    const last = selectProvisions(lmtr.provisions, ['art-299'], 1).map((p) => p.id);
    expect(last).toEqual(['art-298', 'art-299']);
    const first = selectProvisions(lmtr.provisions, ['trans-primero'], 1).map((p) => p.id);
    expect(first).toEqual(['trans-primero', 'trans-segundo']);
  });

  it('keeps the signatures and promulgation of the decree out of the last transitory article', () => {
    const last = lmtr.provisions.at(-1)!;
    expect(last.id).toBe('trans-trigesimo-segundo');
    expect(last.text).not.toMatch(/Ciudad de México, a 1 de julio de 2025|Rúbrica/);
    expect(last.text.endsWith('para el ejercicio de sus derechos.')).toBe(true);
  });

  it('gives the same transitory ids and texts from the PDF and its text extraction', () => {
    const fromTxt = lmtr.provisions.filter((p) => p.id.startsWith('trans-'));
    const fromPdf = lmtrPdf.provisions.filter((p) => p.id.startsWith('trans-'));
    expect(fromPdf.map((p) => [p.id, p.text])).toEqual(fromTxt.map((p) => [p.id, p.text]));
  });

  it('writes only the law’s own transitorios, never those of the reform decrees reprinted after them', async () => {
    const cnpp = await ingest(readFileSync(join(mx, 'CNPP.txt')), { format: 'txt', profile: 'mx-federal' });
    const trans = cnpp.provisions.filter((p) => p.id.startsWith('trans-'));
    // ARTÍCULO PRIMERO. Declaratoria … ARTÍCULO DÉCIMO TERCERO. Revisión legislativa; the reform decrees' TRANSITORIOS follow.
    expect(trans.map((p) => p.id)).toHaveLength(13);
    expect(trans[0]).toMatchObject({ id: 'trans-primero', number: 'Primero', heading: 'Declaratoria' });
    expect(trans.at(-1)).toMatchObject({ id: 'trans-decimo-tercero', heading: 'Revisión legislativa' });
    expect(trans.find((p) => p.id === 'trans-tercero')!.history.map((h) => h.date)).toEqual(['2016-06-17']);
    expect(cnpp.skipped.find((d) => d.reason.startsWith('signatures of the decree'))!.count).toBeGreaterThan(100);
    const lfcdo = await ingest(readFileSync(join(mx, 'LFCDO.txt')), { format: 'txt', profile: 'mx-federal' });
    expect(lfcdo.provisions.filter((p) => p.id.startsWith('trans-')).map((p) => p.id)).toEqual(['trans-unico']);
  }, 60_000);

  it('reads compound ordinals however they are printed ("Decimoprimero", "Decimoctavo") with one id form', async () => {
    const cpeum = await ingest(readFileSync(join(mx, 'CPEUM.txt')), { format: 'txt', profile: 'mx-federal' });
    const ids = cpeum.provisions.filter((p) => p.id.startsWith('trans-')).map((p) => p.id);
    expect(ids).toContain('trans-decimo-primero');
    expect(ids).toContain('trans-decimo-octavo');
    expect(ids).toContain('trans-decimo-noveno');
    expect(ids.some((id) => /^trans-decimo[a-z]/.test(id))).toBe(false);
  }, 60_000);
});

describe.skipIf(!haveSources)('mx-federal profile on article text that happens to fit on one line', () => {
  it('does not take a line of text cut at its end for a heading (LMTR art. 183, LGN art. 10)', async () => {
    const lmtr = await ingest(readFileSync(join(mx, 'LMTR.txt')), { format: 'txt', profile: 'mx-federal' });
    const a183 = lmtr.provisions.find((p) => p.id === 'art-183')!;
    expect(a183.heading).toBeUndefined();
    expect(a183.text.startsWith('Los concesionarios de telecomunicaciones y, en su caso, los autorizados que determine la Comisión, deberán:')).toBe(true);
    expect(lmtr.provisions.filter((p) => p.heading)).toEqual([]);
    const lgn = await ingest(readFileSync(join(mx, 'LGN.txt')), { format: 'txt', profile: 'mx-federal' });
    expect(lgn.provisions.find((p) => p.id === 'art-10')!.heading).toBeUndefined();
  }, 60_000);

  it('still reads the short headings that open with an article ("La Plataforma Única de Identidad")', async () => {
    const r = await ingest(readFileSync(join(mx, 'LSNIIMSP.txt')), { format: 'txt', profile: 'mx-federal' });
    expect(r.provisions.find((p) => p.id === 'art-28')!.heading).toBe('La Plataforma Única de Identidad');
    expect(r.provisions.find((p) => p.id === 'art-30')!.heading).toBe('Consulta e interconexión con autoridades y con particulares');
  }, 60_000);
});

describe.skipIf(!haveSources)('mx-federal profile on a fracción with a list of its own', () => {
  it('makes "Son delitos del orden federal:" and its incisos part of LOPJF art. 48 fracción I, not a paragraph of the article', async () => {
    const r = await ingest(readFileSync(join(mx, 'LOPJF.txt')), { format: 'txt', profile: 'mx-federal' });
    const a = r.provisions.find((p) => p.id === 'art-48')!;
    expect(a.children.map((c) => c.id)).toEqual(['art-48.p-1', 'art-48.fr-i', 'art-48.fr-ii', 'art-48.fr-iii', 'art-48.fr-iv']);
    const fr = a.children[1]!;
    expect(fr.text.startsWith('De los delitos del orden federal.\n\nSon delitos del orden federal:\n\na) Los previstos en las leyes federales')).toBe(true);
    expect(fr.children.map((c) => c.id)).toEqual('abcdefghijklmn'.split('').map((l) => `art-48.fr-i.inc-${l}`));
    // "… los incisos b) a l) de esta fracción": the law itself says the list is the fracción's.
    expect(fr.children[0]!.text).toContain('los incisos b) a l) de esta fracción');
  }, 60_000);
});
