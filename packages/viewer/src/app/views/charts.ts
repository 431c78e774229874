/**
 * Charts as hand-written SVG (no library: a few bars need none, and the bundle stays small), each
 * with a data table holding the same numbers for readers who do not see the chart.
 */
import type { Status, StrategyMatrix, ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { lang, statusWord, t, words } from '../i18n.js';
import { jurisdictionName, named, pathText, sentenceCase } from './common.js';
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

/** The parts of a treaty a profile is drawn by: its sections (`ch-ii.sec-1`), or a chapter that has none. */
function partOf(group: string): string {
  const m = /^([^.]+)(\.sec-[^.]+)?/.exec(group);
  return m ? `${m[1]}${m[2] ?? ''}` : group;
}

/**
 * Each jurisdiction's profile by part of the treaty: for each part (a section, or a chapter without
 * sections), the share of its articles in each status, as one 100 % bar. One small chart per
 * jurisdiction chosen, side by side, so that profiles are compared at a glance.
 */
export function profileCharts(data: ViewerData, cols: readonly string[]): HTMLElement {
  const w = words(data);
  const m = data.matrix;
  const columns = m.columns.filter((c) => cols.includes(c.key));
  const groups = new Map(m.groups.map((g) => [g.ref, g]));
  const parts = [...new Set(m.rows.map((r) => partOf(r.group)))].filter((p) => m.rows.some((r) => partOf(r.group) === p && Object.values(r.cells).some((c) => c.status !== 'not-applicable')));
  const count = (part: string, key: string) => {
    const by = Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>;
    for (const r of m.rows) if (partOf(r.group) === part && r.cells[key]) by[r.cells[key]!.status]++;
    return by;
  };
  const counts = parts.map((p) => columns.map((c) => count(p, c.key)));
  const several = m.references.length > 1;
  const fullLabel = (part: string) => {
    const g = groups.get(part);
    const text = g ? pathText(data, g.translated[lang()] ?? g.path) : part;
    return several && g ? `${refName(data, g.reference)} · ${text}` : text;
  };
  // In the chart: the part's number and its own title (`II.1 Substantive criminal law`) under its treaty's name; the whole path in the table.
  const shortLabel = (part: string) => {
    const g = groups.get(part);
    const path = g ? (g.translated[lang()] ?? g.path) : [];
    const text = `${path.map((x) => x.number).join('.')} ${sentenceCase(path.at(-1)?.title ?? part)}`.trim();
    return text.length > 31 ? `${text.slice(0, 30)}…` : text;
  };
  const referenceOf = (part: string) => groups.get(part)?.reference ?? '';
  const total = (b: Record<Status, number>) => STATUSES.reduce((a, st) => a + b[st], 0);
  const labelW = 190;
  const barW = 200;
  const barH = 16;
  const charts = columns.map((c, k) => {
    const name = jurisdictionName(data, c.jurisdiction);
    const rows: SVGElement[] = [];
    let y = 0;
    parts.forEach((part, i) => {
      const b = counts[i]![k]!;
      const n = total(b);
      if (several && (i === 0 || referenceOf(parts[i - 1]!) !== referenceOf(part))) {
        rows.push(svg('text', { x: 0, y: y + barH - 4, class: 'chart-chapter' }, refName(data, referenceOf(part))));
        y += barH + 4;
      }
      rows.push(svg('text', { x: 0, y: y + barH - 4, class: 'chart-jur' }, shortLabel(part)));
      let x = labelW;
      for (const st of STATUSES) {
        if (!b[st] || n === 0) continue;
        const width = (b[st] / n) * barW;
        rows.push(svg('rect', { x, y, width, height: barH, class: `bar status-${st}` }, svg('title', {}, `${name}, ${fullLabel(part)}: ${b[st]} / ${n} ${statusWord(data, st)}`)));
        x += width;
      }
      rows.push(svg('text', { x: labelW + barW + 6, y: y + barH - 4, class: 'chart-total' }, w.t('viewer.chart.of', { n: b.full + b['full-as-assessed'], total: n })));
      y += barH + 6;
    });
    const height = y;
    return h(
      'figure',
      { class: 'profile', 'data-jurisdiction': c.jurisdiction },
      h('figcaption', { id: `profile-${c.key}` }, name),
      svg('svg', { viewBox: `0 0 ${labelW + barW + 60} ${height}`, role: 'img', 'aria-labelledby': `profile-h profile-${c.key}`, 'aria-describedby': 'profile-help', class: 'chart' }, ...rows),
    );
  });
  const used = STATUSES.filter((st) => counts.flat().some((b) => b[st] > 0));
  const table = h(
    'table',
    { class: 'chart-data' },
    h('caption', null, w.t('viewer.chart.profile')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, w.t('viewer.chart.part')), h('th', { scope: 'col' }, t().jurisdiction), used.map((st) => h('th', { scope: 'col' }, statusWord(data, st))), h('th', { scope: 'col' }, t().total))),
    h('tbody', null, parts.flatMap((part, i) => columns.map((c, k) => h('tr', null, h('th', { scope: 'row' }, fullLabel(part)), h('td', null, jurisdictionName(data, c.jurisdiction)), used.map((st) => h('td', null, String(counts[i]![k]![st]))), h('td', null, String(total(counts[i]![k]!))))))),
  );
  return h(
    'section',
    { class: 'chart-section profiles', 'aria-labelledby': 'profile-h' },
    h('h2', { id: 'profile-h' }, w.t('viewer.chart.profile')),
    h('p', { class: 'help', id: 'profile-help' }, w.t('viewer.chart.profileHelp')),
    h('div', { class: 'profile-grid' }, charts),
    h('details', null, h('summary', null, w.t('viewer.chart.numbers')), h('div', { class: 'grid-wrap' }, table)),
  );
}

