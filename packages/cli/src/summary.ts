/**
 * The article-by-article summary on screen: a heading per jurisdiction and treaty (short names), a
 * legend line, then one line per article with its status word, heading and a few human citations
 * ("+N" for the rest), and why on the next line. Wrapped to the terminal's width; not wrapped when
 * piped (width 0). Every word from the catalogue, in the output language.
 */
import { referenceName, SYMBOLS, words, type GapMatrix, type Lang, type MessageKey, type Status } from '@lexharmony/core/engine';
import { forFile as unmarked, paint as mark } from './output.js';

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
  const pad = Math.max(4, ...[...shownStatuses].map((s) => word(s).length));
  const indent = ' '.repeat(pad + 6);
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
    const legend = (Object.keys(SYMBOLS) as Status[]).map((s) => paint(s, `${SYMBOLS[s]} ${word(s)}`)).join(' · ') + ` · ${t('stale.word')}: ${t('stale.meaning')}`;
    lines.push(...wrap(`${t('term.legendTitle')} ${legend}`, '', '  ').map(dim));
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
      // On a terminal a citation is not broken across lines (its spaces become no-break spaces).
      const cites = cell.provisions.slice(0, shown).map((ref) => (options.width > 0 ? w.cite(ref, { form: 'short' }).replace(/ /g, '\u00a0') : w.cite(ref, { form: 'short' })));
      const more = cell.provisions.length > shown ? `; ${t('term.more', { n: cell.provisions.length - shown })}` : '';
      const stale = cell.stale ? ` [${t('term.staleMark')}]` : '';
      const status = `${SYMBOLS[cell.status]} ${word(cell.status).padEnd(pad)}`;
      const line = `${t('article.short', { n: row.number })} ${heading}${cites.length ? ` — ${cites.join('; ')}${more}` : ''}${stale}`;
      const prefix = `  ${status}  `;
      const wrapped = wrap(line, prefix, indent);
      lines.push(`  ${paint(cell.status, status)}  ${wrapped[0]!.slice(prefix.length)}`, ...wrapped.slice(1));
      if (cell.status !== 'not-applicable') lines.push(...wrap(w.say(cell.reason), indent, indent).map(dim));
    }
    const n = m.totals.byColumn[col.key]!;
    const counts = (['full', 'full-as-assessed', 'conditional', 'partial', 'none'] as const).map((s) => `${n[s]} ${word(s)}`).join(', ');
    const stale = m.rows.filter((r) => r.cells[col.key]!.stale).length;
    let totals = t('term.totals', { jurisdiction: w.jurisdiction(col.jurisdiction), counts, notAssessed: n['not-assessed'], na: n['not-applicable'] });
    if (stale) totals += `; ${t('term.totalsStale', { n: stale })}`;
    lines.push('', ...wrap(totals, '', '  '));
    if (options.only?.length) lines.push(...wrap(t('term.onlyGaps', { n: count, total }), '', '  '));
    for (const l of col.limits) lines.push(...wrap(`${t('term.limit')} ${w.prose(l, col.assessment?.lang)?.text ?? ''}`, '', '  ').map(dim));
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
