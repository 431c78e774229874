/** Prose by language (`{ en: "…", es: "…" }`), as the corpus holds rationales, labels, limits and notes. */
export type ProseMap = Readonly<Record<string, string>>;

/** Text picked from prose in one language, and whether another language had to stand in for it. */
export interface Picked {
  text: string;
  /** The language of `text`. */
  lang: string;
  /** The language asked for is missing: `text` is in another one, and a reader must be told. */
  fallback: boolean;
}

/** Languages tried, in order, when the one asked for is missing. */
const FALLBACKS = ['en', 'es'];

/** The prose in `lang`, else in English, else in Spanish, else in the first language it has. */
export function pick(prose: ProseMap, lang: string): Picked {
  const own = prose[lang];
  if (own !== undefined) return { text: own, lang, fallback: false };
  for (const l of FALLBACKS) {
    const t = prose[l];
    if (t !== undefined) return { text: t, lang: l, fallback: true };
  }
  const [l, t] = Object.entries(prose)[0] ?? ['und', ''];
  return { text: t, lang: l, fallback: true };
}

/** `pick(prose, lang).text`, or undefined for absent prose. */
export function pickText(prose: ProseMap | undefined, lang: string): string | undefined {
  return prose === undefined ? undefined : pick(prose, lang).text;
}
