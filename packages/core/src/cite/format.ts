/**
 * One citation formatter for the CLI, every report and the viewer: "CPF, art. 211 Bis 1, párrafo
 * segundo" / "Federal Criminal Code, art. 211 Bis 1, second paragraph"; "Convenio, art. 2, segunda
 * oración (declaración del art. 40)". The words come from the catalogue.
 */
import type { MessageKey, Translator } from '../i18n/translate.js';
import type { CiteParts, CiteUnit } from './parts.js';

export interface CiteOptions {
  /** `full` (default): the instrument by its name in English, by its official abbreviation in Spanish; `short`: always the abbreviation, for tight places (the terminal, a matrix cell). */
  form?: 'full' | 'short' | undefined;
  /** Leave the instrument out (a citation that follows another of the same instrument). */
  bare?: boolean | undefined;
}

/** The name a citation gives an instrument. */
export function instrumentName(p: Pick<CiteParts, 'kind' | 'short' | 'titles' | 'instrument'>, tr: Translator, form: 'full' | 'short' = 'full'): string {
  if (p.kind === 'treaty' || p.kind === 'protocol') return tr.t(p.kind === 'treaty' ? 'cite.treaty' : 'cite.protocol');
  const title = p.titles[tr.lang];
  const long = title ? title.replace(/\s*\((?:unofficial|non-official|provisional) translation\)\s*$/i, '') : undefined;
  if (form === 'short' || tr.lang === 'es') return p.short ?? long ?? p.titles.en ?? p.instrument;
  return long ?? p.short ?? p.instrument;
}

export function formatCite(p: CiteParts, tr: Translator, options: CiteOptions = {}): string {
  const out: string[] = [];
  if (!options.bare) out.push(instrumentName(p, tr, options.form ?? 'full'));
  if (p.article) out.push(tr.t('cite.article', { n: p.article }));
  const treaty = p.kind === 'treaty' || p.kind === 'protocol';
  for (const u of p.units) out.push(unit(u, tr, treaty, options.form === 'short'));
  let text = out.join(', ');
  if (p.requirement?.basis && (p.requirement.kind === 'declaration' || p.requirement.kind === 'reservation')) {
    text += ` ${tr.t(p.requirement.kind === 'declaration' ? 'cite.declarationOf' : 'cite.reservationOf', { n: p.requirement.basis })}`;
  }
  return text;
}

function unit(u: CiteUnit, tr: Translator, treaty: boolean, short: boolean): string {
  switch (u.level) {
    case 'paragraph': {
      if (treaty) return tr.t('cite.treatyParagraph', { n: u.n });
      const n = Number(u.n);
      const ord = Number.isInteger(n) && n >= 1 && n <= 12 && !short ? tr.t(`ordinal.${n}` as MessageKey) : undefined;
      return ord ? tr.t('cite.paragraphOrdinal', { ord }) : tr.t('cite.paragraph', { n: u.n });
    }
    case 'fraction':
      return tr.t('cite.fraction', { n: u.n });
    case 'inciso':
      return tr.t('cite.inciso', { n: u.n });
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
