/**
 * The gap matrix as a heat map: reference articles grouped by chapter × the jurisdictions chosen
 * (`cols`). A grid with a roving tabindex: one cell is in the tab order; arrow keys, Home/End and
 * PageUp/PageDown move; Enter (or a click) opens the article's detail for that jurisdiction. Filters
 * and columns live in the URL. Below: the table as csv (core's gap document and csv renderer, as
 * `lexharmony gaps` writes it), the site's built downloads, the statuses by chapter and each jurisdiction's profile by part of the treaty as charts.
 */
import type { GapMatrix, MatrixRow, Status, ViewerData } from '../../shared/types.js';
import { gapDocument, referenceName } from '../../../../core/src/document/gap-report.js';
import { renderCsv } from '../../../../core/src/document/render/csv.js';
import { h, replace } from '../dom.js';
import { lang, statusWord, t, words } from '../i18n.js';
import { href } from '../router.js';
import { ensure } from '../store.js';
import { profileCharts, statusChart } from './charts.js';
import { jurisdictionName, legend, pathLabel, pathText, staleMark, statusBadge, symbolOf } from './common.js';

/** `coe-ets-185/ch-ii.sec-1.tit-1` → `coe-ets-185/ch-ii`. */
const chapterOf = (groupRef: string) => groupRef.replace(/\..*$/, '');

export interface MatrixState {
  chapter: string;
  statuses: Set<Status>;
  /** Column keys shown, in the matrix's order. */
  cols: string[];
}

export function matrixState(data: ViewerData, params: URLSearchParams): MatrixState {
  const m = data.matrix;
  const all = m.columns.map((c) => c.key);
  const asked = params.get('cols')?.split(',').filter((k) => all.includes(k));
  return {
    chapter: params.get('chapter') ?? '',
    statuses: new Set<Status>(params.get('status')?.split(',').filter((x): x is Status => (STATUSES as string[]).includes(x)) ?? STATUSES),
    cols: asked && asked.length > 0 ? all.filter((k) => asked.includes(k)) : all,
  };
}

const STATUSES: Status[] = ['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable'];

export function renderMatrix(data: ViewerData, params: URLSearchParams): HTMLElement {
  const s = t();
  const m = data.matrix;
  const chapters = m.groups.filter((g) => g.ref.includes('/') && !g.ref.includes('.'));
  const state = matrixState(data, params);

  const body = h('div', { class: 'grid-wrap', tabindex: -1 });
  const chart = h('div', { class: 'chart-wrap' });
  const paramsOf = () => {
    const p = new URLSearchParams();
    if (state.cols.length !== m.columns.length) p.set('cols', state.cols.join(','));
    if (state.chapter) p.set('chapter', state.chapter);
    if (state.statuses.size !== STATUSES.length) p.set('status', [...state.statuses].join(','));
    return p;
  };
  const update = () => {
    history.replaceState(null, '', href.matrix(paramsOf()));
    replace(body, grid(data, state));
    replace(chart, statusChart(data, state.cols), profileCharts(data, state.cols));
    window.dispatchEvent(new CustomEvent('lexharmony:view-changed'));
  };

  const referenceTitle = (id: string) => refName(data, id);
  const chapterSelect = h(
    'select',
    { id: 'f-chapter', onchange: (e: Event) => ((state.chapter = (e.target as HTMLSelectElement).value), update()) },
    h('option', { value: '' }, s.allChapters),
    m.references.map((ref) =>
      h(
        'optgroup',
        { label: referenceTitle(ref.id) },
        h('option', { value: ref.id, selected: ref.id === state.chapter }, referenceTitle(ref.id)),
        chapters.filter((g) => g.reference === ref.id).map((g) => h('option', { value: g.ref, selected: g.ref === state.chapter }, pathText(data, g.translated[lang()] ?? g.path))),
      ),
    ),
  );
  const statusBoxes = STATUSES.map((st) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        value: st,
        checked: state.statuses.has(st),
        onchange: (e: Event) => {
          if ((e.target as HTMLInputElement).checked) state.statuses.add(st);
          else state.statuses.delete(st);
          update();
        },
      }),
      ' ',
      statusBadge(data, st),
    ),
  );
  const columnBoxes = m.columns.map((c) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'col',
        value: c.key,
        checked: state.cols.includes(c.key),
        onchange: (e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          const next = m.columns.map((x) => x.key).filter((k) => (k === c.key ? on : state.cols.includes(k)));
          // At least one column: unticking the last one leaves it.
          if (next.length === 0) {
            (e.target as HTMLInputElement).checked = true;
            return;
          }
          state.cols = next;
          update();
        },
      }),
      ' ',
      jurisdictionName(data, c.jurisdiction),
    ),
  );
  replace(body, grid(data, state));
  // The chart below the fold is drawn after the grid is on screen.
  setTimeout(() => replace(chart, statusChart(data, state.cols), profileCharts(data, state.cols)), 0);
  const title = m.references.map((r) => refName(data, r.id)).join(', ');
  const csv = h('button', { type: 'button', class: 'export', id: 'export-csv', onclick: () => void downloadCsv(state) }, s.exportCsv);
  return h(
    'section',
    { class: 'matrix-view' },
    h('h1', null, s.matrix, ': ', title),
    h('p', { class: 'meta' }, `${s.generated} ${m.generated.corpus} · ${m.generated.date}`),
    h(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      h('fieldset', { class: 'columns' }, h('legend', null, s.columns), columnBoxes),
      h('span', { class: 'chapter-filter' }, h('label', { for: 'f-chapter' }, s.chapter, ' '), chapterSelect),
      h('fieldset', null, h('legend', null, s.statuses), statusBoxes),
    ),
    h('p', { class: 'help', id: 'grid-help' }, s.matrixHelp),
    body,
    h(
      'div',
      { class: 'exports no-print' },
      csv,
      data.downloads.length
        ? h('p', null, s.downloads, ' ', data.downloads.map((d, i) => [i ? ' · ' : '', h('a', { href: d.file, download: d.file, hreflang: d.lang, 'data-download': `${d.format}-${d.lang}` }, `${d.format} (${d.lang})`)]))
        : null,
    ),
    chart,
    legend(data),
  );
}

