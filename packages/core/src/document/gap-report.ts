/**
 * The gap report and the gap matrix as documents. `gapDocument(matrix, { detail: false })` is what
 * `gaps --out` writes: provenance, the matrix, the legend and the data tables; with `detail` (the
 * `report` command) it adds the executive summary, a section per article with the treaty text, the
 * provisions quoted and every finding's rationale, the texts cited, and the method and limits.
 */
import { GAP_STATUSES, STATUSES, type Status } from '../assess/types.js';
import type { Corpus } from '../corpus/corpus.js';
import { isWebUrl } from './safe.js';
import type { Lang, MessageKey } from '../i18n/translate.js';
import type { GapMatrix, MatrixAdopted, MatrixCell, MatrixColumn, MatrixFinding, MatrixProvision, MatrixRow } from '../matrix/types.js';
import type { ProseMap } from '../model/prose.js';
import type { Block, Cell, Column, Doc, Fact, Inline, LegendEntry, Section, Table } from './types.js';
import { projectedCellText, recommendationBlocks, recommendationsTable, whatToLegislate } from './recommendations.js';
import { words, type Words } from './words.js';

export interface GapDocumentOptions {
  lang: Lang;
  /** The whole report (summary, articles, texts, method); without it, the matrix and its tables. */
  detail?: boolean | undefined;
  /** The corpus the matrix was computed from: gives each article's treaty text in the output language. */
  corpus?: Corpus | undefined;
  paper?: 'a4' | 'letter' | undefined;
}

/** The gap report of a gap matrix as a document (the matrix and its tables; with `detail`, the whole report), for `renderDocument`. */
export function gapDocument(m: GapMatrix, options: GapDocumentOptions): Doc {
  const names: Record<string, ProseMap> = {};
  for (const c of m.columns) names[c.jurisdiction] = c.names;
  const w = words(options.lang, { cites: m.cites, names });
  const { t } = w;
  const detail = options.detail ?? false;
  const juris = w.tr.list(m.columns.map((c) => w.jurisdiction(c.jurisdiction)));
  const refs = w.tr.list(m.references.map((r) => referenceName(w, r.id, r.titles, r.short)));
  const title = t(detail ? 'report.title' : 'matrix.title', { jurisdictions: juris, references: refs });
  const tables = gapTables(m, w);
  const sections: Section[] = [];
  const summary: Section[] = [];
  if (detail) summary.push(executiveSummary(m, w, tables.byChapter));
  const several = tables.byJurisdiction ? [{ id: 'by-jurisdiction', title: [t('section.byJurisdiction')], blocks: [{ kind: 'paragraph' as const, content: [t('byJurisdiction.intro')], style: 'small' as const }, { kind: 'table' as const, table: tables.byJurisdiction }], sections: [] }] : [];
  sections.push({ id: 'matrix', title: [t('section.matrix')], blocks: [{ kind: 'paragraph', content: [t(several.length ? 'matrix.introSeveral' : 'matrix.intro')], style: 'small' }, { kind: 'table', table: tables.matrix }], sections: detail ? [] : several, pageBreak: detail });
  if (!detail) sections.unshift({ id: 'summary', title: [t('section.byChapter')], blocks: [{ kind: 'table', table: tables.byChapter }], sections: [] });
  if (detail) {
    sections.push(articleSections(m, w, options.corpus));
    sections.push(textsSection(m, w));
  }
  sections.push({ id: 'sources', title: [t('section.sources')], blocks: [{ kind: 'paragraph', content: [t('sources.intro')], style: 'small' }, { kind: 'table', table: tables.sources }], sections: [], pageBreak: detail });
  sections.push(methodSection(m, w));
  const data = [...(detail && tables.byJurisdiction ? [tables.byJurisdiction] : []), tables.findings, ...(m.recommendations?.length ? [recommendationsTable(m, w)] : []), tables.provisions, tables.method];
  return {
    kind: detail ? 'gap-report' : 'gap-matrix',
    lang: options.lang,
    title,
    subtitle: firstAssessmentTitle(m, w),
    provenance: provenance(m, w),
    summary,
    sections,
    legend: legend(w),
    data,
    meta: { tool: m.generated.tool, corpus: m.generated.corpus, date: m.generated.date, paper: options.paper ?? 'a4' },
  };
}

/** A reference instrument by the name a reader knows: `Convenio de Budapest (STE 185)`. */
export function referenceName(w: Words, id: string, titles: ProseMap, short?: string): string {
  const key = `instrument.${id}` as MessageKey;
  if (w.tr.has(key)) return w.t(key);
  return titles[w.lang] ?? short ?? titles.en ?? id;
}

function firstAssessmentTitle(m: GapMatrix, w: Words): string | undefined {
  // An assessment's title names its own jurisdiction: a matrix of several has none of them as its subtitle.
  if (m.columns.length > 1) return undefined;
  const a = m.columns.find((c) => c.assessment?.title)?.assessment;
  const p = a?.title ? w.prose(a.title, a.lang) : undefined;
  if (!p) return undefined;
  return p.standing === 'original' ? p.text : `${p.text} [${w.t(p.standing === 'fallback' ? 'prose.fallback' : 'prose.translation')}]`;
}

