/**
 * A reference as people type it ("CPF 211 bis 1", "Convenio art. 2", "CNPP art. 291 fr. II",
 * "coe-ets-185/art-2") to the corpus id it names, and the nearest ids when it names none.
 * No Node imports: the viewer's search box can use it too.
 */
import type { Corpus } from '../corpus/corpus.js';
import { spanishOrdinal } from './parts.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words a reader uses for the reference treaty and its protocol: the corpus's treaty (Budapest first) and its first protocol with text. */
const TREATY_WORDS: Record<string, 'treaty' | 'protocol'> = { convenio: 'treaty', convention: 'treaty', budapest: 'treaty', protocolo: 'protocol', protocol: 'protocol' };

function referenceOfKind(corpus: Corpus, kind: 'treaty' | 'protocol'): string | undefined {
  const preferred = kind === 'treaty' ? 'coe-ets-185' : 'coe-ets-189';
  if (corpus.instruments.get(preferred)?.provisions.length) return preferred;
  for (const inst of corpus.instruments.values()) if (inst.meta.kind === kind && inst.provisions.length) return inst.meta.id;
  return undefined;
}
const LATIN = /^(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)$/;
const UNIT: Record<string, string> = { parrafo: 'p', paragraph: 'p', p: 'p', parr: 'p', apartado: 'p', fraccion: 'fr', fr: 'fr', inciso: 'inc', inc: 'inc', numeral: 'num', literal: 'lit' };
const ENGLISH_ORDINALS: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10' };
const ordinalNumber = (w: string) => ENGLISH_ORDINALS[w] ?? (spanishOrdinal(w) === undefined ? undefined : String(spanishOrdinal(w)));

/** A reference longer than this names nothing in any corpus (the longest id is under 60 characters): not parsed, no suggestions. */
const MAX_REFERENCE = 300;

/** The corpus id a typed reference names, or undefined. */
export function resolveReference(corpus: Corpus, input: string): string | undefined {
  const text = input.trim();
  if (text.length > MAX_REFERENCE) return undefined;
  if (corpus.provisions.has(text)) return text;
  const words = fold(text)
    .replace(/[.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  // The instrument: its short name (CPF), its id (mx-cpf), or a treaty word.
  let instrument: string | undefined;
  let i = 0;
  const shorts = new Map<string, string>();
  for (const inst of corpus.instruments.values()) {
    shorts.set(inst.meta.id, inst.meta.id);
    if (inst.meta.short) shorts.set(fold(inst.meta.short), inst.meta.id);
  }
  for (let n = Math.min(3, words.length); n >= 1 && !instrument; n--) {
    const name = words.slice(0, n).join(' ');
    const word = TREATY_WORDS[name];
    const found = shorts.get(name) ?? (word && referenceOfKind(corpus, word));
    if (found) {
      instrument = found;
      i = n;
    }
  }
  if (!instrument) return undefined;
  const rest = words.slice(i).filter((w) => !/^(art|arts|articulo|article|del|de|of|the)$/.test(w));
  // A transitory article, by its words: "LMTR Sexto transitorio", "LFGR, artículo Segundo transitorio, párrafo segundo".
  const trans = rest.findIndex((w) => /^transitori[oa]s?$|^transitory$/.test(w));
  if (trans > 0) {
    const id = `${instrument}/trans-${rest.slice(0, trans).join('-')}${unitsFrom(rest, trans + 1)}`;
    return corpus.provisions.has(id) ? id : undefined;
  }
  // The article: a number and its Latin ordinals (211 bis 1, 112 quater).
  const article: string[] = [];
  let k = 0;
  if (rest[k] && /^\d+[a-z]?$/.test(rest[k]!)) article.push(rest[k++]!);
  while (rest[k] && LATIN.test(rest[k]!)) {
    article.push(rest[k++]!);
    if (rest[k] && /^\d+$/.test(rest[k]!)) article.push(rest[k++]!);
  }
  if (article.length === 0) return undefined;
  const id = `${instrument}/art-${article.join('-')}${unitsFrom(rest, k)}`;
  return corpus.provisions.has(id) ? id : undefined;
}

/** The id's units below an article, from words: "párrafo décimo tercero fracción II inciso a" → `.p-13.fr-ii.inc-a`. */
function unitsFrom(words: string[], k: number): string {
  let id = '';
  while (k + 1 < words.length) {
    const unit = UNIT[words[k]!];
    if (!unit) break;
    // An ordinal may take two words (décimo tercero, vigésimo primero).
    let end = k + 2;
    while (end < words.length && !UNIT[words[end]!] && ordinalNumber(words.slice(k + 1, end + 1).join(' '))) end++;
    const value = words.slice(k + 1, end).join(' ');
    const n = ordinalNumber(value) ?? value;
    id += `.${unit}-${unit === 'fr' ? n.toLowerCase() : n}`;
    k = end;
  }
  return id;
}

/** The ids closest to a reference that names nothing (edit distance, same instrument first). */
export function nearestReferences(corpus: Corpus, input: string, count = 5): string[] {
  // The edit distance costs the product of the lengths, for every id of the corpus.
  if (input.length > MAX_REFERENCE) return [];
  const target = fold(input);
  const inst = target.includes('/') ? target.slice(0, target.indexOf('/')) : undefined;
  const pool = [...corpus.provisions.keys()].filter((k) => !inst || !corpus.instruments.has(inst) || k.startsWith(inst + '/'));
  return pool
    .map((k) => ({ k, d: distance(target, k) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, count)
    .map((x) => x.k);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