const STUDIES = ['subject', 'named', 'candidate'] as const;

/**
 * Strategy coverage by taxonomy area: for each area, how many of the strategies shown link at
 * least one line to it, the bar cut by kind of strategy (the one under study, those named as
 * studied, candidates), with the lines linked in the table.
 */
export function strategyCoverageChart(data: ViewerData, m: StrategyMatrix, shown: readonly string[]): HTMLElement {
  const w = words(data);
  const s = t();
  const columns = m.columns.filter((c) => shown.includes(c.instrument));
  const studyWord = { subject: s.subject, named: s.named, candidate: s.candidate };
  const areas = m.rows.filter((r) => r.depth === 0);
  const rowsOf = areas.map((r) => {
    const covering = columns.filter((c) => (r.cells[c.instrument] ?? []).length > 0);
    const lines = columns.reduce((a, c) => a + (r.cells[c.instrument] ?? []).length, 0);
    const byStudy = Object.fromEntries(STUDIES.map((st) => [st, covering.filter((c) => c.study === st)])) as Record<(typeof STUDIES)[number], typeof covering>;
    return { row: r, covering, lines, byStudy };
  });
  const name = (ref: string, fallback: string) => {
    const names = data.strategies.labels?.[ref];
    return names ? (names[lang()] ?? names.en ?? fallback) : fallback;
  };
  const labelW = 230;
  const barW = 260;
  const barH = 16;
  const n = Math.max(1, columns.length);
  const bars: SVGElement[] = [];
  rowsOf.forEach(({ row, covering, byStudy }, i) => {
    const y = i * (barH + 6);
    const label = `${row.code} ${name(row.ref, row.label)}`;
    bars.push(svg('text', { x: 0, y: y + barH - 4, class: 'chart-jur' }, label.length > 36 ? `${label.slice(0, 35)}…` : label));
    bars.push(svg('rect', { x: labelW, y, width: barW, height: barH, class: 'bar track' }));
    let x = labelW;
    for (const st of STUDIES) {
      const k = byStudy[st].length;
      if (!k) continue;
      const width = (k / n) * barW;
      bars.push(svg('rect', { x, y, width, height: barH, class: `bar study-${st}` }, svg('title', {}, `${label}: ${k} ${studyWord[st]} (${byStudy[st].map((c) => c.short).join(', ')})`)));
      x += width;
    }
    bars.push(svg('text', { x: labelW + barW + 6, y: y + barH - 4, class: 'chart-total' }, w.t('viewer.chart.of', { n: covering.length, total: columns.length })));
  });
  const table = h(
    'table',
    { class: 'chart-data' },
    h('caption', null, w.t('viewer.chart.strategies')),
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, s.area), h('th', { scope: 'col' }, w.t('viewer.chart.strategyCount')), STUDIES.map((st) => h('th', { scope: 'col' }, studyWord[st])), h('th', { scope: 'col' }, w.t('viewer.chart.lines'))),
    ),
    h(
      'tbody',
      null,
      rowsOf.map(({ row, covering, byStudy, lines }) =>
        h(
          'tr',
          { 'data-area': row.ref },
          h('th', { scope: 'row' }, `${row.code} `, named(data.strategies.labels?.[row.ref] ?? { en: row.label })),
          h('td', { 'data-count': covering.length }, w.t('viewer.chart.of', { n: covering.length, total: columns.length })),
          STUDIES.map((st) => h('td', { title: byStudy[st].map((c) => c.short).join(', ') || null }, String(byStudy[st].length))),
          h('td', null, String(lines)),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'chart-section strategy-coverage', 'aria-labelledby': 'coverage-h' },
    h('h2', { id: 'coverage-h' }, w.t('viewer.chart.strategies')),
    h('p', { class: 'help', id: 'coverage-help' }, w.t('viewer.chart.strategiesHelp')),
    h('ul', { class: 'chart-key' }, STUDIES.filter((st) => columns.some((c) => c.study === st)).map((st) => h('li', null, h('span', { class: `swatch study-${st}`, 'aria-hidden': 'true' }), ' ', studyWord[st]))),
    svg('svg', { viewBox: `0 0 ${labelW + barW + 60} ${rowsOf.length * (barH + 6)}`, role: 'img', 'aria-labelledby': 'coverage-h', 'aria-describedby': 'coverage-help', class: 'chart' }, ...bars),
    h('details', null, h('summary', null, w.t('viewer.chart.numbers')), h('div', { class: 'grid-wrap' }, table)),
  );
}
