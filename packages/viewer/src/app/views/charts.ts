/**
 * Charts as hand-written SVG (no library: a few bars need none, and the bundle stays small), each
 * with a data table holding the same numbers for readers who do not see the chart.
 */
import type { Status, ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { lang, statusWord, t } from '../i18n.js';
import { jurisdictionName, pathText } from './common.js';
import { refName } from './matrix.js';

const SVG = 'http://www.w3.org/2000/svg';
const STATUSES: Status[] = ['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable'];

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** Statuses by chapter per jurisdiction: for each chapter, one stacked bar per column chosen. */
export function statusChart(data: ViewerData, cols: readonly string[]): HTMLElement {
  const s = t();
  const m = data.matrix;
  // Chapters that ask something of national law (a chapter of final clauses only says "not applicable").
  const chapters = m.groups.filter((g) => g.depth === 1 && m.rows.some((r) => r.group.replace(/\..*$/, '') === g.ref && Object.values(r.cells).some((c) => c.status !== 'not-applicable')));
  const columns = m.columns.filter((c) => cols.includes(c.key));
  const chapterOf = (group: string) => group.replace(/\..*$/, '');
  const counts = chapters.map((g) =>
    columns.map((c) => {
      const byStatus = Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>;
      for (const r of m.rows) if (chapterOf(r.group) === g.ref && r.cells[c.key]) byStatus[r.cells[c.key]!.status]++;
      return byStatus;
    }),
  );
  const max = Math.max(1, ...counts.flat().map((b) => STATUSES.reduce((a, st) => a + b[st], 0)));
  const several = m.references.length > 1;
  const label = (i: number) => {
    const g = chapters[i]!;
    const text = pathText(data, g.translated[lang()] ?? g.path);
    return several ? `${refName(data, g.reference)} · ${text}` : text;
  };
  // In the chart, the short form (`Cap. II`, its title cut); the table below has the whole label.
  const short = (i: number) => {
    const full = label(i);
    return full.length > 90 ? `${full.slice(0, 88)}…` : full;
  };
  const barH = 14;
  const gap = 4;
  const labelW = 110;
  const width = 600;
  const rows: SVGElement[] = [];
  let y = 0;
  chapters.forEach((g, i) => {
    rows.push(svg('text', { x: 0, y: y + 12, class: 'chart-chapter' }, short(i)));
    y += 18;
    columns.forEach((c, k) => {
      const b = counts[i]![k]!;
      rows.push(svg('text', { x: 0, y: y + barH - 3, class: 'chart-jur' }, jurisdictionName(data, c.jurisdiction)));
      let x = labelW;
      for (const st of STATUSES) {
        if (!b[st]) continue;
        const w = (b[st] / max) * (width - labelW - 30);
        rows.push(svg('rect', { x, y, width: w, height: barH, class: `bar status-${st}` }, svg('title', {}, `${jurisdictionName(data, c.jurisdiction)}, ${label(i)}: ${b[st]} ${statusWord(data, st)}`)));
        x += w;
      }
      rows.push(svg('text', { x: x + 4, y: y + barH - 3, class: 'chart-total' }, String(STATUSES.reduce((a, st) => a + b[st], 0))));
      y += barH + gap;
    });
    y += 8;
  });
  const chart = svg('svg', { viewBox: `0 0 ${width} ${y}`, role: 'img', 'aria-labelledby': 'chart-h', 'aria-describedby': 'chart-help', class: 'chart' }, ...rows);
  const used = STATUSES.filter((st) => counts.flat().some((b) => b[st] > 0));
  const table = h(
    'table',
    { class: 'chart-data' },
    h('caption', null, s.chart),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, s.chapter), h('th', { scope: 'col' }, s.jurisdiction), used.map((st) => h('th', { scope: 'col' }, statusWord(data, st))), h('th', { scope: 'col' }, s.total))),
    h(
      'tbody',
      null,
      chapters.flatMap((_, i) =>
        columns.map((c, k) =>
          h('tr', null, h('th', { scope: 'row' }, label(i)), h('td', null, jurisdictionName(data, c.jurisdiction)), used.map((st) => h('td', null, String(counts[i]![k]![st]))), h('td', null, String(STATUSES.reduce((a, st) => a + counts[i]![k]![st], 0)))),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'chart-section', 'aria-labelledby': 'chart-h' },
    h('h2', { id: 'chart-h' }, s.chart),
    h('p', { class: 'help', id: 'chart-help' }, s.chartHelp),
    h('ul', { class: 'chart-key' }, used.map((st) => h('li', null, h('span', { class: `swatch status-${st}`, 'aria-hidden': 'true' }), ' ', statusWord(data, st)))),
    chart,
    h('details', null, h('summary', null, s.chart, ' (', s.count, ')'), h('div', { class: 'grid-wrap' }, table)),
  );
}
