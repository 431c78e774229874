import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, textHash } from '@lexharmony/core';

describe('normalizeText', () => {
  it('equals collapsing every whitespace run to one space and trimming (the definition the hashes were recorded with)', () => {
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', ' \n ', '\ufeff');
    const text = fc.array(fc.oneof(fc.string({ maxLength: 6 }), ws), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeText(t)).toBe(t.normalize('NFC').replace(/\s+/gu, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('hashes whitespace variants alike, and different words apart', () => {
    expect(textHash('Artículo  1.\n Texto')).toBe(textHash('Artículo 1. Texto'));
    expect(textHash('Artículo 1. Texto')).not.toBe(textHash('Artículo 2. Texto'));
  });
});
