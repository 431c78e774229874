import type { GapMatrix } from '../matrix/types.js';
import { pick, type ProseMap } from '../model/prose.js';

const en = (p: ProseMap) => pick(p, 'en').text;
import { acceptableText, isWebUrl, METHOD_NOTE, STALE, statusText, titleOf } from './tables.js';

/**
 * GitHub-flavoured Markdown, for pull requests and docs: the matrix table, then each article's
 * findings with their quotes. Every corpus string goes through `md` (inline) or `quote`, so that
 * no corpus text can open a tag, a link, a code span, a table cell or a heading.
 */
export function render(matrix: GapMatrix): string {
  const m = matrix;
  const out: string[] = [`# ${md(titleOf(m))}`, ''];
  for (const r of m.references) out.push(`- Reference: ${md(r.title)} (${md(r.id)}, ${md(r.version)})`);
  out.push(`- Date: ${md(m.generated.date)}`, `- Corpus version: ${md(m.generated.corpus)}`, `- Tool: ${md(m.generated.tool)}`);
  for (const c of m.columns) {
    out.push(`- ${md(c.name)} (${md(c.key)}): ${md(c.position)}`);
    for (const l of c.limits) out.push(`  - Limit: ${md(en(l))}`);
  }
  out.push('', '## Matrix', '');
  out.push(`| Article | Heading | ${m.columns.map((c) => md(c.key)).join(' | ')} |`, `|---|---|${m.columns.map(() => '---|').join('')}`);
  for (const r of m.rows) {
    const cells = m.columns.map((c) => {
      const cell = r.cells[c.key];
      return cell ? md(statusText(m, cell.status, cell.symbol)) + (cell.stale ? ` **${STALE}**` : '') : md(statusText(m, 'not-assessed'));
    });
    out.push(`| ${md(r.number)} | ${md(r.heading)} | ${cells.join(' | ')} |`);
  }
  out.push('', '**Legend:** ' + m.legend.map((l) => `${md(statusText(m, l.status, l.symbol))}: ${md(l.meaning)}`).join(' · ') + ` · **${STALE}**: a cited text changed since the finding was made.`);
  out.push('', '## Articles', '');
  for (const r of m.rows) {
    out.push(`### Art. ${md(r.number)}: ${md(r.heading)}`, '');
    for (const c of m.columns) {
      const cell = r.cells[c.key];
      if (!cell) {
        out.push(`**${md(c.key)}: ${md(statusText(m, 'not-assessed'))}**`, '');
        continue;
      }
      out.push(`**${md(c.key)}: ${md(statusText(m, cell.status, cell.symbol))}**${cell.stale ? ` **${STALE}**` : ''}. ${md(cell.reason)}`, '');
      if (cell.needs.length) out.push(`Would need: ${cell.needs.map(md).join(', ')}`, '');
      for (const f of cell.findings) {
        const facts = [f.coverage, f.relationship, f.confidence && `confidence ${f.confidence}`].filter(Boolean).map((s) => md(s!)).join(', ');
        out.push(`- ${md(statusText(m, f.status))}${f.stale ? ` **${STALE}**` : ''}: ${md(en(f.label))} (${md(f.requirement)}, ${md(f.kind)}${facts ? `; ${facts}` : ''})`);
        if (f.rationale) out.push(`  ${md(en(f.rationale))}`);
        for (const q of f.citations) {
          out.push(`  - ${md(q.ref)}${q.stale ? ` **${STALE}**` : ''}`);
          if (q.quote) out.push(quote(q.quote, '    '));
        }
        if (f.acceptableWith.length) out.push(`  - Acceptable with: ${f.acceptableWith.map((a) => md(acceptableText(a))).join('; ')}`);
      }
      out.push('');
    }
  }
  out.push('## Texts cited', '');
  for (const p of m.provisions) {
    out.push(`### ${md(p.ref)}${p.heading ? `: ${md(p.heading)}` : ''}`, '', quote(p.text), '');
    if (p.translation) out.push(`*${p.translation.official ? 'Official' : 'Unofficial'} translation (${md(p.translation.lang)}) by ${md(p.translation.by)}:*`, '', quote(p.translation.text), '');
    out.push(`Text hash: ${md(p.hash)}`, '');
  }
  out.push('## Sources', '', '| Instrument | Title | Version | Address | sha256 |', '|---|---|---|---|---|');
  for (const s of m.sources) {
    const url = isWebUrl(s.url) ? `<${s.url}>` : md(s.url);
    out.push(`| ${md(s.instrument)} | ${md(s.title)} | ${md(s.version)} | ${url} | ${md(s.sha256 ?? '')} |`);
  }
  out.push('', '## Method', '', md(METHOD_NOTE), '');
  return out.join('\n');
}

/**
 * Inline text that stays text: line breaks fold into spaces (a corpus string never breaks a table
 * row or starts a block); `& < >` become entities (no HTML); `\\ \` * _ [ ] | ~` get a backslash
 * (no code span, emphasis, link, image or cell); and a leading `# - + = > 1.` is escaped, so the
 * string cannot open a heading, list or quote where it starts a line.
 */
export function md(s: string): string {
  return s
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|~&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A block quote of corpus text, paragraph breaks kept, every line escaped. */
export function quote(s: string, indent = ''): string {
  return s
    .split(/\r\n?|\n/)
    .map((line) => `${indent}> ${md(line)}`.trimEnd())
    .join('\n');
}
