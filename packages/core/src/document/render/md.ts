/**
 * A document as GitHub-flavoured Markdown, for pull requests and docs. Every string goes through
 * `md` (inline) or a quote, so that no corpus text opens a tag, link, code span, cell or heading.
 */
import { md, isWebUrl } from '../safe.js';
import { cellText } from '../plain.js';
import type { Block, Cell, Doc, Inline, Section, Table } from '../types.js';
import { translator, type Lang } from '../../i18n/translate.js';

export function renderMarkdown(doc: Doc): string {
  const tr = translator(doc.lang as Lang);
  const notes: Inline[][] = [];
  const out: string[] = [`# ${md(doc.title)}`, ''];
  if (doc.subtitle) out.push(`*${md(doc.subtitle)}*`, '');
  for (const f of doc.provenance) out.push(`- **${md(f.label)}:** ${inline(f.value, notes)}`);
  out.push('');
  for (const s of [...doc.summary, ...doc.sections]) section(s, 2, out, notes);
  out.push(`## ${md(tr.t('section.legend'))}`, '');
  for (const l of doc.legend) out.push(`- ${inline(l.term, notes)}: ${md(l.meaning)}`);
  out.push('');
  if (notes.length) {
    out.push(`## ${md(tr.t('doc.notes'))}`, '');
    notes.forEach((n, i) => out.push(`${i + 1}\\. ${inline(n, notes)}`));
    out.push('');
  }
  return out.join('\n');
}

function section(s: Section, level: number, out: string[], notes: Inline[][]): void {
  out.push(`${'#'.repeat(Math.min(level, 6))} ${inline(s.title, notes)}`, '');
  for (const b of s.blocks) {
    block(b, out, notes);
    out.push('');
  }
  for (const sub of s.sections) section(sub, level + 1, out, notes);
}

function block(b: Block, out: string[], notes: Inline[][]): void {
  switch (b.kind) {
    case 'paragraph':
      out.push(b.style === 'small' ? `<small>${inline(b.content, notes)}</small>`.replace(/^<small>(.*)<\/small>$/, '*$1*') : inline(b.content, notes));
      return;
    case 'list':
      for (const i of b.items) out.push(`- ${inline(i, notes)}`);
      return;
    case 'quote':
      if (b.label) out.push(`*${md(b.label)}*`, '');
      out.push(quote(b.text));
      if (b.source) out.push('>', `> — ${inline(b.source, notes)}`);
      return;
    case 'facts':
      for (const f of b.items) out.push(`- **${md(f.label)}:** ${inline(f.value, notes)}`);
      return;
    case 'table':
      table(b.table, out);
      return;
  }
}

function table(t: Table, out: string[]): void {
  out.push(`| ${t.columns.map((c) => md(c.header)).join(' | ')} |`, `|${t.columns.map((c) => (c.type === 'number' ? '---:|' : '---|')).join('')}`);
  for (const row of t.rows()) out.push(`| ${row.map(cell).join(' | ')} |`);
}

function cell(c: Cell): string {
  if (c.t === 'link') return isWebUrl(c.href) ? `<${c.href}>` : md(c.text);
  if (c.t === 'id') return c.v ? `\`${c.v.replace(/`/g, '')}\`` : '';
  if (c.t === 'cites' || c.t === 'list') return (c.t === 'cites' ? c.items.map((i) => i.text) : c.items).map(md).join('; ');
  return md(cellText(c));
}

function inline(content: readonly Inline[], notes: Inline[][]): string {
  return content
    .map((x) => {
      if (typeof x === 'string') return md(x);
      switch (x.kind) {
        case 'strong':
        case 'stale':
          return `**${md(x.text)}**`;
        case 'em':
          return `*${md(x.text)}*`;
        case 'status':
          return `**${md(x.text)}**`;
        case 'cite':
          return md(x.text);
        case 'link':
          return isWebUrl(x.href) ? `[${md(x.text)}](<${x.href}>)` : md(x.text);
        case 'lang':
          return `${md(x.text)}${x.label ? ` *[${md(x.label)}]*` : ''}`;
        case 'code':
          return `\`${x.text.replace(/`/g, '')}\``;
        case 'note':
          notes.push(x.content);
          return `[^${notes.length}]`.replace('[^', '<sup>').replace(']', '</sup>');
      }
    })
    .join('');
}

/** A block quote of verbatim text, paragraph breaks kept, every line escaped. */
export function quote(s: string, indent = ''): string {
  return s
    .split(/\r\n?|\n/)
    .map((line) => `${indent}> ${md(line)}`.trimEnd())
    .join('\n');
}
