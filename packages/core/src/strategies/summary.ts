import { translator, type Lang, type MessageKey, type Translator } from '../i18n/translate.js';
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

/** The terminal summary: columns with their status and treaty position, then a count grid. Plain text, in the output language. */
export function renderText(m: StrategyMatrix, lang: Lang = 'en'): string {
  const tr = translator(lang);
  const t = tr.t;
  const study = (c: StrategyColumn) => t(`study.${c.study}` as MessageKey);
  const event = (e: TreatyEventView) => `${treatyName(e.instrument)} ${t(`event.${e.type}` as MessageKey)}${e.date ? ` ${e.date}` : ''}`;
  const quote = (s: string) => (lang === 'es' ? `«${s}»` : `“${s}”`);
  const pad = ''.padEnd(22);
  const out: string[] = [];
  out.push(t('cli.strategies.heading', { axis: `${m.axis.title} (${m.axis.id})` }), '');
  for (const c of m.columns) {
    out.push(`${c.short.padEnd(22)} ${study(c).padEnd(9)} ${c.countryNames?.[lang] ?? c.country} ${c.year ?? ''}  ${t('cli.strategies.links', { n: c.links })}`);
    out.push(`${pad} ${t('cli.strategies.treaty')} ${c.treaty.length ? c.treaty.map(event).join('; ') : t('strategies.noEvents')}`);
    out.push(`${pad} ${atAdoption(c, m, tr, event)}`);
    // Each quote by the heading of the part it is from, as the reports cite it; ids are in the JSON.
    for (const e of c.onReference) out.push(`${pad} ${t('cli.strategies.says')} ${quote(e.quote)}${e.heading ? ` (${quote(e.heading)})` : ''}`);
  }
  out.push('');
  const width = Math.max(...m.rows.map((r) => r.code.length), 4) + 2;
  out.push(''.padEnd(width) + m.columns.map((_, i) => String(i + 1).padStart(4)).join(''));
  for (const r of m.rows) out.push(r.code.padEnd(width) + m.columns.map((c) => String(r.cells[c.instrument]?.length || '·').padStart(4)).join('') + `  ${r.label}`);
  out.push('', `${t('cli.strategies.columns')} ` + m.columns.map((c, i) => `${i + 1} ${c.short} [${study(c)}]`).join(', '));
  out.push('', t('strategies.disclaimer'));
  return out.join('\n') + '\n';
}

const treatyName = (id: string) => (id === 'coe-ets-185' ? 'ETS 185' : id === 'coe-ets-189' ? 'ETS 189' : id === 'coe-cets-224' ? 'CETS 224' : id);

/** The country's latest event for the reference treaty by the strategy's adoption (the rule of `treatyAt`), in words. */
function atAdoption(c: StrategyColumn, m: StrategyMatrix, tr: Translator, event: (e: TreatyEventView) => string): string {
  const reference = m.axis.kind === 'reference' ? m.axis.id : 'coe-ets-185';
  const own = c.treaty.filter((e) => e.instrument === reference);
  if (!c.adopted) return tr.t('cli.strategies.adoptionUnknown');
  const date = c.adopted;
  const last = own.filter((e) => e.date !== undefined && e.date.slice(0, date.length) <= date).at(-1);
  return `${tr.t('cli.strategies.atAdoption', { date })} ${last ? event(last) : own.length ? tr.t('cli.strategies.noDatedEvent') : tr.t('strategies.noEvents')}`;
}
