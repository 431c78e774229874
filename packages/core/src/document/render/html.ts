/**
 * A document as one standalone web page: inline CSS, no scripts, no fonts, nothing fetched, so it
 * mails as an attachment. The title block and the summary first, then the matrix, then the detail.
 * At a phone's width nothing scrolls sideways but a wide table inside its own box; printed, it is
 * a short A4/Letter document (the texts cited stay on screen only). Every string is escaped, and
 * only http(s) addresses become links.
 */
import type { Status } from '../../assess/types.js';
import { esc, isWebUrl } from '../safe.js';
import { cellText } from '../plain.js';
import type { Block, Cell, Doc, Inline, Section, Table } from '../types.js';
import { translator, type Lang } from '../../i18n/translate.js';

export const STATUS_COLOURS: Record<Status, { fill: string; ink: string }> = {
  full: { fill: '#c8ecd2', ink: '#0f5323' },
  'full-as-assessed': { fill: '#e2f4e6', ink: '#1e5a2c' },
  conditional: { fill: '#e3f1b6', ink: '#3f5209' },
  partial: { fill: '#fde3a7', ink: '#6b4500' },
  none: { fill: '#f6c3bd', ink: '#7a1510' },
  'not-assessed': { fill: '#ffffff', ink: '#444444' },
  'not-applicable': { fill: '#e8e8e8', ink: '#444444' },
};

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.45;color:#1b1b1b}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem;overflow-wrap:break-word}
h1{font-size:1.5rem;margin:.3rem 0}h2{font-size:1.25rem;border-bottom:1px solid #bbb;margin-top:2rem}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}h4{font-size:1rem}
.subtitle{font-size:1.05rem;color:#333;margin:.2rem 0 1rem}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.15rem 1rem;margin:.5rem 0}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.scroll{overflow-x:auto;max-width:100%;margin:.5rem 0}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #999;padding:.25rem .4rem;vertical-align:top;text-align:left}
thead th{background:#eee}td.num{text-align:right}
.compact{font-size:.8rem}
.st{font-weight:600;white-space:nowrap;padding:0 .25rem;border-radius:.2rem}
td.st-cell{font-weight:600}.ci{white-space:nowrap}.lines .ci{display:block;white-space:normal}
.stale{font-weight:700;border:1px solid currentColor;padding:0 .2rem;font-size:.8em}
blockquote{margin:.4rem 0 .4rem .6rem;padding-left:.6rem;border-left:3px solid #bbb}
blockquote .src,.label{font-size:.85em;color:#444}
.small{font-size:.9em;color:#333}.lead{font-size:1.05em}.warning{border-left:4px solid #b60;padding-left:.5rem}
.other-lang{border-bottom:1px dotted #777}.other-lang .tag{font-size:.75em;color:#555}
code{font-size:.85em;word-break:break-all}
nav.toc{margin:.8rem 0;font-size:.95em}nav.toc a{margin-right:.6rem}
ul{padding-left:1.2rem}li{margin:.2rem 0}
.legend dt{margin-top:.3rem}
.s-not-assessed{background-image:repeating-linear-gradient(45deg,transparent 0 6px,#eee 6px 8px)}
${(Object.keys(STATUS_COLOURS) as Status[]).map((s) => `.s-${s}{background-color:${STATUS_COLOURS[s].fill};color:${STATUS_COLOURS[s].ink}}`).join('\n')}
@media (max-width:40rem){body{padding:.5rem}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}h1{font-size:1.25rem}}
@media print{
  /* No page size: the printer's paper (A4 or Letter) decides; the sizes below fit both. */
  @page{margin:12mm 11mm}
  html{font-size:7.6pt}
  body{max-width:none;padding:0;font-size:7.6pt;line-height:1.26}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.3rem;margin:.9rem 0 .3rem}h3{font-size:1.1rem;margin:.7rem 0 .2rem}h4{font-size:1rem}
  h2,h3,h4{break-after:avoid}
  .subtitle{font-size:1.1rem;margin:0 0 .4rem}dl.facts{gap:0 .8rem;margin:.2rem 0}
  p{margin:.2rem 0}ul{margin:.2rem 0;padding-left:1rem}li{margin:.05rem 0}
  .scroll{overflow:visible;margin:.3rem 0}table{font-size:7pt;width:100%}th,td{padding:.05rem .25rem}thead{display:table-header-group}tr,blockquote{break-inside:avoid}
  td a,td code{word-break:break-all}td.tx,th.tx{white-space:nowrap}
  /* The title block says once that the Spanish of the project's prose is its translation; on paper each paragraph need not. */
  .other-lang.translation{border-bottom:0}.other-lang.translation .tag{display:none}
  nav.toc,.screen-only,.secondary,.col-wide{display:none}
  .lines .ci{display:inline}.lines .ci+.ci::before{content:"; "}
  a{color:inherit;text-decoration:none}
  blockquote{margin:.2rem 0 .2rem .3rem}
  /* A finding's evidence on paper: the citations in a run, the words quoted left to the screen and the Word report. */
  blockquote.evidence{display:inline;border:0;margin:0;padding:0;font-size:.9em;color:#333}blockquote.evidence .src{display:inline}
  blockquote.evidence+blockquote.evidence::before{content:"; "}
  blockquote.evidence .q,blockquote.evidence .label,blockquote.treaty{display:none}
  #articles>section{columns:2;column-gap:1.4em}#articles h3{column-span:all}
  .small{font-size:.95em}
  .legend{columns:2;column-gap:1.4em}.legend dt{margin-top:.15rem;break-after:avoid}.legend dd{margin-left:.8rem}
}`;

export function renderHtml(doc: Doc): string {
  const tr = translator(doc.lang as Lang);
  const notes: Inline[][] = [];
  const r = new HtmlWriter(notes, tr.t('doc.notes'));
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${esc(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(doc.meta.tool)}">`,
    '<link rel="icon" href="data:,">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
  ];
  if (doc.subtitle) out.push(`<p class="subtitle">${esc(doc.subtitle)}</p>`);
  out.push(`<dl class="facts">${doc.provenance.map((f) => `<dt>${esc(f.label)}</dt><dd>${r.inline(f.value)}</dd>`).join('')}</dl>`);
  const all = [...doc.summary, ...doc.sections];
  out.push(`<nav class="toc" aria-label="${esc(tr.t('doc.contents'))}">${all.map((s) => `<a href="#${esc(s.id)}">${r.inline(s.title)}</a>`).join(' ')}<a href="#legend">${esc(tr.t('section.legend'))}</a></nav>`);
  out.push('</header>', '<main>');
  for (const s of all) out.push(r.section(s, 2));
  out.push(`<section id="legend"><h2>${esc(tr.t('section.legend'))}</h2><dl class="legend">${doc.legend.map((l) => `<dt>${r.inline(l.term)}</dt><dd>${esc(l.meaning)}</dd>`).join('')}</dl></section>`);
  if (notes.length) out.push(`<section id="notes"><h2>${esc(tr.t('doc.notes'))}</h2><ol>${notes.map((n, i) => `<li id="note-${i + 1}">${r.inline(n)}</li>`).join('')}</ol></section>`);
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

class HtmlWriter {
  constructor(
    private readonly notes: Inline[][],
    private readonly notesTitle: string,
  ) {}

  section(s: Section, level: number): string {
    const h = Math.min(level, 6);
    const out = [`<section id="${esc(s.id)}"${s.id === 'texts' ? ' class="screen-only"' : ''}>`, `<h${h}>${this.inline(s.title)}</h${h}>`];
    for (const b of s.blocks) out.push(this.block(b));
    for (const sub of s.sections) out.push(this.section(sub, level + 1));
    out.push('</section>');
    return out.join('\n');
  }

  block(b: Block): string {
    switch (b.kind) {
      case 'paragraph':
        return `<p${b.style || b.secondary ? ` class="${[b.style, b.secondary ? 'secondary' : ''].filter(Boolean).join(' ')}"` : ''}>${this.inline(b.content)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${this.inline(i)}</li>`).join('')}</ul>`;
      case 'quote': {
        const label = b.label ? `<div class="label">${esc(b.label)}</div>` : '';
        const source = b.source ? `<div class="src">${this.inline(b.source)}</div>` : '';
        // A quote that cites its source is a finding's evidence: on paper its source line stands for it (the full texts are in the Word report).
        return `<blockquote${b.role || b.secondary ? ` class="${[b.role, b.secondary ? 'secondary' : ''].filter(Boolean).join(' ')}"` : ''}>${label}<div class="q" lang="${esc(b.lang)}">${esc(b.text).replace(/\n\n+/g, '<br><br>').replace(/\n/g, '<br>')}</div>${source}</blockquote>`;
      }
      case 'facts':
        return `<dl class="facts">${b.items.map((f) => `<dt>${esc(f.label)}</dt><dd>${this.inline(f.value)}</dd>`).join('')}</dl>`;
      case 'table':
        return this.table(b.table);
    }
  }

  table(t: Table): string {
    // The columns for screens and programs (the reasons said again below, ids, full paths) are left off the printed page.
    const wide = (i: number) => t.columns[i]!.role !== undefined;
    const head = t.columns.map((c, i) => `<th scope="col"${wide(i) ? ' class="col-wide"' : ''}>${esc(c.header)}</th>`).join('');
    const rows: string[] = [];
    for (const row of t.rows()) rows.push(`<tr>${row.map((c, i) => this.cell(c, i === 0, wide(i))).join('')}</tr>`);
    const caption = t.caption ? `<caption class="screen-only">${esc(t.caption)}</caption>` : '';
    return `<div class="scroll"><table${t.compact ? ' class="compact"' : ''}>${caption}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  }

  cell(c: Cell, first: boolean, wide: boolean): string {
    const cls = (more: string) => {
      const all = [more, wide ? 'col-wide' : ''].filter(Boolean).join(' ');
      return all ? ` class="${all}"` : '';
    };
    const tag = first ? 'th scope="row"' : 'td';
    const close = first ? 'th' : 'td';
    switch (c.t) {
      case 'status':
        return `<${tag}${cls(`st-cell s-${c.status}`)}>${esc(c.text)}</${close}>`;
      case 'number':
        return `<${tag}${cls('num')}>${c.v}</${close}>`;
      case 'cites':
        return `<${tag}${cls(c.lines ? 'lines' : '')}>${c.items.map((i) => `<span class="ci" title="${esc(i.ref)}">${esc(i.text)}</span>`).join(c.lines ? '' : '; ')}</${close}>`;
      case 'list':
        return `<${tag}${cls('')}>${c.items.map(esc).join('<br>')}</${close}>`;
      case 'link':
        return `<${tag}${cls('')}>${isWebUrl(c.href) ? `<a href="${esc(c.href)}">${esc(c.text)}</a>` : esc(c.text)}</${close}>`;
      case 'id':
        return `<${tag}${cls('')}><code>${esc(c.v)}</code></${close}>`;
      case 'text':
      case 'prose':
        return `<${tag}${cls(c.t === 'text' ? 'tx' : '')}${c.lang ? ` lang="${esc(c.lang)}"` : ''}>${esc(c.v)}</${close}>`;
      case 'empty':
        return `<${tag}${cls('')}></${close}>`;
    }
    return `<td>${esc(cellText(c))}</td>`;
  }

  inline(content: readonly Inline[]): string {
    return content
      .map((x) => {
        if (typeof x === 'string') return esc(x);
        switch (x.kind) {
          case 'strong':
            return `<strong>${esc(x.text)}</strong>`;
          case 'em':
            return `<em>${esc(x.text)}</em>`;
          case 'status':
            return `<span class="st s-${esc(x.status)}">${esc(x.text)}</span>`;
          case 'cite':
            return `<cite title="${esc(x.ref)}">${esc(x.text)}</cite>`;
          case 'link':
            return isWebUrl(x.href) ? `<a href="${esc(x.href)}">${esc(x.text)}</a>` : esc(x.text);
          case 'lang':
            return `<span class="other-lang${x.translation ? ' translation' : ''}" lang="${esc(x.lang)}">${esc(x.text)}${x.label ? ` <span class="tag">[${esc(x.label)}]</span>` : ''}</span>`;
          case 'code':
            return `<code>${esc(x.text)}</code>`;
          case 'stale':
            return `<span class="stale" title="${esc(x.title)}">${esc(x.text)}</span>`;
          case 'note': {
            this.notes.push(x.content);
            const n = this.notes.length;
            return `<sup><a href="#note-${n}" title="${esc(this.notesTitle)}">${n}</a></sup>`;
          }
        }
      })
      .join('');
  }
}
