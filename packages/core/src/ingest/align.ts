import type { Said } from '../errors.js';
import { translator } from '../i18n/translate.js';
import { textHash } from '../model/hash.js';
import type { PathSegment, Provision, Translation } from '../model/types.js';

/** Who made a translation and what it is: written to every translation aligned. */
export interface TranslationLabel {
  lang: string;
  /** Official (the act of a state, e.g. Spain's BOE) or the project's own. */
  official: boolean;
  /** Who translated it, as outputs name it: "España (BOE 17-09-2010)". */
  by: string;
}

/** Why a provision of one text has no counterpart in the other. */
export interface Misalignment {
  id: string;
  /** In English. */
  reason: string;
  /** `reason` as catalogue words (it is then their English), to say it in the output language. */
  said: Said;
}

/** A misalignment of `id`, said in the catalogue's words. */
const misaligned = (id: string, said: Said): Misalignment => ({ id, reason: translator('en').t(said.key, said.params), said });

export interface AlignResult {
  /** The original provisions, each with the translation of the same id in place of any earlier one in that language. */
  provisions: Provision[];
  /** How many provisions (articles, paragraphs, items) received a translation. */
  aligned: number;
  /** Provisions of the original with no counterpart in the translation. */
  untranslated: Misalignment[];
  /** Provisions of the translation with no counterpart in the original, or whose number or structure differ. */
  unmatched: Misalignment[];
}

/**
 * Align a translated text, segmented with a profile that gives the same ids (`art-4.p-2`,
 * `art-6.p-1.a.i`), to the original provisions: each original provision gets the translated
 * provision of the same id as its translation (text, heading, structural path with the
 * translation's titles), with `of` the text hash of the original it translates. A translated
 * provision is aligned only where its number, kind and path levels and numbers agree with the
 * original's; everything else is reported, never guessed.
 */
export function alignTranslation(original: Provision[], translated: Provision[], label: TranslationLabel): AlignResult {
  const byId = new Map<string, Provision>();
  const index = (p: Provision) => {
    byId.set(p.id, p);
    p.children.forEach(index);
  };
  translated.forEach(index);
  const used = new Set<string>();
  const untranslated: Misalignment[] = [];
  const unmatched: Misalignment[] = [];
  let aligned = 0;

  const visit = (p: Provision): Provision => {
    const t = byId.get(p.id);
    let translations = p.translations;
    if (!t) untranslated.push(misaligned(p.id, p.kind ? { key: 'msg.ingest.align.missing', params: { kind: p.kind, id: p.id } } : { key: 'msg.ingest.align.missingProvision', params: { id: p.id } }));
    else {
      used.add(t.id);
      const differs = difference(p, t);
      if (differs) unmatched.push(misaligned(t.id, differs));
      else {
        const translation: Translation = {
          lang: label.lang,
          text: t.text,
          ...(t.heading ? { heading: t.heading } : {}),
          ...(t.path.length ? { path: t.path.map(copySegment) } : {}),
          official: label.official,
          by: label.by,
          of: textHash(p.text),
        };
        translations = [...p.translations.filter((x) => x.lang !== label.lang), translation];
        aligned++;
      }
    }
    return { ...p, translations, children: p.children.map(visit) };
  };
  const provisions = original.map(visit);
  for (const id of byId.keys()) if (!used.has(id)) unmatched.push(misaligned(id, { key: 'msg.ingest.align.extra', params: { id } }));
  return { provisions, aligned, untranslated, unmatched };
}

/** Why a translated provision cannot stand for the original of the same id, or undefined. */
function difference(p: Provision, t: Provision): Said | undefined {
  if ((p.number ?? '') !== (t.number ?? '')) return { key: 'msg.ingest.align.number', params: { id: p.id, translated: t.number ?? '', original: p.number ?? '' } };
  if ((p.kind ?? '') !== (t.kind ?? '')) return { key: 'msg.ingest.align.kind', params: { id: p.id, translated: String(t.kind), original: String(p.kind) } };
  const where = (path: PathSegment[]) => path.map((s) => `${s.level} ${s.number ?? ''}`.trim()).join(' › ');
  const group = (path: PathSegment[]) => where(path) || { key: 'msg.ingest.align.noGroup' as const };
  if (where(p.path) !== where(t.path)) return { key: 'msg.ingest.align.path', params: { id: p.id, translated: group(t.path), original: group(p.path) } };
  return undefined;
}

const copySegment = (s: PathSegment): PathSegment => ({ level: s.level, ...(s.number ? { number: s.number } : {}), ...(s.title ? { title: s.title } : {}) });