/** A reference instrument by the name a reader knows (Convenio de Budapest / Budapest Convention). */
export function refName(data: ViewerData, id: string): string {
  const r = data.matrix.references.find((x) => x.id === id);
  return r ? referenceName(words(data), r.id, r.titles, r.short) : id;
}

/** The matrix narrowed to what is on screen: the columns chosen and the rows the filters keep. */
export function visibleMatrix(data: ViewerData, state: MatrixState): GapMatrix {
  const m = data.matrix;
  const cols = new Set(state.cols);
  const rows = visibleRows(data, state).map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).filter(([k]) => cols.has(k))) }));
  return { ...m, columns: m.columns.filter((c) => cols.has(c.key)), rows };
}

function visibleRows(data: ViewerData, state: MatrixState): MatrixRow[] {
  return data.matrix.rows.filter(
    (r) =>
      (!state.chapter || r.reference === state.chapter || chapterOf(r.group) === state.chapter) &&
      state.cols.some((k) => r.cells[k] && state.statuses.has(r.cells[k].status)),
  );
}

/** What is on screen as csv, by core's renderer: the same columns and words as `lexharmony gaps --format csv`. */
export function matrixCsv(data: ViewerData, state: MatrixState): string {
  return renderCsv(gapDocument(visibleMatrix(data, state), { lang: lang() }), { table: 'matrix' });
}