/** The title block: each jurisdiction with its position and its assessment's provenance, then the reference, corpus, tool and date. */
export function provenance(m: Pick<GapMatrix, 'columns' | 'references' | 'generated'> & Partial<Pick<GapMatrix, 'projection'>>, w: Words): Fact[] {
  const { t } = w;
  const facts: Fact[] = [];
  for (const c of m.columns) {
    const a = c.assessment;
    const who = m.columns.length > 1 ? ` (${w.jurisdiction(c.jurisdiction)})` : '';
    facts.push({ label: t('prov.jurisdiction'), value: [`${w.jurisdiction(c.jurisdiction)} — ${w.say(c.position)}`] });
    if (!a) {
      facts.push({ label: t('prov.assessment') + who, value: [t('prov.noAssessment')] });
      continue;
    }
    facts.push({ label: t('prov.authors') + who, value: authorsInline(w, a.authors, a.lang) });
    facts.push({ label: t('prov.assessmentDate') + who, value: [a.date] });
    facts.push({ label: t('prov.method') + who, value: [t('prov.methodValue', { n: a.findings, methods: w.tr.list(a.methods.map((x) => t(`method.${x}` as MessageKey))) })] });
    // Whether a practitioner of the jurisdiction's law reviewed it is said in words of the tool, whatever the summary says.
    const practitioner = a.review?.status === 'practitioner' || a.review?.reviewers.some((r) => r.practitioner);
    const review: Inline[] = a.review ? [t(`review.${a.review.status}` as MessageKey), practitioner ? '' : `; ${t('review.notPractitioner')}`, '. ', ...w.proseInline(a.review.summary, a.lang)] : [t('review.none'), `; ${t('review.notPractitioner')}`];
    facts.push({ label: t('prov.review') + who, value: review });
  }
  // One line for the treaties: how, where and when each was opened, in the output language; a version the corpus gives only as an English line is marked as English.
  const version = (r: GapMatrix['references'][number]): Inline => adoptedText(w, r.adopted) ?? (w.lang === 'en' ? r.version : { kind: 'lang', text: r.version, lang: 'en' });
  facts.push({ label: t(m.references.length > 1 ? 'prov.references' : 'prov.reference'), value: m.references.flatMap((r, i) => [...(i ? ['; '] : []), `${referenceName(w, r.id, r.titles, r.short)} — `, version(r)]) });
  if (m.projection) facts.push({ label: t('rec.prov.projection'), value: [t('rec.projectionNote', { ids: m.projection.assumed.join(', ') })] });
  facts.push({ label: t('prov.corpus'), value: [{ kind: 'code', text: m.generated.corpus }] });
  facts.push({ label: t('prov.tool'), value: [m.generated.tool] });
  facts.push({ label: t('prov.generated'), value: [m.generated.date, ' ', t('prov.generatedNote')] });
  const original = m.columns.find((c) => c.assessment)?.assessment?.lang ?? 'en';
  if (original !== w.lang) facts.push({ label: t('prov.language'), value: [t('prose.translatedNote', { original: t(`lang.${original}` as MessageKey), lang: t(`lang.${w.lang}` as MessageKey) })] });
  return facts;
}

// ── tables ────────────────────────────────────────────────────────────────────

const text = (v: string): Cell => (v ? { t: 'text', v } : { t: 'empty' });
const prose = (v: string | undefined, lang?: string): Cell => (v ? { t: 'prose', v, lang } : { t: 'empty' });

function statusCell(w: Words, status: Status, stale = false): Cell {
  return { t: 'status', status, text: w.status(status) + (stale ? ` · ${w.t('stale.word')}` : ''), stale };
}

function citesCell(w: Words, refs: { ref: string; stale?: boolean }[]): Cell {
  return refs.length ? { t: 'cites', items: refs.map((r) => ({ text: w.cite(r.ref, { form: 'short' }), ref: r.ref, stale: r.stale })) } : { t: 'empty' };
}

/** A cell's status in the matrix; a projected one keeps its current status (and colour), the projection said after it. */
function matrixStatusCell(w: Words, cell: MatrixCell): Cell {
  const projected = projectedCellText(w, cell);
  if (!projected || !cell.projected) return statusCell(w, cell.status, cell.stale);
  return { t: 'status', status: cell.projected.from.status, text: projected + (cell.stale ? ` · ${w.t('stale.word')}` : ''), stale: cell.stale };
}

export interface GapTables {
  byChapter: Table;
  matrix: Table;
  /** With several jurisdictions: each article and jurisdiction in a row (status, provisions, why). */
  byJurisdiction?: Table | undefined;
  findings: Table;
  provisions: Table;
  sources: Table;
  method: Table;
}

const articleCell = (r: MatrixRow): Cell => (/^\d+$/.test(r.number) ? { t: 'number', v: Number(r.number) } : text(r.number));

