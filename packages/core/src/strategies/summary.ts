import type { StrategyColumn, StrategyMatrix, TreatyEventView } from './types.js';

/** `named`, `candidate`, `subject`: the word every format shows beside a strategy. */
export function studyLabel(c: StrategyColumn): string {
  return c.study;
}

/** A column's heading: `UK NCSS 2016 [named]`. */
export function columnHeading(c: StrategyColumn): string {
  return `${c.short} [${c.study}]`;
}

/** `coe-ets-185 ratification 2011-05-25` … in one line. */
export function treatyLine(events: TreatyEventView[]): string {
  return events.length ? events.map((e) => `${e.instrument} ${e.type}${e.date ? ` ${e.date}` : ''}`).join('; ') : 'no treaty events recorded';
}

/** Number of evidence items in a cell. */
export function count(m: StrategyMatrix, rowRef: string, instrument: string): number {
  return m.rows.find((r) => r.ref === rowRef)?.cells[instrument]?.length ?? 0;
}

/** The terminal summary: columns with their status and treaty position, then a count grid. Plain text. */
export function renderText(m: StrategyMatrix): string {
  const out: string[] = [];
  out.push(`Strategies × ${m.axis.kind === 'taxonomy' ? `taxonomy ${m.axis.id}` : m.axis.id} — ${m.axis.title}`, '');
  for (const c of m.columns) {
    out.push(`${c.instrument.padEnd(22)} ${c.study.padEnd(9)} ${c.country} ${c.year ?? ''}  ${c.links} links`);
    out.push(`${''.padEnd(22)} treaty: ${treatyLine(c.treaty)}`);
    out.push(`${''.padEnd(22)} at adoption: ${c.treatyAtAdoption}`);
    for (const e of c.onReference) out.push(`${''.padEnd(22)} says: “${e.quote}” (${e.provision})`);
  }
  out.push('');
  const width = Math.max(...m.rows.map((r) => r.code.length), 4) + 2;
  out.push(''.padEnd(width) + m.columns.map((_, i) => String(i + 1).padStart(4)).join(''));
  for (const r of m.rows) out.push(r.code.padEnd(width) + m.columns.map((c) => String(r.cells[c.instrument]?.length || '·').padStart(4)).join('') + `  ${r.label}`);
  out.push('', 'Columns: ' + m.columns.map((c, i) => `${i + 1} ${c.instrument} [${c.study}]`).join(', '));
  out.push('', m.disclaimer);
  return out.join('\n') + '\n';
}
