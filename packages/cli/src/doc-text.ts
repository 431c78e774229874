/**
 * A document on the terminal: the title and its facts, each section with its heading, paragraphs
 * wrapped to the width, verbatim quotes set off by a bar with their source below, lists, tables
 * laid out in columns where they fit (else one record per row), the notes at the end and the
 * statuses of the legend on one line. Any `Doc` prints this way ("how Parties worded it" today);
 * the data tables are for files and are left out. Colour only when asked; no wrapping at width 0.
 */
import { cellText, type Block, type Cell, type Doc, type Inline, type Section, type Table } from '@lexharmony/core/export';
import { SYMBOLS, translator, type Lang, type Status } from '@lexharmony/core/engine';
import { wrapText } from './summary.js';

export interface DocTextOptions {
  color: boolean;
  /** Terminal width; 0 for no wrapping (a pipe, a file). */
  width: number;
}

const COLORS: Record<Status, string> = { full: '32', 'full-as-assessed': '32', conditional: '36', partial: '33', none: '31', 'not-assessed': '2', 'not-applicable': '2' };
/** Where a table is laid out in columns when the output is not wrapped. */
const PIPE_WIDTH = 160;

export function renderDocText(doc: Doc, options: DocTextOptions): string {
  const notes: Inline[][] = [];
  const sgr = (code: string, s: string) => (options.color && s ? `\x1b[${code}m${s}\x1b[0m` : s);
  const w = new TextWriter(options, notes, sgr);
  const out: string[] = [];
  out.push(...w.wrap(doc.title, '', '').map((l) => sgr('1', l)));
  if (doc.subtitle) out.push(...w.wrap(doc.subtitle, '', ''));
  out.push('');
  for (const f of doc.provenance) out.push(...w.wrap(`${f.label}: ${w.inline(f.value, false)}`, '', '    ').map((l) => sgr('2', l)));
  for (const s of [...doc.summary, ...doc.sections]) out.push(...w.section(s, 1));
  const statuses = doc.legend.flatMap((l) => (l.term.length === 1 && typeof l.term[0] === 'object' && l.term[0].kind === 'status' ? [w.inline(l.term, true)] : []));
  const tr = translator(doc.lang as Lang);
  if (statuses.length) out.push('', ...w.wrap(`${tr.t('term.legendTitle')} ${statuses.join(' · ')}`, '', '  ').map((l) => sgr('2', l)));
  if (notes.length) {
    out.push('', sgr('1', tr.t('doc.notes')));
    // Notes may hold notes; each is numbered as it is met.
    for (let i = 0; i < notes.length; i++) out.push(...w.wrap(w.inline(notes[i]!, true), `[${i + 1}] `, '    '));
  }
  return out.join('\n') + '\n';
}

class TextWriter {
  constructor(
    private readonly options: DocTextOptions,
    private readonly notes: Inline[][],
    private readonly sgr: (code: string, s: string) => string,
  ) {}

  wrap(text: string, first: string, rest: string): string[] {
    return text.split('\n').flatMap((line, i) => wrapText(line, this.options.width, i ? rest : first, rest));
  }

  section(s: Section, level: number): string[] {
    const title = this.inline(s.title, true);
    const rule = level === 1 ? '══ ' : level === 2 ? '── ' : '';
    const out = ['', ...this.wrap(`${rule}${title}`, '', '   ').map((l) => this.sgr('1', l))];
    for (const b of s.blocks) out.push(...this.block(b));
    for (const sub of s.sections) out.push(...this.section(sub, level + 1));
    return out;
  }

  block(b: Block): string[] {
    switch (b.kind) {
      case 'paragraph': {
        const lines = this.wrap(this.inline(b.content, true), '', '');
        return b.style === 'small' ? lines.map((l) => this.sgr('2', l)) : lines;
      }
      case 'list':
        return b.items.flatMap((i) => this.wrap(this.inline(i, true), '  • ', '    '));
      case 'quote': {
        const out: string[] = [];
        if (b.label) out.push(...this.wrap(b.label, '  ', '  ').map((l) => this.sgr('2', l)));
        const paragraphs = b.text.split(/\n\s*\n/);
        paragraphs.forEach((p, i) => {
          if (i) out.push('  │');
          out.push(...p.split('\n').flatMap((line) => this.wrap(line, '  │ ', '  │ ')));
        });
        if (b.source) out.push(...this.wrap(`— ${this.inline(b.source, true)}`, '  ', '    ').map((l) => this.sgr('2', l)));
        return out;
      }
      case 'facts':
        return b.items.flatMap((f) => this.wrap(`${f.label}: ${this.inline(f.value, true)}`, '  ', '      '));
      case 'table':
        return this.table(b.table);
    }
  }

  /** In columns where every column fits the width at its widest cell; else each row as its labelled fields. */
  table(t: Table): string[] {
    const rows = [...t.rows()];
    const text = rows.map((r) => r.map((c) => this.cell(c)));
    const widths = t.columns.map((c, i) => Math.max([...c.header].length, ...text.map((r) => Math.max(0, ...(r[i] ?? '').split('\n').map((l) => [...l].length)))));
    const room = this.options.width || PIPE_WIDTH;
    const out: string[] = [];
    if (widths.reduce((a, b) => a + b + 2, 2) <= room) {
      const line = (cells: string[], paint?: (i: number) => string | undefined) => {
        const height = Math.max(1, ...cells.map((c) => c.split('\n').length));
        for (let k = 0; k < height; k++) {
          out.push(('  ' + cells.map((c, i) => {
            const part = (c.split('\n')[k] ?? '').padEnd(widths[i]!);
            const code = k === 0 ? paint?.(i) : undefined;
            return code ? this.sgr(code, part) : part;
          }).join('  ')).trimEnd());
        }
      };
      line(t.columns.map((c) => c.header), () => '1');
      rows.forEach((r, k) => line(text[k]!, (i) => (r[i]?.t === 'status' ? COLORS[(r[i] as { status: Status }).status] : undefined)));
      return out;
    }
    rows.forEach((r, k) => {
      out.push('');
      t.columns.forEach((c, i) => {
        const v = text[k]![i] ?? '';
        if (!v) return;
        const painted = r[i]?.t === 'status' ? this.sgr(COLORS[(r[i] as { status: Status }).status], v) : v;
        out.push(...this.wrap(`${i === 0 ? '' : '  '}${c.header}: ${painted.replace(/\n/g, '; ')}`, '', '      '));
      });
    });
    return out;
  }

  /** A cell as the documents' text of it, citations one a line (the terminal has no room to run them on). */
  cell(c: Cell): string {
    return cellText(c.t === 'cites' ? { ...c, lines: true } : c);
  }

  inline(content: readonly Inline[], paint: boolean): string {
    return content
      .map((x) => {
        if (typeof x === 'string') return x;
        switch (x.kind) {
          case 'strong':
            return paint ? this.sgr('1', x.text) : x.text;
          case 'status':
            return paint ? this.sgr(COLORS[x.status], x.text.startsWith(SYMBOLS[x.status]) ? x.text : `${SYMBOLS[x.status]} ${x.text}`) : x.text;
          case 'lang':
            return x.label ? `${x.text} [${x.label}]` : x.text;
          case 'stale':
            return `[${x.text}]`;
          case 'note':
            this.notes.push(x.content);
            return `[${this.notes.length}]`;
          default:
            return x.text;
        }
      })
      .join('');
  }
}
