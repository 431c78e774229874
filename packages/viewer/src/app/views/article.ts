/**
 * An article for one or more jurisdictions side by side: the treaty text in the reader's language
 * (the official translation where the corpus has one, labelled; the authentic English otherwise)
 * with its requirements highlighted, then a column per jurisdiction with its status, the national
 * provisions cited (official text, then any translation, labelled) and each finding as a card.
 */
import type { ArticleText, MatrixCell, MatrixFinding, ViewerArticle, ViewerData, ViewerProvision } from '../../shared/types.js';
import { h } from '../dom.js';
import { lang, t, words } from '../i18n.js';
import { href } from '../router.js';
import { headingOf } from './matrix.js';
import { highlight, instrumentTitle, jurisdictionName, pathLabel, prose, provisionLabel, staleMark, statusBadge } from './common.js';

/** The article's text for the reader: their language where the corpus has it, else the authentic one. */
export function textFor(article: ViewerArticle): ArticleText | undefined {
  return article.texts.find((x) => x.lang === lang()) ?? article.texts[0];
}

export function renderArticle(data: ViewerData, ref: string, asked: string[]): HTMLElement {
  const s = t();
  const w = words(data);
  const article = data.articles[ref];
  const rowIndex = data.matrix.rows.findIndex((r) => r.ref === ref);
  const row = data.matrix.rows[rowIndex];
  if (!article || !row) return h('section', null, h('h1', null, ref), h('p', null, h('a', { href: href.view('matrix') }, s.notFound)));
  const assessed = data.matrix.columns.map((c) => c.jurisdiction);
  const missing = asked.filter((j) => !assessed.includes(j));
  const shown = asked.length === 0 ? assessed.slice(0, 1) : asked.filter((j) => assessed.includes(j));
  const columns = shown.map((j) => data.matrix.columns.find((c) => c.jurisdiction === j)!);
  const text = textFor(article);
  const heading = text?.heading || headingOf(row);

  const toggle = (j: string) => {
    const next = shown.includes(j) ? shown.filter((x) => x !== j) : assessed.filter((x) => shown.includes(x) || x === j);
    return href.article(ref, next.length ? next : [j]);
  };
  const prev = data.matrix.rows[rowIndex - 1];
  const next = data.matrix.rows[rowIndex + 1];
  const single = columns.length === 1 ? columns[0] : undefined;
  const singleCell = single ? row.cells[single.key] : undefined;

  return h(
    'article',
    { class: 'article-view' },
    h('p', { class: 'crumbs' }, h('a', { href: href.view('matrix') }, s.matrix)),
    h('h1', null, `Art. ${article.number} ${heading}`),
    text ? h('p', { class: 'path' }, pathLabel(data, text.path)) : null,
    missing.length
      ? h(
          'div',
          { class: 'no-assessment', role: 'status' },
          h('p', null, missing.map((j) => s.noAssessment(`${jurisdictionName(data, j)} (${j})`)).join(' ')),
          h('p', null, s.assessedAre, ' ', assessed.map((j, i) => [i ? ', ' : '', h('a', { href: href.article(ref, j) }, jurisdictionName(data, j))])),
        )
      : null,
    h(
      'nav',
      { class: 'jurisdictions', 'aria-label': s.compareWith },
      h('span', { class: 'help' }, s.compareWith, ': '),
      assessed.map((j) => h('a', { href: toggle(j), 'aria-pressed': shown.includes(j) ? 'true' : 'false', class: shown.includes(j) ? 'on' : 'off', 'data-jurisdiction': j }, shown.includes(j) ? '☑ ' : '☐ ', jurisdictionName(data, j))),
    ),
    h(
      'div',
      { class: `side-by-side cols-${columns.length + 1}` },
      referencePane(data, article, single && singleCell ? new Map(singleCell.findings.map((f) => [f.requirement, f])) : undefined, columns.map((c) => row.cells[c.key])),
      columns.map((c) => jurisdictionPane(data, article, c.jurisdiction, row.cells[c.key])),
    ),
    h(
      'nav',
      { class: 'pager', 'aria-label': s.article },
      prev ? h('a', { href: href.article(prev.ref, shown), rel: 'prev' }, `← ${s.prev}: Art. ${prev.number}`) : h('span'),
      next ? h('a', { href: href.article(next.ref, shown), rel: 'next' }, `${s.next}: Art. ${next.number} →`) : h('span'),
    ),
  );
  void w;
}

