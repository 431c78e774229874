import { pick, type ProseMap } from '../model/prose.js';

/** Corpus prose as a reader gets it: the text, its language, and what to tell the reader about it. */
export interface ProseText {
  text: string;
  lang: string;
  /**
   * `original`: written in this language; `translation`: the project's unofficial translation of
   * prose written in another language; `fallback`: not available in the language asked for, shown in another.
   */
  standing: 'original' | 'translation' | 'fallback';
}

/**
 * Prose in the output language. `original` is the language the prose was written in (an
 * assessment's `lang`; English elsewhere): every other language of it is the project's translation.
 */
export function pickProse(prose: ProseMap, lang: string, original = 'en'): ProseText {
  const p = pick(prose, lang);
  if (p.fallback) return { text: p.text, lang: p.lang, standing: 'fallback' };
  return { text: p.text, lang: p.lang, standing: p.lang === original ? 'original' : 'translation' };
}
