// ingest's own messages under --lang es: the refusals of hostile and unreadable inputs, what the
// readers, segmenters and profiles leave out ("omitido"), and the misalignments of --translation-of.
// Each is provoked, scanned against the English catalogue (no fixed English word of the tool's, the
// data it quotes aside), and still names the file and line where it has them. Every key of the
// msg.ingest.read.* and msg.ingest.skip.* blocks must be provoked here, so that a new one comes with its case.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { catalogue, errorText, translator } from '@lexharmony/core';
import { alignTranslation, readSource } from '@lexharmony/core/ingest';
import type { Provision } from '@lexharmony/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishFragments, englishLeft } from '../../../test/support/english.js';
import { haveSources, sourcesDir } from '../../../test/support/sources.js';
import { main } from '../src/index.js';

const fragments = englishFragments();
const es = catalogue('es');
let work: string;
const at = (name: string) => join(work, name);
/** Every catalogue key a case below provoked. */
const provoked = new Set<string>();

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lexharmony-ingest-es-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--lang', 'es'], { out: (t) => void (out += t), err: (t) => void (err += t), color: false }, { env: { INIT_CWD: work } });
  return { code, out, err };
}

/** No English tool string in what ingest wrote to the terminal, the examples it quotes from the source (data) aside; no key said in English for want of a Spanish one. */
function spanish(text: string, data: string[] = []) {
  const examples = [...text.matchAll(/\(p\. ej\. "(.*)"\)$/gm)].map((m) => m[1]!);
  expect(englishLeft(text, [...examples, ...data], fragments), text).toEqual([]);
  expect(text).not.toContain('[en] ');
}

