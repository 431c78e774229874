/**
 * The strategy matrices of @lexharmony/core: taxonomy areas (or parts of the treaty) × strategies.
 * Each cell counts the linked lines and opens to their quotes. The subject, named and candidate
 * strategies are told apart by a word, not by colour alone. A link is policy, never legal conformity.
 */
import type { StrategyMatrix, ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

export function renderStrategies(data: ViewerData): HTMLElement {
  const s = t();
  const { taxonomy, reference } = data.strategies;
  if (!taxonomy && !reference) return h('section', null, h('h1', null, s.strategies), h('p', null, s.noStrategies));
  return h(
    'section',
    { class: 'strategies-view' },
    h('h1', null, s.strategies),
    h('p', null, s.strategyIntro),
    h('p', { class: 'help' }, s.studyNote),
    taxonomy ? [h('h2', null, s.againstTaxonomy, ': ', taxonomy.axis.title), table(data, taxonomy)] : null,
    reference ? [h('h2', null, s.againstBudapest), table(data, reference)] : null,
  );
}

function table(data: ViewerData, m: StrategyMatrix): HTMLElement {
  const s = t();
  const study = { subject: s.subject, named: s.named, candidate: s.candidate };
  return h(
    'div',
    { class: 'grid-wrap' },
    h(
      'table',
      { class: 'strategy-matrix' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, m.axis.kind === 'taxonomy' ? s.area : s.article),
          m.columns.map((c) =>
            h(
              'th',
              { scope: 'col', title: c.title },
              h('a', { href: c.url, rel: 'noopener noreferrer' }, c.short),
              h('span', { class: 'position' }, `${c.country}${c.year ? `, ${c.year}` : ''}`),
              h('span', { class: `study study-${c.study}`, title: c.evidence }, study[c.study]),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        m.rows.map((row) => {
          const article = data.articles[row.ref];
          return h(
            'tr',
            { class: `depth-${row.depth}` },
            h('th', { scope: 'row' }, article ? h('a', { href: href.article(row.ref) }, row.code) : h('span', { class: 'num' }, row.code), ' ', row.label),
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
                  h(
                    'ul',
                    null,
                    evidence.map((e) => h('li', null, h('a', { href: href.provision(e.provision) }, e.heading ?? e.provision.split('/')[1] ?? e.provision), ': ', h('q', null, e.quote), e.via === 'area' ? h('span', { class: 'kind' }, ` (${s.viaArea})`) : null)),
                  ),
                ),
              );
            }),
          );
        }),
      ),
    ),
  );
}
