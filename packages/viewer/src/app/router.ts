/**
 * Permalinks: every view is a URL hash.
 *   #/matrix                          the gap matrix (optional ?chapter=…&status=…)
 *   #/article/coe-ets-185/art-2/MX    an article's detail for one jurisdiction
 *   #/provision/mx-cpf/art-177        a national provision, with the articles it is cited for
 *   #/strategies  #/treaties  #/search?q=…
 */
export type Route =
  | { view: 'matrix'; params: URLSearchParams }
  | { view: 'article'; ref: string; jurisdiction?: string | undefined }
  | { view: 'provision'; ref: string }
  | { view: 'strategies' }
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
  switch (parts[0] ?? 'matrix') {
    case 'matrix':
      return { view: 'matrix', params };
    case 'article':
      return parts.length >= 3 ? { view: 'article', ref: `${parts[1]}/${parts[2]}`, jurisdiction: parts[3] } : { view: 'not-found' };
    case 'provision':
      return parts.length >= 3 ? { view: 'provision', ref: `${parts[1]}/${parts[2]}` } : { view: 'not-found' };
    case 'strategies':
      return { view: 'strategies' };
    case 'treaties':
      return { view: 'treaties' };
    case 'search':
      return { view: 'search', q: params.get('q') ?? '' };
    default:
      return { view: 'not-found' };
  }
}

export const href = {
  matrix: (params?: URLSearchParams) => `#/matrix${params && [...params].length ? `?${params}` : ''}`,
  article: (ref: string, jurisdiction?: string) => `#/article/${ref}${jurisdiction ? `/${jurisdiction}` : ''}`,
  provision: (ref: string) => `#/provision/${ref}`,
  search: (q: string) => `#/search${q ? `?${new URLSearchParams({ q })}` : ''}`,
};
