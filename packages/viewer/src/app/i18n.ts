/**
 * The interface language (English or Spanish). Every word comes from core's catalogues, the files a
 * translator edits (core/src/i18n/messages): the viewer's own under `viewer.`; the words it shares with
 * the CLI and every report (statuses, coverage, relationships, structures, reasons, citations) through
 * `words()`. Corpus content shows in the chosen language where the corpus has it; anything else is
 * marked with its language. The language is in the URL (`?lang=es`), else the reader's last choice,
 * else the browser's language.
 */
import { words as coreWords, type Words } from '../../../core/src/document/words.js';
import { catalogue, translator, type MessageKey } from '../../../core/src/i18n/translate.js';
import type { ProseMap, Status, ViewerData } from '../shared/types.js';

export type Lang = 'en' | 'es';

/** A viewer key without its `viewer.` prefix: `title` for `viewer.title`. */
type ViewerName<K> = K extends `viewer.${infer N}` ? N : never;
type Counted = 'quotes' | 'results' | 'noAssessment';

/** The viewer's words in one language, read once from the catalogue's `viewer.` block. */
type Strings = { [N in Exclude<ViewerName<MessageKey>, Counted>]: string } & {
  quotes(n: number): string;
  results(n: number): string;
  noAssessment(jurisdiction: string): string;
  /** Treaty events by type (`Ratification`), from the catalogue's `event.` words the reports use. */
  event: Record<string, string>;
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function strings(lang: Lang): Strings {
  const tr = translator(lang);
  const s: Record<string, unknown> = {};
  const event: Record<string, string> = {};
  for (const key of Object.keys(catalogue('en')) as MessageKey[]) {
    if (key.startsWith('viewer.')) s[key.slice('viewer.'.length)] = tr.t(key);
    else if (key.startsWith('event.')) event[key.slice('event.'.length)] = capital(tr.t(key));
  }
  s.quotes = (n: number) => tr.t('viewer.quotes', { n });
  s.results = (n: number) => tr.t('viewer.results', { n });
  s.noAssessment = (jurisdiction: string) => tr.t('viewer.noAssessment', { jurisdiction });
  s.event = event;
  return s as Strings;
}

const made: Partial<Record<Lang, Strings>> = {};

const KEY = 'lexharmony.lang';
let current: Lang = 'en';

const isLang = (s: string | null | undefined): s is Lang => s === 'en' || s === 'es';

/** The language of a page: `?lang=` in its URL hash, else the reader's last choice, else the browser's language. */
export function initLang(hash: string = location.hash): Lang {
  const fromUrl = new URLSearchParams(hash.split('?')[1] ?? '').get('lang');
  let saved: string | null = null;
  // Storage only when the URL names no language: its first read costs a page load tens of milliseconds.
  try {
    if (!isLang(fromUrl)) saved = localStorage.getItem(KEY);
  } catch {
    // storage unavailable (privacy mode)
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase().startsWith('es') ? 'es' : 'en';
  current = isLang(fromUrl) ? fromUrl : isLang(saved) ? saved : browser;
  document.documentElement.lang = current;
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // not persisted; the URL keeps it
  }
}

export function lang(): Lang {
  return current;
}

/** The viewer's own words in the current language. */
export function t(): Strings {
  return (made[current] ??= strings(current));
}

/** A localised name from a corpus `{en, es, …}` record. */
export function pick(names: Record<string, string>): string {
  return names[current] ?? names.en ?? Object.values(names)[0] ?? '';
}

/** The language a name `pick` gave is in. */
export function pickLang(names: Record<string, string>): string {
  return names[current] !== undefined ? current : names.en !== undefined ? 'en' : (Object.keys(names)[0] ?? current);
}

let cached: { data: ViewerData; lang: Lang; w: Words } | undefined;

/** Core's words over the data's matrix, in the current language: the same words as the CLI and the reports. */
export function words(data: ViewerData): Words {
  if (cached?.data !== data || cached.lang !== current) {
    const names: Record<string, ProseMap> = {};
    for (const j of data.jurisdictions) names[j.code] = j.names;
    cached = { data, lang: current, w: coreWords(current, { cites: data.matrix.cites, names }) };
  }
  return cached.w;
}

/** A status word from the catalogue (`no provision` / `sin disposición`). */
export function statusWord(data: ViewerData, s: Status): string {
  return words(data).t(`status.${s}`);
}