/** Every table of a matrix's documents: statuses by chapter, the matrix, findings, texts, sources, method. */
export function gapTables(m: GapMatrix, w: Words): GapTables {
  const { t } = w;
  const group = new Map(m.groups.map((g) => [g.ref, g]));
  const pathOf = (ref: string, form: 'full' | 'short') => {
    const g = group.get(ref);
    if (!g) return '';
    return w.path(g.translated[w.lang] ?? g.path, form);
  };
  // The treaty in a row: its short word (Convenio, Protocolo); the full names are in the title block.
  const kindOf = new Map(m.rows.map((r) => [r.reference, m.cites[r.ref]?.kind]));
  const treaty = (reference: string) => t(kindOf.get(reference) === 'protocol' ? 'cite.protocol' : 'cite.treaty');
  const heading = (r: MatrixRow) => w.prose(r.headings)?.text ?? '';

  // Statuses by chapter: each top-level group of each reference, per jurisdiction.
  const top = m.groups.filter((g) => g.depth === 1);
  const counted: Status[] = STATUSES.filter((s) => s !== 'not-applicable');
  const byChapterRows: Cell[][] = [];
  for (const g of top) {
    for (const c of m.columns) {
      const counts = m.totals.byGroup[g.ref]?.[c.key];
      if (!counts) continue;
      const row: Cell[] = [text(`${treaty(g.reference)}, ${pathOf(g.ref, 'short')}`), prose((g.translated[w.lang] ?? g.path).at(-1)?.title ?? '')];
      if (m.columns.length > 1) row.push(text(w.jurisdiction(c.jurisdiction)));
      for (const s of counted) row.push({ t: 'number', v: counts[s] });
      byChapterRows.push(row);
    }
  }
  for (const c of m.columns) {
    const counts = m.totals.byColumn[c.key]!;
    const row: Cell[] = [text(t('summary.all')), text('')];
    if (m.columns.length > 1) row.push(text(w.jurisdiction(c.jurisdiction)));
    for (const s of counted) row.push({ t: 'number', v: counts[s] });
    byChapterRows.push(row);
  }
  const byChapter: Table = {
    id: 'summary',
    caption: t('summary.caption'),
    columns: [
      { header: t('col.chapter'), type: 'text', width: 15 },
      { header: t('col.chapterTitle'), type: 'prose', width: 25 },
      ...(m.columns.length > 1 ? [{ header: t('col.jurisdiction'), type: 'text' as const, width: 14 }] : []),
      // Wide enough for a status word ("condicional", "sin disposición") not to break inside it.
      ...counted.map((s): Column => ({ header: w.status(s), type: 'number', width: 15 })),
    ],
    freezeColumns: 1,
    rowCount: byChapterRows.length,
    rows: () => byChapterRows,
    compact: true,
  };

  const matrixColumns: Column[] = [
    { header: t('col.article'), type: 'number', width: 5 },
    // "Protocolo" unbroken on a Word page.
    { header: t('col.treaty'), type: 'text', width: 12 },
    { header: t('col.heading'), type: 'prose', width: 28 },
  ];
  for (const c of m.columns) {
    const p = m.columns.length > 1 ? `${c.key} · ` : '';
    // The reasons are said again, in full, in each article's section: a table on paper leaves them out.
    matrixColumns.push({ header: p + t('col.status'), type: 'status', width: 16 }, { header: p + t('col.provisions'), type: 'cites', width: 48 }, { header: p + t('col.reason'), type: 'prose', width: 56, role: 'screen' });
  }
  matrixColumns.push({ header: t('col.chapter'), type: 'text', width: 18 }, { header: t('col.path'), type: 'prose', width: 60, role: 'data' }, { header: t('col.ref'), type: 'id', width: 22, role: 'data' });
  const matrix: Table = {
    id: 'matrix',
    sheet: t('sheet.matrix'),
    caption: t('section.matrix'),
    columns: matrixColumns,
    freezeColumns: 3,
    rowCount: m.rows.length,
    rows: function* () {
      for (const r of m.rows) {
        const row: Cell[] = [articleCell(r), text(treaty(r.reference)), prose(heading(r))];
        for (const c of m.columns) {
          const cell = r.cells[c.key];
          if (!cell) row.push(statusCell(w, 'not-assessed'), { t: 'empty' }, { t: 'empty' });
          else row.push(matrixStatusCell(w, cell), citesCell(w, cell.provisions.map((ref) => ({ ref }))), prose(cell.status === 'not-applicable' ? '' : w.say(cell.reason)));
        }
        row.push(text(pathOf(r.group, 'short')), prose(pathOf(r.group, 'full')), { t: 'id', v: r.ref });
        yield row;
      }
    },
  };

  const several = m.columns.length > 1;
  let findingCount = 0;
  for (const r of m.rows) for (const c of m.columns) findingCount += r.cells[c.key]?.findings.length ?? 0;
  const findings: Table = {
    id: 'findings',
    sheet: t('sheet.findings'),
    caption: t('section.findings'),
    // The short columns narrow and the rationale and the quotes wide: a long finding takes few lines.
    columns: [
      { header: t('col.article'), type: 'number', width: 6 },
      { header: t('col.treaty'), type: 'text', width: 10 },
      ...(several ? [{ header: t('col.jurisdiction'), type: 'text' as const, width: 12 }] : []),
      { header: t('col.requirement'), type: 'prose', width: 26 },
      { header: t('col.kind'), type: 'text', width: 11 },
      { header: t('col.status'), type: 'status', width: 14 },
      { header: t('col.coverage'), type: 'prose', width: 10 },
      { header: t('col.relationship'), type: 'prose', width: 11 },
      { header: t('col.confidence'), type: 'text', width: 10 },
      { header: t('col.rationale'), type: 'prose', width: 100 },
      { header: t('col.citations'), type: 'cites', width: 86 },
      // Alternatives, one a line: the header says that any one of them suffices.
      { header: t('col.acceptableWithAny'), type: 'list', width: 24 },
      { header: t('col.ref'), type: 'id', width: 24, role: 'data' },
    ],
    freezeColumns: several ? 4 : 3,
    rowCount: findingCount,
    rows: function* () {
      for (const r of m.rows) {
        for (const c of m.columns) {
          for (const f of r.cells[c.key]?.findings ?? []) {
            const lang = c.assessment?.lang;
            yield [
              articleCell(r),
              text(treaty(r.reference)),
              ...(several ? [text(w.jurisdiction(c.jurisdiction))] : []),
              prose(w.requirement(f.requirement)),
              text(w.t(`kind.${f.kind}` as MessageKey)),
              statusCell(w, f.status, f.stale),
              prose(f.coverage ? t(`coverage.${f.coverage}` as MessageKey) : ''),
              prose(f.relationship ? t(`relationship.${f.relationship}` as MessageKey) : ''),
              text(f.confidence ? t(`confidence.${f.confidence}` as MessageKey) : ''),
              prose(w.prose(f.rationale ?? f.notAssessedReason, lang)?.text ?? (f.status === 'not-assessed' ? t('reason.req.noFinding', { requirement: '' }).replace(/^:\s*/, '') : '')),
              // Each citation with the words it quotes: one column, the ids kept in the cell.
              f.citations.length ? { t: 'cites', lines: true, items: f.citations.map((x) => ({ text: x.quote ? `${w.cite(x.ref, { form: 'short' })}: ${quoteMarks(w, x.quote)}` : w.cite(x.ref, { form: 'short' }), ref: x.ref, stale: x.stale })) } : { t: 'empty' },
              f.acceptableWith.length ? { t: 'list', items: f.acceptableWith.map((a) => acceptableItem(w, a, 'short')) } : { t: 'empty' },
              { t: 'id', v: f.requirement },
            ];
          }
        }
      }
    },
  };

  const translated = m.provisions.some((p) => translationFor(p, w.lang));
  const provisions: Table = {
    id: 'provisions',
    sheet: t('sheet.provisions'),
    caption: t('section.texts'),
    columns: [
      { header: t('col.citation'), type: 'prose', width: 24 },
      { header: t('col.heading'), type: 'prose', width: 20 },
      { header: t('col.text'), type: 'prose', width: translated ? 95 : 192 },
      ...(translated ? [{ header: t('col.translation'), type: 'prose' as const, width: 95 }, { header: t('col.translationStatus'), type: 'prose' as const, width: 18 }] : []),
      { header: t('col.language'), type: 'text', width: 8, role: 'data' },
      { header: t('col.ref'), type: 'id', width: 28, role: 'data' },
      { header: t('col.hash'), type: 'id', width: 20, role: 'data' },
    ],
    freezeColumns: 1,
    rowCount: m.provisions.length,
    rows: function* () {
      for (const p of m.provisions) {
        const tr = translationFor(p, w.lang);
        yield [
          prose(w.cite(p.ref)),
          prose(p.heading ?? ''),
          prose(p.text, p.lang),
          ...(translated ? [prose(tr?.text, tr?.lang), prose(tr ? translationLabel(w, tr) : '')] : []),
          text(p.lang),
          { t: 'id', v: p.ref },
          { t: 'id', v: p.hash },
        ];
      }
    },
  };

  const references = new Map(m.references.map((r) => [r.id, r]));
  const sourceRows: Cell[][] = m.sources.map((s) => [
    // A reference treaty by the name the report gives it (Convenio de Budapest (STE 185)); a law by its abbreviation.
    prose(references.has(s.instrument) ? referenceName(w, s.instrument, s.titles, s.short) : (s.short ?? s.instrument)),
    prose(s.titles[w.lang] ?? s.titles.en ?? Object.values(s.titles)[0] ?? ''),
    prose(adoptedText(w, s.adopted) ?? s.version),
    isWebUrl(s.url) ? { t: 'link', text: s.url, href: s.url } : text(s.url),
    prose(w.prose(s.caveat)?.text ?? ''),
    text(s.file ?? ''),
    s.sha256 ? { t: 'id', v: s.sha256 } : { t: 'empty' },
    { t: 'id', v: s.instrument },
  ]);
  const sources: Table = {
    id: 'sources',
    sheet: t('sheet.sources'),
    caption: t('section.sources'),
    columns: [
      { header: t('col.instrument'), type: 'prose', width: 16 },
      { header: t('col.title'), type: 'prose', width: 44 },
      { header: t('col.version'), type: 'prose', width: 40 },
      { header: t('col.address'), type: 'link', width: 58 },
      { header: t('col.caveat'), type: 'prose', width: 80 },
      { header: t('col.file'), type: 'text', width: 24, role: 'data' },
      { header: t('col.sha256'), type: 'id', width: 24, role: 'data' },
      { header: t('col.ref'), type: 'id', width: 14, role: 'data' },
    ],
    freezeColumns: 1,
    rowCount: sourceRows.length,
    rows: () => sourceRows,
  };

  const methodRows: Cell[][] = [];
  for (const key of METHOD) methodRows.push([text(t(`method.title.${key}` as MessageKey)), prose(t(`method.text.${key}` as MessageKey))]);
  for (const c of m.columns) for (const l of c.limits) methodRows.push([text(t('method.limit', { jurisdiction: w.jurisdiction(c.jurisdiction) })), prose(w.prose(l, c.assessment?.lang)?.text ?? '')]);
  const method: Table = {
    id: 'method',
    sheet: t('sheet.method'),
    caption: t('section.method'),
    columns: [
      { header: t('col.topic'), type: 'text', width: 24 },
      { header: t('col.text'), type: 'prose', width: 170 },
    ],
    freezeColumns: 1,
    rowCount: methodRows.length,
    rows: () => methodRows,
  };
  if (m.columns.length === 1) return { byChapter, matrix, findings, provisions, sources, method };
  return { byChapter, matrix: sideBySide(m, w, treaty, pathOf), byJurisdiction: byJurisdiction(m, w, treaty), findings, provisions, sources, method };
}

