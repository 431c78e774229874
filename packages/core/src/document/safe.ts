/** Only http(s) addresses become links; anything else (javascript:, data:, file:) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s"<>]+$/i.test(url);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and quoted attribute values alike. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Inline Markdown text that stays text: line breaks fold into spaces; `& < >` become entities;
 * `\\ \` * _ [ ] | ~` get a backslash; a leading `# - + = > 1.` is escaped.
 */
export function md(s: string): string {
  return s
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|~&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Prefix `'` to text a spreadsheet would read as a formula (=, +, -, @, tab, CR first): OWASP's advice against CSV injection. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
