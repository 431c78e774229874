/** Treaty status over time by country: each jurisdiction's events on a time line (with a legend) and in a dated list with sources. */
import type { ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { instrumentLabel, named } from './common.js';

const KEY_TYPES = [['ratification', 'accession', 'entry-into-force'], ['signature'], ['invited-to-accede', 'observer'], ['not-signed']];

export function renderTreaties(data: ViewerData): HTMLElement {
  const s = t();
  const years = data.jurisdictions.flatMap((j) => j.events.map((e) => Number(e.date?.slice(0, 4))).filter((y) => y > 0));
  const from = Math.min(2001, ...years);
  const to = Math.max(Number(data.generated.date.slice(0, 4)) || 2026, ...years);
  const at = (date: string) => {
    const [y = from, m = 6] = date.split('-').map(Number);
    return ((y - from + (m - 1) / 12) / (to - from + 1)) * 100;
  };
  const jurisdictions = [...data.jurisdictions].sort((a, b) => Number(b.assessed) - Number(a.assessed) || a.code.localeCompare(b.code));
  return h(
    'section',
    { class: 'treaties-view' },
    h('h1', null, s.treaties),
    h('p', null, s.treatyIntro),
    h(
      'p',
      { class: 'timeline-key' },
      s.timelineLegend,
      ' ',
      KEY_TYPES.map((types) => h('span', { class: 'key' }, h('span', { class: `dot type-${types[0]}`, 'aria-hidden': 'true' }), ' ', types.map((x) => s.event[x] ?? x).join(', '))),
    ),
    jurisdictions.map((j) =>
      h(
        'section',
        { class: 'country', 'aria-labelledby': `c-${j.code}` },
        h('h2', { id: `c-${j.code}` }, named(j.names), ` (${j.code})`, j.assessed ? h('span', { class: 'badge' }, s.assessedBadge) : null),
        j.events.length === 0
          ? h('p', null, s.noEvents)
          : [
              h(
                'div',
                { class: 'timeline', 'aria-hidden': 'true' },
                h('span', { class: 'year start' }, String(from)),
                h('span', { class: 'year end' }, String(to)),
                j.events.filter((e) => e.date).map((e) => h('span', { class: `event type-${e.type}`, style: `left:${at(e.date!).toFixed(2)}%`, title: `${e.date} ${s.event[e.type] ?? e.type}` })),
              ),
              h(
                'div',
                { class: 'grid-wrap' },
                h(
                  'table',
                  { class: 'events' },
                  h('thead', null, h('tr', null, [s.date, s.instrument, s.eventCol, s.sources].map((x) => h('th', { scope: 'col' }, x)))),
                  h(
                    'tbody',
                    null,
                    j.events.map((e) =>
                      h(
                        'tr',
                        null,
                        h('td', { class: 'date' }, e.date ?? s.undated),
                        h('td', null, instrumentLabel(data, e.instrument)),
                        h('td', null, h('span', { class: `event-label type-${e.type}` }, s.event[e.type] ?? e.type)),
                        h('td', null, e.url ? h('a', { href: e.url, rel: 'noopener noreferrer' }, e.source || e.url) : e.source, e.evidence !== 'verified' ? h('span', { class: 'evidence' }, ` (${e.evidence})`) : null),
                      ),
                    ),
                  ),
                ),
              ),
            ],
      ),
    ),
  );
}
