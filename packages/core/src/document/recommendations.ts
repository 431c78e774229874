/**
 * Recommendations in documents: "what to legislate" (the executive summary's list, by priority), the
 * recommendations of an article under its findings, the recommendations table of the workbook and
 * csv, and the `recommend` command's own document. Every status a recommendation would bring is
 * shown as projected beside the current one, never as current law.
 */
import type { Status } from '../assess/types.js';
import type { Lang, MessageKey } from '../i18n/translate.js';
import type { GapMatrix, MatrixCell, MatrixRecommendation } from '../matrix/types.js';
import type { ProseMap } from '../model/prose.js';
import type { Block, Cell, Doc, Fact, Inline, Section, Table } from './types.js';
// The caveat paragraph is the gap report's own (one mechanism); the two modules only call each other's functions.
import { sourceCaveats } from './gap-report.js';
import { words, type Words } from './words.js';

const PRIORITY = { high: 0, medium: 1, low: 2 } as const;

/** The recommendations by priority (high first), each priority in file order. */
export function byPriority(recs: readonly MatrixRecommendation[]): MatrixRecommendation[] {
  return recs.map((r, i) => [r, i] as const).sort((a, b) => PRIORITY[a[0].priority] - PRIORITY[b[0].priority] || a[1] - b[1]).map(([r]) => r);
}

const staleMark = (w: Words): Inline => ({ kind: 'stale', text: w.t('stale.word'), title: w.t('rec.staleMeaning') });

/** Where the change goes, as a reader cites it: a provision's citation, or the code and the chapter. */
export function targetText(w: Words, m: GapMatrix, t: MatrixRecommendation['targets'][number]): string {
  if (!t.path) return w.cite(t.ref);
  const code = m.cites[t.ref]?.short ?? m.cites[t.ref]?.titles[w.lang] ?? t.instrument;
  return `${code}, ${w.path(t.path, 'short')}`;
}

/** "◑ partial → ● full (projected)": the current status, then the one the engine computes if adopted. */
function projectionInline(w: Words, from: Status, to: Status): Inline[] {
  if (from === to) return [w.t('rec.unchanged', { status: w.status(from) })];
  return [{ kind: 'status', status: from, text: w.status(from) }, ' → ', { kind: 'status', status: to, text: w.status(to) }, ` (${w.t('rec.projectedWord')})`];
}

/** One line of "what to legislate": the summary (what, where, on which model), the projection, the id. */
function summaryLine(w: Words, rec: MatrixRecommendation, several: boolean): Inline[] {
  const out: Inline[] = several ? [{ kind: 'strong', text: `${w.jurisdiction(rec.column)}.` }, ' '] : [];
  out.push(...w.proseInline(rec.summary, rec.lang), ' ', ...projectionInline(w, rec.status, rec.projected), ' ', { kind: 'code', text: rec.id });
  if (rec.stale) out.push(' ', staleMark(w));
  return out;
}

/** The executive summary's "what to legislate": the recommendations under their priority (high first), one line each. */
export function whatToLegislate(m: GapMatrix, w: Words): Section {
  const recs = byPriority(m.recommendations ?? []);
  const several = m.columns.length > 1;
  const blocks: Block[] = recs.length ? [{ kind: 'paragraph', content: [w.t('rec.intro')], style: 'small' }] : [{ kind: 'paragraph', content: [w.t('rec.none')] }];
  for (const priority of ['high', 'medium', 'low'] as const) {
    const mine = recs.filter((r) => r.priority === priority);
    if (mine.length) blocks.push({ kind: 'paragraph', content: [{ kind: 'strong', text: w.t(`rec.priority.${priority}`) }] }, { kind: 'list', items: mine.map((r) => summaryLine(w, r, several)) });
  }
  return { id: 'summary-legislate', title: [w.t('rec.section')], blocks, sections: [] };
}

export interface RecommendationBlocksOptions {
  /** In the gap report: paper keeps the first line (id, action, priority, projection), the rest is for the screen and Word. */
  secondary?: boolean | undefined;
  /** Instruments whose caveat the section already shows (each is said once per section). */
  caveatsShown?: Set<string> | undefined;
}

