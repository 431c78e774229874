import type { Provision } from '../model/types.js';
import type { Corpus } from './corpus.js';
import type { Origin } from './data.js';

/**
 * How long an unofficial translation may be against the text it translates, by language pair
 * (characters, whitespace collapsed, glosses that repeat the original's words in parentheses left
 * out). Measured on the bundled corpus, where 97 Spanish→English translations of texts of 40
 * characters or more run from 0.80 to 1.19 (median 0.94); the band adds a margin on each side. A translation that leaves a paragraph out falls
 * well below it (CNPP art. 300 translated one paragraph of three: 0.44), one that translates a
 * sentence of the next paragraph as well, above it (CPF art. 424 Bis fr. I: 1.54).
 */
export const LENGTH_BANDS: Readonly<Record<string, { min: number; max: number }>> = {
  'es>en': { min: 0.72, max: 1.3 },
};

/** Texts shorter than this (characters) are not held to a length band: a heading, "(Se deroga)." */
export const MIN_BAND_LENGTH = 40;

export type TranslationIssueKind = 'length' | 'numbers' | 'articles' | 'dates';

export interface TranslationIssue {
  kind: TranslationIssueKind;
  /** The provision translated: `mx-cpf/art-208`. */
  ref: string;
  lang: string;
  origin?: Origin | undefined;
  message: string;
}

export interface TranslationReport {
  /** Unofficial translations checked. */
  checked: number;
  /** The length ratio of each translation checked against a band, for measuring the band. */
  ratios: { ref: string; lang: string; ratio: number }[];
  issues: TranslationIssue[];
}

/**
 * Check that every unofficial translation covers the whole text it translates: its length within
 * the band of its language pair, and the same numbers (in figures or words, cardinal and ordinal,
 * roman numerals), the same article references and the same dates as the text.
 */
export function checkTranslations(corpus: Corpus): TranslationReport {
  const report: TranslationReport = { checked: 0, ratios: [], issues: [] };
  for (const inst of corpus.data.instruments) {
    const visit = (p: Provision) => {
      const from = p.lang ?? inst.meta.languages[0] ?? 'en';
      for (const t of p.translations) {
        if (t.official) continue;
        report.checked++;
        const ref = `${inst.meta.id}/${p.id}`;
        const issue = (kind: TranslationIssueKind, message: string) =>
          report.issues.push({ kind, ref, lang: t.lang, origin: corpus.origin(`provision:${ref}`), message: `${ref} (${t.lang}): ${message}` });
        const band = LENGTH_BANDS[`${from}>${t.lang}`];
        const ratio = length(t.text, p.text) / length(p.text, '');
        if (band && length(p.text, '') >= MIN_BAND_LENGTH) {
          report.ratios.push({ ref, lang: t.lang, ratio });
          if (ratio < band.min || ratio > band.max) {
            issue(
              'length',
              `the translation is ${ratio.toFixed(2)} of the length of the text (expected ${band.min}–${band.max} for ${from}→${t.lang}): ${ratio < band.min ? 'part of the text may be left untranslated' : 'it may translate more than this text'}`,
            );
          }
        }
        const compare = (kind: TranslationIssueKind, what: string, a: Set<string>, b: Set<string>) => {
          const onlyText = [...a].filter((x) => !b.has(x));
          const onlyTranslation = [...b].filter((x) => !a.has(x));
          if (onlyText.length || onlyTranslation.length) {
            const parts = [onlyText.length ? `in the text only: ${onlyText.join(', ')}` : '', onlyTranslation.length ? `in the translation only: ${onlyTranslation.join(', ')}` : ''];
            issue(kind, `${what} differ (${parts.filter(Boolean).join('; ')})`);
          }
        };
        compare('numbers', 'the numbers', numbersOf(p.text, from), numbersOf(t.text, t.lang));
        compare('articles', 'the article references', articleRefsOf(p.text, from), articleRefsOf(t.text, t.lang));
        compare('dates', 'the dates', datesOf(p.text, from), datesOf(t.text, t.lang));
      }
      p.children.forEach(visit);
    };
    inst.provisions.forEach(visit);
  }
  return report;
}

/** Characters of a text, whitespace collapsed, without parenthesised glosses that repeat words of `original`. */
function length(text: string, original: string): number {
  const source = fold(original);
  const bare = text.replace(/\s*\(([^()]{1,120})\)/g, (gloss, inner: string) => (source && source.includes(fold(inner)) ? '' : gloss));
  return bare.replace(/\s+/g, ' ').trim().length;
}

/** Lower case, accents off, whitespace collapsed: how words are compared. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');

// ── Numbers ──────────────────────────────────────────────────────────────────

const ES_UNITS: Record<string, number> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
  catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21,
  veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500,
  seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
const EN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, Record<string, number>> = {
  es: { mil: 1000, millon: 1e6, millones: 1e6 },
  en: { hundred: 100, thousand: 1000, million: 1e6, millions: 1e6 },
};
/** The word joining tens and units ("treinta y dos") or hundreds and the rest ("one hundred and fifty"). */
const AND: Record<string, string> = { es: 'y', en: 'and' };
const ORDINALS: Record<string, Record<string, number>> = {
  es: {
    primer: 1, primero: 1, primera: 1, primeros: 1, primeras: 1, segundo: 2, segunda: 2, segundos: 2, segundas: 2, tercer: 3, tercero: 3, tercera: 3,
    cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, septimo: 7, septima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9, decimo: 10, decima: 10,
    ultimo: -1, ultima: -1, ultimos: -1, ultimas: -1,
  },
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: -1 },
};
const HALF: Record<string, string> = { es: 'mitad', en: 'half' };

