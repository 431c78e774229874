// The comparator profiles on the real source files: Colombia's Ley 1273 de 2009 (co-suin), Peru's
// Ley 30096 as consolidated by LP Derecho (pe-lpderecho) and Spain's extract of LO 1/2015
// (es-boe-reforma). Expected values are read from the raw files with simple readers of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, ingest, parseAnnotation, readMarkdown, type IngestResult } from '@lexharmony/core/ingest';
import type { Provision } from '@lexharmony/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, sourcesDir } from '../../../../test/support/sources.js';

const dir = join(sourcesDir, 'comparators');
const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);
const byId = (ps: Provision[]) => new Map(all(ps).map((p) => [p.id, p]));

async function read(file: string, profile: string): Promise<{ raw: string; result: IngestResult }> {
  const data = readFileSync(join(dir, file));
  return { raw: data.toString('utf8'), result: await ingest(data, { format: 'md', profile, file }) };
}

/** Every paragraph of every text, found in the file as the Markdown reader gives it (what `verify` searches). */
function expectVerbatim(raw: string, provisions: Provision[]) {
  const haystack = canonical(readMarkdown(raw).blocks.map((b) => b.text).join(' '));
  for (const p of all(provisions)) {
    for (const para of p.text.split(/\n{2,}/)) expect(haystack.includes(canonical(para)), `${p.id}: “${para.slice(0, 60)}…”`).toBe(true);
  }
}

