// The mx-federal profile on the codes read for Budapest Arts. 7 and 12: the Código de Comercio (definitions
// annotated "Definición adicionada DOF …"), the Código Civil Federal (a PARTE inside a LIBRO) and the Ley de
// Firma Electrónica Avanzada. The PDF and its text extraction must give the same provisions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestResult } from '@lexharmony/core/ingest';
import type { Provision } from '@lexharmony/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, sourcesDir } from '../../../../test/support/sources.js';

const mx = join(sourcesDir, 'mexico');
const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);
const read = (file: string) => ingest(readFileSync(join(mx, file)), { format: file.endsWith('.pdf') ? 'pdf' : 'txt', profile: 'mx-federal', file });
const byId = (r: IngestResult) => new Map(all(r.provisions).map((p) => [p.id, p]));

describe.skipIf(!haveSources)('mx-federal profile on the CCom, CCF and LFEA', () => {
  let ccom: IngestResult;
  let ccf: IngestResult;
  beforeAll(async () => {
    ccom = await read('CCom.txt');
    ccf = await read('CCF.txt');
  }, 120_000);

  it('keeps "Definición adicionada/reformada DOF …" out of the CCom art. 89 definitions, as the history of the definition it follows', () => {
    const p = byId(ccom);
    for (const x of all([p.get('art-89')!])) expect(x.text, x.id).not.toMatch(/Definición (?:adicionada|reformada)/);
    const digital = [...p.values()].find((x) => x.text.startsWith('Digitalización: Migración de documentos impresos'))!;
    expect(digital.history).toMatchObject([{ action: 'adicionado', scope: 'other', date: '2016-04-07', raw: 'Definición adicionada DOF 07-04-2016' }]);
    const emisor = [...p.values()].find((x) => x.id.startsWith('art-89.') && x.text.includes('Emisor: Toda persona'))!;
    expect(emisor.text.startsWith('Emisor: Toda persona que, al tenor del Mensaje de Datos')).toBe(true);
    expect(p.get('art-89')!.text).toContain('Mensaje de Datos: La información generada, enviada, recibida o archivada por medios electrónicos, ópticos o cualquier otra tecnología.');
  });

  it('puts a PARTE of the CCF in the path between its LIBRO and TÍTULO, each with its own name', () => {
    const a = ccf.provisions.find((x) => x.id === 'art-1918')!;
    expect(a.path.map((s) => [s.level, s.number, s.title])).toEqual([
      ['book', 'CUARTO', 'De las Obligaciones'],
      ['part', 'PRIMERA', 'De las Obligaciones en General'],
      ['title', 'PRIMERO', 'Fuentes de las Obligaciones'],
      ['chapter', 'V', 'De las Obligaciones que Nacen de los Actos Ilícitos'],
    ]);
    expect(a.text).toBe('Las personas morales son responsables de los daños y perjuicios que causen sus representantes legales en el ejercicio de sus funciones.');
    // A TÍTULO of the next PARTE leaves the PARTE before it.
    const later = ccf.provisions.find((x) => x.id === 'art-2248')!;
    expect(later.path.filter((s) => s.level === 'part').map((s) => s.number)).toEqual(['SEGUNDA']);
  });

  it('gives the same text and children from the PDF as from its text extraction for the cited articles', async () => {
    const cases: [string, string[]][] = [
      ['CCom', ['art-89', 'art-89-bis', 'art-93']],
      ['CCF', ['art-27', 'art-1910', 'art-1918', 'art-1924']],
      ['LFEA', ['art-2', 'art-7']],
    ];
    for (const [law, ids] of cases) {
      const [pdf, txt] = [byId(await read(`${law}.pdf`)), byId(law === 'CCom' ? ccom : law === 'CCF' ? ccf : await read(`${law}.txt`))];
      for (const id of ids) {
        expect(txt.get(id), `${law} ${id}`).toBeDefined();
        const flat = (m: Map<string, Provision>) => all([m.get(id)!]).map((x) => [x.id, x.text, x.path]);
        expect(flat(pdf), `${law} ${id}`).toEqual(flat(txt));
      }
    }
  }, 180_000);
});

describe.skipIf(!haveSources)('mx-federal profile on a title numbered in two words', () => {
  it('puts CPF arts. 424-427 Quinquies under "TITULO VIGESIMO SEXTO", not under the title before it', async () => {
    const r = await read('CPF.txt');
    for (const id of ['art-424', 'art-424-bis', 'art-425', 'art-426', 'art-427', 'art-427-ter', 'art-427-quinquies']) {
      const a = r.provisions.find((x) => x.id === id)!;
      expect(a.path.map((s) => [s.level, s.number, s.title]), id).toEqual([
        ['book', 'SEGUNDO', undefined],
        ['title', 'VIGESIMO SEXTO', 'De los Delitos en Materia de Derechos de Autor'],
      ]);
    }
    // The title before it, in one word, keeps its chapters.
    const env = r.provisions.find((x) => x.id === 'art-423')!;
    expect(env.path.map((s) => [s.level, s.number])).toEqual([['book', 'SEGUNDO'], ['title', 'VIGESIMO QUINTO'], ['chapter', 'QUINTO']]);
  }, 60_000);
});