/**
 * Several jurisdictions side by side: one status column each, headed by its name, so that five
 * countries fit a page (the chapter's full path, a tall cell, is left to the findings and the
 * articles); what each cites and why is in the table by jurisdiction and the articles.
 */
function sideBySide(m: GapMatrix, w: Words, treaty: (reference: string) => string, pathOf: (ref: string, form: 'short') => string): Table {
  const { t } = w;
  return {
    id: 'matrix',
    sheet: t('sheet.matrix'),
    caption: t('section.matrix'),
    columns: [
      { header: t('col.article'), type: 'number', width: 6 },
      { header: t('col.treaty'), type: 'text', width: 10 },
      { header: t('col.heading'), type: 'prose', width: 28 },
      ...m.columns.map((c): Column => ({ header: w.jurisdiction(c.jurisdiction), type: 'status', width: 14 })),
      { header: t('col.chapter'), type: 'text', width: 18 },
      { header: t('col.ref'), type: 'id', width: 22, role: 'data' },
    ],
    freezeColumns: 3,
    rowCount: m.rows.length,
    rows: function* () {
      for (const r of m.rows) {
        const row: Cell[] = [articleCell(r), text(treaty(r.reference)), prose(w.prose(r.headings)?.text ?? '')];
        for (const c of m.columns) {
          const cell = r.cells[c.key];
          row.push(statusCell(w, cell?.status ?? 'not-assessed', cell?.stale));
        }
        row.push(text(pathOf(r.group, 'short')), { t: 'id', v: r.ref });
        yield row;
      }
    },
  };
}

