// Spain's official Spanish translation (BOE) of ETS 185 and ETS 189: the boe-treaty profile, and its
// alignment to the English provisions as the translations the corpus holds. The source files are read
// here a second time, by a reader of the test's own (headings and paragraphs by regular expression).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTranslation, ingest, readMarkdown, segment, type IngestResult } from '@lexharmony/core/ingest';
import { loadCorpus, textHash, type Provision } from '@lexharmony/core';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../../test/support/sources.js';

const dir = join(sourcesDir, 'budapest-convention');
const treaties = [
  { id: 'coe-ets-185', en: 'ets185-convention-on-cybercrime.en.md', es: 'BOE-A-2010-14221-convenio-ciberdelincuencia.es.md', articles: 48, by: 'España (BOE 17-09-2010)' },
  { id: 'coe-ets-189', en: 'ets189-additional-protocol.en.md', es: 'BOE-A-2015-793-protocolo-adicional-ets189.es.md', articles: 16, by: 'España (BOE 30-01-2015)' },
] as const;

const all = (ps: readonly Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Markdown reduced to its words: backslash escapes and emphasis marks out, whitespace collapsed. */
const words = (s: string) => flat(s.replace(/\\([.*"])/g, '$1').replace(/\*/g, ''));

/** The BOE file as the test reads it: each article's heading and body lines, the preamble, the chapter/section/title headings. */
function readBoe(md: string) {
  const lines = md.split('\n');
  const articles = new Map<string, { heading: string; body: string[] }>();
  const groups: string[] = [];
  const preamble: string[] = [];
  let current: string[] | undefined;
  let inPreamble = false;
  for (const raw of lines) {
    const line = raw.trim();
    const a = /^#{1,6}\s*Artículo (\d+)\. (.*?)\.?$/.exec(line);
    if (a) {
      current = [];
      articles.set(`art-${a[1]}`, { heading: a[2]!, body: current });
      inPreamble = false;
      continue;
    }
    if (/^#{1,6}\s*\*?(?:CAPÍTULO|Sección|T[ií]tulo) /.test(line)) groups.push(words(line.replace(/^#+\s*/, '')));
    if (/^#{1,6}\s*(?:PREÁMBULO|PROTOCOLO ADICIONAL AL CONVENIO)/.test(line)) inPreamble = true;
    else if (line.startsWith('#')) {
      current = undefined;
      inPreamble = false;
    } else if (line.startsWith('En fe de lo cual')) current = undefined;
    else if (line && current) current.push(line);
    else if (line && inPreamble) preamble.push(line);
  }
  return { articles, groups, preamble };
}

const es = (p: Provision) => p.translations.filter((t) => t.lang === 'es');
const corpus = haveSources ? loadCorpus(join(repoRoot, 'corpora')) : undefined;

describe.skipIf(!haveSources).each(treaties)("Spain's BOE text of $id", (t) => {
  let md: string;
  let boe: ReturnType<typeof readBoe>;
  let spanish: IngestResult;
  let english: IngestResult;
  beforeAll(async () => {
    md = readFileSync(join(dir, t.es), 'utf8');
    boe = readBoe(md);
    spanish = await ingest(readFileSync(join(dir, t.es)), { format: 'md', profile: 'boe-treaty', file: t.es });
    english = await ingest(readFileSync(join(dir, t.en)), { format: 'md', profile: 'coe-treaty', file: t.en });
  });
  const corpusProvisions = () => corpus!.instruments.get(t.id)!.provisions;

  it('segments the preamble and every article, with the BOE heading, and leaves out the act of ratification and the declarations', () => {
    expect(spanish.provisions.map((p) => p.id)).toEqual(['preamble', ...Array.from({ length: t.articles }, (_, i) => `art-${i + 1}`)]);
    expect(boe.articles.size).toBe(t.articles);
    for (const [id, a] of boe.articles) expect(spanish.provisions.find((p) => p.id === id)?.heading, id).toBe(words(a.heading));
    const skipped = spanish.skipped.map((s) => s.reason);
    expect(skipped).toContain("instrument of ratification (Spain's act, not the treaty text)");
    expect(skipped).toContain('text after the final clause');
    expect(spanish.dropped.map((d) => d.reason)).toContain('front matter (YAML metadata, not the text)');
  });

  it('keeps every word of each article and of the preamble, and nothing else (Markdown escapes are not text)', () => {
    for (const [id, a] of boe.articles) expect(flat(spanish.provisions.find((p) => p.id === id)!.text), id).toBe(words(a.body.join(' ')));
    expect(flat(spanish.provisions[0]!.text)).toBe(words(boe.preamble.join(' ')));
    for (const p of all(spanish.provisions)) expect(p.text, p.id).not.toMatch(/\\|\*/);
  });

  it('gives every article the chapter, section and title it stands under, with the BOE titles', () => {
    const titles = new Set(boe.groups.map((g) => g.replace(/^\S+ [IVX\d]+\. /, '')));
    for (const p of spanish.provisions.slice(1)) for (const s of p.path) expect(titles, `${p.id} ${s.level} ${s.number}`).toContain(s.title);
  });

  it('has the ids, numbers and structure of the English text: one es translation for each English provision', () => {
    const a = alignTranslation(english.provisions, spanish.provisions, { lang: 'es', official: true, by: t.by });
    expect(a.unmatched).toEqual([]);
    expect(a.untranslated).toEqual([]);
    expect(all(spanish.provisions).map((p) => [p.id, p.number])).toEqual(all(english.provisions).map((p) => [p.id, p.number]));
    expect(a.aligned).toBe(all(english.provisions).length);
  });

  it('is what the corpus holds: the English provisions, each with its BOE translation, labelled official, hashing the English it translates', () => {
    const file = parse(readFileSync(join(repoRoot, `corpora/instruments/${t.id}/provisions.yaml`), 'utf8'));
    const a = alignTranslation(english.provisions, spanish.provisions, { lang: 'es', official: true, by: t.by });
    expect(strip(file.provisions)).toEqual(strip(a.provisions));
    for (const p of all(corpusProvisions())) {
      expect(es(p), p.id).toHaveLength(1);
      expect(es(p)[0]).toMatchObject({ official: true, by: t.by, of: textHash(p.text) });
      if (p.kind === 'article') expect(es(p)[0]!.path!.map((s) => `${s.level} ${s.number}`)).toEqual(p.path.map((s) => `${s.level} ${s.number}`));
    }
  });

  it('numbers the paragraphs of each article as the English text does', () => {
    // The BOE's own paragraph labels ("1\.", and ETS 189 Art. 6's "2 Cualquier"), read from the file.
    for (const [id, a] of boe.articles) {
      const labels = a.body.map((l) => /^(\d+)(?:\\?\.|(?= \p{Lu}))/u.exec(l)?.[1]).filter((n): n is string => n !== undefined);
      const english = corpusProvisions().find((p) => p.id === id)!;
      expect(labels, id).toEqual(english.children.filter((c) => c.kind === 'paragraph').map((c) => c.number));
    }
  });
});

describe.skipIf(!haveSources)('the BOE quirks, kept verbatim', () => {
  const esText = (ref: string) => corpus!.provisions.get(ref)!.provision.translations.find((t) => t.lang === 'es')!.text;

  it('ETS 185 Art. 18.2 "artículos 14 y 14", Art. 25.5 "requirente,.", Art. 31.3 "b."', () => {
    expect(esText('coe-ets-185/art-18.p-2')).toBe('Los poderes y procedimientos mencionados en el presente artículo están sujetos a lo dispuesto en los artículos 14 y 14.');
    expect(esText('coe-ets-185/art-25.p-5').endsWith('con la misma terminología que la Parte requirente,.')).toBe(true);
    expect(esText('coe-ets-185/art-31.p-3')).toContain('\n\nb. los instrumentos, acuerdos o legislación mencionados en el apartado 2 prevean la cooperación rápida.');
    expect(esText('coe-ets-185/art-31.p-3.b')).toBe('los instrumentos, acuerdos o legislación mencionados en el apartado 2 prevean la cooperación rápida.');
  });

  it('ETS 189 Art. 2.1 "el calor", Art. 6.2 "2 Cualquier de las Partes podrá:"', () => {
    expect(esText('coe-ets-189/art-2.p-1')).toContain('por razón de la raza, el calor, la ascendencia');
    expect(esText('coe-ets-189/art-6').split('\n\n')).toContain('2 Cualquier de las Partes podrá:');
    expect(esText('coe-ets-189/art-6.p-2').startsWith('Cualquier de las Partes podrá:')).toBe(true);
  });

  it('a paragraph label and the first item label on one line ("3. a) Cualquier Parte …") open both', () => {
    expect(esText('coe-ets-185/art-14').split('\n\n').some((para) => para.startsWith('3. a) Cualquier Parte podrá reservarse'))).toBe(true);
    expect(esText('coe-ets-185/art-14.p-3').startsWith('a) Cualquier Parte podrá reservarse')).toBe(true);
    expect(esText('coe-ets-185/art-14.p-3.a').startsWith('Cualquier Parte podrá reservarse')).toBe(true);
    expect(esText('coe-ets-185/art-24.p-1.b').startsWith('Cuando deba aplicarse una pena mínima diferente')).toBe(true);
  });
});

describe('boe-treaty on hand-made Markdown', () => {
  const md = [
    '---', 'title: "Instrumento"', '---', '# Instrumento de Ratificación', '1\\. Gibraltar es un territorio.',
    '## CONSEJO DE EUROPA. Convenio sobre algo', '### PREÁMBULO', 'Los Estados;', 'Han convenido en lo siguiente:',
    '### CAPÍTULO II. Medidas', '#### Sección 1. Derecho', '### Titulo 4. Sin tilde', '###### Artículo 14. Ámbito.',
    '1\\. Primero.', '3\\. a) Cualquier Parte podrá.', 'b) Cuando:', 'i) uno, y', 'ii) dos,', 'dicha Parte podrá.',
    '###### Artículo 15. Sin punto', '1\\. Uno.', '2 Cualquier de las Partes podrá:', 'a) Exigir.',
    'En fe de lo cual, firman.', '### ESTADOS PARTE', 'Albania 2001',
  ].join('\n\n');
  const { provisions, skipped } = segment(readMarkdown(md).blocks, 'boe-treaty');
  const ids = (p: Provision): string[] => [p.id, ...p.children.flatMap(ids)];

  it('begins at the treaty title, takes the preamble heading, and titles from the same heading', () => {
    expect(provisions.map((p) => [p.id, p.heading])).toEqual([['preamble', 'PREÁMBULO'], ['art-14', 'Ámbito'], ['art-15', 'Sin punto']]);
    expect(provisions[0]!.text).toBe('Los Estados;\n\nHan convenido en lo siguiente:');
    expect(provisions[1]!.path).toEqual([
      { level: 'chapter', number: 'II', title: 'Medidas' },
      { level: 'section', number: '1', title: 'Derecho' },
      { level: 'title', number: '4', title: 'Sin tilde' },
    ]);
    expect(skipped).toEqual(expect.arrayContaining([
      { reason: "instrument of ratification (Spain's act, not the treaty text)", said: { key: 'msg.ingest.skip.ratification' }, count: 2, example: 'Instrumento de Ratificación' },
      expect.objectContaining({ reason: 'text after the final clause' }),
    ]));
  });

  it('opens a paragraph and its first item from one line, and reads a paragraph number without its full stop', () => {
    expect(ids(provisions[1]!)).toEqual(['art-14', 'art-14.p-1', 'art-14.p-3', 'art-14.p-3.a', 'art-14.p-3.b', 'art-14.p-3.b.i', 'art-14.p-3.b.ii']);
    const p3 = provisions[1]!.children[1]!;
    expect(provisions[1]!.text.split('\n\n')[1]).toBe('3. a) Cualquier Parte podrá.');
    expect(p3.text.split('\n\n')[0]).toBe('a) Cualquier Parte podrá.');
    expect(p3.children[0]!.text).toBe('Cualquier Parte podrá.');
    // The clause after the sub-items is the paragraph's, not the last item's.
    expect(p3.text.endsWith('dicha Parte podrá.')).toBe(true);
    expect(p3.children[1]!.text.endsWith('dicha Parte podrá.')).toBe(false);
    expect(ids(provisions[2]!)).toEqual(['art-15', 'art-15.p-1', 'art-15.p-2', 'art-15.p-2.a']);
    expect(provisions[2]!.children[1]!.text.startsWith('Cualquier de las Partes podrá:')).toBe(true);
  });
});

/** Provisions without the defaults a corpus file leaves out. */
function strip(ps: Provision[]): unknown {
  return JSON.parse(
    JSON.stringify(ps, (k, v) => (Array.isArray(v) && v.length === 0 && ['path', 'translations', 'history', 'children'].includes(k) ? undefined : v)),
  );
}
