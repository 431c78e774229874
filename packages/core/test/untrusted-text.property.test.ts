// Properties of the parsers that take untrusted text: whatever the input, they answer (a value or
// issues naming the file), never throw an unexpected error, never pollute a prototype, and what is
// bound for a terminal holds no control character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpusFile, terminalSafe } from '../src/index.js';
import { inline, readMarkdown } from '../src/ingest/read/markdown.js';
import { readSource } from '../src/ingest/read/index.js';

const yamlish = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom('a: 1', '- x', '  b: [1, 2]', '__proto__: {x: 1}', 'constructor: y', '&a [1]', '*a', '"\\e[2J"', '? k', '---', '{ en: x }', 'id: art-1', '\t', ': :', '|', '>-'), { maxLength: 30 }).map((l) => l.join('\n')),
);

describe('untrusted text, properties', () => {
  it('the corpus reader answers any text with a value or issues naming the file, and pollutes nothing', () => {
    fc.assert(
      fc.property(yamlish, fc.constantFrom('provisions', 'assessment', 'jurisdictions', 'instrument') as fc.Arbitrary<'provisions' | 'assessment' | 'jurisdictions' | 'instrument'>, (text, kind) => {
        const r = readCorpusFile('x.yaml', text, kind, 'x');
        if ('issues' in r) for (const i of r.issues) expect(i.file).toBe('x.yaml');
        expect(({} as Record<string, unknown>).x).toBeUndefined();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('Markdown inline markup is reduced in one pass over any run of brackets and parentheses', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', '(', ')', 'a', ' ', '\\', '*'), { maxLength: 400 }).map((c) => c.join('')), (s) => {
        const out = inline(s);
        expect(out.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 500 },
    );
    // The shape that was quadratic: a long run of "[" then "]". Linear now: well under a second for 2 MB.
    const started = performance.now();
    inline('['.repeat(1 << 20) + ']'.repeat(1 << 20));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(readMarkdown('[a](b) [c]').blocks[0]?.text).toBe('a [c]');
  });

  it('the source readers answer any bytes with blocks or an error that names the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), fc.constantFrom('txt', 'md', 'html') as fc.Arbitrary<'txt' | 'md' | 'html'>, async (bytes, format) => {
        try {
          await readSource(bytes, format, { file: 'in.bin' });
        } catch (error) {
          expect((error as Error).name).toBe('IngestError');
          expect((error as Error).message).toMatch(/^in\.bin: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('text made safe for a terminal holds no control character but tab and newline, and keeps the rest', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const safe = terminalSafe(s);
        expect(safe).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s)) expect(safe).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});
