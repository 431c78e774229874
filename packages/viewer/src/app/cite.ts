/**
 * "Cite this view": the view's permalink (its language in it) with the corpus version, the tool
 * version and the date consulted, in a form researchers cite web resources by (APA-like: author,
 * year, title, description in brackets, URL, date retrieved).
 */
import type { ViewerData } from '../shared/types.js';
import { h } from './dom.js';
import { lang, t } from './i18n.js';

export function citation(data: ViewerData, title: string, url: string, today: string): string {
  const g = data.generated;
  const year = g.date.slice(0, 4);
  return lang() === 'es'
    ? `lexharmony (${year}). ${title} [vista del visor web; corpus ${g.corpus}, ${g.tool}, datos del ${g.date}]. Consultado el ${today} en ${url}`
    : `lexharmony (${year}). ${title} [web viewer view; corpus ${g.corpus}, ${g.tool}, data of ${g.date}]. Retrieved ${today}, from ${url}`;
}

/** The box under every view; the citation is made when opened, from the URL the page has then. */
export function citeBox(data: ViewerData): HTMLElement {
  const s = t();
  const out = h('textarea', { id: 'citation', readonly: true, rows: 3, 'aria-label': s.cite });
  const copy = h('button', { type: 'button', class: 'copy' }, s.copy);
  const box = h(
    'details',
    { class: 'cite', id: 'cite' },
    h('summary', null, s.cite),
    h('p', { class: 'help' }, s.citeHelp),
    out,
    copy,
  );
  const fill = () => {
    const title = document.querySelector('main h1')?.textContent ?? s.title;
    out.value = citation(data, title, location.href, new Date().toISOString().slice(0, 10));
  };
  box.addEventListener('toggle', () => box.open && fill());
  window.addEventListener('lexharmony:view-changed', () => box.open && fill());
  copy.addEventListener('click', () => {
    fill();
    out.select();
    void navigator.clipboard?.writeText(out.value).then(() => (copy.textContent = s.copied), () => undefined);
  });
  // On paper, the address and versions of what was printed.
  const printed = h('p', { class: 'print-only printed' });
  window.addEventListener('beforeprint', () => {
    fill();
    printed.textContent = `${s.printed}: ${out.value}`;
  });
  return h('footer', { class: 'view-footer' }, box, printed);
}
