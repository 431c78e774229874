/**
 * Text folding and tokens shared by search and suggest. No Node imports: the web viewer uses it too.
 * Folding lower-cases and strips accents, so that "ilícito", "ILICITO" and "ilicito" are one word.
 */

/** Lower-case, accents stripped (NFD, combining marks removed). "Ilícito" → "ilicito". */
export function fold(s: string): string {
  // Plain ASCII (most of the English texts) needs no normalisation.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Combining marks: the common block by range (fast), the rest by property. */
const MARKS = /[\u0300-\u036f]|\p{M}/gu;

/** Words too common to say anything, Spanish and English (folded). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a al ante bajo con contra de del desde durante e el en entre es esta este hacia hasta la las lo los mas o ' +
    'para pero por que quien se segun sera si sin sobre su sus tal u un una uno y ya cual cuando como le les ' +
    'the a an and any as at be by for from in into is it its of on or such that this to under which with ' +
    'shall may may be other its their there these those has have been where when who whom'
  ).split(' '),
);

/** The words of a folded text, in order (letters and digits; "24/7" → "24", "7"). */
export function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words worth searching for: not stop words, at least two characters. */
export function keyWords(folded: string): string[] {
  return words(folded).filter((w) => w.length >= 2 && !STOPWORDS.has(w));
}

/**
 * A window of `text` around the first occurrence of any of `needles` (folded words or phrases), at
 * most `width` characters, cut on spaces, with "…" where it was cut. Works on a window of the raw
 * text, so a long provision costs no more than a short one beyond one fold.
 */
export function snippet(text: string, needles: readonly string[], width = 180): string {
  let from = 0;
  let at = -1;
  const f = fold(text);
  // Positions carry over when folding kept the length (always, for accented Latin letters).
  if (f.length === text.length) at = firstMatch(f, needles);
  if (at > width) from = text.lastIndexOf(' ', at - Math.floor(width / 3)) + 1;
  const to = Math.min(text.length, from + width * 2);
  let flat = text.slice(from, to).replace(/\s+/g, ' ').trim();
  let cut = false;
  if (flat.length > width) {
    const space = flat.lastIndexOf(' ', width);
    flat = flat.slice(0, space > width / 2 ? space : width);
    cut = true;
  }
  const tail = cut || (to < text.length && text.slice(to).trim() !== '');
  return `${from > 0 ? '…' : ''}${flat}${tail ? '…' : ''}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where the first needle starts on a word boundary; plain `indexOf`, since a RegExp per needle costs more than the search. */
function firstMatch(folded: string, needles: readonly string[]): number {
  const text = folded.replace(/\s/g, ' ');
  let at = -1;
  for (const n of needles) {
    if (!n) continue;
    for (let k = text.indexOf(n); k >= 0 && (at < 0 || k < at); k = text.indexOf(n, k + 1)) {
      if (k === 0 || !WORD_CHAR.test(text[k - 1]!)) {
        at = k;
        break;
      }
    }
  }
  return at;
}
