/**
 * What a citation is made of, language-neutral: the instrument, the article number as printed
 * ("211 Bis 1"), and the units below it (párrafo 2, fracción VI, inciso a), a sentence of a treaty
 * article). Read from the corpus where it has the provision, else from the id itself, so that a
 * provision a reform removed can still be cited. No Node imports: the viewer uses it too.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { InstrumentKind } from '../model/types.js';

export type UnitLevel = 'paragraph' | 'fraction' | 'inciso' | 'apartado' | 'circumstance' | 'numeral' | 'literal' | 'item' | 'subitem' | 'sentence' | 'part';

export interface CiteUnit {
  level: UnitLevel;
  /** As printed: "2", "VI", "a", "ii". */
  n: string;
}

export interface CiteParts {
  /** Instrument id: `mx-cpf`. */
  instrument: string;
  kind: InstrumentKind | 'unknown';
  /** The official short name (`CPF`), where the instrument has one. */
  short?: string | undefined;
  /** Titles by language, for the long form and for instruments without a short name. */
  titles: Record<string, string>;
  /** The article's number as printed (`211 Bis 1`, `2`, `Sexto`); absent for a preamble or a part of a structure. */
  article?: string | undefined;
  /** A transitory article (`trans-sexto`: "artículo Sexto transitorio"), numbered in words. */
  transitory?: boolean | undefined;
  /** A Peruvian complementary provision (`dcf-1`: "primera disposición complementaria final"), numbered in words. */
  complementary?: 'final' | 'transitory' | 'amending' | 'repealing' | undefined;
  /** A part of a policy document (a strategy's objective, pillar or measure), cited by its heading rather than as an article. */
  heading?: string | undefined;
  units: CiteUnit[];
  /** For a requirement of a reference provision: its kind and, for a declaration or reservation, the article that allows it. */
  requirement?: { id: string; kind: string; basis?: string | undefined; label?: Record<string, string> | undefined } | undefined;
}

/** The units of the ids the ingest profiles write: Mexican párrafo, fracción, inciso; Spanish apartado and circunstancia (1.ª); Colombian and Peruvian numeral and literal. */
const LEVELS: Record<string, UnitLevel> = { p: 'paragraph', fr: 'fraction', inc: 'inciso', ap: 'apartado', ord: 'circumstance', num: 'numeral', lit: 'literal' };

/** The units an id names below its article: `p-2.fr-vi` → paragraph 2, fraction VI; `c.ii` → item c, subitem ii. */
export function unitsOf(path: string[]): CiteUnit[] {
  return path.map((seg, i) => {
    const m = /^(p|fr|inc|ap|ord|num|lit)-(.+)$/.exec(seg);
    if (m) return { level: LEVELS[m[1]!]!, n: m[1] === 'fr' ? m[2]!.toUpperCase() : m[2]! };
    // Bare letters and roman numerals are a treaty's items (a, b) and sub-items (i, ii).
    if (/^[a-z]$/.test(seg) && !(i > 0 && /^[ivx]+$/.test(seg))) return { level: 'item', n: seg };
    if (/^[ivxl]+$/.test(seg)) return { level: 'subitem', n: seg };
    return { level: 'part', n: seg };
  });
}

