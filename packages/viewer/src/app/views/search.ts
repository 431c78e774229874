/**
 * Search (Spanish and English, diacritics-insensitive, with the glossary linking the two) over
 * the records of @lexharmony/core's search, from data.json. Results update as one types (a keystroke after a
 * pause is answered at once; a burst is coalesced), the query lives in the URL, and each result
 * opens the article or provision in context.
 */
import { ViewerSearchIndex, type SearchHit } from '../../shared/search.js';
import type { ViewerData } from '../../shared/types.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

const THROTTLE_MS = 80;
const LIMIT = 30;
let loaded: { data: ViewerData; index: ViewerSearchIndex } | undefined;

function indexFor(data: ViewerData): ViewerSearchIndex {
  if (loaded?.data !== data) loaded = { data, index: new ViewerSearchIndex(data.search.records) };
  return loaded.index;
}

export function renderSearch(data: ViewerData, q: string): HTMLElement {
  const s = t();
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const input = h('input', { type: 'search', id: 'q', value: q, placeholder: s.searchPlaceholder, autocomplete: 'off', spellcheck: 'false', 'data-autofocus': true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  const run = () => {
    last = performance.now();
    const query = input.value;
    history.replaceState(null, '', href.search(query));
    replace(results, query.trim() ? list(data, indexFor(data).search(query, LIMIT)) : null);
    results.dispatchEvent(new CustomEvent('rendered', { bubbles: true }));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const wait = last + THROTTLE_MS - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  });
  if (q.trim()) queueMicrotask(run);
  // Load the index while the reader looks at the empty box, not on the first keystroke.
  else setTimeout(() => indexFor(data), 0);
  return h(
    'section',
    { class: 'search-view' },
    h('h1', null, s.search),
    h('form', { role: 'search', onsubmit: (e: Event) => (e.preventDefault(), clearTimeout(timer), run()) }, h('label', { for: 'q' }, s.searchLabel), input),
    results,
  );
}

/** Where a result opens: a reference article's detail, or the provision's own view. */
function routeOf(data: ViewerData, r: SearchHit['record']): string {
  const provision = r.ref.split('#')[0]!;
  const [instrument = '', id = ''] = provision.split('/');
  const article = `${instrument}/${id.split('.')[0]}`;
  if (data.articles[article]) return href.article(article);
  return href.provision(data.provisions[provision] ? provision : article);
}

function list(data: ViewerData, hits: SearchHit[]): HTMLElement[] {
  const s = t();
  const kind = (r: SearchHit['record']) => (r.kind === 'strategy' ? s.kindStrategy : r.kind === 'requirement' ? s.kindRequirement : data.articles[r.ref] ? s.kindArticle : s.kindProvision);
  return [
    h('p', { class: 'count' }, hits.length ? s.results(hits.length) : s.noResults),
    h(
      'ol',
      null,
      hits.map(({ record: r, snippet }) =>
        h(
          'li',
          { 'data-ref': r.ref },
          h('a', { href: routeOf(data, r) }, r.title),
          ' ',
          h('span', { class: 'kind' }, `${kind(r)} · ${data.instruments[r.instrument]?.short ?? r.instrument}`),
          h('p', { class: 'snippet' }, snippet),
        ),
      ),
    ),
  ];
}
