/**
 * Text folding and tokens shared by search and suggest. No Node imports: the web viewer uses it too.
 * Folding lower-cases and strips accents, so that "ilícito", "ILICITO" and "ilicito" are one word.
 */

/** Lower-case, accents stripped (NFD, combining marks removed). "Ilícito" → "ilicito". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

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
 * Whether `phrase` (folded, words separated by single spaces) occurs in `foldedText` on word
 * boundaries, counting occurrences. Punctuation between words counts as a space.
 */
export function countPhrase(phraseWords: readonly string[], textWords: readonly string[]): number {
  const n = phraseWords.length;
  if (n === 0) return 0;
  let count = 0;
  const first = phraseWords[0];
  for (let i = 0; i + n <= textWords.length; i++) {
    if (textWords[i] !== first) continue;
    let ok = true;
    for (let j = 1; j < n; j++) {
      if (textWords[i + j] !== phraseWords[j]) {
        ok = false;
        break;
      }
    }
    if (ok) count++;
  }
  return count;
}

/**
 * A window of `text` around the first occurrence of any of `needles` (folded words), at most
 * `width` characters, cut on spaces, with "…" where it was cut.
 */
export function snippet(text: string, needles: readonly string[], width = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  // Fold character by character so positions in the folded string are positions in `flat`.
  let folded = '';
  for (const ch of flat) {
    const f = fold(ch);
    folded += f.length === ch.length ? f : ch;
  }
  let at = -1;
  for (const n of needles) {
    const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(n)}`, 'u');
    const m = re.exec(folded);
    if (m && (at < 0 || m.index < at)) at = m.index + (m[0].length - n.length);
  }
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(width / 3));
  if (start > 0) {
    const sp = flat.indexOf(' ', start);
    start = sp < 0 || sp > at ? start : sp + 1;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const sp = flat.lastIndexOf(' ', end);
    if (sp > start) end = sp;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