/**
 * A recommendation in full, each thing said once: the id with action, priority and confidence before
 * the summary; why; the model wording quoted (with the caveat of an instrument not yet told in the
 * section); what is a policy choice; then where it goes, what it closes and the projection in one line.
 */
export function recommendationBlocks(w: Words, m: GapMatrix, rec: MatrixRecommendation, options: RecommendationBlocksOptions = {}): Block[] {
  const { t } = w;
  const head: Inline[] = [{ kind: 'strong', text: `${t('rec.one')} ${rec.id}` }, ` (${t(`rec.action.${rec.action}` as MessageKey)} · ${t(`rec.priority.${rec.priority}` as MessageKey)} · ${t('rec.confidence', { confidence: t(`confidence.${rec.confidence}` as MessageKey) })})`];
  if (rec.stale) head.push(' ', staleMark(w));
  const blocks: Block[] = [];
  if (options.secondary) {
    // On paper the gap report's "Qué legislar" says the summary: under the article, the id and what adopting it would bring.
    blocks.push({ kind: 'paragraph', content: [...head, ': ', ...projectionInline(w, rec.status, rec.projected), '.'] });
    blocks.push({ kind: 'paragraph', content: w.proseInline(rec.summary, rec.lang) });
  } else blocks.push({ kind: 'paragraph', content: [...head, '. ', ...w.proseInline(rec.summary, rec.lang)] });
  blocks.push({ kind: 'paragraph', content: w.proseInline(rec.rationale, rec.lang) });
  for (const model of rec.model) {
    const source: Inline[] = [`${t('rec.model')}: `, { kind: 'cite', text: w.cite(model.ref), ref: model.ref, stale: model.stale }];
    if (model.translation) source.push(` — ${t('treaty.officialTranslation', { by: model.translation })}`);
    if (model.note) source.push(' — ', ...w.proseInline(model.note, rec.lang));
    if (model.stale) source.push(' ', staleMark(w));
    blocks.push({ kind: 'quote', text: model.quote, lang: model.lang, source, role: model.ref.startsWith('coe-') ? 'treaty' : 'law' });
  }
  // What a reader of a quote from an extract or a private consolidation must be told, once in the section.
  const shown = options.caveatsShown ?? new Set<string>();
  blocks.push(...sourceCaveats(m, w, rec.model.map((x) => x.ref).filter((ref) => !shown.has(instrumentOf(ref)))));
  for (const x of rec.model) shown.add(instrumentOf(x.ref));
  if (rec.policy) blocks.push({ kind: 'paragraph', style: 'small', content: [{ kind: 'strong', text: t('rec.policy') }, ' ', ...w.proseInline(rec.policy, rec.lang)] });
  // Where, what it makes, what it closes, the projection and its links: one line of facts.
  const facts: Inline[] = [];
  const sep = () => (facts.length ? ['. '] : []);
  if (rec.makes) facts.push(t('rec.makes'), ' ', { kind: 'cite', text: w.cite(rec.makes), ref: rec.makes }, ` ${w.requirement(rec.makes)}`);
  for (const target of rec.targets) {
    facts.push(...sep(), t('rec.target'), ' ', target.path ? targetText(w, m, target) : { kind: 'cite', text: w.cite(target.ref), ref: target.ref, stale: target.stale });
    if (target.note) facts.push(' — ', ...w.proseInline(target.note, rec.lang));
    if (target.stale) facts.push(' ', staleMark(w));
  }
  const closes = rec.closes.map((c) => `${w.requirement(c.requirement)} (${c.now ? t(`coverage.${c.now}` as MessageKey) : '—'} → ${c.coverage ? t(`coverage.${c.coverage}` as MessageKey) : t('rec.acceptable')})`);
  facts.push(...sep(), `${t('rec.closes')} ${closes.join('; ')}.`);
  // The projection, where the first line does not already say it.
  if (!options.secondary) facts.push(` ${t('rec.ifAdopted')} `, ...projectionInline(w, rec.status, rec.projected), '.');
  if (rec.requires.length) facts.push(' ', t('rec.requires', { ids: rec.requires.join(', ') }));
  if (rec.alternatives.length) facts.push(' ', t('rec.alternatives', { ids: rec.alternatives.join(', ') }));
  blocks.push({ kind: 'paragraph', style: 'small', content: facts });
  // In the gap report the printed version keeps the first paragraph; the screen and Word keep everything.
  if (options.secondary) for (const b of blocks.slice(1)) if (b.kind === 'paragraph' || b.kind === 'quote') b.secondary = true;
  return blocks;
}

