/**
 * One citation formatter for the CLI, every report and the viewer: "CPF, art. 211 Bis 1, párrafo
 * segundo" / "Federal Criminal Code, art. 211 Bis 1, second paragraph"; "Convenio, art. 2, segunda
 * oración (declaración del art. 40)". The words come from the catalogue.
 */
import type { MessageKey, Translator } from '../i18n/translate.js';
import { spanishOrdinal, type CiteParts, type CiteUnit } from './parts.js';

export interface CiteOptions {
  /** `full` (default): the instrument by its name in English, by its official abbreviation in Spanish; `short`: always the abbreviation, for tight places (the terminal, a matrix cell). Paragraphs are ordinal words in both. */
  form?: 'full' | 'short' | undefined;
  /** Leave the instrument out (a citation that follows another of the same instrument). */
  bare?: boolean | undefined;
}

/** The name a citation gives an instrument. */
export function instrumentName(p: Pick<CiteParts, 'kind' | 'short' | 'titles' | 'instrument'>, tr: Translator, form: 'full' | 'short' = 'full'): string {
  if (p.kind === 'treaty' || p.kind === 'protocol') return tr.t(p.kind === 'treaty' ? 'cite.treaty' : 'cite.protocol');
  const title = p.titles[tr.lang];
  const long = title ? title.replace(/\s*\((?:unofficial|non-official|provisional) translation[^)]*\)\s*$/i, '') : undefined;
  if (form === 'short' || tr.lang === 'es') return p.short ?? long ?? p.titles.en ?? p.instrument;
  return long ?? p.short ?? p.instrument;
}

/** A citation as people write it, in the translator's language: "art. 211 bis 1, párrafo segundo, CPF". */
export function formatCite(p: CiteParts, tr: Translator, options: CiteOptions = {}): string {
  const out: string[] = [];
  if (!options.bare) out.push(instrumentName(p, tr, options.form ?? 'full'));
  if (p.heading) out.push(tr.t('cite.heading', { heading: p.heading }));
  else if (p.transitory && p.article) out.push(transitory(p.article, tr));
  else if (p.complementary && p.article) out.push(complementary(p.article, p.complementary, tr));
  else if (p.article) out.push(tr.t('cite.article', { n: articleNumber(p.article) }));
  const treaty = p.kind === 'treaty' || p.kind === 'protocol';
  for (const u of p.units) out.push(unit(u, tr, treaty));
  let text = out.join(', ');
  if (p.requirement?.basis && (p.requirement.kind === 'declaration' || p.requirement.kind === 'reservation')) {
    text += ` ${tr.t(p.requirement.kind === 'declaration' ? 'cite.declarationOf' : 'cite.reservationOf', { n: p.requirement.basis })}`;
  }
  return text;
}

/**
 * An article number as a Mexican lawyer writes it: the ordinal "8o" of the DOF's "Artículo 8o.-" is an
 * abbreviation and keeps its period ("art. 8o.", as "artículo 8o." in the law's own cross-references);
 * every other number as printed ("211 Bis 1", "1°" of an Argentine law).
 */
export function articleNumber(n: string): string {
  return /^\d+o$/.test(n) ? `${n}.` : n;
}

/** An ordinal in words from the catalogue (`segundo`, `vigésimo primero`, `twenty-first`), for 1 to 49; undefined past that. */
export function ordinal(n: number, tr: Translator): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 49) return undefined;
  if (n < 20 || n % 10 === 0) return tr.t(`ordinal.${n}` as MessageKey);
  const tens = n - (n % 10);
  return tr.t('ordinal.compound', { tens: tr.t(`ordinal.tens.${tens}` as MessageKey), unit: tr.t(`ordinal.${n % 10}` as MessageKey) });
}

const SOLE = /^[ÚU]nic[oa]$/i;

/** A transitory article as the law names it ("artículo Sexto transitorio"); in English its ordinal in English words. */
function transitory(name: string, tr: Translator): string {
  if (tr.lang === 'es') return tr.t('cite.transitory', { n: name });
  const n = spanishOrdinal(name);
  const ord = n === undefined ? undefined : ordinal(n, tr);
  if (ord) return tr.t('cite.transitory', { n: ord });
  return SOLE.test(name) ? tr.t('cite.transitorySole') : tr.t('cite.transitoryNamed', { n: name });
}

/** A Peruvian complementary provision: "primera disposición complementaria final" / "first final complementary provision". */
function complementary(name: string, kind: NonNullable<CiteParts['complementary']>, tr: Translator): string {
  const n = spanishOrdinal(name);
  const word = tr.lang === 'es' ? name.toLowerCase() : n !== undefined ? (ordinal(n, tr) ?? name) : SOLE.test(name) ? tr.t('cite.sole') : name;
  return tr.t('cite.complementary', { n: word, kind: tr.t(`cite.complementary.${kind}` as MessageKey) });
}

function unit(u: CiteUnit, tr: Translator, treaty: boolean): string {
  switch (u.level) {
    case 'paragraph': {
      if (treaty) return tr.t('cite.treatyParagraph', { n: u.n });
      const ord = ordinal(Number(u.n), tr);
      return ord ? tr.t('cite.paragraphOrdinal', { ord }) : tr.t('cite.paragraph', { n: u.n });
    }
    case 'fraction':
      return tr.t('cite.fraction', { n: u.n });
    case 'inciso':
      return tr.t('cite.inciso', { n: u.n });
    case 'apartado':
      return tr.t('cite.apartado', { n: u.n });
    case 'circumstance':
      return tr.t('cite.circumstance', { n: u.n });
    case 'numeral':
      return tr.t('cite.numeral', { n: u.n });
    case 'literal':
      return tr.t('cite.literal', { n: u.n });
    case 'item':
      return tr.t('cite.item', { n: u.n });
    case 'subitem':
      return tr.t('cite.subitem', { n: u.n });
    case 'sentence': {
      const n = Number(u.n);
      const ord = n >= 1 && n <= 12 ? tr.t(`ordinalFem.${n}` as MessageKey) : u.n;
      return tr.t('cite.sentence', { ord });
    }
    case 'part':
      return u.n;
  }
}
