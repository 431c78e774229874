/**
 * The strategy matrices of @lexharmony/core: taxonomy areas (or parts of the treaty) × strategies.
 * Each cell counts the linked lines and opens to their quotes (over the table, so the column keeps
 * its width). Two or more strategies picked (`pick`) are shown side by side by taxonomy area with
 * their quotes. The subject, named and candidate strategies are told apart by a word, not by colour
 * alone. A link is policy, never legal conformity.
 */
import type { StrategyMatrix, ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { href } from '../router.js';
import { ownTextLabel } from './article.js';
import { strategyCoverageChart } from './charts.js';
import { jurisdictionName, named, provisionLabel } from './common.js';

export function renderStrategies(data: ViewerData, params: URLSearchParams): HTMLElement {
  const s = t();
  const { taxonomy, reference } = data.strategies;
  if (!taxonomy && !reference) return h('section', null, h('h1', null, s.strategies), h('p', null, s.noStrategies));
  const all = (taxonomy ?? reference)!.columns.map((c) => c.instrument);
  const picked = (params.get('pick') ?? '').split(',').filter((x) => all.includes(x));
  const pickHref = (id: string) => {
    const next = picked.includes(id) ? picked.filter((x) => x !== id) : all.filter((x) => picked.includes(x) || x === id);
    return href.strategies(next.length ? new URLSearchParams({ pick: next.join(',') }) : undefined);
  };
  const columns = (taxonomy ?? reference)!.columns;
  return h(
    'section',
    { class: 'strategies-view' },
    h('h1', null, s.strategies),
    h('p', null, s.strategyIntro),
    h('p', { class: 'help' }, s.studyNote),
    h(
      'nav',
      { class: 'picker', 'aria-label': s.pickStrategies },
      h('span', { class: 'help' }, s.pickStrategies, ': '),
      columns.map((c) => h('a', { href: pickHref(c.instrument), 'aria-pressed': picked.includes(c.instrument) ? 'true' : 'false', class: picked.includes(c.instrument) ? 'on' : 'off', 'data-strategy': c.instrument }, picked.includes(c.instrument) ? '☑ ' : '☐ ', c.short)),
      picked.length ? [' ', h('a', { href: href.strategies(), class: 'reset' }, s.allStrategies)] : null,
    ),
    picked.length > 0 && taxonomy
      ? [sideBySide(data, taxonomy, picked), strategyCoverageChart(data, taxonomy, picked)]
      : [
          taxonomy ? strategyCoverageChart(data, taxonomy, all) : null,
          taxonomy ? [h('h2', null, s.againstTaxonomy, ': ', data.strategies.taxonomyNames ? named(data.strategies.taxonomyNames) : taxonomy.axis.title), table(data, taxonomy)] : null,
          reference ? [h('h2', null, s.againstBudapest), table(data, reference)] : null,
        ],
  );
}

function rowLabel(data: ViewerData, ref: string, fallback: string): HTMLElement | string {
  const names = data.strategies.labels?.[ref];
  return names ? named(names) : h('span', { lang: 'en', title: t().inEnglish }, fallback);
}

function columnHead(data: ViewerData, c: StrategyMatrix['columns'][number]): (HTMLElement | string)[] {
  const s = t();
  const study = { subject: s.subject, named: s.named, candidate: s.candidate };
  return [
    h('a', { href: href.strategies(new URLSearchParams({ pick: c.instrument })), title: c.title }, c.short),
    h('span', { class: 'position' }, `${jurisdictionName(data, c.jurisdiction)}${c.year ? `, ${c.year}` : ''}`),
    h('span', { class: `study study-${c.study}`, title: c.evidence }, study[c.study]),
  ];
}

/** Two or more strategies by taxonomy area, their quotes in parallel columns. */
function sideBySide(data: ViewerData, m: StrategyMatrix, picked: string[]): HTMLElement {
  const s = t();
  const columns = m.columns.filter((c) => picked.includes(c.instrument));
  return h(
    'section',
    { class: 'strategy-compare', 'aria-label': s.compareStrategies },
    h('h2', null, s.compareStrategies, ': ', data.strategies.taxonomyNames ? named(data.strategies.taxonomyNames) : m.axis.title),
    h(
      'div',
      { class: 'grid-wrap' },
      h(
        'table',
        { class: 'strategy-compare-table', style: `--cols:${columns.length}` },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, s.area), columns.map((c) => h('th', { scope: 'col', 'data-strategy': c.instrument }, columnHead(data, c))))),
        h(
          'tbody',
          null,
          m.rows
            .filter((row) => columns.some((c) => (row.cells[c.instrument] ?? []).length > 0))
            .map((row) =>
              h(
                'tr',
                null,
                h('th', { scope: 'row' }, h('span', { class: 'num' }, row.code), ' ', rowLabel(data, row.ref, row.label)),
                columns.map((c) => {
                  const evidence = row.cells[c.instrument] ?? [];
                  return h(
                    'td',
                    { 'data-strategy': c.instrument, 'data-label': c.short },
                    evidence.length === 0 ? h('span', { class: 'empty' }, s.noLines) : h('ul', null, evidence.map((e) => quoteItem(data, e))),
                  );
                }),
              ),
            ),
        ),
      ),
    ),
  );
}

function quoteItem(data: ViewerData, e: StrategyMatrix['rows'][number]['cells'][string][number]): HTMLElement {
  const s = t();
  const p = data.provisions[e.provision];
  // The quote is verbatim in the strategy's language, labelled for what it is (official text or a secondary quote).
  // The line's heading is in the strategy's language.
  const other = p && p.lang !== lang() ? { lang: p.lang, title: p.lang === 'en' ? s.inEnglish : p.lang } : {};
  return h('li', null, h('a', { href: href.provision(e.provision), ...other }, provisionLabel(data, e.provision)), ': ', h('q', { lang: p?.lang ?? null, title: p ? ownTextLabel(data, p) : null }, e.quote), e.via === 'area' ? h('span', { class: 'kind' }, ` (${s.viaArea})`) : null);
}

function table(data: ViewerData, m: StrategyMatrix): HTMLElement {
  const s = t();
  return h(
    'div',
    { class: 'grid-wrap' },
    h(
      'table',
      { class: 'strategy-matrix' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, m.axis.kind === 'taxonomy' ? s.area : s.article), m.columns.map((c) => h('th', { scope: 'col', 'data-strategy': c.instrument }, columnHead(data, c))))),
      h(
        'tbody',
        null,
        m.rows.map((row) => {
          const article = data.articles[row.ref];
          return h(
            'tr',
            { class: `depth-${row.depth}` },
            h('th', { scope: 'row' }, article ? h('a', { href: href.article(row.ref) }, row.code) : h('span', { class: 'num' }, row.code), ' ', rowLabel(data, row.ref, row.label)),
            m.columns.map((c) => {
              const evidence = row.cells[c.instrument] ?? [];
              if (evidence.length === 0) return h('td', { class: 'empty' });
              return h(
                'td',
                { class: 'linked' },
                h(
                  'details',
                  null,
                  h('summary', { title: s.quotes(evidence.length) }, String(evidence.length), h('span', { class: 'sr-only' }, ` ${s.quotes(evidence.length).replace(/^\d+ /, '')}`)),
                  h('ul', { class: 'quotes' }, evidence.map((e) => quoteItem(data, e))),
                ),
              );
            }),
          );
        }),
      ),
    ),
  );
}
