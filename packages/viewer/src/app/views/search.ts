/**
 * Search with core's `SearchIndex` (the records and glossaries of data.json): the same ranking as
 * `lexharmony search`. Results update as one types (a keystroke after a pause is answered at once;
 * a burst is coalesced); the query lives in the URL, and the view follows the URL (Back, a link).
 */
import { SearchIndex, type SearchResult } from '../../../../core/src/search/engine.js';
import type { ViewerData } from '../../shared/types.js';
import { h, replace } from '../dom.js';
import { lang, t } from '../i18n.js';
import { href, parseRoute } from '../router.js';
import { instrumentLabel } from './common.js';

const THROTTLE_MS = 80;
/** Keystrokes further apart than this start a new query in the history. */
const SETTLED_MS = 1000;
export const LIMIT = 30;
let loaded: { records: ViewerData['search']['records']; index: SearchIndex } | undefined;

/** Core's index over the records, built once (the data object is made anew as its other parts arrive; the records stay). */
export function indexFor(data: ViewerData): SearchIndex {
  if (loaded?.records !== data.search.records) loaded = { records: data.search.records, index: new SearchIndex(data.search.records, data.search.glossaries) };
  return loaded.index;
}

/** The search view, and `follow(q)`: what the router calls when the URL's query changes under it. */
export function renderSearch(data: ViewerData, q: string): HTMLElement & { follow?: (q: string) => void } {
  const s = t();
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const input = h('input', { type: 'search', id: 'q', value: q, placeholder: s.searchPlaceholder, autocomplete: 'off', spellcheck: 'false', 'data-autofocus': true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  let shownQuery: string | undefined;
  const show = (query: string) => {
    shownQuery = query;
    replace(results, query.trim() ? list(data, query, indexFor(data).search(query, { limit: LIMIT })) : null);
    results.dispatchEvent(new CustomEvent('rendered', { bubbles: true }));
  };
  const run = () => {
    const now = performance.now();
    // A query typed after a pause is a new step of history (Back returns to the one before); keystrokes in a run replace it.
    const fresh = now - last > SETTLED_MS;
    last = now;
    const query = input.value;
    if (query === shownQuery) return;
    const route = parseRoute(location.hash);
    if (route.view === 'search' && route.q !== query) {
      if (fresh && shownQuery?.trim()) history.pushState(null, '', href.search(query));
      else history.replaceState(null, '', href.search(query));
    }
    show(query);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const wait = last + THROTTLE_MS - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  });
  if (q.trim()) queueMicrotask(() => show(q));
  // Build the index while the reader looks at the empty box, not on the first keystroke.
  else setTimeout(() => indexFor(data), 0);
  const view = h(
    'section',
    { class: 'search-view' },
    h('h1', null, s.search),
    h('form', { role: 'search', onsubmit: (e: Event) => (e.preventDefault(), clearTimeout(timer), run()) }, h('label', { for: 'q' }, s.searchLabel), input),
    results,
  ) as HTMLElement & { follow?: (q: string) => void };
  view.follow = (query: string) => {
    if (query === shownQuery) return;
    clearTimeout(timer);
    input.value = query;
    show(query);
  };
  return view;
}

/** Where a result opens: a reference article's detail, or the provision's own view. */
function routeOf(data: ViewerData, r: SearchResult): string {
  const provision = r.ref.split('#')[0]!;
  const [instrument = '', id = ''] = provision.split('/');
  const article = `${instrument}/${id.split('.')[0]}`;
  if (data.articles[article]) return href.article(article);
  return href.provision(data.provisions[provision] ? provision : article);
}

/** The language a result's words are in: the provision's, or a reference article's authentic text's (English). */
function langOf(data: ViewerData, r: SearchResult): string | undefined {
  const provision = r.ref.split('#')[0]!;
  const [instrument = '', id = ''] = provision.split('/');
  return data.provisions[provision]?.lang ?? data.articles[`${instrument}/${id.split('.')[0]}`]?.texts[0]?.lang;
}

/** A reference article's result titled in the reader's language (its official translation's heading), as the matrix names it. */
function titleOf(data: ViewerData, r: SearchResult): string {
  const article = data.articles[r.ref];
  const own = article?.texts.find((x) => x.lang === lang());
  return article && own?.heading && r.kind !== 'requirement' ? `Art. ${article.number} — ${own.heading}` : r.title;
}

function list(data: ViewerData, query: string, hits: SearchResult[]): HTMLElement[] {
  const s = t();
  const marked = (r: SearchResult) => {
    const l = langOf(data, r);
    return { lang: l ?? null, title: l && l !== lang() && l === 'en' ? s.inEnglish : null };
  };
  const kind = (r: SearchResult) => (r.kind === 'strategy' ? s.kindStrategy : r.kind === 'requirement' ? s.kindRequirement : data.articles[r.ref] ? s.kindArticle : s.kindProvision);
  return [
    h('p', { class: 'count', 'data-query': query }, hits.length ? s.results(hits.length) : s.noResults),
    h(
      'ol',
      null,
      hits.map((r) =>
        h(
          'li',
          { 'data-ref': r.ref },
          h('a', { href: routeOf(data, r), ...(titleOf(data, r) === r.title ? marked(r) : {}) }, titleOf(data, r)),
          ' ',
          h('span', { class: 'kind' }, `${kind(r)} · ${instrumentLabel(data, r.instrument)}`),
          h('p', { class: 'snippet', ...marked(r) }, r.snippet),
        ),
      ),
    ),
  ];
}
