import type { Cell, Inline } from './types.js';

/** Inline content as plain text (csv, a sheet cell, a file's title). */
export function plain(content: readonly Inline[]): string {
  return content
    .map((x) => {
      if (typeof x === 'string') return x;
      if (x.kind === 'note') return ` (${plain(x.content)})`;
      if (x.kind === 'lang' && x.label) return `${x.text} [${x.label}]`;
      return x.text;
    })
    .join('');
}

/** A cell as text: a list one item a line; citations run on, or one a line where they carry their quotes. */
export function cellText(c: Cell): string {
  switch (c.t) {
    case 'text':
    case 'prose':
    case 'id':
      return c.v;
    case 'number':
      return String(c.v);
    case 'status':
      return c.text;
    case 'cites':
      return c.items.map((i) => i.text).join(c.lines ? '\n' : '; ');
    case 'list':
      return c.items.join('\n');
    case 'link':
      return c.text;
    case 'empty':
      return '';
  }
}
