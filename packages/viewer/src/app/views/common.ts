/** Small pieces every view uses: status badges, names, labelled corpus prose, the stale mark. */
import { SYMBOLS } from '../../../../core/src/assess/types.js';
import { referenceName } from '../../../../core/src/document/gap-report.js';
import type { PathSegment, ProseMap, Status, ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { lang, pick, pickLang, statusWord, t, words } from '../i18n.js';

/** Core's symbols, as every export prints them. */
export function symbolOf(_data: ViewerData, status: Status): string {
  return SYMBOLS[status];
}

/** A status as colour, symbol and word: colour is never the only signal. */
export function statusBadge(data: ViewerData, status: Status): HTMLElement {
  return h('span', { class: `status status-${status}` }, h('span', { class: 'symbol', 'aria-hidden': 'true' }, symbolOf(data, status)), ' ', statusWord(data, status));
}

export function staleMark(): HTMLElement {
  return h('span', { class: 'stale', title: t().staleLong }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t().stale);
}

export function jurisdictionName(data: ViewerData, code: string): string {
  const j = data.jurisdictions.find((x) => x.code === code);
  return j ? pick(j.names) : code;
}

/** Instrument kinds named as the reports name a reference treaty (core's catalogue: "Convenio de Budapest (STE 185)"). */
const TREATY_KINDS = new Set(['treaty', 'protocol']);

/** An instrument by the short name a reader knows (CPF, ENCS 2017; a treaty in the reader's language), else its title in the reader's language. */
export function instrumentLabel(data: ViewerData, id: string): string {
  const i = data.instruments[id];
  if (!i) return id;
  if (TREATY_KINDS.has(i.kind)) return referenceName(words(data), id, i.titles, i.short);
  return i.short ?? pick(i.titles);
}

/** An instrument's full title in the reader's language, without the "(unofficial translation)" an English title carries. */
export function instrumentTitle(data: ViewerData, id: string): string {
  const i = data.instruments[id];
  if (!i) return id;
  return pick(i.titles).replace(/\s*\((?:unofficial|non-official|provisional) translation\)\s*$/i, '');
}

/** `CPF, art. 211 Bis 1, párrafo 2`; a strategy line by its own heading ("Objetivo estratégico 4"). */
export function provisionLabel(data: ViewerData, ref: string): string {
  const p = data.provisions[ref];
  const [inst = '', id = ''] = ref.split('/');
  if (data.instruments[inst]?.kind === 'strategy') return `${instrumentLabel(data, inst)}: ${p?.heading ?? id}`;
  if (data.matrix.cites[ref]) return words(data).cite(ref, { form: 'short' });
  const number = p?.number ? `art. ${p.number}` : id;
  return `${instrumentLabel(data, inst)}, ${number}${p?.part ? `, ${p.part}` : ''}`;
}

/**
 * Corpus prose in the reader's language. Where it is the project's translation, or only in another
 * language, the text is marked with its language and labelled (core's words for it).
 */
export function prose(data: ViewerData, p: ProseMap | undefined, original = 'en', tag: 'span' | 'p' | 'div' = 'span', quiet = false): HTMLElement | null {
  if (!p) return null;
  const x = words(data).prose(p, original)!;
  if (x.standing === 'original' && x.lang === lang()) return h(tag, null, x.text);
  // Quiet: a list whose heading says once that its texts are the project's translation.
  if (quiet && x.standing === 'translation') return h(tag, { class: 'prose-translation' }, x.text);
  const label = x.standing === 'fallback' ? words(data).t('prose.fallback') : words(data).t('prose.translation');
  return h(tag, { class: `prose-${x.standing}` }, h('span', { lang: x.lang }, x.text), ' ', h('small', { class: 'prose-label' }, `(${label})`));
}

/** A name (`{en, es}`) in the reader's language, marked with its language where it has none in that one. */
export function named(names: Record<string, string>): HTMLElement | string {
  const l = pickLang(names);
  const text = pick(names);
  return l === lang() ? text : h('span', { lang: l, title: l === 'en' ? t().inEnglish : l }, text);
}

/** A structure: short (`Cap. II, Secc. 1`) with the full path on demand (title and a disclosure for touch). */
export function pathLabel(data: ViewerData, path: readonly PathSegment[]): HTMLElement {
  const full = words(data).path(path, 'full');
  const short = pathText(data, path);
  return h('span', { class: 'path-label', title: full }, short, short !== full ? h('span', { class: 'sr-only' }, ` (${t().fullPath}: ${full})`) : null);
}

/** A structure in short, with its innermost title: `Cap. II, Secc. 1, Tít. 1: Delitos contra…`. */
export function pathText(data: ViewerData, path: readonly PathSegment[]): string {
  const last = path.at(-1);
  return `${words(data).path(path, 'short')}${last?.title ? `: ${sentenceCase(last.title)}` : ''}`;
}

/** Titles printed in capitals ("MEASURES TO BE TAKEN…") read as a sentence; others are left as printed. */
export function sentenceCase(s: string): string {
  return s === s.toUpperCase() && /\p{Lu}{3}/u.test(s) ? s.charAt(0) + s.slice(1).toLowerCase() : s;
}

export function legend(data: ViewerData): HTMLElement {
  const w = words(data);
  const statuses: Status[] = ['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable'];
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-h' },
    h('h2', { id: 'legend-h' }, t().legend),
    h('ul', null, statuses.map((s) => h('li', null, statusBadge(data, s), ' ', h('span', { class: 'meaning' }, w.t(`meaning.${s}`))))),
    h('p', null, staleMark(), ' ', t().staleLong),
  );
}

/** A text with the listed phrases marked (first occurrence each, no overlaps), built from text nodes only. */
export function highlight(text: string, phrases: { quote: string; make: (s: string) => HTMLElement }[]): (Node | string)[] {
  const ranges: { start: number; end: number; make: (s: string) => HTMLElement }[] = [];
  for (const p of phrases) {
    const start = p.quote.length === 0 ? -1 : text.indexOf(p.quote);
    if (start < 0) continue;
    const end = start + p.quote.length;
    if (ranges.some((r) => start < r.end && end > r.start)) continue;
    ranges.push({ start, end, make: p.make });
  }
  ranges.sort((a, b) => a.start - b.start);
  const out: (Node | string)[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(r.make(text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
