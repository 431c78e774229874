/** Small pieces every view uses: status badges, names, the stale mark. */
import type { Status, ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { pick, t } from '../i18n.js';

/** Symbols come from the matrix legend, so the viewer says what the exports say. */
export function symbolOf(data: ViewerData, status: Status): string {
  return data.matrix.legend.find((l) => l.status === status)?.symbol ?? '';
}

/** A status as colour, symbol and word: colour is never the only signal. */
export function statusBadge(data: ViewerData, status: Status): HTMLElement {
  return h('span', { class: `status status-${status}` }, h('span', { class: 'symbol', 'aria-hidden': 'true' }, symbolOf(data, status)), ' ', t().status[status]);
}

export function staleMark(): HTMLElement {
  return h('span', { class: 'stale', title: t().staleLong }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t().stale);
}

export function jurisdictionName(data: ViewerData, code: string): string {
  const j = data.jurisdictions.find((x) => x.code === code);
  return j ? pick(j.names) : code;
}

export function instrumentLabel(data: ViewerData, id: string): string {
  const i = data.instruments[id];
  return i ? (i.short ?? pick(i.titles)) : id;
}

/** `CPF art. 211 Bis 1` */
export function provisionLabel(data: ViewerData, ref: string): string {
  const p = data.provisions[ref];
  const [inst = '', id = ''] = ref.split('/');
  const number = p?.number ? `art. ${p.number}` : id;
  return `${instrumentLabel(data, inst)} ${number}${p?.part ? `, ${p.part}` : ''}`;
}

export function legend(data: ViewerData): HTMLElement {
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-h' },
    h('h2', { id: 'legend-h' }, t().legend),
    h('ul', null, data.matrix.legend.map((l) => h('li', null, statusBadge(data, l.status), ' ', h('span', { class: 'meaning' }, t().meaning[l.status])))),
    h('p', null, staleMark(), ' ', t().staleLong),
  );
}

/** A text with the listed phrases marked (first occurrence each, no overlaps), built from text nodes only. */
export function highlight(text: string, phrases: { quote: string; make: (s: string) => HTMLElement }[]): (Node | string)[] {
  const ranges: { start: number; end: number; make: (s: string) => HTMLElement }[] = [];
  for (const p of phrases) {
    const start = text.indexOf(p.quote);
    if (start < 0 || p.quote.length === 0) continue;
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

/** Paragraphs of a text separated by blank lines. */
export function paragraphs(text: string, attrs: Record<string, string> = {}): HTMLElement[] {
  return text.split(/\n\s*\n/).map((p) => h('p', attrs, p));
}
