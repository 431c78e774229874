/**
 * The viewer: loads data.json, renders the view the URL hash names in the language the URL names,
 * and fetches the data's other parts (texts, strategies, search records) when a view first needs
 * them, or once the first view is on screen. Every corpus string is rendered as text (see dom.ts);
 * nothing is fetched but the data files, from beside the page.
 */
import { PART_NAMES, type PartName } from '../shared/split.js';
import type { ViewerData } from '../shared/types.js';
import { citeBox } from './cite.js';
import { h, replace } from './dom.js';
import { initLang, lang, setLang, t } from './i18n.js';
import { current, ensure, isLoaded, loadShell } from './store.js';
import { hashInLang, href, parseRoute, type Route } from './router.js';
import { renderArticle } from './views/article.js';
import { renderMatrix } from './views/matrix.js';
import { renderProvision } from './views/provision.js';
import { renderSearch } from './views/search.js';
import { renderStrategies } from './views/strategies.js';
import { renderTreaties } from './views/treaties.js';

const app = document.getElementById('app')!;
const nav = document.getElementById('nav')!;
/** The view currently shown, so that a language switch re-renders it in place and search follows its URL. */
let shown: { view: string; node: Node & { follow?: (q: string) => void } } | undefined;

/** The parts of the data each view reads beyond data.json. */
const NEEDS: Record<Route['view'], readonly PartName[]> = {
  matrix: [],
  treaties: [],
  'not-found': [],
  article: ['texts'],
  provision: ['texts'],
  strategies: ['texts', 'strategies'],
  search: ['texts', 'search'],
};

async function start(): Promise<void> {
  performance.mark('lexharmony:script');
  initLang();
  renderChrome();
  if (location.protocol === 'file:') {
    // Browsers refuse a page opened from disk its data file: say so instead of a blank page.
    replace(app, h('section', { class: 'error', role: 'alert' }, h('h1', null, t().title), h('p', null, t().fileProtocol)));
    return;
  }
  replace(app, h('p', { class: 'loading' }, t().loading));
  try {
    await loadShell();
    performance.mark('lexharmony:data');
  } catch (error) {
    loadFailed(error);
    return;
  }
  window.addEventListener('hashchange', () => render(false));
  window.addEventListener('popstate', () => render(false));
  render(false);
  // The rest of the data once the first view is on screen, so that the next view opens at once.
  setTimeout(() => void ensure(PART_NAMES).catch(() => undefined), 50);
}

function loadFailed(error: unknown): void {
  replace(app, h('p', { class: 'error', role: 'alert' }, t().loadFailed, ' ', String((error as Error).message)));
}

function render(force: boolean): void {
  const data = current();
  if (!data) return;
  // A link or Back may carry another language.
  const before = lang();
  initLang();
  if (lang() !== before) force = true;
  const route = parseRoute(location.hash);
  // The search view follows its URL itself (typing updates it; Back restores an earlier query).
  if (!force && route.view === 'search' && shown?.view === 'search') {
    shown.node.follow?.(route.q);
    return;
  }
  renderChrome(route);
  const missing = NEEDS[route.view].filter((name) => !isLoaded(name));
  if (missing.length > 0) {
    // Render once the parts are here, unless the reader has gone elsewhere meanwhile.
    const at = location.hash;
    shown = undefined;
    replace(app, h('p', { class: 'loading' }, t().loading));
    ensure(missing).then(
      () => location.hash === at && render(force),
      (error: unknown) => location.hash === at && loadFailed(error),
    );
    return;
  }
  const view = viewFor(route, data);
  shown = { view: route.view, node: view };
  replace(app, view, citeBox(data));
  // For the benchmarks: when each view was first on screen, relative to navigation start.
  performance.mark(`lexharmony:rendered:${route.view}`);
  document.title = `${app.querySelector('h1')?.textContent ?? t().title} · lexharmony`;
  const focusTarget = app.querySelector<HTMLElement>('[data-autofocus]') ?? app.querySelector('h1');
  if (focusTarget && !force) {
    if (!focusTarget.hasAttribute('tabindex') && focusTarget.tagName === 'H1') focusTarget.setAttribute('tabindex', '-1');
    focusTarget.focus({ preventScroll: true });
  }
}

function viewFor(route: Route, d: ViewerData): Node & { follow?: (q: string) => void } {
  switch (route.view) {
    case 'matrix':
      return renderMatrix(d, route.params);
    case 'article':
      return renderArticle(d, route.ref, route.jurisdictions);
    case 'provision':
      return renderProvision(d, route.ref);
    case 'strategies':
      return renderStrategies(d, route.params);
    case 'treaties':
      return renderTreaties(d);
    case 'search':
      return renderSearch(d, route.q);
    default:
      return notFound();
  }
}

export function notFound(): HTMLElement {
  return h('section', null, h('h1', null, '404'), h('p', null, h('a', { href: href.view('matrix') }, t().notFound)));
}

function renderChrome(route?: Route): void {
  const s = t();
  const current = route?.view === 'article' ? 'matrix' : route?.view === 'provision' ? undefined : route?.view;
  const link = (view: string, label: string) => h('li', null, h('a', { href: href.view(view), 'aria-current': current === view ? 'page' : null }, label));
  const other = lang() === 'en' ? 'es' : 'en';
  replace(
    nav,
    h('a', { class: 'brand', href: href.view('matrix') }, s.title),
    h('ul', { 'aria-label': s.nav }, link('matrix', s.matrix), link('strategies', s.strategies), link('treaties', s.treaties), link('search', s.search)),
    h(
      'button',
      {
        type: 'button',
        class: 'lang',
        lang: other,
        'aria-label': s.languageLabel,
        id: 'lang-switch',
        onclick: () => {
          setLang(other);
          history.replaceState(null, '', hashInLang(location.hash, other));
          render(true);
          document.getElementById('lang-switch')?.focus();
        },
      },
      s.language,
    ),
  );
  const skip = document.getElementById('skip');
  if (skip) skip.textContent = s.skip;
}

void start();
