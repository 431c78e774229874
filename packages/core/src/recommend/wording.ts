import type { Corpus } from '../corpus/corpus.js';
import { provisionHash, textHash } from '../model/hash.js';
import type { Provision } from '../model/types.js';

/** The text a model wording quotes: the provision's own text, or its official translation into `lang`. */
export interface WordingText {
  text: string;
  /** The language of `text`. */
  lang: string;
  /** The provision's own language (false: an official translation). */
  original: boolean;
  /** Who translated it, for an official translation. */
  by?: string | undefined;
  provision: Provision;
  /** The translation `text` is, when it is one. */
  translation?: Provision['translations'][number] | undefined;
}

/** The text of `ref` in `lang` (default: its own language): the provision's text, or its official translation; undefined when the corpus has neither. */
export function wordingText(corpus: Corpus, ref: string, lang?: string): WordingText | undefined {
  const e = corpus.provisions.get(ref);
  if (!e) return undefined;
  const own = e.provision.lang ?? e.instrument.languages[0] ?? 'und';
  if (lang === undefined || lang === own) return { text: e.provision.text, lang: own, original: true, provision: e.provision };
  const t = e.provision.translations.find((x) => x.lang === lang && x.official);
  return t ? { text: t.text, lang, original: false, by: t.by, provision: e.provision, translation: t } : undefined;
}

/** The text hash a model wording or a target records: the provision's or its translation's (each remembered per object). */
export function wordingHash(w: WordingText): string {
  if (w.original) return provisionHash(w.provision);
  return w.translation ? provisionHash(w.translation) : textHash(w.text);
}
