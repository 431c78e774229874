/**
 * The one way the viewer makes DOM: `h(tag, attrs, ...children)`. Children that are strings become
 * text nodes, so corpus text is never parsed as HTML. Attributes go through setAttribute; `href`
 * takes only in-page routes (`#/…`) or http(s) URLs.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
      else if (name === 'href') el.setAttribute('href', safeHref(String(value)));
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replace everything inside `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

function safeHref(href: string): string {
  if (href.startsWith('#')) return href;
  try {
    const u = new URL(href);
    if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
  } catch {
    // not a URL
  }
  return '#';
}
