import type { Cell } from './tables.js';

/**
 * The `<row>` elements of a worksheet, written exactly as SheetJS writes them (inline `str` cells,
 * the same escaping, `xml:space="preserve"` where SheetJS puts it), for the workbook's tables (see
 * `STREAMED_TABLES`). SheetJS keeps a workbook's every cell and every sheet's XML in memory at once;
 * these rows go to the zip in chunks instead. A test holds the output equal, byte for byte, to
 * SheetJS's own on the same table.
 *
 * Link cells are not written here (SheetJS writes the sheets that have links).
 */

/** Excel refuses cells longer than this; longer texts are cut with a note (the json/html reports hold them whole). */
export const MAX_CELL = 32_767;
const CUT_NOTE = ' … [cut at the spreadsheet cell limit; the full text is in the html or json report]';

/** A text as a cell holds it: cut, with a note, at the spreadsheet cell limit. */
export function cellString(s: string): string {
  return s.length > MAX_CELL ? s.slice(0, MAX_CELL - CUT_NOTE.length) + CUT_NOTE : s;
}

// A text cell as SheetJS's `escapexml` writes it: XML entities, and `_xHHHH_` for control characters.
const SPECIAL = /[&<>'"\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/;
const ENTITY = /[&<>'"]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
function escapeXml(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(ENTITY, (c) => ENTITIES[c]!).replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

/**
 * SheetJS marks an element's content `xml:space="preserve"` when it starts or ends with white space
 * or holds a newline; so a cell with a newline in its text, and the row holding that cell, too.
 */
const SPACE = /\s/;
const PRESERVE = ' xml:space="preserve"';

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(((n - 1) % 26) + 65) + s;
  return s;
}

/** A cell's XML; `newline` says whether its text holds a newline. */
function cellXml(c: Cell, ref: string): { xml: string; newline: boolean } {
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) throw new TypeError(`cell ${ref}: ${c} is not a finite number`);
    return { xml: `<c r="${ref}"><v>${c}</v></c>`, newline: false };
  }
  if (typeof c === 'object') throw new TypeError(`cell ${ref}: a link cell belongs in a sheet SheetJS writes`);
  const text = escapeXml(cellString(c));
  // One scan for the newline; the ends are single characters (a regex for /\s$/ would scan it all).
  const newline = text.includes('\n');
  const spaced = newline || SPACE.test(text.charAt(0)) || SPACE.test(text.charAt(text.length - 1));
  return { xml: `<c r="${ref}" t="str"${newline ? PRESERVE : ''}><v${spaced ? PRESERVE : ''}>${text}</v></c>`, newline };
}

/**
 * The rows of `rows` as XML, the first at sheet row `firstRow` (1-based), in chunks of about
 * `chunkChars` characters. An empty text is no cell, and a row without cells is not written.
 */
export function* rowsXml(rows: Iterable<readonly Cell[]>, firstRow: number, chunkChars = 1 << 16): Generator<string> {
  const columns: string[] = [];
  let parts: string[] = [];
  let length = 0;
  let n = firstRow;
  for (const row of rows) {
    const r = String(n++);
    let cells = '';
    let newline = false;
    for (let c = 0; c < row.length; c++) {
      const value = row[c]!;
      if (value === '') continue;
      const cell = cellXml(value, (columns[c] ??= columnName(c)) + r);
      cells += cell.xml;
      newline ||= cell.newline;
    }
    if (!cells) continue;
    const xml = `<row r="${r}"${newline ? PRESERVE : ''}>${cells}</row>`;
    parts.push(xml);
    length += xml.length;
    if (length >= chunkChars) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}
