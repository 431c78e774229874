/**
 * An article's detail for one jurisdiction: the reference text with its requirements highlighted,
 * beside the national provisions cited (official text, then any translation, labelled), and each
 * finding with its coverage, relationship, option or reservation, rationale, confidence and sources.
 */
import type { MatrixCell, MatrixFinding, ViewerArticle, ViewerData, ViewerProvision } from '../../shared/types.js';
import { pick, type ProseMap } from '../../../../core/src/model/prose.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { highlight, jurisdictionName, provisionLabel, staleMark, statusBadge } from './common.js';

export function renderArticle(data: ViewerData, ref: string, jurisdiction?: string): HTMLElement {
  const s = t();
  const article = data.articles[ref];
  const rowIndex = data.matrix.rows.findIndex((r) => r.ref === ref);
  const row = data.matrix.rows[rowIndex];
  if (!article || !row) return h('section', null, h('h1', null, ref), h('p', null, h('a', { href: '#/matrix' }, s.notFound)));
  const column = data.matrix.columns.find((c) => c.jurisdiction === jurisdiction) ?? data.matrix.columns[0];
  const cell = column ? row.cells[column.key] : undefined;
  const byRequirement = new Map((cell?.findings ?? []).map((f) => [f.requirement, f]));

  const prev = data.matrix.rows[rowIndex - 1];
  const next = data.matrix.rows[rowIndex + 1];
  const jur = column?.jurisdiction;

  const reference = h(
    'section',
    { class: 'pane reference', 'aria-labelledby': 'ref-h', lang: 'en' },
    h('h2', { id: 'ref-h' }, s.reference),
    h('p', { class: 'path' }, article.path),
    article.parts.map((part) => {
      const phrases = article.requirements
        .filter((r) => r.provision === part.id || r.provision === article.ref.split('/')[1])
        .map((r) => ({
          quote: r.quote,
          make: (text: string) => {
            const f = byRequirement.get(r.ref);
            return h(
              'mark',
              { class: `req kind-${r.kind}${f ? ` status-${f.status}` : ''}`, 'data-req': r.ref, title: `${r.label} (${r.kind})` },
              text,
              h('sup', null, r.ref.split('#')[1] ?? ''),
            );
          },
        }));
      return h('p', { 'data-part': part.id }, part.number ? h('span', { class: 'num' }, `${part.number}. `) : null, highlight(part.text, phrases));
    }),
    h('h3', null, s.requirements),
    h(
      'ul',
      { class: 'requirements' },
      article.requirements.map((r) => {
        const f = byRequirement.get(r.ref);
        return h('li', null, h('code', null, r.ref.split('#')[1] ?? r.ref), ' ', r.label, ' ', h('span', { class: 'kind' }, `(${r.kind})`), f ? [' ', statusBadge(data, f.status)] : null);
      }),
    ),
  );

  const cited = citedProvisions(cell);
  const national = h(
    'section',
    { class: 'pane national', 'aria-labelledby': 'nat-h' },
    h('h2', { id: 'nat-h' }, s.national, jur ? ` (${jurisdictionName(data, jur)})` : ''),
    cited.length === 0 ? h('p', { class: 'empty' }, s.noCitation) : cited.map((p) => provisionBlock(data, p, data.provisions[p])),
  );

  return h(
    'article',
    { class: 'article-view' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/matrix' }, s.matrix)),
    h('h1', null, `Art. ${article.number} ${article.heading}`),
    h(
      'nav',
      { class: 'jurisdictions', 'aria-label': s.jurisdiction },
      data.matrix.columns.map((c) =>
        h('a', { href: href.article(ref, c.jurisdiction), 'aria-current': c.jurisdiction === jur ? 'page' : null }, jurisdictionName(data, c.jurisdiction)),
      ),
    ),
    cell ? summary(data, cell, article.requirements) : h('p', { class: 'not-assessed' }, s.noFindings),
    h('div', { class: 'side-by-side' }, reference, national),
    cell && cell.findings.length > 0 ? findingsTable(data, cell.findings) : null,
    h(
      'nav',
      { class: 'pager', 'aria-label': s.article },
      prev ? h('a', { href: href.article(prev.ref, jur), rel: 'prev' }, `← ${s.prev}: Art. ${prev.number}`) : h('span'),
      next ? h('a', { href: href.article(next.ref, jur), rel: 'next' }, `${s.next}: Art. ${next.number} →`) : h('span'),
    ),
  );
}

function summary(data: ViewerData, cell: MatrixCell, requirements: ViewerArticle['requirements']): HTMLElement {
  const s = t();
  return h(
    'div',
    { class: `summary status-${cell.status}` },
    h('p', null, h('strong', null, s.statusLabel, ': '), statusBadge(data, cell.status), cell.stale ? [' ', staleMark()] : null),
    cell.reason ? h('p', null, cell.reason) : null,
    cell.status === 'not-assessed' ? h('p', null, s.noFindings) : null,
    cell.needs.length ? h('p', null, h('strong', null, s.needs, ': '), cell.needs.map((ref) => requirements.find((r) => r.ref === ref)?.label ?? ref).join('; ')) : null,
  );
}

/** Cited provisions in first-cited order: the cell's list, then any citation it does not name. */
function citedProvisions(cell: MatrixCell | undefined): string[] {
  if (!cell) return [];
  const out = new Set(cell.provisions);
  for (const f of cell.findings) for (const c of f.citations) out.add(c.ref);
  return [...out];
}

/** A national provision: official text in its language, then each translation labelled official or not. */
export function provisionBlock(data: ViewerData, ref: string, p: ViewerProvision | undefined): HTMLElement {
  const s = t();
  if (!p) return h('div', { class: 'provision' }, h('h3', null, ref));
  return h(
    'div',
    { class: 'provision', 'data-provision': ref },
    h('h3', null, h('a', { href: href.provision(ref) }, provisionLabel(data, ref)), p.heading ? h('span', { class: 'heading' }, ` ${p.heading}`) : null),
    p.path ? h('p', { class: 'path' }, p.path) : null,
    h(
      'div',
      { class: 'text official', lang: p.lang },
      h('p', { class: 'label' }, `${s.officialText} (${p.lang})`),
      p.text.split(/\n\s*\n/).map((para) => h('p', null, para)),
    ),
    p.translations.map((tr) =>
      h(
        'div',
        { class: `text translation ${tr.official ? 'official' : 'unofficial'}`, lang: tr.lang },
        h('p', { class: 'label' }, `${tr.official ? s.officialTranslation : s.unofficialTranslation} (${tr.lang}), ${s.by} ${tr.by}`),
        tr.text.split(/\n\s*\n/).map((para) => h('p', null, para)),
      ),
    ),
    p.history.length ? h('p', { class: 'history' }, h('strong', null, s.history, ': '), p.history.join('; ')) : null,
  );
}

function findingsTable(data: ViewerData, findings: MatrixFinding[]): HTMLElement {
  const s = t();
  return h(
    'section',
    { class: 'findings', 'aria-labelledby': 'findings-h' },
    h('h2', { id: 'findings-h' }, s.findings),
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h('tr', null, [s.requirement, s.statusLabel, s.coverage, s.relationship, s.optionReservation, s.rationale, s.confidence, s.sources].map((x) => h('th', { scope: 'col' }, x))),
      ),
      h(
        'tbody',
        null,
        findings.map((f) =>
          h(
            'tr',
            { 'data-requirement': f.requirement },
            h('th', { scope: 'row' }, h('code', null, f.requirement.split('#')[1] ?? ''), ' ', prose(f.label), h('span', { class: 'kind' }, ` (${f.kind})`)),
            h('td', null, statusBadge(data, f.status), f.stale ? [' ', staleMark()] : null),
            h('td', null, f.coverage ?? '—'),
            h('td', null, f.relationship ?? '—'),
            h(
              'td',
              null,
              f.acceptableWith.length
                ? h('ul', null, f.acceptableWith.map((a) => h('li', null, prose(a.label), ' ', h('span', { class: a.made ? 'made' : 'not-made' }, `(${a.made ? s.made : s.notMade})`))))
                : '—',
            ),
            h('td', null, f.rationale ? prose(f.rationale) : f.notAssessedReason ? prose(f.notAssessedReason) : '—'),
            h('td', null, f.confidence ?? '—'),
            h(
              'td',
              null,
              f.citations.length
                ? h(
                    'ul',
                    null,
                    f.citations.map((c) =>
                      h('li', null, h('a', { href: href.provision(c.ref) }, provisionLabel(data, c.ref)), c.quote ? h('q', { lang: data.provisions[c.ref]?.lang ?? 'es' }, c.quote) : null, c.stale ? [' ', staleMark()] : null),
                    ),
                  )
                : '—',
            ),
          ),
        ),
      ),
    ),
  );
}

/** Corpus prose in English for now (the viewer's Spanish corpus layer is to come). */
function prose(p: ProseMap): string {
  return pick(p, 'en').text;
}
