import { treatyLine } from './summary.js';
import { escHtml as e, safeUrl } from './text.js';
import type { StrategyMatrix } from './types.js';

/**
 * One standalone HTML file: the strategies with their study status and treaty position, a grid of
 * link counts shaded by number, and every quote under its row. Every corpus string is escaped; no
 * script; links only to http(s) URLs.
 */
export function renderHtml(m: StrategyMatrix): string {
  const max = Math.max(1, ...m.rows.flatMap((r) => m.columns.map((c) => r.cells[c.instrument]?.length ?? 0)));
  const shade = (n: number) => (n === 0 ? '' : ` style="background:rgba(31,119,180,${(0.15 + (0.6 * n) / max).toFixed(2)})"`);
  const link = (url: string, text: string) => {
    const u = safeUrl(url);
    return u ? `<a href="${e(u)}">${e(text)}</a>` : e(text);
  };
  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>Strategies × ${e(m.axis.title)}</title>`);
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
td.n{text-align:center;min-width:2.5rem}.study{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.05rem .3rem;border-radius:.2rem}
.subject{background:#ffe08a}.named{background:#b7e4c7}.candidate{background:#e5e5e5}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #9ab}.note{color:#555;font-size:.9em}
.disclaimer{border:1px solid #d9a;background:#fff6f8;padding:.6rem}
@media print{a{color:inherit;text-decoration:none}details{display:block}}
</style>`, '</head>', '<body>');
  h.push(`<h1>Strategies × ${e(m.axis.title)}</h1>`);
  h.push(`<p class="disclaimer">${e(m.disclaimer)}</p>`);
  h.push(`<p class="note">Generated ${e(m.generated.date)} by ${e(m.generated.tool)}; corpus ${e(m.generated.corpus)}.</p>`);
  h.push('<h2>Strategies</h2>', '<table><thead><tr><th>#</th><th>Strategy</th><th>Study</th><th>Country</th><th>Year</th><th>Treaty events</th><th>At adoption</th><th>What it says about the Convention</th></tr></thead><tbody>');
  m.columns.forEach((c, i) => {
    const says = c.onReference.length ? c.onReference.map((x) => `<blockquote>${e(x.quote)}</blockquote><span class="note">${e(x.provision)}</span>`).join('') : '<span class="note">no passage found in the text held</span>';
    h.push(`<tr><td>${i + 1}</td><td>${link(c.url, c.title)}<br><span class="note">${e(c.instrument)}</span></td><td><span class="study ${e(c.study)}">${e(c.study)}</span><div class="note">${e(c.evidence)}</div></td><td>${e(c.country)}</td><td>${e(c.year ?? '')}</td><td>${e(treatyLine(c.treaty))}</td><td>${e(c.treatyAtAdoption)}</td><td>${says}</td></tr>`);
  });
  h.push('</tbody></table>');
  h.push('<h2>Matrix</h2>', '<table><thead><tr><th></th>');
  m.columns.forEach((c, i) => h.push(`<th title="${e(c.title)}">${i + 1}. ${e(c.short)}<br><span class="study ${e(c.study)}">${e(c.study)}</span></th>`));
  h.push('</tr></thead><tbody>');
  for (const r of m.rows) {
    h.push(`<tr><th style="padding-left:${0.5 + r.depth}rem"><a href="#${e(anchor(r.ref))}">${e(r.code)}</a> ${e(r.label)}</th>`);
    for (const c of m.columns) {
      const n = r.cells[c.instrument]?.length ?? 0;
      h.push(`<td class="n"${shade(n)}>${n || '·'}</td>`);
    }
    h.push('</tr>');
  }
  h.push('</tbody></table>');
  h.push('<h2>Evidence</h2>');
  for (const r of m.rows) {
    h.push(`<section id="${e(anchor(r.ref))}"><h3>${e(r.code)} — ${e(r.label)}</h3>`);
    if (r.related.length) h.push(`<p class="note">Related: ${r.related.map(e).join(', ')}</p>`);
    for (const c of m.columns) {
      const ev = r.cells[c.instrument] ?? [];
      if (!ev.length) continue;
      h.push(`<details open><summary>${e(c.short)} <span class="study ${e(c.study)}">${e(c.study)}</span> (${ev.length})</summary>`);
      for (const x of ev) {
        h.push(`<blockquote>${e(x.quote)}</blockquote><p class="note">${e(x.provision)}${x.heading ? ` — ${e(x.heading)}` : ''}${x.via ? ` · via ${e(x.via)}` : ''}${x.note ? ` · ${e(x.note)}` : ''}</p>`);
      }
      h.push('</details>');
    }
    h.push('</section>');
  }
  h.push('<h2>Legend</h2><table><tbody>');
  for (const l of m.legend) h.push(`<tr><td><span class="study ${e(l.status)}">${e(l.label)}</span></td><td>${e(l.meaning)}</td></tr>`);
  h.push('</tbody></table>', '</body>', '</html>');
  return h.join('\n') + '\n';
}

function anchor(ref: string): string {
  return 'row-' + ref.replace(/[^A-Za-z0-9-]+/g, '-');
}
