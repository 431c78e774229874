/**
 * The article-by-article summary on screen: a heading per jurisdiction and treaty (short names), a
 * legend line, then one line per article with its status word, heading and a few human citations
 * ("+N" for the rest), and why on the next line. Wrapped to the terminal's width; not wrapped when
 * piped (width 0). Every word from the catalogue, in the output language.
 */
import { referenceName, SYMBOLS, words, type GapMatrix, type Lang, type MessageKey, type Status } from '@lexharmony/core/engine';
import { forFile as unmarked, paint as mark, type Io } from './output.js';

export type OnlyFilter = 'gaps' | 'conditional' | 'stale' | 'not-assessed';

export interface SummaryOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width to wrap to; 0 (a pipe, a file) for no wrapping. */
  width: number;
  /** Only the articles that need action: gaps (partial, no provision), conditional, stale, not assessed. */
  only?: OnlyFilter[] | undefined;
  /** Citations shown on an article's line before "+N". */
  cites?: number | undefined;
}

const COLORS: Record<Status, string> = { full: '32', 'full-as-assessed': '32', conditional: '36', partial: '33', none: '31', 'not-assessed': '2', 'not-applicable': '2' };

const matches = (only: OnlyFilter[], status: Status, stale: boolean) =>
  only.some((o) => (o === 'gaps' ? status === 'partial' || status === 'none' : o === 'stale' ? stale : status === o));

/** The summary on stdout, as `gaps` and `report` both print it: coloured and wrapped on a terminal, plain when piped. */
export function printSummary(io: Io, m: GapMatrix, options: { lang: Lang; only?: OnlyFilter[] | undefined }): void {
  const tty = Boolean(process.stdout.isTTY);
  io.out(renderSummary(m, { ...options, color: io.color && tty, width: tty ? process.stdout.columns || 100 : 0 }));
}