/** The csv holds the cells' findings and citations: the texts part of the data, fetched if not yet here. */
async function downloadCsv(state: MatrixState): Promise<void> {
  const data = await ensure(['texts']);
  const blob = new Blob([matrixCsv(data, state)], { type: 'text/csv;charset=utf-8' });
  const a = h('a', { download: `lexharmony-gaps-${state.cols.join('-')}-${lang()}.csv` });
  // A blob: address is made by the page itself; dom.ts's href filter is for corpus links.
  a.href = URL.createObjectURL(blob);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function grid(data: ViewerData, state: MatrixState): HTMLElement {
  const s = t();
  const m = data.matrix;
  const rows = visibleRows(data, state);
  if (rows.length === 0) return h('p', { class: 'empty' }, s.noRows);
  const columns = m.columns.filter((c) => state.cols.includes(c.key));
  const groups = new Map(m.groups.map((g) => [g.ref, g]));
  const table = h('table', { class: 'matrix', role: 'grid', 'aria-label': s.matrix, 'aria-describedby': 'grid-help' });
  table.append(
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, s.article),
        columns.map((c) => {
          const position = words(data).say(c.position);
          return h('th', { scope: 'col', title: position, 'data-col': c.jurisdiction }, jurisdictionName(data, c.jurisdiction), h('span', { class: 'position' }, position));
        }),
      ),
    ),
  );
  const tbody = h('tbody');
  let lastGroup = '';
  let lastReference = '';
  let r = 0;
  const groupRow = (ref: string, cls: string) => {
    const g = groups.get(ref);
    const label = !g ? ref : g.depth === 0 ? refName(data, g.reference) : pathLabel(data, g.translated[lang()] ?? g.path);
    return h('tr', { class: cls }, h('th', { colspan: columns.length + 1, scope: 'rowgroup' }, label));
  };
  for (const row of rows) {
    if (m.references.length > 1 && row.reference !== lastReference) {
      lastReference = row.reference;
      tbody.append(groupRow(row.reference, 'group reference'));
    }
    if (row.group !== lastGroup) {
      lastGroup = row.group;
      tbody.append(groupRow(row.group, 'group'));
    }
    tbody.append(rowOf(data, row, columns, r++));
  }
  table.append(tbody);
  const first = table.querySelector<HTMLElement>('a.cell');
  if (first) first.tabIndex = 0;
  table.addEventListener('keydown', (e) => move(table, e));
  table.addEventListener('focusin', (e) => {
    const target = e.target as HTMLElement;
    if (!target.matches('a.cell')) return;
    for (const a of table.querySelectorAll<HTMLElement>('a.cell[tabindex="0"]')) if (a !== target) a.tabIndex = -1;
    target.tabIndex = 0;
  });
  return table;
}

/** An article's heading in the reader's language (the official translation's where there is one). */
export function headingOf(row: Pick<MatrixRow, 'headings'>): string {
  return row.headings[lang()] ?? row.headings.en ?? Object.values(row.headings)[0] ?? '';
}

function rowOf(data: ViewerData, row: MatrixRow, columns: GapMatrix['columns'], r: number): HTMLElement {
  const w = words(data);
  const heading = headingOf(row);
  return h(
    'tr',
    null,
    h('th', { scope: 'row' }, h('span', { class: 'num' }, `Art. ${row.number}`), ' ', heading),
    columns.map((col, c) => {
      const cell = row.cells[col.key];
      if (!cell) return h('td', { role: 'gridcell' });
      const word = statusWord(data, cell.status);
      return h(
        'td',
        { role: 'gridcell', class: `status-${cell.status}` },
        h(
          'a',
          {
            class: 'cell',
            href: href.article(row.ref, col.jurisdiction),
            tabindex: -1,
            'data-r': r,
            'data-c': c,
            'data-ref': row.ref,
            'data-col': col.jurisdiction,
            title: w.say(cell.reason),
            'aria-label': `Art. ${row.number} ${heading}, ${jurisdictionName(data, col.jurisdiction)}: ${word}${cell.stale ? `, ${t().stale}` : ''}`,
          },
          // Plain text (the colour is on the cell): the grid's hundreds of cells stay cheap to build.
          `${symbolOf(data, cell.status)} ${word}`,
          cell.stale ? [' ', staleMark()] : null,
        ),
      );
    }),
  );
}

/** Arrow-key movement across the grid's cells. */
function move(table: HTMLElement, e: KeyboardEvent): void {
  const current = e.target as HTMLElement;
  if (!current.matches('a.cell')) return;
  const r = Number(current.dataset.r);
  const c = Number(current.dataset.c);
  const rows = Number(table.querySelectorAll('a.cell[data-c="0"]').length);
  const cols = table.querySelectorAll('thead th').length - 1;
  let to: [number, number] | undefined;
  switch (e.key) {
    case 'ArrowRight': to = [r, Math.min(cols - 1, c + 1)]; break;
    case 'ArrowLeft': to = [r, Math.max(0, c - 1)]; break;
    case 'ArrowDown': to = [Math.min(rows - 1, r + 1), c]; break;
    case 'ArrowUp': to = [Math.max(0, r - 1), c]; break;
    case 'Home': to = e.ctrlKey ? [0, 0] : [r, 0]; break;
    case 'End': to = e.ctrlKey ? [rows - 1, cols - 1] : [r, cols - 1]; break;
    case 'PageDown': to = [Math.min(rows - 1, r + 10), c]; break;
    case 'PageUp': to = [Math.max(0, r - 10), c]; break;
    case ' ': current.click(); e.preventDefault(); return;
    default: return;
  }
  e.preventDefault();
  const next = table.querySelector<HTMLElement>(`a.cell[data-r="${to[0]}"][data-c="${to[1]}"]`);
  if (!next) return;
  current.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}