/** Each article and jurisdiction in a row of its own: status, provisions cited, why (what the side-by-side matrix leaves out). */
function byJurisdiction(m: GapMatrix, w: Words, treaty: (reference: string) => string): Table {
  const { t } = w;
  return {
    id: 'jurisdictions',
    sheet: t('sheet.byJurisdiction'),
    caption: t('section.byJurisdiction'),
    columns: [
      { header: t('col.article'), type: 'number', width: 6 },
      { header: t('col.treaty'), type: 'text', width: 10 },
      { header: t('col.heading'), type: 'prose', width: 24 },
      { header: t('col.jurisdiction'), type: 'text', width: 12 },
      { header: t('col.status'), type: 'status', width: 16 },
      { header: t('col.provisions'), type: 'cites', width: 30 },
      { header: t('col.reason'), type: 'prose', width: 60 },
      { header: t('col.ref'), type: 'id', width: 22, role: 'data' },
    ],
    freezeColumns: 4,
    rowCount: m.rows.length * m.columns.length,
    rows: function* () {
      for (const r of m.rows) {
        for (const c of m.columns) {
          const cell = r.cells[c.key];
          const head = [articleCell(r), text(treaty(r.reference)), prose(w.prose(r.headings)?.text ?? ''), text(w.jurisdiction(c.jurisdiction))];
          if (!cell) yield [...head, statusCell(w, 'not-assessed'), { t: 'empty' }, { t: 'empty' }, { t: 'id', v: r.ref }];
          else yield [...head, matrixStatusCell(w, cell), citesCell(w, cell.provisions.map((ref) => ({ ref }))), prose(cell.status === 'not-applicable' ? '' : w.say(cell.reason)), { t: 'id', v: r.ref }];
        }
      }
    },
  };
}

const METHOD = ['computed', 'findings', 'notAssessed', 'none', 'conditional', 'stale', 'translations', 'citations'] as const;

const quoteMarks = (w: Words, s: string) => (w.lang === 'es' ? `«${s}»` : `“${s}”`);

/** The translation a reader of `lang` is shown: into that language, of a law written in another (a law in the reader's language needs none). */
export function translationFor(p: MatrixProvision, lang: string): MatrixProvision['translations'][number] | undefined {
  return p.lang === lang ? undefined : p.translations.find((x) => x.lang === lang);
}

export function translationLabel(w: Words, tr: { lang: string; official: boolean; by: string; stale: boolean }): string {
  const lang = w.t(`lang.${tr.lang}` as MessageKey);
  const label = w.t(tr.official ? 'translation.official' : 'translation.unofficial', { lang, by: tr.by });
  return tr.stale ? `${label} — ${w.t('translation.stale')}` : label;
}

// ── the executive summary ─────────────────────────────────────────────────────

function articleTitle(w: Words, m: GapMatrix, r: MatrixRow): string {
  const ref = m.references.find((x) => x.id === r.reference);
  const heading = w.prose(r.headings)?.text;
  const prefix = m.references.length > 1 && ref ? `${w.t(ref.id === m.references[0]!.id ? 'cite.treaty' : 'cite.protocol')}, ` : '';
  return `${prefix}${w.t('article.short', { n: r.number })}${heading ? `. ${heading}` : ''}`;
}

