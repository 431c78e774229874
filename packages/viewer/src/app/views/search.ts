/**
 * Search (Spanish and English, diacritics-insensitive): results update as one types (debounced),
 * the query lives in the URL, and each result opens the provision or article in context.
 */
import { fold, SearchIndex, type SearchHit } from '../../shared/search.js';
import type { ViewerData } from '../../shared/types.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

/** Keystrokes closer together than this are coalesced; a keystroke after a pause is answered at once. */
const DEBOUNCE_MS = 80;
let index: { data: ViewerData; index: SearchIndex } | undefined;

function indexFor(data: ViewerData): SearchIndex {
  if (index?.data !== data) index = { data, index: new SearchIndex(data.search.records) };
  return index.index;
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
    const hits = query.trim() ? indexFor(data).search(query) : [];
    replace(results, query.trim() ? list(hits, query) : null);
    results.dispatchEvent(new CustomEvent('rendered', { bubbles: true }));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const wait = last + DEBOUNCE_MS - performance.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  });
  if (q.trim()) queueMicrotask(run);
  return h(
    'section',
    { class: 'search-view' },
    h('h1', null, s.search),
    h('form', { role: 'search', onsubmit: (e: Event) => (e.preventDefault(), clearTimeout(timer), run()) }, h('label', { for: 'q' }, s.searchLabel), input),
    results,
  );
}

function list(hits: SearchHit[], query: string): HTMLElement[] {
  const s = t();
  const kind = { article: s.kindArticle, provision: s.kindProvision, strategy: s.kindStrategy };
  return [
    h('p', { class: 'count' }, hits.length ? s.results(hits.length) : s.noResults),
    h(
      'ol',
      null,
      hits.map(({ record }) =>
        h(
          'li',
          { 'data-ref': record.ref },
          h('a', { href: record.kind === 'article' ? href.article(record.ref) : record.route }, record.title),
          ' ',
          h('span', { class: 'kind' }, kind[record.kind]),
          h('p', { class: 'snippet' }, snippet(record.text, query)),
        ),
      ),
    ),
  ];
}

/** About 160 characters around the first query word found, as plain text. */
function snippet(text: string, query: string): string {
  const words = fold(query).split(' ').filter(Boolean);
  // fold() keeps string length for Latin text with combining marks removed only when NFC input is precomposed;
  // map positions through a per-character fold instead.
  const folded = [...text].map((ch) => fold(ch) || ' ').join('');
  let at = -1;
  for (const w of words) {
    at = folded.indexOf(w);
    if (at >= 0) break;
  }
  const chars = [...text];
  const start = Math.max(0, at - 60);
  const piece = chars.slice(start, start + 160).join('');
  return `${start > 0 ? '…' : ''}${piece}${start + 160 < chars.length ? '…' : ''}`;
}