describe.skipIf(!haveSources)('co-suin on Ley 1273 de 2009 (Colombia)', () => {
  let raw: string;
  let result: IngestResult;
  let p: Map<string, Provision>;
  /** "Artículo 269A: *Heading*. Text" lines: number, heading, text, read straight from the file. */
  let lines: { n: string; heading: string; text: string; at: number }[];
  beforeAll(async () => {
    ({ raw, result } = await read('colombia/LEY-1273-2009.md', 'co-suin'));
    p = byId(result.provisions);
    const rows = raw.split('\n');
    lines = rows.flatMap((l, at) => {
      const m = /^Artículo (\d+[A-Z]?)[:.] \*([^*]+)\*[.:]? (.*)$/.exec(l);
      return m ? [{ n: m[1]!, heading: m[2]!.replace(/[.:]$/, ''), text: m[3]!, at }] : [];
    });
  });

  it("finds the ten articles of Título VII BIS and art. 58, never the amending law's own articles or the CPP's art. 37", () => {
    expect(lines.map((l) => l.n)).toEqual(['269A', '269B', '269C', '269D', '269E', '269F', '269G', '269H', '269I', '269J', '58', '37']);
    expect(result.provisions.map((x) => x.id)).toEqual([...lines.slice(0, 11).map((l) => `art-${l.n.toLowerCase()}`)]);
    expect(result.skipped.find((s) => /amending law \(its own words/.test(s.reason))?.count).toBe(4);
  });

  it('takes each heading and text from its line: the heading the source prints in italics, the text after it', () => {
    for (const l of lines.slice(0, 11)) {
      const a = p.get(`art-${l.n.toLowerCase()}`)!;
      expect(a.heading, l.n).toBe(l.heading);
      expect(a.number, l.n).toBe(l.n);
      expect(a.text.split('\n\n')[0], l.n).toBe(l.text);
    }
    expect(p.get('art-269a')!.text).toBe(lines[0]!.text);
    expect(p.get('art-269a')!.children).toEqual([]);
  });

  it('keeps the later paragraphs of an article, and the numerales of 269H without their list marker', () => {
    const rows = raw.split('\n');
    const g = lines.find((l) => l.n === '269G')!;
    expect(p.get('art-269g')!.text).toBe([g.text, rows[g.at + 2], rows[g.at + 4]].join('\n\n'));
    const h = p.get('art-269h')!;
    expect(h.children.map((c) => c.id)).toEqual(['art-269h.p-1', ...Array.from({ length: 8 }, (_, i) => `art-269h.num-${i + 1}`)]);
    const listed = rows.filter((l) => /^- \d\. /.test(l)).slice(0, 8);
    expect(h.children.slice(1).map((c) => c.text)).toEqual(listed.map((l) => l.replace(/^- \d\. /, '')));
    expect(h.text).not.toMatch(/^- /m);
  });

  it('places Título VII BIS articles in their chapter, and art. 58 (an item of its own) in none', () => {
    expect(p.get('art-269a')!.path).toEqual([{ level: 'chapter', number: 'I', title: 'De los atentados contra la confidencialidad, la integridad y la disponibilidad de los datos y de los sistemas informáticos' }]);
    expect(p.get('art-269j')!.path.map((s) => s.number)).toEqual(['II']);
    expect(p.get('art-58')!.path).toEqual([]);
  });

  it('keeps every text verbatim', () => expectVerbatim(raw, result.provisions));
});

describe.skipIf(!haveSources)('pe-lpderecho on Ley 30096 as consolidated by LP Derecho (Peru)', () => {
  let raw: string;
  let rows: string[];
  let result: IngestResult;
  let p: Map<string, Provision>;
  beforeAll(async () => {
    ({ raw, result } = await read('peru/LEY-30096-2013.lpderecho-consolidado.md', 'pe-lpderecho'));
    rows = raw.split('\n');
    p = byId(result.provisions);
  });

  it('finds every article heading of the law (the repealed art. 6 has no text), then the complementary provisions by group', () => {
    const articles = rows.flatMap((l) => /^#### \*\*Artículo (\d+(?:-[A-Z])?)\.-? (?!\[Derogado\])/.exec(l)?.slice(1, 2) ?? []);
    expect(articles).toHaveLength(15);
    const groups: string[] = [];
    let prefix = '';
    for (const l of rows) {
      const g = /^#{3,4} \*\*DISPOSICI(?:ONES|ÓN) COMPLEMENTARIAS? (\S+)\*\*$/.exec(l);
      if (g) prefix = { FINALES: 'dcf', MODIFICATORIAS: 'dcm', DEROGATORIA: 'dcd' }[g[1]!]!;
      const d = /^#### \*\*(PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|SÉTIMA|OCTAVA|NOVENA|DÉCIMA|UNDÉCIMA|ÚNICA)\. /.exec(l);
      if (d) groups.push(`${prefix}-${d[1] === 'ÚNICA' ? 'unica' : groups.filter((x) => x.startsWith(prefix)).length + 1}`);
    }
    expect(groups).toHaveLength(16);
    expect(result.provisions.map((x) => x.id)).toEqual([...articles.map((n) => `art-${n.toLowerCase()}`), ...groups]);
    expect(p.get('art-9-a')).toMatchObject({ number: '9-A', heading: 'Activación de una SIM Card o de una línea de servicio móvil sin consentimiento del titular' });
    expect(p.get('dcf-9')).toMatchObject({ number: 'NOVENA', heading: 'Terminología' });
  });

  it('reads one paragraph a line where the mirror dropped the blank lines, and re-joins a line broken mid-sentence', () => {
    expect(p.get('art-2')!.text).toBe(`${rows[37]}\n\n${rows[38]}`);
    expect(p.get('dcf-6')!.text).toBe(`${rows[137]} ${rows[138]}`);
    expect(p.get('dcf-9')!.children.map((c) => c.id)).toEqual(['dcf-9.p-1', 'dcf-9.lit-a', 'dcf-9.lit-b']);
  });

  it("keeps the publisher's notes out of the text, as history dated in El Peruano", () => {
    expect(p.get('art-2')!.history).toEqual([{ action: 'reformado', scope: 'artículo', date: '2023-12-21', gazette: 'El Peruano', raw: 'Artículo modificado por el artículo 2 del DL 1614, publicado el 21 de diciembre de 2023.' }]);
    expect(p.get('art-12-a')!.history.map((h) => [h.action, h.date])).toEqual([['adicionado', '2026-01-24'], ['reformado', '2026-02-13']]);
    expect(p.get('dcf-2')!.history.map((h) => [h.scope, h.date])).toEqual([['other', '2023-12-13']]);
    const notes = rows.filter((l) => /^\*\* (?:Artículo|Disposición) /.test(l));
    const dated = all(result.provisions).reduce((n, x) => n + x.history.length, 0);
    // One date a note, two in art. 12-A's; the repealed art. 6 (no text) leaves the corpus with its note.
    expect(dated).toBe(notes.length + 1 - 1);
    expect(notes.length).toBe(19);
    for (const x of all(result.provisions)) expect(x.text, x.id).not.toMatch(/^(?:Artículo|Disposición) (?:modificad|incorporad|derogad)[oa] por|publicad[oa] el \d{1,2} de|\*/m);
  });

  it('keeps the quoted articles of other laws inside the provision that amends them, each heading a paragraph', () => {
    expect([...p.keys()].filter((id) => id.startsWith('art-')).every((id) => !/^art-(162|230|27697)/.test(id))).toBe(true);
    expect(p.get('dcm-4')!.children.map((c) => c.text.slice(0, 38))).toEqual([
      'Modifíquese los artículos 162, 183-A y',
      'Artículo 162. Interferencia telefónica',
      'El que, indebidamente, interfiere o es',
      'Si el agente es funcionario público, l',
      'La pena privativa de libertad será no ',
      'La pena privativa de libertad será no ',
    ]);
    expect(p.get('dcm-1')!.children.filter((c) => c.kind === 'numeral')).toHaveLength(15);
  });

  it("leaves out the signatures and the publisher's page furniture", () => {
    const text = all(result.provisions).map((x) => x.text).join('\n');
    for (const leak of ['Comuníquese', 'OLLANTA HUMALA', 'MÁS LEÍDOS', 'Revise también', 'Legislación Básica']) expect(text).not.toContain(leak);
  });

  it('keeps every text verbatim', () => expectVerbatim(raw, result.provisions));
});

describe.skipIf(!haveSources)('es-boe-reforma on the extract of LO 1/2015 (Spain)', () => {
  let raw: string;
  let result: IngestResult;
  let p: Map<string, Provision>;
  /** Each whole-article item: the article number and its new text between « and », paragraphs as in the file. */
  let items: { n: string; text: string }[];
  beforeAll(async () => {
    ({ raw, result } = await read('spain/LO-1-2015-extracto-arts-197-264.es.md', 'es-boe-reforma'));
    p = byId(result.provisions);
    items = [...raw.matchAll(/^[A-Z][a-z ]+\. Se (?:modifica el|añade un nuevo) artículo (\d+(?: [a-z]+)?),[^\n]*\n\n«([^»]*)»/gm)].map((m) => ({
      n: m[1]!,
      text: m[2]!.split(/\n\n+/).join('\n\n'),
    }));
  });

  it('finds the nine articles the extract gives, in order, with the text between « and »', () => {
    expect(items.map((i) => i.n)).toEqual(['197', '197 bis', '197 ter', '197 quater', '197 quinquies', '264', '264 bis', '264 ter', '264 quater']);
    expect(result.provisions.map((x) => [x.id, x.number])).toEqual(items.map((i) => [`art-${i.n.replace(' ', '-')}`, i.n]));
    for (const i of items) expect(p.get(`art-${i.n.replace(' ', '-')}`)!.text, i.n).toBe(i.text);
  });

  it('keeps the paragraphs of an apartado inside it, letras and circunstancias below it', () => {
    const ids = (x: Provision): string[] => [x.id, ...x.children.flatMap(ids)];
    expect(ids(p.get('art-197')!)).toEqual(['art-197', 'art-197.ap-1', 'art-197.ap-2', 'art-197.ap-3', 'art-197.ap-4', 'art-197.ap-4.a', 'art-197.ap-4.b', 'art-197.ap-5', 'art-197.ap-6', 'art-197.ap-7']);
    expect(p.get('art-197.ap-3')!.text.split('\n\n')).toHaveLength(2);
    expect(p.get('art-197.ap-4')!.text.split('\n\n').at(-1)).toBe('Si los datos reservados se hubieran difundido, cedido o revelado a terceros, se impondrán las penas en su mitad superior.');
    expect(ids(p.get('art-264')!)).toEqual(['art-264', 'art-264.ap-1', 'art-264.ap-2', ...[1, 2, 3, 4, 5].map((n) => `art-264.ap-2.ord-${n}`), 'art-264.ap-3']);
    expect(ids(p.get('art-197-ter')!)).toEqual(['art-197-ter', 'art-197-ter.p-1', 'art-197-ter.a', 'art-197-ter.b']);
    expect(ids(p.get('art-264-quater')!)).toEqual(['art-264-quater', 'art-264-quater.p-1', 'art-264-quater.a', 'art-264-quater.b', 'art-264-quater.p-2']);
    expect(p.get('art-197-quater')!.children).toEqual([]);
  });

  it("leaves out the preamble, the editor's notes and the amending law's own words", () => {
    const text = all(result.provisions).map((x) => x.text).join('\n');
    for (const leak of ['«', '»', '=====', 'Se añade un nuevo', 'Directiva 2013/40/UE', 'EDITOR']) expect(text).not.toContain(leak);
  });

  it('keeps every text verbatim', () => expectVerbatim(raw, result.provisions));
});

describe('parseAnnotation with dates in words', () => {
  const style = { gazette: 'El Peruano', dates: 'words' } as const;
  it('gives each clause its own action and date, in the named gazette', () => {
    expect(parseAnnotation('Artículo incorporado por el DL 1700 publicado el 24 de enero de 2026; y modificado por el DL 1741 publicado el 13 de febrero de 2026.', style).map((h) => [h.action, h.scope, h.date, h.gazette])).toEqual([
      ['adicionado', 'artículo', '2026-01-24', 'El Peruano'],
      ['reformado', 'artículo', '2026-02-13', 'El Peruano'],
    ]);
    expect(parseAnnotation('Artículo derogado por la Única Disposición Complementaria Derogatoria de la Ley 30171, publicada el 10 de marzo de 2014.', style)[0]).toMatchObject({ action: 'derogado', date: '2014-03-10' });
    expect(parseAnnotation('Disposición modificada por el artículo 2 del DL 1591, publicado el 3 de setiembre de 2023.', style)[0]).toMatchObject({ action: 'reformado', scope: 'other', date: '2023-09-03' });
  });

  it('leaves the numeric DOF reading alone', () => {
    expect(parseAnnotation('Artículo reformado DOF 23-12-1974, publicado el 5 de junio de 2014')).toMatchObject([{ date: '1974-12-23', gazette: 'DOF' }]);
  });
});

describe('readMarkdown, for the mirrors of laws', () => {
  it('drops a bullet before an item’s own number or letter, and keeps other bullets', () => {
    expect(readMarkdown('- 1. Sobre redes.\n\n* a) uno\n\n- Normas legales\n\n-1. pegado').blocks.map((b) => b.text)).toEqual(['1. Sobre redes.', 'a) uno', '- Normas legales', '-1. pegado']);
  });

  it('keeps the source lines of a paragraph written over several, each reduced like the paragraph', () => {
    const [b] = readMarkdown('**Artículo 1. Marco**\nLa presente *Ley*\ntiene por finalidad.').blocks;
    expect(b).toMatchObject({ text: 'Artículo 1. Marco La presente Ley tiene por finalidad.', lines: ['Artículo 1. Marco', 'La presente Ley', 'tiene por finalidad.'] });
    expect(readMarkdown('Una sola línea.').blocks[0]!.lines).toBeUndefined();
  });
});