/** `art-211-bis-1` → `211 Bis 1`, `trans-vigesimo-quinto` → `Vigesimo Quinto`, when the corpus does not say (Latin ordinals and the words of a transitory article capitalised, as printed in the DOF). */
export function articleFromId(id: string): string | undefined {
  const m = /^(art|trans)-(.+)$/.exec(id);
  if (!m) return undefined;
  return m[2]!
    .split('-')
    .map((w) => (m[1] === 'trans' || /^(bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|nonies|decies)$/.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

const COMPLEMENTARY: Record<string, CiteParts['complementary']> = { dcf: 'final', dct: 'transitory', dcm: 'amending', dcd: 'repealing' };

const ORDINAL_WORDS: Record<string, number> = {
  primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, septimo: 7, setimo: 7, septima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9,
  decimo: 10, decima: 10, undecimo: 11, duodecimo: 12, decimotercero: 13, decimocuarto: 14, decimoquinto: 15, decimosexto: 16, decimoseptimo: 17, decimoctavo: 18, decimonoveno: 19, vigesimo: 20, vigesima: 20, trigesimo: 30, cuadragesimo: 40,
};

/** The number a Spanish ordinal names (`Vigésimo Quinto` → 25, `Sexto` → 6); undefined for `Único` or anything else. */
export function spanishOrdinal(words: string): number | undefined {
  let n = 0;
  for (const w of words.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s-]+/).filter(Boolean)) {
    const v = ORDINAL_WORDS[w];
    if (v === undefined) return undefined;
    n += v;
  }
  return n || undefined;
}

/** The citation parts of a provision ref (`mx-cpf/art-211-bis-1.p-2`) or a requirement ref (`coe-ets-185/art-2#d1`). */
export function citeParts(corpus: Corpus, ref: string): CiteParts {
  const hash = ref.indexOf('#');
  const provisionRef = hash < 0 ? ref : ref.slice(0, hash);
  const slash = provisionRef.indexOf('/');
  const instrument = slash < 0 ? provisionRef : provisionRef.slice(0, slash);
  const local = slash < 0 ? '' : provisionRef.slice(slash + 1);
  const meta = corpus.instruments.get(instrument)?.meta;
  const [articleId = '', ...below] = local.split('.');
  const entry = corpus.provisions.get(provisionRef);
  const kind = meta?.kind ?? 'unknown';
  // A strategy's parts are cited by their headings: an objective is not an article.
  if (kind === 'strategy') return { instrument, kind, short: meta?.short, titles: meta?.titles ?? {}, units: [], heading: entry?.provision.heading ?? entry?.article.heading };
  const article = entry?.article.number ?? articleFromId(articleId);
  const parts: CiteParts = { instrument, kind, short: meta?.short, titles: meta?.titles ?? {}, article, units: unitsOf(below) };
  if (articleId.startsWith('trans-')) parts.transitory = true;
  const complementary = COMPLEMENTARY[/^(dc[a-z])-/.exec(articleId)?.[1] ?? ''];
  if (complementary) parts.complementary = complementary;
  // A national provision's own number is the surest label of its unit (fracción "VI", párrafo "2").
  if (entry && entry.provision !== entry.article && entry.provision.number && parts.units.length) {
    const last = parts.units[parts.units.length - 1]!;
    if (last.level === 'fraction' || last.level === 'item' || last.level === 'subitem' || last.level === 'inciso') last.n = entry.provision.number.replace(/[.)]$/, '');
  }
  if (hash >= 0) {
    const r = corpus.requirements.get(ref);
    if (r) {
      const sentence = sentenceOf(entry?.provision.text, r.quote.en);
      if (sentence) parts.units.push({ level: 'sentence', n: String(sentence) });
      const basis = r.basis ? articleFromId(r.basis.slice(r.basis.indexOf('/') + 1)) : undefined;
      parts.requirement = { id: r.id, kind: r.kind, basis, label: r.label };
    } else parts.requirement = { id: ref.slice(hash + 1), kind: 'unknown' };
  }
  return parts;
}

/** Which sentence (1-based) of a text holds a quote, when the text has more than one; else undefined. */
export function sentenceOf(text: string | undefined, quote: string | undefined): number | undefined {
  if (!text || !quote || text.includes('\n')) return undefined;
  const at = text.indexOf(quote);
  if (at < 0) return undefined;
  const sentences = text.split(/(?<=[.;])\s+(?=[A-Z])/);
  if (sentences.length < 2) return undefined;
  let end = 0;
  for (const [i, s] of sentences.entries()) {
    end += s.length + 1;
    if (at < end) return i + 1;
  }
  return undefined;
}