function executiveSummary(m: GapMatrix, w: Words, byChapter: Table): Section {
  const { t } = w;
  const blocks: Block[] = [];
  for (const c of m.columns) {
    const n = m.totals.byColumn[c.key]!;
    const total = m.rows.length - n['not-applicable'];
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      content: [
        t('summary.counts', {
          jurisdiction: w.jurisdiction(c.jurisdiction),
          total,
          full: n.full,
          asAssessed: n['full-as-assessed'],
          conditional: n.conditional,
          partial: n.partial,
          none: n.none,
          notAssessed: n['not-assessed'],
        }),
      ],
    });
  }
  blocks.push({ kind: 'table', table: byChapter });
  const sections: Section[] = [];
  const list = (status: (cell: MatrixCell) => boolean, line: (r: MatrixRow, c: MatrixColumn, cell: MatrixCell) => Inline[]) => {
    const items: Inline[][] = [];
    for (const r of m.rows) for (const c of m.columns) {
      const cell = r.cells[c.key];
      if (cell && status(cell)) items.push(line(r, c, cell));
    }
    return items;
  };
  const who = (c: MatrixColumn) => (m.columns.length > 1 ? `${w.jurisdiction(c.jurisdiction)}: ` : '');
  const gaps = list(
    (cell) => (GAP_STATUSES as Status[]).includes(cell.status),
    (r, c, cell) => [{ kind: 'status', status: cell.status, text: w.status(cell.status) }, ' ', { kind: 'strong', text: `${who(c)}${articleTitle(w, m, r)}` }, `: ${w.say(cell.reason)}.`, ...citesSentence(w, cell)],
  );
  sections.push({ id: 'summary-gaps', title: [t('summary.gaps')], blocks: gaps.length ? [{ kind: 'paragraph', content: [t('summary.gapsIntro')], style: 'small' }, { kind: 'list', items: gaps }] : [{ kind: 'paragraph', content: [t('summary.noGaps')] }], sections: [] });
  const conditional = list(
    (cell) => cell.status === 'conditional',
    (r, c, cell) => [{ kind: 'status', status: cell.status, text: w.status(cell.status) }, ' ', { kind: 'strong', text: `${who(c)}${articleTitle(w, m, r)}` }, `: ${t('summary.needs', { needs: w.tr.list(cell.needs.map((n) => `${w.cite(n)} ${w.requirement(n)}`), 'and') })}`],
  );
  sections.push({ id: 'summary-conditional', title: [t('summary.conditional')], blocks: conditional.length ? [{ kind: 'paragraph', content: [t('summary.conditionalIntro')], style: 'small' }, { kind: 'list', items: conditional }] : [{ kind: 'paragraph', content: [t('summary.noConditional')] }], sections: [] });
  // Not assessed: whole articles, and requirements left without a finding in assessed articles, with the reason given.
  const notAssessed: Inline[][] = [];
  for (const c of m.columns) if (!c.assessment) notAssessed.push([{ kind: 'status', status: 'not-assessed', text: w.status('not-assessed') }, ' ', { kind: 'strong', text: w.jurisdiction(c.jurisdiction) }, `: ${t('prov.noAssessment')}`]);
  for (const r of m.rows) for (const c of m.columns) {
    if (!c.assessment) continue;
    const cell = r.cells[c.key];
    if (!cell || cell.status === 'not-applicable') continue;
    const open = cell.findings.filter((f) => f.status === 'not-assessed');
    if (open.length === 0) continue;
    const reasons = [...new Set(open.map((f) => (f.notAssessedReason ? w.prose(f.notAssessedReason, c.assessment?.lang)!.text : t('summary.noReasonGiven'))))];
    const head = cell.status === 'not-assessed' ? t('summary.wholeArticle') : t('summary.someRequirements', { n: open.length });
    notAssessed.push([{ kind: 'status', status: 'not-assessed', text: w.status('not-assessed') }, ' ', { kind: 'strong', text: `${who(c)}${articleTitle(w, m, r)}` }, ` (${head}): ${reasons.join(' ')}`]);
  }
  sections.push({ id: 'summary-not-assessed', title: [t('summary.notAssessed')], blocks: [{ kind: 'paragraph', content: [t('summary.notAssessedIntro')], style: 'small' }, ...(notAssessed.length ? [{ kind: 'list' as const, items: notAssessed }] : [])], sections: [] });
  // What would close the gaps: every recommendation by priority, one line each.
  if (m.recommendations?.length) sections.push(whatToLegislate(m, w));
  return { id: 'summary', title: [t('section.summary')], blocks, sections, pageBreak: true };
}

/**
 * Where the law falls short: the provisions cited by the requirements that are not met (a summary
 * names those; the matrix, right after it, lists every provision of the article).
 */
function citesSentence(w: Words, cell: MatrixCell): Inline[] {
  const short = [...new Set(cell.findings.filter((f) => (GAP_STATUSES as Status[]).includes(f.status)).flatMap((f) => f.citations.map((c) => c.ref)))];
  if (!short.length) return [];
  const out: Inline[] = [` ${w.t('summary.shortIn')} `];
  short.forEach((ref, i) => out.push(...(i ? ['; '] : []), { kind: 'cite', text: w.cite(ref), ref }));
  out.push('.');
  return out;
}

// ── one section per article ───────────────────────────────────────────────────

function articleSections(m: GapMatrix, w: Words, corpus: Corpus | undefined): Section {
  const { t } = w;
  const sections: Section[] = [];
  for (const r of m.rows) {
    const cells = m.columns.map((c) => [c, r.cells[c.key]] as const);
    if (cells.every(([, cell]) => !cell || cell.status === 'not-applicable')) continue;
    const blocks: Block[] = [];
    const treaty = corpus ? treatyText(corpus, r.ref, w.lang) : undefined;
    if (treaty) blocks.push({ kind: 'quote', text: treaty.text, lang: treaty.lang, label: treaty.label, role: 'treaty' });
    for (const [c, cell] of cells) {
      if (!cell) continue;
      blocks.push({ kind: 'paragraph', content: [{ kind: 'status', status: cell.status, text: w.status(cell.status) }, ...(cell.stale ? [' ', { kind: 'stale' as const, text: t('stale.word'), title: t('stale.meaning') }] : []), ' ', ...(m.columns.length > 1 ? [{ kind: 'strong' as const, text: `${w.jurisdiction(c.jurisdiction)}: ` }] : []), w.say(cell.reason) + '.'] });
      // A jurisdiction with no assessment has nothing more to say, article after article.
      if (!c.assessment) continue;
      const quoted = cell.findings.flatMap((f) => f.citations.filter((x) => x.quote).map((x) => x.ref));
      blocks.push(...sourceCaveats(m, w, quoted));
      // Requirements not assessed for one reason: the reason is said once, the next ones point to it.
      let said: { reason: string; requirement: string } | undefined;
      for (const f of cell.findings) {
        const reason = !f.rationale && f.status === 'not-assessed' && f.notAssessedReason ? JSON.stringify(f.notAssessedReason) : undefined;
        blocks.push(...findingBlocks(w, f, c.assessment.lang, { sameReasonAs: reason !== undefined && said?.reason === reason ? said.requirement : undefined }));
        if (reason !== undefined && said?.reason !== reason) said = { reason, requirement: f.requirement };
      }
      // Under its findings, what would close the article's gaps, with the model wording quoted (a caveat told above is not told again).
      const recs = (m.recommendations ?? []).filter((x) => x.article === r.ref && x.column === c.key);
      const caveatsShown = new Set(quoted.map((ref) => ref.slice(0, ref.indexOf('/'))));
      // Each begins "Recommendation <id>": no heading of their own.
      blocks.push(...recs.flatMap((x) => recommendationBlocks(w, m, x, { secondary: true, caveatsShown })));
    }
    sections.push({ id: `art-${r.ref.replace(/[^A-Za-z0-9]+/g, '-')}`, title: [articleTitle(w, m, r)], blocks, sections: [] });
  }
  return { id: 'articles', title: [t('section.articles')], blocks: [{ kind: 'paragraph', content: [t('articles.intro')], style: 'small' }], sections, pageBreak: true };
}

