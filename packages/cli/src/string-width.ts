/**
 * A light `string-width` for yargs' help layout, swapped in by the bundler (tsup.config.ts).
 * The original builds an Intl.Segmenter and compiles Unicode-property and emoji regexes when it is
 * imported, which costs every command start-up, although yargs lays out help text only. Widths here:
 * ANSI escapes and zero-width code points 0, East Asian wide and emoji 2, everything else 1.
 */
const ansi = /\u001B\[[0-9;]*[A-Za-z]|\u001B\][^\u0007]*\u0007/g;

function width(cp: number): number {
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export default function stringWidth(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  let w = 0;
  for (const ch of text.replace(ansi, '')) w += width(ch.codePointAt(0)!);
  return w;
}
