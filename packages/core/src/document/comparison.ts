/**
 * "How Parties worded it" as a document: for one article or requirement of the treaty, the
 * treaty's words in the output language, a table of the jurisdictions side by side (status,
 * provisions cited, declarations and reservations), then each jurisdiction in turn: where it stands
 * towards the treaty, the declarations and reservations it made that bear on the article, what a
 * reader of its sources must know, the words of its law quoted verbatim with their citations, and
 * its findings. Built from a `Comparison` (a slice of the gap matrix); rendered like every report.
 */
import type { Comparison, ComparisonPositions } from '../matrix/comparison.js';
import type { MatrixColumn } from '../matrix/types.js';
import type { Lang, MessageKey } from '../i18n/translate.js';
import type { ProseMap } from '../model/prose.js';
import { findingBlocks, gapTables, legend, methodSection, pickTreatyText, provenance, referenceName, sourceCaveats, translationFor, translationLabel } from './gap-report.js';
import type { Block, Cell, Doc, Inline, Section, Table } from './types.js';
import { words, type Words } from './words.js';

export interface ComparisonDocumentOptions {
  lang: Lang;
  paper?: 'a4' | 'letter' | undefined;
}

export function comparisonDocument(c: Comparison, options: ComparisonDocumentOptions): Doc {
  const m = c.matrix;
  const names: Record<string, ProseMap> = {};
  for (const col of m.columns) names[col.jurisdiction] = col.names;
  const w = words(options.lang, { cites: m.cites, names });
  const { t } = w;
  const row = m.rows[0]!;
  const heading = w.prose(row.headings)?.text;
  const article = `${w.cite(c.article)}${heading ? ` (${heading})` : ''}`;
  const title = c.requirement ? t('compare.titleRequirement', { article, requirement: w.requirement(c.requirement) }) : t('compare.title', { article });
  const tables = gapTables(m, w);
  const sections: Section[] = [treatySection(c, w), ...m.columns.map((col) => jurisdictionSection(c, col, w))];
  sections.push({ id: 'sources', title: [t('section.sources')], blocks: [{ kind: 'paragraph', content: [t('sources.intro')], style: 'small' }, { kind: 'table', table: tables.sources }], sections: [] });
  sections.push(methodSection(m, w));
  return {
    kind: 'comparison',
    lang: options.lang,
    title,
    subtitle: t('compare.subtitle', { jurisdictions: w.tr.list(m.columns.map((col) => w.jurisdiction(col.jurisdiction))) }),
    provenance: provenance(m, w),
    summary: [{ id: 'at-a-glance', title: [t('compare.atAGlance')], blocks: [{ kind: 'paragraph', content: [t('compare.atAGlanceIntro')], style: 'small' }, { kind: 'table', table: glance(c, w) }], sections: [] }],
    sections,
    legend: legend(w),
    data: [tables.findings, tables.provisions, tables.method],
    meta: { tool: m.generated.tool, corpus: m.generated.corpus, date: m.generated.date, paper: options.paper ?? 'a4' },
  };
}

/** One row per jurisdiction: its status, the provisions cited, the declarations and reservations that bear on it, why. */
function glance(c: Comparison, w: Words): Table {
  const { t } = w;
  const m = c.matrix;
  const rows: Cell[][] = m.columns.map((col) => {
    const cell = m.rows[0]!.cells[col.key]!;
    const p = c.positions[col.key]!;
    return [
      { t: 'text', v: w.jurisdiction(col.jurisdiction) },
      { t: 'status', status: cell.status, text: w.status(cell.status) + (cell.stale ? ` · ${t('stale.word')}` : ''), stale: cell.stale },
      cell.provisions.length ? { t: 'cites', items: cell.provisions.map((ref) => ({ text: w.cite(ref, { form: 'short' }), ref })) } : { t: 'empty' },
      { t: 'list', items: positionsShort(w, p) },
      { t: 'prose', v: col.assessment ? w.say(cell.reason) : w.t('prov.noAssessment') },
    ];
  });
  return {
    id: 'comparison',
    sheet: t('compare.sheet'),
    caption: t('compare.atAGlance'),
    columns: [
      { header: t('col.jurisdiction'), type: 'text', width: 16 },
      { header: t('col.status'), type: 'status', width: 16 },
      { header: t('col.provisions'), type: 'cites', width: 30 },
      { header: t('col.positions'), type: 'list', width: 30 },
      { header: t('col.reason'), type: 'prose', width: 60 },
    ],
    freezeColumns: 1,
    rowCount: rows.length,
    rows: () => rows,
  };
}

function positionsShort(w: Words, p: ComparisonPositions): string[] {
  if (p.made.length) return p.made.map((x) => `${w.cite(x.ref, { form: 'short' })} (${w.t(`kind.${x.kind}` as MessageKey)})`);
  if (!p.party) return [w.t('compare.positions.short.notParty')];
  return [w.t(p.recorded ? 'compare.positions.short.none' : 'compare.positions.short.unknown')];
}

