/**
 * Strategies against the strategy taxonomy and against the Budapest Convention: for each pair, the
 * number of linked lines, opening to their quotes. Named and candidate strategies are told apart.
 */
import type { ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { pick, t } from '../i18n.js';
import { href } from '../router.js';
import { jurisdictionName } from './common.js';

type Links = ViewerData['strategies']['links'];

export function renderStrategies(data: ViewerData): HTMLElement {
  const s = t();
  const st = data.strategies;
  if (st.links.length === 0) return h('section', null, h('h1', null, s.strategies), h('p', null, s.noStrategies));
  return h(
    'section',
    { class: 'strategies-view' },
    h('h1', null, s.strategies),
    h('p', null, s.strategyIntro),
    h('p', { class: 'help' }, s.studyNote),
    h('h2', null, s.againstTaxonomy),
    table(data, st.areas.map((a) => ({ key: a.ref, label: pick(a.names), code: a.ref.split('/')[1] ?? a.ref })), (l, key) => l.areas.includes(key)),
    h('h2', null, s.againstBudapest),
    table(data, st.targets.map((x) => ({ key: x.ref, label: x.label, code: x.label.replace(/^(Art\. \d+).*/, '$1'), link: data.articles[x.ref] ? href.article(x.ref) : undefined })), (l, key) => l.targets.includes(key)),
  );
}

function table(data: ViewerData, columns: { key: string; label: string; code: string; link?: string | undefined }[], matches: (l: Links[number], key: string) => boolean): HTMLElement {
  const s = t();
  const st = data.strategies;
  return h(
    'div',
    { class: 'grid-wrap' },
    h(
      'table',
      { class: 'strategy-matrix' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, s.strategy), columns.map((c) => h('th', { scope: 'col', title: c.label }, c.link ? h('a', { href: c.link }, c.code) : c.code, h('span', { class: 'position' }, c.label))))),
      h(
        'tbody',
        null,
        st.strategies.map((strategy) => {
          const mine = st.links.filter((l) => l.strategy === strategy.id);
          const study = strategy.study === 'named' ? s.named : strategy.study === 'candidate' ? s.candidate : strategy.study === 'subject' ? s.subject : undefined;
          return h(
            'tr',
            null,
            h(
              'th',
              { scope: 'row' },
              strategy.title,
              h('span', { class: 'position' }, `${jurisdictionName(data, strategy.jurisdiction)}${strategy.year ? `, ${strategy.year}` : ''}`),
              study ? h('span', { class: `study study-${strategy.study}`, title: strategy.evidence ?? '' }, study) : null,
            ),
            columns.map((c) => {
              const hits = mine.filter((l) => matches(l, c.key));
              if (hits.length === 0) return h('td', { class: 'empty' }, h('span', { class: 'sr-only' }, '0'));
              return h(
                'td',
                { class: 'linked' },
                h(
                  'details',
                  null,
                  h('summary', null, s.quotes(hits.length)),
                  h('ul', null, hits.map((l) => h('li', null, h('a', { href: href.provision(l.from) }, l.heading ?? l.from.split('/')[1] ?? l.from), ': ', h('q', null, l.quote)))),
                ),
              );
            }),
          );
        }),
      ),
    ),
  );
}