const instrumentOf = (ref: string) => ref.slice(0, ref.indexOf('/'));

/** A projected cell's status as a table shows it: the current status, then the projection, marked. */
export function projectedCellText(w: Words, cell: MatrixCell): string | undefined {
  if (!cell.projected) return undefined;
  return w.t('rec.projectedCell', { from: w.status(cell.projected.from.status), to: w.status(cell.status), ids: cell.projected.by.join(', ') });
}

const text = (v: string): Cell => (v ? { t: 'text', v } : { t: 'empty' });
const prose = (v: string | undefined, lang?: string): Cell => (v ? { t: 'prose', v, lang } : { t: 'empty' });

/** Every recommendation, one a row (the workbook's sheet, a csv table). */
export function recommendationsTable(m: GapMatrix, w: Words): Table {
  const { t } = w;
  const recs = byPriority(m.recommendations ?? []);
  const several = m.columns.length > 1;
  const proseOf = (p: ProseMap | undefined, lang: string) => (p ? w.prose(p, lang)?.text : undefined);
  return {
    id: 'recommendations',
    sheet: t('rec.sheet'),
    caption: t('rec.section'),
    columns: [
      { header: t('rec.col.priority'), type: 'text', width: 8 },
      ...(several ? [{ header: t('col.jurisdiction'), type: 'text' as const, width: 12 }] : []),
      { header: t('col.article'), type: 'text', width: 12 },
      { header: t('rec.col.action'), type: 'prose', width: 12 },
      { header: t('rec.col.summary'), type: 'prose', width: 64 },
      { header: t('rec.col.target'), type: 'prose', width: 22 },
      { header: t('rec.col.model'), type: 'cites', width: 100 },
      { header: t('rec.col.current'), type: 'status', width: 14 },
      { header: t('rec.col.projected'), type: 'status', width: 18 },
      { header: t('col.confidence'), type: 'text', width: 10 },
      // The reasons are read on screen (and in full in each article's section): off the printed sheet, with the id.
      { header: t('col.rationale'), type: 'prose', width: 90, role: 'data' },
      { header: t('rec.policy'), type: 'prose', width: 50, role: 'data' },
      { header: t('rec.col.id'), type: 'id', width: 20, role: 'data' },
    ],
    freezeColumns: 3,
    rowCount: recs.length,
    rows: function* () {
      for (const r of recs) {
        yield [
          text(t(`rec.level.${r.priority}` as MessageKey)),
          ...(several ? [text(w.jurisdiction(r.column))] : []),
          text(w.cite(r.article, { form: 'short' })),
          text(t(`rec.action.${r.action}` as MessageKey)),
          prose(proseOf(r.summary, r.lang)),
          prose(r.targets.map((x) => targetText(w, m, x)).join('; ')),
          r.model.length ? { t: 'cites', lines: true, items: r.model.map((x) => ({ text: `${w.cite(x.ref, { form: 'short' })}: «${x.quote}»`, ref: x.ref, stale: x.stale })) } : { t: 'empty' },
          { t: 'status', status: r.status, text: w.status(r.status) + (r.stale ? ` · ${t('stale.word')}` : ''), stale: r.stale },
          { t: 'status', status: r.projected, text: `${w.status(r.projected)} (${t('rec.projectedWord')})` },
          text(t(`confidence.${r.confidence}` as MessageKey)),
          prose(proseOf(r.rationale, r.lang)),
          prose(proseOf(r.policy, r.lang)),
          { t: 'id', v: r.id },
        ];
      }
    },
  };
}

export interface RecommendationsDocumentOptions {
  lang: Lang;
  paper?: 'a4' | 'letter' | undefined;
}