function positionsLong(w: Words, col: MatrixColumn, p: ComparisonPositions): Inline[] {
  const who = w.jurisdiction(col.jurisdiction);
  if (p.made.length) {
    const out: Inline[] = [`${w.t('compare.positions.made', { jurisdiction: who })} `];
    p.made.forEach((x, i) => {
      out.push(...(i ? ['; '] : []), { kind: 'cite', text: w.cite(x.ref), ref: x.ref }, ` ${w.requirement(x.ref)}`);
      if (x.source?.title) out.push(` (${w.t('compare.positions.source', { source: x.source.title })})`);
    });
    out.push('.');
    return out;
  }
  if (!p.party) return [w.t('compare.positions.notParty', { jurisdiction: who })];
  return [w.t(p.recorded ? 'compare.positions.none' : 'compare.positions.unknown', { jurisdiction: who })];
}

function treatySection(c: Comparison, w: Words): Section {
  const { t } = w;
  const m = c.matrix;
  const ref = m.references[0]!;
  const blocks: Block[] = [];
  const treaty = pickTreatyText(c.treaty, w.lang);
  blocks.push({ kind: 'quote', text: treaty.text, lang: treaty.lang, label: treaty.label, role: 'treaty', source: [{ kind: 'cite', text: w.cite(c.article), ref: c.article }] });
  const items: Inline[][] = [];
  for (const r of c.requirements) {
    const quote = r.quote[w.lang] ?? r.quote.en ?? Object.values(r.quote)[0];
    const item: Inline[] = [{ kind: 'strong', text: `${t(`kind.${r.kind}` as MessageKey)}: ${w.requirement(r.ref)}` }, ' — ', { kind: 'cite', text: w.cite(r.ref), ref: r.ref }];
    // A quote in the output language is the official translation's words; otherwise the authentic text's, marked with their language.
    if (quote) item.push(': ', r.quote[w.lang] ? w.lang === 'en' ? `“${quote}”` : `«${quote}»` : { kind: 'lang', text: `“${quote}”`, lang: 'en', label: t('lang.en') });
    items.push(item);
  }
  if (items.length) blocks.push({ kind: 'paragraph', content: [t('compare.requirements')], style: 'small' }, { kind: 'list', items });
  return { id: 'treaty', title: [t('compare.treaty', { reference: referenceName(w, ref.id, ref.titles, ref.short) })], blocks, sections: [] };
}

function jurisdictionSection(c: Comparison, col: MatrixColumn, w: Words): Section {
  const { t } = w;
  const m = c.matrix;
  const cell = m.rows[0]!.cells[col.key]!;
  const who = w.jurisdiction(col.jurisdiction);
  const title: Inline[] = [`${who} — `, { kind: 'status', status: cell.status, text: w.status(cell.status) }];
  const id = `jur-${col.key.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const a = col.assessment;
  const facts = [
    { label: t('prov.jurisdiction'), value: [w.say(col.position)] as Inline[] },
    { label: t('col.positions'), value: positionsLong(w, col, c.positions[col.key]!) },
  ];
  if (!a) return { id, title, blocks: [{ kind: 'facts', items: facts }, { kind: 'paragraph', content: [t('prov.noAssessment')] }], sections: [] };
  facts.push({ label: t('prov.assessmentDate'), value: [a.date, '; ', t(`review.${a.review?.status ?? 'first-reading'}` as MessageKey)] });
  const blocks: Block[] = [{ kind: 'facts', items: facts }];
  blocks.push({ kind: 'paragraph', content: [{ kind: 'status', status: cell.status, text: w.status(cell.status) }, ...(cell.stale ? [' ', { kind: 'stale' as const, text: t('stale.word'), title: t('stale.meaning') }] : []), ' ', w.say(cell.reason) + '.'] });
  blocks.push(...sourceCaveats(m, w, cell.provisions));

  const wording: Block[] = [];
  for (const ref of cell.provisions) {
    const p = m.provisions.find((x) => x.ref === ref);
    if (!p) continue;
    const source: Inline[] = [{ kind: 'cite', text: w.cite(ref), ref }];
    if (p.heading) source.push(` — ${p.heading}`);
    wording.push({ kind: 'quote', text: p.text, lang: p.lang, source, label: t('text.authoritative', { lang: t(`lang.${p.lang}` as MessageKey) }), role: 'law' });
    const tr = translationFor(p, w.lang);
    if (tr) wording.push({ kind: 'quote', text: tr.text, lang: tr.lang, label: translationLabel(w, tr), role: 'law' });
  }
  if (!wording.length) wording.push({ kind: 'paragraph', content: [t('compare.noWording')], style: 'small' });
  const findings = cell.findings.flatMap((f) => findingBlocks(w, f, a.lang, { evidence: 'inline' }));
  return {
    id,
    title,
    blocks,
    sections: [
      { id: `${id}-wording`, title: [t('compare.wording', { jurisdiction: who })], blocks: wording, sections: [] },
      ...(findings.length ? [{ id: `${id}-findings`, title: [t('section.findings')], blocks: findings, sections: [] }] : []),
    ],
  };
}