export function renderSummary(m: GapMatrix, options: SummaryOptions): string {
  const names: Record<string, Record<string, string>> = {};
  for (const c of m.columns) names[c.jurisdiction] = c.names;
  const w = words(options.lang, { cites: m.cites, names });
  const { t } = w;
  // Colour as marks that the terminal output turns into SGR codes after escaping the data's own controls (output.ts).
  const paint = (s: Status, text: string) => (options.color ? mark(COLORS[s], text) : text);
  const dim = (text: string) => (options.color ? mark('2', text) : text);
  const bold = (text: string) => (options.color ? mark('1', text) : text);
  const word = (s: Status) => t(`status.${s}` as MessageKey);
  // The status column is as wide as the longest status shown (with --only, often a short one).
  const shownStatuses = new Set(m.rows.flatMap((r) => m.columns.map((c) => r.cells[c.key]!)).filter((c) => !options.only?.length || matches(options.only, c.status, c.stale)).map((c) => c.status));
  // Below 100 columns the status column would leave too little room: no column, what follows an article's line indented less.
  const narrow = options.width > 0 && options.width < 100;
  const pad = narrow ? 0 : Math.max(4, ...[...shownStatuses].map((s) => word(s).length));
  const indent = ' '.repeat(narrow ? 6 : pad + 6);
  // On a terminal a citation or a legend entry is not broken across lines (its spaces become no-break spaces).
  const unbroken = (text: string) => (options.width > 0 ? text.replace(/ /g, '\u00a0') : text);
  const wrap = (text: string, first: string, rest: string) => wrapText(text, options.width, first, rest);
  const shown = options.cites ?? 3;
  const refs = (id: string) => {
    const r = m.references.find((x) => x.id === id);
    return r ? referenceName(w, r.id, r.titles, r.short) : id;
  };
  const lines: string[] = [];
  for (const col of m.columns) {
    lines.push(...wrap(t('term.heading', { jurisdiction: w.jurisdiction(col.jurisdiction), references: w.tr.list(m.references.map((r) => refs(r.id))) }), '', '  ').map(bold));
    lines.push(...wrap(t('term.meta', { position: w.say(col.position), corpus: m.generated.corpus, date: m.generated.date }), '', '  ').map(dim));
    // The legend names each mark; what a stale finding means in full is in the report's legend.
    const legend = [...(Object.keys(SYMBOLS) as Status[]).map((s) => paint(s, unbroken(`${SYMBOLS[s]} ${word(s)}`))), unbroken(`[${t('stale.word')}] ${t('cli.summary.staleLegend')}`)].join(' · ');
    lines.push(...wrap(`${t('term.legendTitle')} ${legend}`, '', '  ').map(dim));
    if (m.projection) lines.push(...wrap(t('rec.term.projection', { ids: m.projection.assumed.join(', ') }), '', '  ').map(bold));
    let group = '';
    let reference = '';
    let count = 0;
    let total = 0;
    for (const row of m.rows) {
      const cell = row.cells[col.key]!;
      if (cell.status !== 'not-applicable') total++;
      if (options.only?.length && !matches(options.only, cell.status, cell.stale)) continue;
      if (cell.status !== 'not-applicable') count++;
      if (row.reference !== reference) {
        reference = row.reference;
        lines.push('', ...wrap(`── ${refs(row.reference)}`, '', '   ').map(bold));
      }
      const g = m.groups.find((x) => x.ref === row.group);
      if (g && g.ref !== group) {
        group = g.ref;
        const path = g.translated[w.lang] ?? g.path;
        const title = path.at(-1)?.title;
        lines.push('', ...wrap(`${w.path(path, 'short')}${title ? `: ${title}` : ''}`, '', '  '));
      }
      const heading = w.prose(row.headings)?.text ?? '';
      const cites = cell.provisions.slice(0, shown).map((ref) => unbroken(w.cite(ref, { form: 'short' })));
      const more = cell.provisions.length > shown ? `; ${t('term.more', { n: cell.provisions.length - shown })}` : '';
      const stale = cell.stale ? ` [${t('stale.word')}]` : '';
      // A projected cell keeps its current status in the column; the projection follows, marked.
      const now = cell.projected?.from.status ?? cell.status;
      const status = `${SYMBOLS[now]} ${word(now).padEnd(pad)}`;
      const projected = cell.projected ? ` ⇒ ${t('rec.projectedCell', { from: word(now), to: `${SYMBOLS[cell.status]} ${word(cell.status)}`, ids: cell.projected.by.join(', ') })}` : '';
      const line = `${t('article.short', { n: row.number })} ${heading}${cites.length ? ` — ${cites.join('; ')}${more}` : ''}${stale}${projected}`;
      const prefix = `  ${status}  `;
      const wrapped = wrap(line, prefix, indent);
      lines.push(`  ${paint(now, status)}  ${wrapped[0]!.slice(prefix.length)}`, ...wrapped.slice(1));
      if (cell.status !== 'not-applicable') lines.push(...wrap(w.say(cell.projected?.from.reason ?? cell.reason), indent, indent).map(dim));
    }
    const n = m.totals.byColumn[col.key]!;
    // Every status with its mark, as in the legend: "◑ parcial 20 · ? no evaluado 1".
    const counts = (Object.keys(SYMBOLS) as Status[]).map((s) => unbroken(`${SYMBOLS[s]} ${word(s)} ${n[s]}`)).join(' · ');
    const stale = m.rows.filter((r) => r.cells[col.key]!.stale).length;
    let totals = t('term.totals', { jurisdiction: w.jurisdiction(col.jurisdiction), counts });
    if (stale) totals += `; ${t('term.totalsStale', { n: stale })}`;
    // The limits first, then the totals: the count is what a reader looks for last.
    lines.push('');
    for (const l of col.limits) lines.push(...wrap(`${t('term.limit')} ${w.prose(l, col.assessment?.lang)?.text ?? ''}`, '', '  ').map(dim));
    lines.push(...wrap(totals, '', '  ').map(bold));
    const p = m.projection?.totals.byColumn[col.key];
    if (p) lines.push(...wrap(t('rec.term.projectedTotals', { counts: (Object.keys(SYMBOLS) as Status[]).map((s) => unbroken(`${SYMBOLS[s]} ${word(s)} ${p[s]}`)).join(' · ') }), '', '  ').map(bold));
    if (options.only?.length) lines.push(...wrap(t('term.onlyGaps', { n: count, total }), '', '  '));
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

/** Words wrapped to `width` columns (no wrapping at 0), the first line after `first`, the others after `rest`. */
export function wrapText(text: string, width: number, first: string, rest: string): string[] {
  if (width <= 0) return [first + text];
  const out: string[] = [];
  let line = first;
  let empty = true;
  const visible = (s: string) => [...unmarked(s)].length;
  for (const word of text.split(/ +/)) {
    if (!empty && visible(line) + 1 + visible(word) > width) {
      out.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  out.push(line);
  return out;
}
