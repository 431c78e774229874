// Properties of the comparator profiles on random documents made of their own layout's lines:
// whatever comes out is well formed, and every text is found verbatim in what the Markdown
// reader gives (what `verify` searches), quotation marks, headings and list markers aside.
import fc from 'fast-check';
import type { Provision } from '@lexharmony/core';
import { canonical, IngestError, readMarkdown, segment } from '@lexharmony/core/ingest';
import { describe, expect, it } from 'vitest';

const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);

/** Random words without emphasis marks: emphasis spanning two source lines is reduced per line with `lines: 'source'`. */
const words = fc.string({ maxLength: 40 }).map((s) => s.replace(/[*_]/g, ''));

const layouts: Record<string, { lines: string[]; separator: fc.Arbitrary<string> }> = {
  'co-suin': {
    lines: [
      'Artículo 1°. Adiciónase el Código Penal con un Título VII BIS denominado “De la Protección”, del siguiente tenor:',
      'Artículo 3°. Adiciónese al artículo 37 del Código de Procedimiento Penal con un numeral 6, así:',
      'Artículo 4°. La presente ley rige a partir de su promulgación.',
      '### CAPITULO I',
      'Artículo 269A: *Acceso abusivo a un sistema informático*. El que ',
      'Artículo 269B: *Obstaculización ilegítima.* El que ',
      'Artículo 58. *Circustancias de mayor punibilidad*. Son ',
      '- 1. ',
      '- 2. ',
      '(...)',
    ],
    separator: fc.constant('\n\n'),
  },
  'pe-lpderecho': {
    lines: [
      '#### **Artículo 2. Acceso ilícito***',
      '#### **Artículo 9-A.- Activación de una SIM Card***',
      '**CAPÍTULO II**',
      '** Artículo modificado por el artículo 2 del DL 1614, publicado el 21 de diciembre de 2023.*',
      '#### **DISPOSICIONES COMPLEMENTARIAS FINALES**',
      '### **DISPOSICIONES COMPLEMENTARIAS MODIFICATORIAS**',
      '#### **PRIMERA. Codificación**',
      '#### **ÚNICA. Derogatoria**',
      '**Artículo 162. Interferencia telefónica**',
      '**1. **El agente ',
      '**a)** Se ejerce ',
      'b. Por datos informáticos: ',
      'Comuníquese al señor Presidente Constitucional de la República para su promulgación.',
    ],
    // The mirror mostly runs paragraphs together, line after line.
    separator: fc.constantFrom('\n', '\n', '\n\n'),
  },
  'es-boe-reforma': {
    lines: [
      'Ciento seis. Se modifica el artículo 197, que queda redactado como sigue:',
      'Ciento siete. Se añade un nuevo artículo 197 bis, con la siguiente redacción:',
      'Ciento cuarenta y cuatro. Se modifica el artículo 264, que queda redactado como sigue:',
      '«1. El que ',
      '«Será castigado ',
      '2. Las mismas ',
      'a) un programa ',
      '1.ª Se hubiese ',
      // The editor's block headings of the extract sit between articles, never inside a paragraph.
      '===== Block 3: Artículo único =====\n\nCiento cuarenta y cinco. Se añade un nuevo artículo 264 bis, con la siguiente redacción:',
      'fin del artículo.»',
    ],
    separator: fc.constant('\n\n'),
  },
};

for (const [profile, { lines, separator }] of Object.entries(layouts)) {
  const line = fc.oneof(words, fc.constantFrom(...lines), fc.tuple(fc.constantFrom(...lines), words).map(([l, w]) => l + w));
  const document = fc.tuple(fc.array(fc.tuple(line, separator), { maxLength: 40 })).map(([xs]) => xs.map(([l, s]) => l + s).join(''));

  describe(`${profile} on random documents of its own layout`, () => {
    it('gives unique ids that extend their parent’s, non-empty texts, the same output twice, and only verbatim text', () => {
      fc.assert(
        fc.property(document, (md) => {
          const blocks = readMarkdown(md).blocks;
          let provisions: Provision[];
          try {
            provisions = segment(blocks, profile).provisions;
          } catch (error) {
            expect(error).toBeInstanceOf(IngestError);
            return;
          }
          const ids = all(provisions).map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          const haystack = canonical(blocks.map((b) => b.text).join(' '));
          for (const p of all(provisions)) {
            expect(p.text.length).toBeGreaterThan(0);
            for (const c of p.children) expect(c.id.startsWith(p.id + '.')).toBe(true);
            for (const para of p.text.split(/\n{2,}/)) expect(haystack.includes(canonical(para)), para).toBe(true);
          }
          expect(segment(blocks, profile).provisions).toEqual(provisions);
        }),
        { numRuns: 300 },
      );
    });
  });
}

describe('es-boe-reforma quotation marks', () => {
  it('never leaves the amending law’s « » at the ends of a quoted article’s text', () => {
    const item = fc.constantFrom(...layouts['es-boe-reforma']!.lines.slice(0, 3));
    const paragraph = fc.oneof(words, fc.constantFrom('1. El que ', '2. Las mismas ', 'a) un programa ', '1.ª Se hubiese ')).map((w) => (w.trim() ? w : 'x'));
    const article = fc.tuple(item, fc.array(paragraph, { minLength: 1, maxLength: 6 })).map(([i, ps]) => [i, ...ps.map((x, k) => (k === 0 ? '«' : '') + x + (k === ps.length - 1 ? '»' : ''))].join('\n\n'));
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), (articles) => {
        for (const p of segment(readMarkdown(articles.join('\n\n')).blocks, 'es-boe-reforma').provisions) {
          expect(p.text.startsWith('«'), p.text).toBe(false);
          expect(p.text.endsWith('»'), p.text).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