/**
 * What every reader of a quote from these provisions' instruments must be told (a private
 * consolidation, an extract): one small paragraph per instrument that has a caveat, in the output language.
 */
export function sourceCaveats(m: Pick<GapMatrix, 'sources' | 'cites'>, w: Words, refs: readonly string[]): Block[] {
  const seen = new Set<string>();
  const out: Block[] = [];
  for (const ref of refs) {
    const id = ref.slice(0, ref.indexOf('/'));
    if (seen.has(id)) continue;
    seen.add(id);
    const s = m.sources.find((x) => x.instrument === id);
    if (!s?.caveat) continue;
    const name = s.short ?? s.titles[w.lang] ?? s.titles.en ?? id;
    out.push({ kind: 'paragraph', style: 'small', content: [{ kind: 'strong', text: w.t('caveat.about', { instrument: name }) }, ' ', ...w.proseInline(s.caveat)] });
  }
  return out;
}

export interface FindingBlocksOptions {
  /** `quote` (default): each citation's words as a quote under it; `inline`: in the citation's line (where the text is quoted whole nearby). */
  evidence?: 'quote' | 'inline' | undefined;
  /** A requirement not assessed for the reason already given for this one (the reason is not said again). */
  sameReasonAs?: string | undefined;
}

/** A finding: its status and requirement, coverage and confidence, rationale, what was searched, each citation with its words, what makes it acceptable. */
export function findingBlocks(w: Words, f: MatrixFinding, original: string | undefined, options: FindingBlocksOptions = {}): Block[] {
  const { t } = w;
  const head: Inline[] = [{ kind: 'status', status: f.status, text: w.status(f.status) }, ' ', { kind: 'strong', text: w.requirement(f.requirement) }, ` — ${t(`kind.${f.kind}` as MessageKey)}`];
  if (f.stale) head.push(' ', { kind: 'stale', text: t('stale.word'), title: t('stale.meaning') });
  const blocks: Block[] = [{ kind: 'paragraph', content: head }];
  if (f.coverage) {
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      content: [t('finding.facts', { coverage: t(`coverage.${f.coverage}` as MessageKey), relationship: t(`relationship.${f.relationship ?? 'no-relationship'}` as MessageKey), confidence: t(`confidence.${f.confidence ?? 'low'}` as MessageKey) })],
    });
  }
  if (f.rationale) blocks.push({ kind: 'paragraph', content: w.proseInline(f.rationale, original) });
  if (f.searched) blocks.push({ kind: 'paragraph', style: 'small', content: [`${t('finding.searched')} `, ...w.proseInline(f.searched, original)] });
  if (!f.rationale && f.status === 'not-assessed') {
    const why: Inline[] = options.sameReasonAs ? [t('finding.notAssessedSame', { requirement: w.requirement(options.sameReasonAs) })] : f.notAssessedReason ? [`${t('finding.notAssessedBecause')} `, ...w.proseInline(f.notAssessedReason, original)] : [t('finding.noFinding')];
    blocks.push({ kind: 'paragraph', style: 'small', content: why });
  }
  for (const c of f.citations) {
    const source: Inline[] = [{ kind: 'cite', text: w.cite(c.ref), ref: c.ref, stale: c.stale }];
    if (c.stale) source.push(' ', { kind: 'stale', text: t('stale.word'), title: t('stale.meaning') });
    if (c.note) source.push(' — ', ...w.proseInline(c.note, original));
    if (c.quote && options.evidence !== 'inline') blocks.push({ kind: 'quote', text: c.quote, lang: c.ref.startsWith('coe-') ? 'en' : 'es', source, role: 'evidence' });
    else blocks.push({ kind: 'paragraph', style: 'small', content: c.quote ? [source[0]!, `: ${quoteMarks(w, c.quote)}`, ...source.slice(1)] : source });
  }
  if (f.acceptableWith.length) {
    const acceptable = w.acceptableWith(f.acceptableWith.map((a) => acceptableItem(w, a)));
    blocks.push({ kind: 'paragraph', style: 'small', content: [`${acceptable.label}: ${acceptable.text}`] });
  }
  // What is met needs no reading on paper beyond its line; the gaps keep their rationale and evidence.
  if (f.status === 'full' || f.status === 'not-applicable') for (const b of blocks.slice(1)) if (b.kind === 'paragraph' || b.kind === 'quote') b.secondary = true;
  return blocks;
}

