/**
 * The gap matrix as a heat map: reference articles grouped by chapter × jurisdictions. A grid with a
 * roving tabindex: one cell is in the tab order; arrow keys, Home/End and PageUp/PageDown move; Enter
 * (or a click) opens the article's detail for that jurisdiction. Filters live in the URL.
 */
import type { MatrixRow, Status, ViewerData } from '../../shared/types.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { jurisdictionName, legend, staleMark, statusBadge, symbolOf } from './common.js';

/** `coe-ets-185/ch-ii.sec-1.tit-1` → `coe-ets-185/ch-ii`. */
const chapterOf = (groupRef: string) => groupRef.replace(/\..*$/, '');

export function renderMatrix(data: ViewerData, params: URLSearchParams): HTMLElement {
  const s = t();
  const m = data.matrix;
  // Filter choices: a whole reference instrument, or one of its chapters.
  const chapters = m.groups.filter((g) => g.ref.includes('/') && !g.ref.includes('.'));
  const statuses = m.legend.map((l) => l.status);
  const state = {
    chapter: params.get('chapter') ?? '',
    statuses: new Set<Status>((params.get('status')?.split(',').filter((x): x is Status => statuses.includes(x as Status)) ?? statuses)),
  };

  const body = h('div', { class: 'grid-wrap' });
  const update = () => {
    const p = new URLSearchParams();
    if (state.chapter) p.set('chapter', state.chapter);
    if (state.statuses.size !== statuses.length) p.set('status', [...state.statuses].join(','));
    history.replaceState(null, '', href.matrix(p));
    replace(body, grid(data, state));
  };

  const chapterSelect = h(
    'select',
    { id: 'f-chapter', onchange: (e: Event) => ((state.chapter = (e.target as HTMLSelectElement).value), update()) },
    h('option', { value: '' }, s.allChapters),
    m.references.map((ref) =>
      h(
        'optgroup',
        { label: ref.title },
        h('option', { value: ref.id, selected: ref.id === state.chapter }, ref.title),
        chapters.filter((g) => g.reference === ref.id).map((g) => h('option', { value: g.ref, selected: g.ref === state.chapter }, g.label)),
      ),
    ),
  );
  const statusBoxes = statuses.map((st) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        value: st,
        checked: state.statuses.has(st),
        onchange: (e: Event) => {
          const box = e.target as HTMLInputElement;
          if (box.checked) state.statuses.add(st);
          else state.statuses.delete(st);
          update();
        },
      }),
      ' ',
      statusBadge(data, st),
    ),
  );
  replace(body, grid(data, state));
  const title = m.references.map((r) => r.title).join(', ');
  return h(
    'section',
    { class: 'matrix-view' },
    h('h1', null, s.matrix, ': ', title),
    h('p', { class: 'meta' }, `${s.generated} ${m.generated.corpus.slice(0, 12)} · ${m.generated.date}`),
    h(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { for: 'f-chapter' }, s.chapter, ' '),
      chapterSelect,
      h('fieldset', null, h('legend', null, s.statuses), statusBoxes),
    ),
    h('p', { class: 'help', id: 'grid-help' }, s.matrixHelp),
    body,
    legend(data),
  );
}

function grid(data: ViewerData, state: { chapter: string; statuses: Set<Status> }): HTMLElement {
  const s = t();
  const m = data.matrix;
  const rows = m.rows.filter(
    (r) => (!state.chapter || r.reference === state.chapter || chapterOf(r.group) === state.chapter) && Object.values(r.cells).some((c) => state.statuses.has(c.status)),
  );
  if (rows.length === 0) return h('p', { class: 'empty' }, s.noRows);
  const groupLabel = new Map(m.groups.map((g) => [g.ref, g.label]));
  const table = h('table', { class: 'matrix', role: 'grid', 'aria-label': s.matrix, 'aria-describedby': 'grid-help' });
  table.append(
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, s.article),
        m.columns.map((c) => h('th', { scope: 'col', title: c.position }, jurisdictionName(data, c.jurisdiction), h('span', { class: 'position' }, c.position))),
      ),
    ),
  );
  const tbody = h('tbody');
  let lastGroup = '';
  let lastReference = '';
  let r = 0;
  for (const row of rows) {
    if (m.references.length > 1 && row.reference !== lastReference) {
      lastReference = row.reference;
      tbody.append(h('tr', { class: 'group reference' }, h('th', { colspan: m.columns.length + 1, scope: 'rowgroup' }, groupLabel.get(row.reference) ?? row.reference)));
    }
    if (row.group !== lastGroup) {
      lastGroup = row.group;
      tbody.append(h('tr', { class: 'group' }, h('th', { colspan: m.columns.length + 1, scope: 'rowgroup' }, groupLabel.get(row.group) ?? row.group)));
    }
    tbody.append(rowOf(data, row, r++));
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

function rowOf(data: ViewerData, row: MatrixRow, r: number): HTMLElement {
  return h(
    'tr',
    null,
    h('th', { scope: 'row' }, h('span', { class: 'num' }, `Art. ${row.number}`), ' ', row.heading),
    data.matrix.columns.map((col, c) => {
      const cell = row.cells[col.key];
      if (!cell) return h('td', { role: 'gridcell' });
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
            title: cell.reason,
            'aria-label': `Art. ${row.number} ${row.heading}, ${jurisdictionName(data, col.jurisdiction)}: ${t().status[cell.status]}${cell.stale ? `, ${t().stale}` : ''}`,
          },
          // Plain text (the colour is on the cell): the grid's hundreds of cells stay cheap to build.
          `${cell.symbol || symbolOf(data, cell.status)} ${t().status[cell.status]}`,
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