/**
 * The numbers a text states: figures ("182", "4o." → 4), cardinals in words of two or more
 * ("cuarenta y ocho", "three hundred and sixty-five"; "un", "one" are left out, being also "a"),
 * ordinals ("párrafo tercero" → 3rd, "último" → last, but not "este último", the latter),
 * "mitad"/"half", and roman numerals (fracción
 * "VI"), as comparable strings.
 */
export function numbersOf(text: string, lang: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[.,]\d{3})*/g)) out.add(String(Number(m[0].replace(/[.,]/g, ''))));
  for (const m of text.matchAll(/\b[IVXL]+\b/g)) if (isRoman(m[0])) out.add(m[0]);
  const units = lang === 'es' ? ES_UNITS : lang === 'en' ? EN_UNITS : undefined;
  if (!units) return out;
  const words = fold(text)
    .split(/[^a-z]+/)
    .filter(Boolean);
  const multipliers = MULTIPLIERS[lang]!;
  const ordinals = ORDINALS[lang]!;
  let total = 0;
  let current = 0;
  let count = 0;
  const flush = () => {
    const value = total + current;
    if (count && value >= 2) out.add(String(value));
    total = current = count = 0;
  };
  words.forEach((w, i) => {
    const unit = units[w];
    const mult = multipliers[w];
    if (unit !== undefined) {
      current += unit;
      count++;
    } else if (mult !== undefined && (count || mult >= 1000)) {
      // "mil" alone is a thousand; "hundred" needs a unit before it.
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
      count++;
    } else if (w === AND[lang] && count && joins(lang, current, units[words[i + 1] ?? ''])) {
      // "treinta y dos", "one hundred and fifty": one number
    } else {
      flush();
      const ord = ordinals[w];
      // "este último" is "the latter", not an ordinal.
      if (ord !== undefined && !(ord < 0 && lang === 'es' && /^(?:este|esta|estos|estas)$/.test(words[i - 1] ?? ''))) out.add(ord < 0 ? 'last' : `${ord}${ord === 1 ? 'st' : ord === 2 ? 'nd' : ord === 3 ? 'rd' : 'th'}`);
      if (w === HALF[lang]) out.add('1/2');
    }
  });
  flush();
  return out;
}

/**
 * Whether "y"/"and" joins `next` to the number read so far: in Spanish only units after tens
 * ("treinta y dos", never "doce y quince"), in English only what follows a hundred or a thousand
 * ("one hundred and fifty", never "two and three").
 */
function joins(lang: string, current: number, next: number | undefined): boolean {
  if (next === undefined) return false;
  const tens = current % 100;
  return lang === 'es' ? tens >= 30 && tens % 10 === 0 && next < 10 : current % 100 === 0 && next < 100;
}

function isRoman(s: string): boolean {
  return /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) && s.length > 0;
}

// ── Article references ───────────────────────────────────────────────────────

const ARTICLE_WORD: Record<string, RegExp> = {
  es: /\bart(?:[íi]culos?|s?\.)\s+(\d+)/giu,
  en: /\b(?:articles?|arts?\.)\s+(\d+)/giu,
};

/** The article numbers a text refers to: "artículo 182 de esta Ley" → 182, "article 4o." → 4. */
export function articleRefsOf(text: string, lang: string): Set<string> {
  const re = ARTICLE_WORD[lang];
  return new Set(re ? [...text.matchAll(re)].map((m) => String(Number(m[1]))) : []);
}

// ── Dates ────────────────────────────────────────────────────────────────────

const MONTHS: Record<string, string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/** The dates a text states, as YYYY-MM-DD: "16 de julio de 2025", "16 July 2025", "July 16, 2025", "28-11-2025". */
export function datesOf(text: string, lang: string): Set<string> {
  const out = new Set<string>();
  const iso = (y: string, m: number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
  for (const m of text.matchAll(/\b(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b/g)) out.add(iso(m[3]!, Number(m[2]), m[1]!));
  const months = MONTHS[lang];
  if (!months) return out;
  const folded = fold(text);
  const names = months.join('|');
  const patterns = lang === 'es' ? [new RegExp(`\\b(\\d{1,2}) de (${names}) de (\\d{4})\\b`, 'g')] : [new RegExp(`\\b(\\d{1,2}) (${names}),? (\\d{4})\\b`, 'g'), new RegExp(`\\b(${names}) (\\d{1,2}),? (\\d{4})\\b`, 'g')];
  for (const re of patterns) {
    for (const m of folded.matchAll(re)) {
      const [day, month, year] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!, m[3]!] : [m[2]!, m[1]!, m[3]!];
      out.add(iso(year, months.indexOf(month) + 1, day));
    }
  }
  return out;
}
