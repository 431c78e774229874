/**
 * How many lines a text takes in a column of a given width, in Arial (whose advance widths are
 * Helvetica's, and Liberation Sans's, the font LibreOffice puts in its place). Spreadsheet programs
 * do not grow a row for wrapped text when they open a file, so the workbook states each row's
 * height: measured letter by letter, a row is as tall as its text and no taller, and nothing is cut.
 */

// Advance widths in thousandths of an em, for U+0020-U+007E (the Adobe Helvetica metrics).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722,
  278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333,
  500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const OTHER: Record<string, number> = { '«': 556, '»': 556, '“': 333, '”': 333, '‘': 222, '’': 222, '—': 1000, '–': 556, '…': 1000, '¿': 611, '¡': 333, 'º': 365, 'ª': 370, '§': 556, '°': 400, '·': 278, '\u00a0': 278 };

const widths = new Uint16Array(0x250);
for (let c = 0; c < widths.length; c++) {
  if (c >= 0x20 && c <= 0x7e) widths[c] = ASCII[c - 0x20]!;
  else {
    // An accented letter is as wide as its base letter (á as a, Ñ as N).
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    widths[c] = base >= 0x20 && base <= 0x7e && base !== c ? ASCII[base - 0x20]! : 600;
  }
}
for (const [ch, w] of Object.entries(OTHER)) widths[ch.charCodeAt(0)] = w;

/** The advance of a character; a character outside Latin (a symbol ✔, a CJK letter) counts as a wide one. */
function advance(code: number): number {
  return code < widths.length ? widths[code]! : code >= 0x2e80 ? 1000 : 900;
}

/** Width of a text in thousandths of an em. */
export function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += advance(s.charCodeAt(i));
  return w;
}

/**
 * Lines a text takes when wrapped at spaces into a line `capacity` thousandths of an em long (a word
 * longer than a line is broken, as spreadsheet programs break it). Each line break of the text starts a line.
 */
export function wrappedLines(text: string, capacity: number): number {
  const space = ASCII[0]!;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textWidth(word);
      if (used > 0 && used + space + w > capacity) {
        lines++;
        used = 0;
      }
      if (used === 0 && w > capacity) {
        lines += Math.ceil(w / capacity) - 1;
        used = w % capacity;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/**
 * A column's share of the page on paper (Word, a printed html report), relative to the other printed
 * columns: its given width, a web address (which breaks anywhere) no wider than a narrow column, long
 * prose (a caveat, a reason) with the room, and no column too thin for a word.
 */
export function paperWeight(c: { width: number; type: string }): number {
  return Math.max(5, Math.min(c.width, c.type === 'link' ? 28 : c.type === 'prose' ? 64 : 40));
}
