import fc from 'fast-check';
import type { Provision } from '@lexharmony/core';
import { IngestError, profiles, readHtml, readMarkdown, readText, segment, type Block } from '@lexharmony/core/ingest';
import { describe, expect, it } from 'vitest';

const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);

/** Lines that look like the law's own: article starts, fracciones, incisos, headings, annotations, noise. */
const lawLine = fc.oneof(
  fc.string(),
  fc.constantFrom('Artículo 1o.- ', 'Artículo 211 bis 1.- ', 'Artículo 10. ', 'I.- ', 'II. ', 'a) ', 'TITULO NOVENO', 'CAPÍTULO II', 'Párrafo reformado DOF 01-02-2003', '12 de 250', 'TRANSITORIOS', 'Primero.- ', 'ARTÍCULO DÉCIMO SEGUNDO. ', 'DECRETO por el que ', 'Ciudad de México, a 1 ', '### Article  2', '####Illegal access', '### CHAPTER  II', '1. ', '(i) ', 'Preamble ', '---', '###### Artículo 2. Acceso ilícito.', '### CAPÍTULO II. Medidas', '#### Sección 1. Derecho', '## CONSEJO DE EUROPA. Convenio ', '### PREÁMBULO', '3\\. a) ', '2 Cualquier', 'En fe de lo cual ',
    '**ARTICULO 153 BIS.** - ', '##### ARTÍCULO 1°.- ', 'Art. 224. - ', '(Artículo sustituido por art. 4° de la Ley N° 26.388, B.O. 25/6/2008)', '*(Nota Infoleg: ', '**', 'DADA EN LA SALA DE SESIONES', 'ANEXO II').chain((p) => fc.string().map((s) => p + s)),
);
const lawText = fc.array(lawLine, { maxLength: 60 }).map((ls) => ls.join('\n'));

/** Segment, or fail with IngestError only; whatever comes out is well formed. */
function check(blocks: Block[], profile: string) {
  let provisions: Provision[];
  try {
    provisions = segment(blocks, profile).provisions;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return;
  }
  const ids = all(provisions).map((p) => p.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const p of all(provisions)) {
    expect(p.text.length).toBeGreaterThan(0);
    expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/);
    for (const c of p.children) expect(c.id.startsWith(p.id + '.')).toBe(true);
  }
  // Same input, same output.
  expect(segment(blocks, profile).provisions).toEqual(provisions);
}

describe('every segmenter on random input', () => {
  for (const name of Object.keys(profiles)) {
    it(`${name}: random text lines`, () => {
      fc.assert(fc.property(lawText, (t) => check(readText(t).blocks, name)), { numRuns: 300 });
    });
    it(`${name}: random Markdown`, () => {
      fc.assert(fc.property(lawText, (t) => check(readMarkdown(t).blocks, name)), { numRuns: 300 });
    });
    it(`${name}: random HTML`, () => {
      const tag = fc.constantFrom('p', 'h2', 'h3', 'div', 'li', 'td', 'script', 'style', 'table', 'tr', 'br');
      const html = fc.array(fc.tuple(tag, lawLine, fc.boolean()), { maxLength: 40 }).map((xs) => xs.map(([t, s, close]) => `<${t}>${s}${close ? `</${t}>` : ''}`).join(''));
      fc.assert(fc.property(fc.oneof(html, fc.string()), (h) => check(readHtml(h).blocks, name)), { numRuns: 200 });
    });
  }
});

describe('the profiles’ regular expressions are linear', () => {
  const patterns: [string, RegExp][] = [];
  // Every regular expression of a profile, however deep in its lists and objects.
  const collect = (name: string, v: unknown): void => {
    if (v instanceof RegExp) patterns.push([name, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => collect(`${name}[${i}]`, x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(`${name}.${k}`, x);
  };
  for (const p of Object.values(profiles)) collect(p.name, p);

  it('are anchored at the start of a block or line, but for the dates an annotation is searched for', () => {
    expect(patterns.length).toBeGreaterThan(10);
    // A global pattern is searched through an annotation (every date in "B.O. 25/6/2008 … B.O. 3/1/2018"); it is linear by the next test.
    const searched = patterns.filter(([, re]) => re.global);
    expect(searched.map(([name]) => name)).toEqual(['ar-infoleg.history.dates']);
    for (const [name, re] of patterns) if (!re.global) expect(re.source.startsWith('^'), name).toBe(true);
  });

  it('have no quantified group that itself holds a quantifier (no nested quantifiers)', () => {
    // A group containing + * or {n,m}, directly followed by + * or {.
    const nested = /\((?:\?:)?[^()]*(?:[+*]|\{\d+,\d*\})[^()]*\)(?:[+*]|\{\d+,?\d*\})/;
    for (const [name, re] of patterns) expect(nested.test(re.source), `${name}: ${re.source}`).toBe(false);
  });

  it('finish on long adversarial lines', () => {
    const long = ['Artículo ' + '1'.repeat(50_000), 'Párrafo ' + 'a'.repeat(50_000), 'I'.repeat(50_000), ' '.repeat(50_000) + 'x', 'Nota: ' + 'DOF 1'.repeat(20_000), '(Artículo '.repeat(10_000), '('.repeat(50_000) + ')'.repeat(50_000)];
    for (const [, re] of patterns) for (const s of long) re.test(s);
    for (const name of Object.keys(profiles)) check(readText(long.join('\n')).blocks, name);
  });
});

describe('coe-treaty on repeated numbers', () => {
  // Found by the property above: two paragraphs "1." in one article, and an article heading repeated.
  it('gives every provision its own id, keeping a repeated paragraph as text and naming the article repeat', () => {
    const { provisions, skipped } = segment(readMarkdown('### Article  2\n1. First\n\n1. Again\n### Article  2\nMore').blocks, 'coe-treaty');
    expect(provisions.map((p) => [p.id, p.children.map((c) => c.id)])).toEqual([
      ['art-2', ['art-2.p-1']],
      ['art-2-dup-2', []],
    ]);
    expect(provisions[0]!.children[0]!.text).toContain('Again');
    expect(skipped.map((s) => s.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/item number repeated/), expect.stringMatching(/article number repeated/)]));
  });
});