/** A Spanish catalogue text as a pattern: its placeholders match any value. */
function pattern(key: string): RegExp {
  const text = es[key];
  if (typeof text !== 'string') throw new Error(`no Spanish text for ${key}`);
  return new RegExp(text.split(/\{\w+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'));
}

/** A one-page PDF whose page content is `stream` (Flate-compressed when `flate`). */
function pdf({ stream = Buffer.from('BT ET'), flate = false }: { stream?: Buffer; flate?: boolean } = {}): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n'),
    Buffer.from(`4 0 obj << /Length ${stream.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`),
    stream,
    Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

/** A PDF of `n` blank pages, each an object of its own (pdf.js counts the pages it finds, not the count the tree claims). */
function blankPages(n: number): string {
  const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pages = Array.from({ length: n }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n`).join('');
  return `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [${kids}] /Count ${n} >> endobj\n${pages}trailer << /Root 1 0 R >>\n%%EOF\n`;
}

/** A zlib stream of `mb` MB of spaces, made from one compressed 16 MB piece repeated (raw deflate blocks ended by a full flush concatenate). */
function bomb(mb: number): Buffer {
  const piece = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: Math.ceil(mb / 16) }, () => piece), deflateRawSync(Buffer.alloc(0)), Buffer.alloc(4)]);
}

describe('ingest refuses hostile and unreadable inputs in Spanish, naming the file and line', () => {
  const cases: { key: string; file: string; data: () => string | Buffer; profile?: string; says: RegExp }[] = [
    { key: 'msg.ingest.read.longWord', file: 'word.txt', data: () => 'Artículo 1o.- ' + 'a'.repeat(100_001), says: /^lexharmony: .*word\.txt: la línea 1 contiene una palabra de 100,001 caracteres; el límite es 100,000 / },
    { key: 'msg.ingest.read.longLine', file: 'line.txt', data: () => 'Artículo 1o.- Texto.\n' + 'abc '.repeat(250_001) + '\n', says: /^lexharmony: .*line\.txt: la línea 2 tiene 1,000,004 caracteres; el límite es 1,000,000$/m },
    { key: 'msg.ingest.read.longParagraph', file: 'para.md', profile: 'coe-treaty', data: () => '### Article 1\n\n' + 'x\n'.repeat(10_001), says: /^lexharmony: .*para\.md: el párrafo de la línea 3 pasa de 10,000 líneas, el límite / },
    { key: 'msg.ingest.read.htmlDepth', file: 'deep.html', profile: 'coe-treaty', data: () => '<div>'.repeat(2_001), says: /^lexharmony: .*deep\.html: el HTML anida elementos a 2,001 niveles o más; el límite es 2,000 / },
    // Stray end tags lower the pre-parse count, not the parser's nesting: the parser's own limit then refuses it.
    { key: 'msg.ingest.read.htmlTooDeep', file: 'deeper.html', profile: 'coe-treaty', data: () => '<div></i>'.repeat(20_000), says: /^lexharmony: .*deeper\.html: el HTML está anidado a demasiada profundidad para leerlo$/m },
    { key: 'msg.ingest.read.pdfUnreadable', file: 'bad.pdf', data: () => '%PDF-1.4\nnothing here\n', says: /^lexharmony: .*bad\.pdf: no se puede leer el PDF: / },
    { key: 'msg.ingest.read.pdfPages', file: 'pages.pdf', data: () => blankPages(10_001), says: /^lexharmony: .*pages\.pdf: el PDF tiene 10,001 páginas; el límite es 10,000$/m },
    { key: 'msg.ingest.read.pdfStream', file: 'bomb.pdf', data: () => pdf({ stream: bomb(80), flate: true }), says: /^lexharmony: .*bomb\.pdf: un flujo comprimido del PDF \(en el byte \d+\) se descomprime en más de 64 MB, el límite para un flujo / },
  ];
  it.each(cases)('$key', async (c) => {
    writeFileSync(at(c.file), c.data());
    const r = await run('ingest', at(c.file), '--profile', c.profile ?? 'mx-federal', '--instrument', 'mx-x');
    expect(r.code, r.err).toBe(2);
    expect(r.err).toMatch(c.says);
    expect(r.err).toMatch(pattern(c.key));
    expect(r.out).toBe('');
    spanish(r.err, [...r.err.matchAll(/no se puede leer el PDF: (.*)$/gm)].map((m) => m[1]!));
    provoked.add(c.key);
  });

  it('msg.ingest.read.fileTooLarge (the command line refuses such a file before reading it: said by the library)', async () => {
    // Zero-filled and never written to: the operating system gives the pages only when touched.
    const error = await readSource(new Uint8Array(200 * 1024 * 1024 + 1), 'txt', { file: 'huge.txt' }).catch((e: unknown) => e);
    expect(errorText(error, 'es')).toBe('huge.txt: el archivo ocupa 200 MB; el límite es 200 MB');
    expect(errorText(error, 'en')).toBe('huge.txt: the file is 200 MB; the limit is 200 MB');
    provoked.add('msg.ingest.read.fileTooLarge');
  });
});

describe('what ingest leaves out, in Spanish', () => {
  /** Everything the runs below printed, for the check that every reason was said. */
  let said = '';
  async function ingest(file: string, profile: string, ...more: string[]) {
    const r = await run('ingest', file, '--profile', profile, '--instrument', 'x-y', ...more);
    expect(r.code, r.err).toBe(0);
    spanish(r.err);
    said += r.err;
    return r;
  }

  it('synthetic texts: HTML elements, repeated numbers, text outside any article', async () => {
    writeFileSync(at('t.html'), '<html><head><title>Tratado</title><script>x()</script></head><body><h3>CHAPTER I</h3><p>Loose text.</p><h3>Article 1</h3><p>1. One.</p></body></html>');
    const html = await ingest(at('t.html'), 'coe-treaty');
    expect(html.err).toMatch(/^ {2}omitido 1 × elemento <head>$/m);
    writeFileSync(at('t.md'), '### Article  2\n1. First\n\n1. Again\n### Article  2\nMore\n');
    const md = await ingest(at('t.md'), 'coe-treaty');
    expect(md.err).toMatch(/^ {2}omitido 1 × número de elemento repetido en el mismo artículo \(conservado como texto del elemento anterior\) \(p\. ej\. "1\. Again"\)$/m);
    expect(md.err).toMatch(/^ {2}omitido 1 × número de artículo repetido \(conservado con el sufijo -dup\)/m);
    writeFileSync(at('t.txt'), 'Artículo 1o.- Uno.\n\nArtículo 1o.- Otra vez.\n');
    const txt = await ingest(at('t.txt'), 'mx-federal');
    expect(txt.err).toMatch(/^ {2}omitido 1 × número de artículo repetido en el cuerpo \(conservado con el sufijo -dup\) \(p\. ej\. "Artículo 1o\.- Otra vez\."\)$/m);
  });

  // The official texts a staffer ingests: between them, every profile's reasons.
  const sources: [file: string, profile: string, ...more: string[]][] = [
    ['mexico/CPF.txt', 'mx-federal'],
    ['mexico/LFEA.pdf', 'mx-federal'],
    ['budapest-convention/ets185-convention-on-cybercrime.en.md', 'coe-treaty'],
    ['budapest-convention/BOE-A-2010-14221-convenio-ciberdelincuencia.es.md', 'boe-treaty'],
    ['comparators/argentina/LEY-27063.md', 'ar-infoleg'],
    ['comparators/argentina/LEY-11179.md', 'ar-infoleg'],
    ['comparators/argentina/LEY-23984.md', 'ar-infoleg'],
    ['comparators/colombia/LEY-1273-2009.md', 'co-suin'],
    ['comparators/peru/LEY-30096-2013.lpderecho-consolidado.md', 'pe-lpderecho'],
    ['comparators/spain/LO-1-2015-extracto-arts-197-264.es.md', 'es-boe-reforma'],
  ];
  it.skipIf(!haveSources).each(sources)('%s (%s)', async (file, profile, ...more) => {
    const r = await ingest(join(sourcesDir, file), profile, ...more);
    expect(r.err).toMatch(/ disposiciones encontradas \(\d+ bloques de texto\)/);
    expect(r.err).toMatch(/^ {2}omitido \d+ × /m);
  });

  it.skipIf(!haveSources)('said every reason of the readers, segmenters and profiles', () => {
    const keys = Object.keys(es).filter((k) => k.startsWith('msg.ingest.skip.'));
    expect(keys.length).toBeGreaterThan(25);
    const lines = said.split('\n').filter((l) => l.startsWith('  omitido '));
    const missing = keys.filter((k) => !lines.some((l) => new RegExp(`^ {2}omitido \\d+ × ${pattern(k).source}(?: \\(p\\. ej\\. ".*"\\))?$`).test(l)));
    expect(missing).toEqual([]);
  });
});

describe('ingest --translation-of in Spanish', () => {
  const original = () => {
    writeFileSync(at('orig.md'), '### Article 1\n\n1. First.\n\n2. Second.\n\n### CHAPTER II\n\n### Article 2\n\nText.\n');
    return at('orig.md');
  };
  async function provisions() {
    const file = at('orig.yaml');
    const r = await run('ingest', original(), '--profile', 'coe-treaty', '--instrument', 'x-y', '--out', file, '--force');
    expect(r.code, r.err).toBe(0);
    return file;
  }
  const label = ['--translation-lang', 'es', '--by', 'prueba'];

  it('provisions left untranslated', async () => {
    const of = await provisions();
    writeFileSync(at('tr.md'), '### Article 1\n\n1. Primero.\n\n### CHAPTER II\n\n### Article 2\n\nTexto.\n');
    const r = await run('ingest', at('tr.md'), '--profile', 'coe-treaty', '--instrument', 'x-y', '--translation-of', of, ...label, '--out', at('tr.yaml'));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/^.*tr\.md: 3 disposiciones alineadas como traducciones de .*orig\.yaml; 1 sin equivalente en la traducción → /);
    expect(r.err).toMatch(/^ {2}sin traducir: art-1\.p-2 \(paragraph\) no está en la traducción$/m);
    spanish(r.err);
  });

  it('translated provisions that have no place in the original: refused, each reason in Spanish', async () => {
    const of = await provisions();
    writeFileSync(at('tr2.md'), '### CHAPTER I\n\n### Article 1\n\n1. Primero.\n\n2. Segundo.\n\n### Article 2\n\nTexto.\n\n### Article 3\n\nDe más.\n');
    const r = await run('ingest', at('tr2.md'), '--profile', 'coe-treaty', '--instrument', 'x-y', '--translation-of', of, ...label, '--out', at('tr2.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lexharmony: 3 disposiciones de la traducción no se pueden alinear con .*orig\.yaml: /);
    expect(r.err).toContain('art-1: en chapter I en la traducción, en ningún grupo en el original');
    expect(r.err).toContain('art-2: en chapter I en la traducción, en chapter II en el original');
    expect(r.err).toContain('; art-3 de la traducción no tiene equivalente en el original');
    spanish(r.err);
  });

  it('a number or kind that differs (said by the library: the ids the profiles give follow the numbers)', () => {
    const p = (id: string, number: string, kind: string): Provision => ({ id, number, kind, text: 't', path: [], children: [], history: [], translations: [] }) as unknown as Provision;
    const r = alignTranslation([p('art-1', '1', 'article'), p('art-2', '2', 'article')], [p('art-1', '1 bis', 'article'), p('art-2', '2', 'annex')], { lang: 'es', official: false, by: 'x' });
    const tr = translator('es');
    expect(r.unmatched.map((m) => tr.t(m.said.key, m.said.params))).toEqual(['art-1: numerada "1 bis" en la traducción, "1" en el original', 'art-2: annex en la traducción, article en el original']);
    expect(r.unmatched.map((m) => m.reason)).toEqual(['art-1: numbered "1 bis" in the translation, "1" in the original', 'art-2: a annex in the translation, a article in the original']);
    const none = alignTranslation([{ ...p('art-1', '1', 'article'), kind: undefined } as unknown as Provision], [], { lang: 'es', official: false, by: 'x' });
    expect(tr.t(none.untranslated[0]!.said.key, none.untranslated[0]!.said.params)).toBe('la disposición art-1 no está en la traducción');
    expect(none.untranslated[0]!.reason).toBe('no provision art-1 in the translation');
  });
});

describe('the ingest blocks of the catalogue', () => {
  // Said only where a library or parser fails in a way no input found so far provokes: pdf.js refusing its arguments, the HTML parser throwing on text.
  const UNPROVOKED = ['msg.ingest.read.pdfUnopened', 'msg.ingest.read.htmlUnparsed'];
  it('every read refusal was provoked above', () => {
    const keys = Object.keys(es).filter((k) => k.startsWith('msg.ingest.read.'));
    expect(keys.filter((k) => !provoked.has(k) && !UNPROVOKED.includes(k))).toEqual([]);
  });
});
