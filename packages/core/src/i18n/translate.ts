/**
 * The language layer: every word the tool writes comes from a catalogue (./messages/<lang>.json),
 * a flat map of keys to texts a translator can edit. `{name}` is a placeholder; a value that is an
 * object is a plural, chosen by the `n` parameter (`{ "one": "{n} requirement", "other": "{n} requirements" }`).
 * Catalogues are imported as data, so the bundler inlines them: no file is read at run time.
 * No Node imports here: the viewer uses the same module in the browser.
 */
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };

/** The languages of the tool's words: Spanish and English. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Catalogue = Record<string, string | Record<string, string>>;
export type MessageKey = keyof typeof en;
/** A placeholder's value: data (said as it is), or catalogue words of their own (a noun, a clause), said in the same language. */
export type Params = { [name: string]: string | number | undefined | { key: MessageKey; params?: Params | undefined } };

const CATALOGUES: Record<Lang, Catalogue> = { en, es };

/** Whether a string names a language the tool speaks. */
export function isLang(s: string | undefined): s is Lang {
  return s === 'es' || s === 'en';
}

/**
 * The language of a locale environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX reads
 * them): `es_MX.UTF-8` → es; anything else, or nothing, → en.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (!v) continue;
    const code = v.toLowerCase().slice(0, 2);
    return isLang(code) ? code : 'en';
  }
  return 'en';
}

export interface Translator {
  readonly lang: Lang;
  /** The text of a key, its placeholders filled. A key missing in this language is given in English, marked `[en]`. */
  t(key: MessageKey, params?: Params): string;
  /** Whether the catalogue has a key (some keys are optional: a reference instrument's short name). */
  has(key: string): boolean;
  /** Keys this translator had to give in English: a complete catalogue leaves this empty. */
  readonly fallbacks: ReadonlySet<string>;
  /** A list in words: "a, b and c" / "a, b y c"; `or` for alternatives. */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
}

const cache = new Map<Lang, Translator>();

/** The translator of a language (one per language, shared: its `fallbacks` add up over a process). */
export function translator(lang: Lang): Translator {
  let tr = cache.get(lang);
  if (!tr) cache.set(lang, (tr = make(lang)));
  return tr;
}

function make(lang: Lang): Translator {
  const own = CATALOGUES[lang];
  const fallbacks = new Set<string>();
  const plurals = new Intl.PluralRules(lang);
  const t = (key: MessageKey, params: Params = {}): string => {
    let value = own[key];
    let marker = '';
    if (value === undefined) {
      value = (en as Catalogue)[key];
      if (value === undefined) throw new Error(`no message "${key}" in the catalogue`);
      if (lang !== 'en') {
        fallbacks.add(key);
        marker = '[en] ';
      }
    }
    if (typeof value === 'object') {
      const n = Number(params.n ?? 0);
      value = value[plurals.select(n)] ?? value.other ?? Object.values(value)[0]!;
    }
    return marker + fill(value, params, t);
  };
  const list = (items: readonly string[], kind: 'and' | 'or' = 'and') => {
    if (items.length <= 1) return items[0] ?? '';
    const last = t(kind === 'and' ? 'list.and' : 'list.or');
    return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
  };
  const has = (key: string) => (en as Catalogue)[key] !== undefined;
  return { lang, t, has, fallbacks, list };
}

/** `{name}` → the parameter; an unknown placeholder stays as written, so a mistake shows. */
function fill(text: string, params: Params, t: (key: MessageKey, params?: Params) => string): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    return typeof value === 'object' ? t(value.key, value.params) : String(value);
  });
}

/** Alternatives in words, said in the output language: "a or b" / "a o b". */
export function orList(items: readonly string[]): Params[string] {
  return items.length < 2 ? (items[0] ?? '') : { key: 'list.joinOr', params: { a: items.slice(0, -1).join(', '), b: items.at(-1) } };
}

/** Every key of a catalogue, and its placeholders: what a test compares across languages. */
export function catalogue(lang: Lang): Readonly<Catalogue> {
  return CATALOGUES[lang];
}
