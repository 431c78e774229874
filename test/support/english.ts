/** The English tool strings of a Spanish output: the English catalogue's fixed words that Spanish does not share. No corpus is loaded here. */
import { catalogue } from '@lexharmony/core';

/** The fixed words of each English message that Spanish does not share: what must never appear in Spanish output. */
export function englishFragments(): { key: string; fragment: string }[] {
  const en = catalogue('en');
  const es = catalogue('es');
  const values = (v: string | Record<string, string>) => (typeof v === 'string' ? [v] : Object.values(v));
  const spanish = Object.values(es).flatMap(values).join('\n');
  const out: { key: string; fragment: string }[] = [];
  for (const [key, v] of Object.entries(en)) {
    for (const text of values(v)) {
      for (const piece of text.split(/\{\w+\}/)) {
        const fragment = piece.replace(/^[\s.,;:()“”«»"'—–-]+|[\s.,;:()“”«»"'—–-]+$/g, '');
        // Words a fragment shares with Spanish (a name, a symbol, "art.") prove nothing; two English words do.
        if (fragment.split(/\s+/).length >= 2 && fragment.length >= 8 && !spanish.includes(fragment)) out.push({ key, fragment });
      }
    }
  }
  return out;
}

/** The English tool strings left in a Spanish text once the data it shows is taken out. */
export function englishLeft(text: string, data: readonly string[], fragments = englishFragments()): string[] {
  let rest = text.replace(/\s+/g, ' ');
  for (const s of data) rest = rest.split(s.replace(/\s+/g, ' ')).join(' ');
  return fragments.filter((f) => rest.includes(f.fragment)).map((f) => `${f.key}: "${f.fragment}"`);
}
