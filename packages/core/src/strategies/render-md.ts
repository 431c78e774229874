import { columnHeading, treatyLine } from './summary.js';
import { mdText } from './text.js';
import type { StrategyMatrix } from './types.js';

/** The strategy matrix as Markdown: strategies, a count grid, then every quote by row. */
export function renderMarkdown(m: StrategyMatrix): string {
  const out: string[] = [];
  out.push(`# Strategies × ${mdText(m.axis.title)}`, '');
  out.push(`> ${mdText(m.disclaimer)}`, '');
  out.push(`Generated ${mdText(m.generated.date)} by ${mdText(m.generated.tool)}; corpus ${mdText(m.generated.corpus)}.`, '');
  out.push('## Strategies', '');
  out.push('| # | Strategy | Study | Country | Year | Treaty events | At adoption | Links |', '|---|---|---|---|---|---|---|---|');
  m.columns.forEach((c, i) =>
    out.push(`| ${i + 1} | ${mdText(c.title)} (${mdText(c.instrument)}) | **${mdText(c.study)}** | ${mdText(c.country)} | ${c.year ?? ''} | ${mdText(treatyLine(c.treaty))} | ${mdText(c.treatyAtAdoption)} | ${c.links} |`),
  );
  out.push('', '| Study | Meaning |', '|---|---|');
  for (const l of m.legend) out.push(`| ${mdText(l.status)} | ${mdText(l.meaning)} |`);
  out.push('', '## What each strategy says about the Convention', '');
  for (const c of m.columns) {
    out.push(`- **${mdText(c.short)}** [${mdText(c.study)}]: ${c.onReference.length ? '' : 'no passage found in the text held.'}`);
    for (const e of c.onReference) out.push(`  - “${mdText(e.quote)}” (${mdText(e.provision)})`);
  }
  out.push('', '## Matrix (number of quoted links)', '');
  out.push(`| ${m.axis.kind === 'taxonomy' ? 'Area' : 'Part'} | ${m.columns.map((c) => mdText(columnHeading(c))).join(' | ')} |`);
  out.push(`|---|${m.columns.map(() => '---:').join('|')}|`);
  for (const r of m.rows) out.push(`| ${mdText(`${r.code} ${r.label}`)} | ${m.columns.map((c) => r.cells[c.instrument]?.length || '·').join(' | ')} |`);
  out.push('', '## Evidence', '');
  for (const r of m.rows) {
    out.push(`### ${mdText(`${r.code} — ${r.label}`)}`, '');
    if (r.related.length) out.push(`Related: ${r.related.map(mdText).join(', ')}`, '');
    for (const c of m.columns) {
      const ev = r.cells[c.instrument] ?? [];
      if (!ev.length) continue;
      out.push(`- **${mdText(c.short)}** [${mdText(c.study)}]`);
      for (const e of ev) out.push(`  - “${mdText(e.quote)}” — ${mdText(e.provision)}${e.via ? ` (via ${e.via})` : ''}${e.note ? ` — note: ${mdText(e.note)}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
