import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, textHash } from '@lexharmony/core';

describe('normalizeText', () => {
  it('equals collapsing every whitespace run to one space and trimming (the definition the hashes were recorded with)', () => {
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', ' \n ', '\ufeff');
    // Latin-1 runs (normalisation skipped), combining marks and other scripts (normalised).
    const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 6 });
    const marks = fc.constantFrom('e\u0301', 'n\u0303', 'A\u030a', '\u212b', '\u1e9b\u0323', 'ﬁ');
    const text = fc.array(fc.oneof(fc.string({ maxLength: 6 }), latin1, marks, ws), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizeText(t)).toBe(t.normalize('NFC').replace(/\s+/gu, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves every Latin-1 character as NFC finds it, so skipping normalisation for Latin-1 text changes nothing', () => {
    for (let c = 0; c <= 0xff; c++) expect(String.fromCharCode(c).normalize('NFC')).toBe(String.fromCharCode(c));
    expect(normalizeText('Acci\u00f3n y acci\u006f\u0301n')).toBe('Acci\u00f3n y acci\u00f3n');
  });

  it('hashes whitespace variants alike, and different words apart', () => {
    expect(textHash('Artículo  1.\n Texto')).toBe(textHash('Artículo 1. Texto'));
    expect(textHash('Artículo 1. Texto')).not.toBe(textHash('Artículo 2. Texto'));
  });
});
