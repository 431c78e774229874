import { provisionHash, translationStale } from '../model/hash.js';
import type { Corpus } from './corpus.js';
import type { Origin } from './data.js';

/** A translation of a provision, and whether it translates the provision's current text. */
export interface TranslationState {
  /** `mx-cpf/art-211-bis-1.p-2` */
  ref: string;
  lang: string;
  official: boolean;
  by: string;
  /** The text hash the translation records (`of`), if any. */
  of?: string | undefined;
  /** The text hash of the provision's current text. */
  current: string;
  /** It records the hash of another text: it translates an earlier text. */
  stale: boolean;
  /** Where the provision is written in the corpus. */
  origin?: Origin | undefined;
}

/** Every translation of the corpus's provisions (of the instruments given, or all), instrument by instrument in corpus order. */
export function translationStates(corpus: Corpus, instruments?: readonly string[]): TranslationState[] {
  const out: TranslationState[] = [];
  for (const entry of corpus.provisions.values()) {
    if (instruments && !instruments.includes(entry.instrument.id)) continue;
    const p = entry.provision;
    if (p.translations.length === 0) continue;
    const current = provisionHash(p);
    for (const t of p.translations) {
      out.push({ ref: entry.ref, lang: t.lang, official: t.official, by: t.by, of: t.of, current, stale: translationStale(p, t), origin: corpus.origin(`provision:${entry.ref}`) });
    }
  }
  return out;
}
