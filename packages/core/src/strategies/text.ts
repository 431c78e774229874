/**
 * Escaping for the strategy renderers. Every corpus string goes through one of these before it is
 * written. (The export module has equivalents for the gap matrix; these can be swapped for them.)
 */

/** HTML text and attribute values: & < > " ' escaped. */
export function escHtml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text in a Markdown table cell or paragraph, one line: inline markup escaped, HTML turned into entities. */
export function mdText(s: string | number): string {
  return String(s)
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/^([-=])/g, '\\$1')
    .trim();
}

/** One CSV field (RFC 4180), with formula neutralisation: text a spreadsheet would evaluate gets a leading `'`. */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A URL safe to put in an href: http(s) only, else nothing. */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
