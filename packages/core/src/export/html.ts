import type { Status } from '../assess/types.js';
import { pick, type ProseMap } from '../model/prose.js';

const en = (p: ProseMap) => pick(p, 'en').text;
import type { GapMatrix, MatrixCell, MatrixFinding } from '../matrix/types.js';
import { acceptableText, isWebUrl, METHOD_NOTE, STALE, statusText, titleOf } from './tables.js';

/**
 * One standalone HTML file: no network (inline CSS, no fonts, no scripts). A heat map with a
 * legend, where every cell also says its status in a word with a symbol (colour is never the only
 * signal); the detail of each article; the quoted texts; the sources; the limits; a print style.
 * Every string from the corpus goes through `esc`, and only http(s) addresses become links.
 */
export interface HtmlOptions {
  /** Language of the page's own words (default "en"); quotes carry their own `lang`. */
  lang?: string | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and quoted attribute values alike. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const COLOURS: Record<Status, [string, string]> = {
  full: ['#c8ecd2', '#0f5323'],
  'full-as-assessed': ['#e2f4e6', '#1e5a2c'],
  conditional: ['#e3f1b6', '#3f5209'],
  partial: ['#fde3a7', '#6b4500'],
  none: ['#f6c3bd', '#7a1510'],
  'not-assessed': ['#ffffff', '#444444'],
  'not-applicable': ['#e8e8e8', '#444444'],
};

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.45;color:#1b1b1b}
body{margin:0 auto;max-width:80rem;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{border-bottom:1px solid #bbb;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #999;padding:.25rem .45rem;vertical-align:top;text-align:left}
thead th{background:#f0f0f0}th[scope=rowgroup]{background:#fafafa;font-weight:600}
.cell{white-space:nowrap;font-weight:600}td small{display:block;font-weight:400;max-width:16rem}
.stale{font-weight:700;border:1px solid currentColor;padding:0 .2rem;font-size:.8em;margin-left:.3rem}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #bbb}
.tr{color:#444}.label{font-size:.85em;color:#555}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}dl.meta dt{font-weight:600}
.s-not-assessed{background-image:repeating-linear-gradient(45deg,transparent 0 6px,#eee 6px 8px)}
${(Object.keys(COLOURS) as Status[]).map((s) => `.s-${s}{background-color:${COLOURS[s][0]};color:${COLOURS[s][1]}}`).join('\n')}
@media print{
  body{max-width:none;padding:0;font-size:9pt}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  section,article{break-inside:auto}tr,blockquote{break-inside:avoid}thead{display:table-header-group}
  h2,h3{break-after:avoid}a{color:inherit;text-decoration:none}
  #sources a[href]::after{content:" <" attr(href) ">";font-size:.8em}
}`;

export function render(matrix: GapMatrix, options: HtmlOptions = {}): string {
  const m = matrix;
  const title = titleOf(m);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${esc(options.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(m.generated.tool)}">`,
    '<link rel="icon" href="data:,">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(title)}</h1>`,
    '<dl class="meta">',
    ...m.references.map((r) => `<dt>Reference</dt><dd>${esc(r.title)} (${esc(r.id)}, ${esc(r.version)})</dd>`),
    `<dt>Date</dt><dd>${esc(m.generated.date)}</dd>`,
    `<dt>Corpus version</dt><dd><code>${esc(m.generated.corpus)}</code></dd>`,
    `<dt>Tool</dt><dd>${esc(m.generated.tool)}</dd>`,
    '</dl>',
    '<nav aria-label="Contents"><a href="#summary">Summary</a> · <a href="#matrix">Matrix</a> · <a href="#detail">Articles</a> · <a href="#provisions">Texts</a> · <a href="#sources">Sources</a> · <a href="#method">Method</a></nav>',
    '</header>',
    '<main>',
  );
  out.push(summary(m), legend(m), heatmap(m), detail(m), provisions(m), sources(m));
  out.push('<section id="method"><h2>Method</h2>', `<p>${esc(METHOD_NOTE)}</p>`, '</section>', '</main>', '</body>', '</html>', '');
  return out.join('\n');
}

const badge = (m: GapMatrix, status: Status, symbol?: string) => `<span class="cell s-${esc(status)}">${esc(statusText(m, status, symbol))}</span>`;
const staleMark = (stale: boolean) => (stale ? ` <span class="stale" title="a cited text changed since the finding was made">${STALE}</span>` : '');
const anchor = (ref: string) => `a-${ref.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

function summary(m: GapMatrix): string {
  const out = ['<section id="summary"><h2>Summary</h2>'];
  for (const c of m.columns) {
    out.push(`<h3>${esc(c.name)} (${esc(c.key)}) against ${esc(c.reference)}</h3>`, `<p><strong>Position:</strong> ${esc(c.position)}</p>`);
    if (c.limits.length) out.push('<p><strong>Limits of this report:</strong></p><ul>', ...c.limits.map((l) => `<li>${esc(en(l))}</li>`), '</ul>');
  }
  const statuses = m.legend.map((l) => l.status);
  out.push('<table><caption>Articles by status</caption><thead><tr><th scope="col">Group</th><th scope="col">Column</th>');
  out.push(...statuses.map((s) => `<th scope="col">${badge(m, s)}</th>`), '</tr></thead><tbody>');
  const line = (label: string, key: string, counts: Record<string, number> | undefined) =>
    `<tr><th scope="row">${esc(label)}</th><td>${esc(key)}</td>${statuses.map((s) => `<td>${counts?.[s] ?? 0}</td>`).join('')}</tr>`;
  for (const c of m.columns) out.push(line('All articles', c.key, m.totals.byColumn[c.key]));
  for (const g of m.groups) for (const c of m.columns) if (m.totals.byGroup[g.ref]) out.push(line(g.label, c.key, m.totals.byGroup[g.ref]![c.key]));
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function legend(m: GapMatrix): string {
  const items = m.legend.map((l) => `<li>${badge(m, l.status, l.symbol)} ${esc(l.meaning)}</li>`);
  items.push(`<li><span class="stale">${STALE}</span> A cited text changed since the finding was made.</li>`);
  return ['<section id="legend"><h2>Legend</h2><ul>', ...items, '</ul></section>'].join('\n');
}

function heatmap(m: GapMatrix): string {
  const out = ['<section id="matrix"><h2>Matrix</h2>', '<table>', `<caption>${esc(titleOf(m))}</caption>`];
  out.push('<thead><tr><th scope="col">Article</th><th scope="col">Heading</th>', ...m.columns.map((c) => `<th scope="col">${esc(c.key)}</th>`), '</tr></thead>');
  const label = new Map(m.groups.map((g) => [g.ref, g.label]));
  let group: string | undefined;
  for (const r of m.rows) {
    if (r.group !== group) {
      if (group !== undefined) out.push('</tbody>');
      group = r.group;
      out.push(`<tbody><tr><th scope="rowgroup" colspan="${2 + m.columns.length}">${esc(label.get(r.group) ?? r.group)}</th></tr>`);
    }
    const cells = m.columns.map((c) => {
      const cell: MatrixCell | undefined = r.cells[c.key];
      if (!cell) return `<td class="s-not-assessed">${badge(m, 'not-assessed')}</td>`;
      const provs = cell.provisions.length ? `<small>${cell.provisions.map(esc).join(', ')}</small>` : '';
      return `<td class="s-${esc(cell.status)}" title="${esc(cell.reason)}"><span class="cell">${esc(statusText(m, cell.status, cell.symbol))}</span>${staleMark(cell.stale)}${provs}</td>`;
    });
    out.push(`<tr><th scope="row"><a href="#${anchor(r.ref)}">Art. ${esc(r.number)}</a></th><td>${esc(r.heading)}</td>${cells.join('')}</tr>`);
  }
  if (group !== undefined) out.push('</tbody>');
  out.push('</table></section>');
  return out.join('\n');
}

function detail(m: GapMatrix): string {
  const out = ['<section id="detail"><h2>Articles</h2>'];
  for (const r of m.rows) {
    out.push(`<article id="${anchor(r.ref)}"><h3>Art. ${esc(r.number)} — ${esc(r.heading)} <span class="label">${esc(r.ref)}</span></h3>`);
    for (const c of m.columns) {
      const cell = r.cells[c.key];
      if (!cell) {
        out.push(`<h4>${esc(c.key)}: ${badge(m, 'not-assessed')}</h4>`);
        continue;
      }
      out.push(`<h4>${esc(c.key)}: ${badge(m, cell.status, cell.symbol)}${staleMark(cell.stale)}</h4>`, `<p>${esc(cell.reason)}</p>`);
      if (cell.needs.length) out.push(`<p><strong>Would need:</strong> ${cell.needs.map(esc).join(', ')}</p>`);
      if (cell.findings.length) out.push('<ul>', ...cell.findings.map((f) => `<li>${finding(m, f)}</li>`), '</ul>');
    }
    out.push('</article>');
  }
  out.push('</section>');
  return out.join('\n');
}

function finding(m: GapMatrix, f: MatrixFinding): string {
  const facts = [f.coverage && `coverage ${esc(f.coverage)}`, f.relationship && `relationship ${esc(f.relationship)}`, f.confidence && `confidence ${esc(f.confidence)}`].filter(Boolean).join('; ');
  const parts = [
    `${badge(m, f.status)}${staleMark(f.stale)} <strong>${esc(en(f.label))}</strong> <span class="label">${esc(f.requirement)} (${esc(f.kind)})</span>`,
    facts ? `<div class="label">${facts}</div>` : '',
    f.rationale ? `<p>${esc(en(f.rationale))}</p>` : '',
    ...f.citations.map((c) => `<div><a href="#${anchor(c.ref)}">${esc(c.ref)}</a>${staleMark(c.stale)}${c.quote ? `<blockquote>${esc(c.quote)}</blockquote>` : ''}</div>`),
    f.acceptableWith.length ? `<p><strong>Acceptable with:</strong> ${f.acceptableWith.map((a) => esc(acceptableText(a))).join('; ')}</p>` : '',
  ];
  return parts.filter(Boolean).join('\n');
}

function provisions(m: GapMatrix): string {
  const out = ['<section id="provisions"><h2>Texts cited</h2>'];
  for (const p of m.provisions) {
    out.push(`<article id="${anchor(p.ref)}"><h3>${esc(p.ref)}${p.heading ? ` — ${esc(p.heading)}` : ''}</h3>`);
    out.push(`<blockquote lang="${esc(p.lang)}">${esc(p.text)}</blockquote>`);
    if (p.translation) {
      const t = p.translation;
      out.push(`<p class="label">${t.official ? 'Official' : 'Unofficial'} translation (${esc(t.lang)}) by ${esc(t.by)}:</p>`, `<blockquote class="tr" lang="${esc(t.lang)}">${esc(t.text)}</blockquote>`);
    }
    out.push(`<p class="label">Text hash <code>${esc(p.hash)}</code></p></article>`);
  }
  out.push('</section>');
  return out.join('\n');
}

function sources(m: GapMatrix): string {
  const out = ['<section id="sources"><h2>Sources</h2><table><thead><tr>'];
  out.push(...['Instrument', 'Title', 'Version', 'Address', 'sha256', 'File'].map((h) => `<th scope="col">${h}</th>`), '</tr></thead><tbody>');
  for (const s of m.sources) {
    const url = isWebUrl(s.url) ? `<a href="${esc(s.url)}">${esc(s.url)}</a>` : esc(s.url);
    out.push(`<tr><th scope="row">${esc(s.instrument)}</th><td>${esc(s.title)}</td><td>${esc(s.version)}</td><td>${url}</td><td><code>${esc(s.sha256 ?? '')}</code></td><td>${esc(s.file ?? '')}</td></tr>`);
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}