/** `lexharmony recommend MX`: what to legislate, then each article's recommendations in full. */
export function recommendationsDocument(m: GapMatrix, options: RecommendationsDocumentOptions): Doc {
  const names: Record<string, ProseMap> = {};
  for (const c of m.columns) names[c.jurisdiction] = c.names;
  const w = words(options.lang, { cites: m.cites, names });
  const { t } = w;
  const juris = w.tr.list(m.columns.map((c) => w.jurisdiction(c.jurisdiction)));
  const refs = w.tr.list(m.references.map((r) => (w.tr.has(`instrument.${r.id}` as MessageKey) ? t(`instrument.${r.id}` as MessageKey) : (r.titles[w.lang] ?? r.short ?? r.id))));
  const provenance: Fact[] = [];
  for (const c of m.columns) {
    const p = c.recommendations;
    const who = m.columns.length > 1 ? ` (${w.jurisdiction(c.jurisdiction)})` : '';
    if (!p) {
      provenance.push({ label: t('rec.prov.file') + who, value: [t('rec.none')] });
      continue;
    }
    provenance.push({ label: t('prov.authors') + who, value: [p.authors.join('; ') || t('prov.noAuthors')] });
    provenance.push({ label: t('rec.prov.date') + who, value: [p.date] });
    provenance.push({ label: t('prov.review') + who, value: p.review ? [t(`review.${p.review.status}` as MessageKey), '. ', ...w.proseInline(p.review.summary, p.lang)] : [t('review.none')] });
    if (p.lang !== w.lang) provenance.push({ label: t('prov.language'), value: [t('prose.translatedNote', { original: t(`lang.${p.lang}` as MessageKey), lang: t(`lang.${w.lang}` as MessageKey) })] });
  }
  provenance.push({ label: t('prov.corpus'), value: [{ kind: 'code', text: m.generated.corpus }] });
  provenance.push({ label: t('prov.tool'), value: [m.generated.tool] });
  provenance.push({ label: t('prov.generated'), value: [m.generated.date] });

  const recs = m.recommendations ?? [];
  const articles: Section[] = [];
  for (const row of m.rows) {
    const mine = recs.filter((r) => r.article === row.ref);
    if (!mine.length) continue;
    const heading = w.prose(row.headings)?.text;
    const blocks: Block[] = [];
    for (const c of m.columns) {
      const cell = row.cells[c.key];
      if (cell && mine.some((r) => r.column === c.key)) blocks.push({ kind: 'paragraph', content: [{ kind: 'status', status: cell.status, text: w.status(cell.status) }, ' ', w.say(cell.reason) + '.'] });
    }
    const caveatsShown = new Set<string>();
    for (const r of mine) blocks.push(...recommendationBlocks(w, m, r, { caveatsShown }));
    articles.push({ id: `rec-${row.ref.replace(/[^A-Za-z0-9]+/g, '-')}`, title: [`${w.cite(row.ref)}${heading ? `. ${heading}` : ''}`], blocks, sections: [] });
  }
  const limits: Section[] = m.columns.flatMap((c) => (c.recommendations?.limits.length ? [{ id: `rec-limits-${c.key}`, title: [t('section.limits', { jurisdiction: w.jurisdiction(c.jurisdiction) })], blocks: [{ kind: 'list' as const, items: c.recommendations.limits.map((l) => w.proseInline(l, c.recommendations!.lang)) }], sections: [] }] : []));
  return {
    kind: 'recommendations',
    lang: options.lang,
    title: t('rec.title', { jurisdictions: juris, references: refs }),
    provenance,
    summary: [whatToLegislate(m, w)],
    sections: [{ id: 'rec-articles', title: [t('rec.byArticle')], blocks: [{ kind: 'paragraph', content: [t('rec.byArticleIntro')], style: 'small' }], sections: articles, pageBreak: true }, ...limits],
    legend: [
      { term: [{ kind: 'strong', text: t('rec.projectedWord') }], meaning: t('rec.projectedMeaning') },
      { term: [staleMark(w)], meaning: t('rec.staleMeaning') },
    ],
    data: [recommendationsTable(m, w)],
    meta: { tool: m.generated.tool, corpus: m.generated.corpus, date: m.generated.date, paper: options.paper ?? 'a4' },
  };
}
