/**
 * Permalinks: every view is a URL hash, its language included (`lang=es`).
 *   #/matrix?cols=MX,AR&chapter=…&status=…   the gap matrix, its columns and filters
 *   #/article/coe-ets-185/art-2/MX,AR         an article for one or more jurisdictions side by side
 *   #/provision/mx-cpf/art-177                a national or strategy provision, with what cites it
 *   #/strategies?pick=mx-encs-2017,es-ncss-2013   strategies, two or more side by side
 *   #/treaties  #/search?q=…
 */
import { lang } from './i18n.js';

export type Route =
  | { view: 'matrix'; params: URLSearchParams }
  | { view: 'article'; ref: string; jurisdictions: string[] }
  | { view: 'provision'; ref: string }
  | { view: 'strategies'; params: URLSearchParams }
  | { view: 'treaties' }
  | { view: 'search'; q: string }
  | { view: 'not-found' };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const params = new URLSearchParams(query);
  params.delete('lang');
  switch (parts[0] ?? 'matrix') {
    case 'matrix':
      return { view: 'matrix', params };
    case 'article':
      return parts.length >= 3 ? { view: 'article', ref: `${parts[1]}/${parts[2]}`, jurisdictions: (parts[3] ?? '').split(',').filter(Boolean) } : { view: 'not-found' };
    case 'provision':
      return parts.length >= 3 ? { view: 'provision', ref: `${parts[1]}/${parts[2]}` } : { view: 'not-found' };
    case 'strategies':
      return { view: 'strategies', params };
    case 'treaties':
      return { view: 'treaties' };
    case 'search':
      return { view: 'search', q: params.get('q') ?? '' };
    default:
      return { view: 'not-found' };
  }
}

/** `path?params&lang=xx`: the language is always in the link, so a copied link opens as it was seen. */
function withLang(path: string, params?: URLSearchParams): string {
  const p = new URLSearchParams(params);
  p.delete('lang');
  p.set('lang', lang());
  return `${path}?${p}`;
}

export const href = {
  view: (view: string) => withLang(`#/${view}`),
  matrix: (params?: URLSearchParams) => withLang('#/matrix', params),
  article: (ref: string, jurisdictions?: string | readonly string[]) => {
    const js = typeof jurisdictions === 'string' ? [jurisdictions] : (jurisdictions ?? []);
    return withLang(`#/article/${ref}${js.length ? `/${js.join(',')}` : ''}`);
  },
  provision: (ref: string) => withLang(`#/provision/${ref}`),
  strategies: (params?: URLSearchParams) => withLang('#/strategies', params),
  search: (q: string) => withLang('#/search', q ? new URLSearchParams({ q }) : undefined),
};

/** The current hash with its language set to `l`. */
export function hashInLang(hash: string, l: string): string {
  const [path = '#/matrix', query = ''] = hash.split('?', 2);
  const p = new URLSearchParams(query);
  p.set('lang', l);
  return `${path || '#/matrix'}?${p}`;
}
