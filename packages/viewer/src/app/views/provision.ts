/** A national or strategy provision on its own, with the articles and jurisdictions it is cited for. */
import type { ViewerData } from '../../shared/types.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { provisionBlock } from './article.js';
import { headingOf } from './matrix.js';
import { instrumentLabel, instrumentTitle, jurisdictionName, prose, provisionLabel, statusBadge } from './common.js';

export function renderProvision(data: ViewerData, ref: string): HTMLElement {
  const s = t();
  const p = data.provisions[ref];
  const instrument = data.instruments[ref.split('/')[0] ?? ''];
  const citedFor: HTMLElement[] = [];
  for (const row of data.matrix.rows) {
    for (const col of data.matrix.columns) {
      const cell = row.cells[col.key];
      if (!cell) continue;
      const cites = cell.provisions.includes(ref) || cell.findings.some((f) => f.citations.some((c) => c.ref === ref || c.ref.startsWith(`${ref}.`)));
      if (cites) citedFor.push(h('li', null, h('a', { href: href.article(row.ref, col.jurisdiction) }, `Art. ${row.number} ${headingOf(row)}`), ` (${jurisdictionName(data, col.jurisdiction)}) `, statusBadge(data, cell.status)));
    }
  }
  const strategy = instrument?.kind === 'strategy';
  return h(
    'article',
    { class: 'provision-view' },
    h('p', { class: 'crumbs' }, h('a', { href: strategy ? href.strategies() : href.view('matrix') }, strategy ? s.strategies : s.matrix)),
    h('h1', null, provisionLabel(data, ref), !strategy && p?.heading ? h('span', { lang: p.lang }, ` ${p.heading}`) : ''),
    instrument
      ? h(
          'p',
          { class: 'meta' },
          instrumentTitle(data, instrument.id),
          ` (${instrument.version})`,
          instrument.url ? [' · ', h('a', { href: instrument.url, rel: 'noopener noreferrer' }, instrumentLabel(data, instrument.id))] : null,
        )
      : null,
    strategy && instrument?.coverage ? prose(data, instrument.coverage, 'en', 'p') : null,
    p ? provisionBlock(data, ref, p) : h('p', null, s.notFound),
    citedFor.length ? h('section', null, h('h2', null, s.citedBy), h('ul', null, citedFor)) : null,
  );
}