function referencePane(data: ViewerData, article: ViewerArticle, byRequirement: Map<string, MatrixFinding> | undefined, cells: (MatrixCell | undefined)[]): HTMLElement {
  const s = t();
  const w = words(data);
  const text = textFor(article);
  const own = article.ref.split('/')[1];
  const label = !text
    ? ''
    : text.standing === 'authentic'
      ? w.t('treaty.authentic', { lang: w.t(`lang.${text.lang}` as 'lang.en') })
      : w.t('treaty.officialTranslation', { by: text.by ?? '' });
  return h(
    'section',
    { class: 'pane reference', 'aria-labelledby': 'ref-h' },
    h('h2', { id: 'ref-h' }, s.reference),
    text
      ? h(
          'div',
          { class: `text ${text.standing}`, lang: text.lang },
          h('p', { class: 'label' }, label),
          text.parts.map((part) => {
            const phrases = article.requirements
              .filter((r) => r.provision === part.id || r.provision === own)
              .map((r) => ({
                quote: r.quote[text.lang] ?? '',
                make: (q: string) => {
                  const f = byRequirement?.get(r.ref);
                  return h('mark', { class: `req kind-${r.kind}${f ? ` status-${f.status}` : ''}`, 'data-req': r.ref, title: `${w.prose(r.label)?.text ?? ''} (${w.t(`kind.${r.kind}` as 'kind.element')})` }, q, h('sup', null, r.ref.split('#')[1] ?? ''));
                },
              }));
            return h('p', { 'data-part': part.id }, part.number ? h('span', { class: 'num' }, `${part.number}. `) : null, highlight(part.text, phrases));
          }),
        )
      : null,
    h('h3', null, s.requirements),
    lang() !== 'en' ? h('p', { class: 'help' }, `${s.requirements}: ${w.t('prose.translation')}`) : null,
    h(
      'ul',
      { class: 'requirements' },
      article.requirements.map((r) => {
        const statuses = cells.map((c) => c?.findings.find((f) => f.requirement === r.ref)?.status);
        return h(
          'li',
          { 'data-requirement': r.ref },
          h('code', null, r.ref.split('#')[1] ?? r.ref),
          ' ',
          prose(data, r.label, 'en', 'span', true),
          ' ',
          h('span', { class: 'kind' }, `(${w.t(`kind.${r.kind}` as 'kind.element')})`),
          statuses.length === 1 && statuses[0] ? [' ', statusBadge(data, statuses[0])] : null,
        );
      }),
    ),
  );
}

function jurisdictionPane(data: ViewerData, article: ViewerArticle, j: string, cell: MatrixCell | undefined): HTMLElement {
  const s = t();
  const w = words(data);
  const cited = citedProvisions(cell);
  const id = `nat-${j}`;
  return h(
    'section',
    { class: 'pane national', 'aria-labelledby': id, 'data-jurisdiction': j },
    h('h2', { id }, jurisdictionName(data, j)),
    cell
      ? h(
          'div',
          { class: `summary status-${cell.status}` },
          h('p', null, h('strong', null, s.statusLabel, ': '), statusBadge(data, cell.status), cell.stale ? [' ', staleMark()] : null),
          h('p', { class: 'reason' }, w.say(cell.reason)),
          cell.status === 'not-assessed' ? h('p', null, s.noFindings) : null,
          cell.needs.length ? h('p', null, h('strong', null, s.needs, ': '), cell.needs.map((ref) => w.prose(article.requirements.find((r) => r.ref === ref)?.label)?.text ?? ref).join('; ')) : null,
        )
      : h('p', { class: 'not-assessed' }, s.noFindings),
    h('h3', null, s.national),
    cited.length === 0 ? h('p', { class: 'empty' }, s.noCitation) : cited.map((p) => provisionBlock(data, p, data.provisions[p])),
    cell && cell.findings.length > 0 ? findingCards(data, j, cell.findings) : null,
    // Issue 16's recommendations for this jurisdiction and article will go here.
    h('div', { class: 'recommendations', 'data-slot': 'recommendations', hidden: true }),
  );
}

/** Cited provisions in first-cited order: the cell's list, then any citation it does not name. */
function citedProvisions(cell: MatrixCell | undefined): string[] {
  if (!cell) return [];
  const out = new Set(cell.provisions);
  for (const f of cell.findings) for (const c of f.citations) out.add(c.ref);
  return [...out];
}

/** How a provision's own text is labelled (exported for the strategy quotes): official text, or a strategy line known only from a secondary quote. */
export function ownTextLabel(data: ViewerData, p: ViewerProvision): string {
  const s = t();
  const inst = data.instruments[p.instrument];
  if (inst?.secondary) return `${s.secondaryQuote} (${p.lang}): ${s.notOfficialText}`;
  return `${s.officialText} (${p.lang})`;
}

