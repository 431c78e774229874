import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, wordDiff } from '@lexharmony/core';

const side = (changes: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') => changes.filter((c) => c.op === 'same' || c.op === keep).map((c) => c.text).join('');

describe('wordDiff', () => {
  it('marks the words that changed, whole words and runs of them', () => {
    const before = 'se le impondrán de tres meses a un año de prisión';
    const after = 'se le impondrán de seis meses a dos años de prisión';
    expect(wordDiff(before, after)).toEqual([
      { op: 'same', text: 'se le impondrán de ' },
      { op: 'removed', text: 'tres' },
      { op: 'added', text: 'seis' },
      { op: 'same', text: ' meses a ' },
      { op: 'removed', text: 'un año' },
      { op: 'added', text: 'dos años' },
      { op: 'same', text: ' de prisión' },
    ]);
  });

  it('an unchanged text is one run; an empty one none', () => {
    expect(wordDiff('Texto.', 'Texto.')).toEqual([{ op: 'same', text: 'Texto.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('the old text is the same and removed runs, the new one the same and added runs (whitespace aside, as in a text hash)', () => {
    const words = fc.array(fc.constantFrom('de', 'la', 'ley', 'prisión', 'años,', 'multa.', 'información', 'sin', 'autorización', '«acceso»'), { maxLength: 40 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const before = a.join(' ');
        const after = b.join(' ');
        const changes = wordDiff(before, after);
        return normalizeText(side(changes, 'removed')) === normalizeText(before) && normalizeText(side(changes, 'added')) === normalizeText(after);
      }),
      { numRuns: 300 },
    );
  });

  it('texts with little in common: all of one removed, all of the other added, in bounded time', () => {
    const before = Array.from({ length: 4000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 4000 }, (_, i) => `b${i}`).join(' ');
    expect(wordDiff(before, after)).toEqual([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
  });
});
