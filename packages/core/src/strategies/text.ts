/**
 * Escaping for the strategy renderers: the export module's own, so the gap matrix and the strategy
 * matrix neutralise corpus strings the same way. Every corpus string goes through one of these.
 */
import { field } from '../export/csv.js';
import { esc } from '../export/html.js';
import { md } from '../export/markdown.js';
import { isWebUrl } from '../export/tables.js';

/** HTML text and attribute values. */
export const escHtml = esc;

/** Text in a Markdown table cell or paragraph, one line: markup escaped, HTML turned into entities. */
export function mdText(s: string | number): string {
  return md(String(s).replace(/\s+/g, ' ').trim());
}

/** One CSV field (RFC 4180), formula-neutralised: text a spreadsheet would evaluate gets a leading `'`. */
export const csvField = (v: string | number): string => field(v);

/** A URL safe to put in an href: http(s) only, else nothing. */
export function safeUrl(url: string): string | undefined {
  return isWebUrl(url) ? url : undefined;
}