/** A national or strategy provision: its own text in its language, then each translation labelled for what it is. */
export function provisionBlock(data: ViewerData, ref: string, p: ViewerProvision | undefined): HTMLElement {
  const s = t();
  if (!p) return h('div', { class: 'provision' }, h('h3', null, ref));
  const inst = data.instruments[p.instrument];
  const strategy = inst?.kind === 'strategy';
  const caveat = inst?.caveat ? prose(data, inst.caveat, 'en', 'p') : null;
  if (caveat) caveat.classList.add('caveat');
  return h(
    'div',
    { class: 'provision', 'data-provision': ref },
    h('h4', null, h('a', { href: href.provision(ref) }, provisionLabel(data, ref)), !strategy && p.heading ? h('span', { class: 'heading', lang: p.lang }, ` ${p.heading}`) : null),
    h('p', { class: 'path' }, instrumentTitle(data, p.instrument), p.path.length ? [' · ', pathLabel(data, p.path)] : null),
    caveat,
    h('div', { class: `text ${inst?.secondary ? 'secondary' : 'official'}`, lang: p.lang }, h('p', { class: 'label', title: inst?.secondary ?? null }, ownTextLabel(data, p)), p.text.split(/\n\s*\n/).map((para) => h('p', null, para))),
    p.translations.map((tr) =>
      h(
        'div',
        { class: `text translation ${tr.official ? 'official' : 'unofficial'}`, lang: tr.lang },
        h('p', { class: 'label' }, `${tr.official ? s.officialTranslation : s.unofficialTranslation} (${tr.lang}), ${s.by} ${tr.by}`),
        tr.text.split(/\n\s*\n/).map((para) => h('p', null, para)),
      ),
    ),
    p.history.length ? h('p', { class: 'history', lang: p.lang }, h('strong', null, s.history, ': '), p.history.join('; ')) : null,
  );
}

/** Each finding as a card (a table this wide would not fit a phone). */
function findingCards(data: ViewerData, j: string, findings: MatrixFinding[]): HTMLElement {
  const s = t();
  const w = words(data);
  const col = data.matrix.columns.find((c) => c.jurisdiction === j);
  const original = col?.assessment?.lang ?? 'en';
  const row = (term: string, ...value: (Node | string | null)[]) => [h('dt', null, term), h('dd', null, ...value)];
  // Alternatives, any one of which suffices (the words say so).
  const acceptableRow = (list: MatrixFinding['acceptableWith']) => {
    const a = w.acceptableWith(list.map((x) => `${w.cite(x.ref)} ${w.prose(x.label)?.text ?? ''} (${w.t(x.made ? 'acceptable.made' : 'acceptable.notMade')})`));
    return row(a.label, a.text);
  };
  return h(
    'section',
    { class: 'findings', 'aria-label': `${s.findings}: ${jurisdictionName(data, j)}` },
    h('h3', null, s.findings),
    findings.map((f) =>
      h(
        'div',
        { class: 'finding', 'data-requirement': f.requirement },
        h('h4', null, h('code', null, f.requirement.split('#')[1] ?? ''), ' ', prose(data, f.label, 'en', 'span', true), ' ', statusBadge(data, f.status), f.stale ? [' ', staleMark()] : null),
        h(
          'dl',
          null,
          f.coverage ? row(s.coverage, w.t(`coverage.${f.coverage}` as 'coverage.met')) : null,
          f.relationship ? row(s.relationship, w.t(`relationship.${f.relationship}` as 'relationship.subset-of')) : null,
          f.acceptableWith.length ? acceptableRow(f.acceptableWith) : null,
          f.rationale ? row(s.rationale, prose(data, f.rationale, original)) : f.notAssessedReason ? row(s.rationale, prose(data, f.notAssessedReason, original)) : null,
          f.searched ? row(s.searched, prose(data, f.searched, original)) : null,
          f.confidence ? row(s.confidence, w.t(`confidence.${f.confidence}` as 'confidence.high')) : null,
          f.citations.length
            ? row(
                s.sources,
                h(
                  'ul',
                  null,
                  f.citations.map((c) =>
                    h('li', null, h('a', { href: href.provision(c.ref) }, provisionLabel(data, c.ref)), c.quote ? h('q', { lang: data.provisions[c.ref]?.lang ?? 'es' }, c.quote) : null, c.note ? prose(data, c.note, original, 'p') : null, c.stale ? [' ', staleMark()] : null),
                  ),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}