/** One option, declaration or reservation that would make a finding acceptable, and whether it was made. */
function acceptableItem(w: Words, a: { ref: string; made: boolean }, form: 'full' | 'short' = 'full'): string {
  return `${w.cite(a.ref, { form })} ${w.requirement(a.ref)} (${w.t(a.made ? 'acceptable.made' : 'acceptable.notMade')})`;
}

/** A treaty article's text in the output language: the official translation where the corpus has one, else the authentic text, labelled. */
export function treatyText(corpus: Corpus, ref: string, lang: Lang): { text: string; lang: string; label: string } | undefined {
  const e = corpus.provisions.get(ref);
  if (!e) return undefined;
  return pickTreatyText({ lang: e.provision.lang ?? e.instrument.languages[0] ?? 'en', text: e.provision.text, translations: e.provision.translations }, lang);
}

/** The same, from an article's text in its own language and its translations. */
export function pickTreatyText(article: { lang: string; text: string; translations: readonly { lang: string; text: string; official: boolean; by: string }[] }, lang: Lang): { text: string; lang: string; label: string } {
  const w = words(lang, { cites: {}, names: {} });
  const own = article.lang;
  if (own === lang) return { text: article.text, lang: own, label: w.t('treaty.authentic', { lang: w.t(`lang.${own}` as MessageKey) }) };
  const tr = article.translations.find((x) => x.lang === lang && x.official);
  if (tr) return { text: tr.text, lang, label: w.t('treaty.officialTranslation', { by: tr.by }) };
  return { text: article.text, lang: own, label: w.t('treaty.noTranslation', { lang: w.t(`lang.${own}` as MessageKey) }) };
}

function textsSection(m: GapMatrix, w: Words): Section {
  const { t } = w;
  const blocks: Block[] = [{ kind: 'paragraph', content: [t('texts.intro')], style: 'small' }];
  const caveats = new Map(m.sources.map((s) => [s.instrument, s.caveat]));
  for (const p of m.provisions) {
    const source: Inline[] = [{ kind: 'cite', text: w.cite(p.ref), ref: p.ref }];
    if (p.heading) source.push(` — ${p.heading}`);
    const caveat = caveats.get(p.instrument);
    if (caveat) source.push(' — ', ...w.proseInline(caveat));
    blocks.push({ kind: 'quote', text: p.text, lang: p.lang, source, label: t('text.authoritative', { lang: t(`lang.${p.lang}` as MessageKey) }), role: 'law' });
    const tr = translationFor(p, w.lang);
    if (tr) blocks.push({ kind: 'quote', text: tr.text, lang: tr.lang, label: translationLabel(w, tr), role: 'law' });
  }
  return { id: 'texts', title: [t('section.texts')], blocks, sections: [], pageBreak: true };
}

export function methodSection(m: Pick<GapMatrix, 'columns'>, w: Words): Section {
  const { t } = w;
  const blocks: Block[] = [];
  for (const key of METHOD) blocks.push({ kind: 'paragraph', content: [{ kind: 'strong', text: `${t(`method.title.${key}` as MessageKey)}. ` }, t(`method.text.${key}` as MessageKey)] });
  const sections: Section[] = [];
  for (const c of m.columns) {
    const items = c.limits.map((l) => w.proseInline(l, c.assessment?.lang));
    sections.push({ id: `limits-${c.key}`, title: [t('section.limits', { jurisdiction: w.jurisdiction(c.jurisdiction) })], blocks: items.length ? [{ kind: 'list', items }] : [{ kind: 'paragraph', content: [t('limits.none')] }], sections: [] });
  }
  return { id: 'method', title: [t('section.method')], blocks, sections };
}

export function legend(w: Words): LegendEntry[] {
  const { t } = w;
  const out: LegendEntry[] = STATUSES.map((s) => ({ term: [{ kind: 'status', status: s, text: w.status(s) }], meaning: t(`meaning.${s}` as MessageKey) }));
  out.push({ term: [{ kind: 'stale', text: t('stale.word'), title: t('stale.meaning') }], meaning: t('stale.meaning') });
  for (const c of ['met', 'narrower', 'broader', 'missing']) out.push({ term: [{ kind: 'strong', text: `${t('col.coverage')}: ${t(`coverage.${c}` as MessageKey)}` }], meaning: t(`coverage.meaning.${c}` as MessageKey) });
  for (const r of ['equivalent-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship']) out.push({ term: [{ kind: 'strong', text: `${t('col.relationship')}: ${t(`relationship.${r}` as MessageKey)}` }], meaning: t(`relationship.meaning.${r}` as MessageKey) });
  return out;
}

/** A file's authors, `;`-separated: a name as written, prose in the output language (labelled when it is the project's translation). */
export function authorsInline(w: Words, authors: readonly (string | ProseMap)[], original: string): Inline[] {
  if (!authors.length) return [w.t('prov.noAuthors')];
  return authors.flatMap((x, i) => [...(i ? ['; '] : []), ...(typeof x === 'string' ? [x] : w.proseInline(x, original))]);
}

/** "Abierto a la firma en Budapest el 23 de noviembre de 2001": a treaty's opening said from its data (act, place by language, day). */
export function adoptedText(w: Words, adopted: MatrixAdopted | undefined): string | undefined {
  if (!adopted) return undefined;
  const place = adopted.place[w.lang] ?? adopted.place.en ?? Object.values(adopted.place)[0] ?? '';
  return w.t(adopted.act === 'done' ? 'treaty.adopted.done' : 'treaty.adopted.opened', { place, date: w.day(adopted.date) });
}
