/**
 * The reform diff as a document: what changed between two gap matrices (before and after a
 * reform), in the output language. The articles whose status, staleness, citations or findings
 * changed; the requirements behind them; each cited text that changed, as a word diff, with the
 * findings that quote it and whether each quote is still in the new text; the findings added and
 * removed; the totals before and after. One more builder of the document model: the same renderers
 * write it as docx, xlsx, html, md, csv or json.
 */
import { STATUSES, type Status } from '../assess/types.js';
import type { ArticleDiff, CellState, MatrixDiff, ProvisionChange, RequirementDiff, RequirementState } from '../diff/types.js';
import { diffRuns } from '../diff/words.js';
import type { Lang, MessageKey } from '../i18n/translate.js';
import { referenceName } from './gap-report.js';
import type { Block, Cell, Doc, Fact, Inline, LegendEntry, Section, Table } from './types.js';
import { words, type Words } from './words.js';

export interface ReformDiffDocumentOptions {
  lang: Lang;
  paper?: 'a4' | 'letter' | undefined;
}

export function reformDiffDocument(d: MatrixDiff, options: ReformDiffDocumentOptions): Doc {
  const w = words(options.lang, { cites: d.cites, names: d.names });
  const { t } = w;
  const juris = w.tr.list(d.columns.map((c) => w.jurisdiction(c)));
  const refs = w.tr.list(d.references.map((r) => referenceName(w, r.id, r.titles, r.short)));
  const changed = d.articles.filter((a) => a.changed);
  const tables = diffTables(d, w, changed);
  const summary: Section = {
    id: 'summary',
    title: [t('diff.section.summary')],
    blocks: [
      { kind: 'paragraph', style: 'lead', content: [summarySentence(d, w)] },
      ...(d.onlyIn.old.length || d.onlyIn.new.length
        ? [{ kind: 'paragraph' as const, style: 'small' as const, content: [t('diff.onlyIn', { old: w.tr.list(d.onlyIn.old.map((c) => w.jurisdiction(c))) || '—', new: w.tr.list(d.onlyIn.new.map((c) => w.jurisdiction(c))) || '—' })] }]
        : []),
      { kind: 'table', table: tables.totals },
    ],
    sections: [],
  };
  const sections: Section[] = [
    { id: 'articles', title: [t('diff.section.articles')], blocks: changed.length ? [{ kind: 'table', table: tables.articles }] : [{ kind: 'paragraph', content: [t('diff.noArticle')] }], sections: [] },
    { id: 'requirements', title: [t('diff.section.requirements')], blocks: tables.requirements.rowCount ? [{ kind: 'table', table: tables.requirements }] : [{ kind: 'paragraph', content: [t('diff.noRequirement')] }], sections: [] },
    textsSection(d, w),
    findingsSection(d, w, tables.findings),
  ];
  return {
    kind: 'reform-diff',
    lang: options.lang,
    title: t('diff.title', { jurisdictions: juris, references: refs }),
    subtitle: t('diff.subtitle', { old: d.old.label, new: d.new.label }),
    provenance: provenance(d, w, refs),
    summary: [summary],
    sections,
    legend: legend(w),
    data: [tables.texts],
    meta: { tool: d.new.tool, corpus: d.new.corpus, date: d.new.date, paper: options.paper ?? 'a4' },
  };
}

function provenance(d: MatrixDiff, w: Words, refs: string): Fact[] {
  const { t } = w;
  const side = (s: MatrixDiff['old']): Inline[] => [s.label, ` — ${t('prov.corpus')} `, { kind: 'code', text: s.corpus }, `, ${s.date}`];
  return [
    { label: t('diff.prov.old'), value: side(d.old) },
    { label: t('diff.prov.new'), value: side(d.new) },
    { label: t('prov.reference'), value: [refs] },
    { label: t('prov.tool'), value: [d.new.tool] },
  ];
}

/** "3 articles, 5 requirements and 1 cited text changed; 1 finding added, 0 removed. 61 articles are as they were." */
export function summarySentence(d: MatrixDiff, w: Words): string {
  const s = d.summary;
  const { t } = w;
  if (s.articles === 0 && s.provisions === 0 && s.findingsAdded === 0 && s.findingsRemoved === 0) return t('diff.summary.none', { n: d.articles.length });
  return t('diff.summary', {
    articles: t('diff.summary.articles', { n: s.articles }),
    requirements: t('diff.summary.requirements', { n: s.requirements }),
    provisions: t('diff.summary.provisions', { n: s.provisions }),
    added: t('diff.summary.added', { n: s.findingsAdded }),
    removed: t('diff.summary.removed', { n: s.findingsRemoved }),
    unchanged: t('diff.summary.unchanged', { n: d.articles.length - s.articles }),
  });
}

const text = (v: string): Cell => (v ? { t: 'text', v } : { t: 'empty' });
const prose = (v: string | undefined, lang?: string): Cell => (v ? { t: 'prose', v, lang } : { t: 'empty' });

function stateCell(w: Words, s: CellState | RequirementState | undefined): Cell {
  if (!s) return text(w.t('diff.absent'));
  const coverage = 'coverage' in s && s.coverage ? ` (${w.t(`coverage.${s.coverage}` as MessageKey)})` : '';
  return { t: 'status', status: s.status, text: w.status(s.status) + coverage + (s.stale ? ` · ${w.t('stale.word')}` : ''), stale: s.stale };
}

const changeWords = (w: Words, kind: 'cell' | 'requirement', changes: readonly string[]) => changes.map((c) => w.t(`diff.${kind}.${c}` as MessageKey));

interface DiffTables {
  totals: Table;
  articles: Table;
  requirements: Table;
  findings: Table;
  texts: Table;
}

function diffTables(d: MatrixDiff, w: Words, changed: ArticleDiff[]): DiffTables {
  const { t } = w;
  const many = d.columns.length > 1;
  const cellsOf = (a: ArticleDiff) => d.columns.filter((c) => a.cells[c]!.changes.length > 0).map((c) => ({ column: c, cell: a.cells[c]! }));
  const articleRows = changed.flatMap((a) => cellsOf(a).map((x) => ({ a, ...x })));
  const requirementRows = articleRows.flatMap((r) => r.cell.requirements.map((q) => ({ ...r, q })));
  const jurisdictionColumn = many ? [{ header: t('col.jurisdiction'), type: 'text' as const, width: 14 }] : [];
  const jurisdictionCell = (c: string): Cell[] => (many ? [text(w.jurisdiction(c))] : []);
  const totals: Table = {
    id: 'totals',
    sheet: t('diff.sheet.totals'),
    caption: t('diff.totals.caption'),
    columns: [{ header: t('col.jurisdiction'), type: 'text', width: 14 }, { header: t('col.status'), type: 'status', width: 22 }, { header: t('diff.col.before'), type: 'number', width: 8 }, { header: t('diff.col.after'), type: 'number', width: 8 }],
    freezeColumns: 2,
    rowCount: d.columns.length * STATUSES.length,
    rows: () => d.columns.flatMap((c) => STATUSES.map((s: Status): Cell[] => [text(w.jurisdiction(c)), { t: 'status', status: s, text: w.status(s) }, { t: 'number', v: d.totals[c]!.old[s] }, { t: 'number', v: d.totals[c]!.new[s] }])),
    compact: true,
  };
  const articles: Table = {
    id: 'articles',
    sheet: t('diff.sheet.articles'),
    columns: [
      { header: t('col.article'), type: 'text', width: 28 },
      ...jurisdictionColumn,
      { header: t('diff.col.before'), type: 'status', width: 22 },
      { header: t('diff.col.after'), type: 'status', width: 22 },
      { header: t('diff.col.changes'), type: 'list', width: 36 },
      { header: t('diff.col.textsChanged'), type: 'cites', width: 40 },
      { header: t('col.ref'), type: 'id', width: 22, role: 'data' },
    ],
    freezeColumns: 1,
    rowCount: articleRows.length,
    rows: () =>
      articleRows.map(({ a, column, cell }): Cell[] => {
        const texts = new Set(d.provisions.map((p) => p.ref));
        const cited = [...new Set([...(cell.old?.provisions ?? []), ...(cell.new?.provisions ?? [])])].filter((p) => texts.has(p));
        return [
          text(articleName(w, a)),
          ...jurisdictionCell(column),
          stateCell(w, cell.old),
          stateCell(w, cell.new),
          { t: 'list', items: changeWords(w, 'cell', cell.changes) },
          cited.length ? { t: 'cites', items: cited.map((ref) => ({ text: w.cite(ref), ref })) } : { t: 'empty' },
          { t: 'id', v: a.ref },
        ];
      }),
  };
  const requirements: Table = {
    id: 'requirements',
    sheet: t('diff.sheet.requirements'),
    columns: [
      { header: t('col.article'), type: 'text', width: 20 },
      ...jurisdictionColumn,
      { header: t('col.requirement'), type: 'prose', width: 40 },
      { header: t('diff.col.before'), type: 'status', width: 26 },
      { header: t('diff.col.after'), type: 'status', width: 26 },
      { header: t('diff.col.changes'), type: 'list', width: 30 },
      { header: t('col.ref'), type: 'id', width: 26, role: 'data' },
    ],
    freezeColumns: 1,
    rowCount: requirementRows.length,
    rows: () => requirementRows.map(({ a, column, q }): Cell[] => [text(articleName(w, a)), ...jurisdictionCell(column), prose(w.requirement(q.requirement)), stateCell(w, q.old), stateCell(w, q.new), { t: 'list', items: requirementChanges(w, q) }, { t: 'id', v: q.requirement }]),
  };
  const found = [...d.findings.added.map((f) => ({ f, what: t('diff.finding.added') })), ...d.findings.removed.map((f) => ({ f, what: t('diff.finding.removed') }))];
  const findings: Table = {
    id: 'findings',
    sheet: t('diff.sheet.findings'),
    columns: [
      { header: t('diff.col.finding'), type: 'text', width: 12 },
      ...jurisdictionColumn,
      { header: t('col.article'), type: 'text', width: 20 },
      { header: t('col.requirement'), type: 'prose', width: 40 },
      { header: t('col.coverage'), type: 'text', width: 14 },
      { header: t('col.ref'), type: 'id', width: 26, role: 'data' },
    ],
    freezeColumns: 1,
    rowCount: found.length,
    rows: () => found.map(({ f, what }): Cell[] => [text(what), ...jurisdictionCell(f.column), text(w.cite(f.article, { form: 'short' })), prose(w.requirement(f.requirement)), text(f.coverage ? t(`coverage.${f.coverage}` as MessageKey) : ''), { t: 'id', v: f.requirement }]),
  };
  const texts: Table = {
    id: 'texts',
    sheet: t('diff.sheet.texts'),
    columns: [
      { header: t('diff.col.provision'), type: 'text', width: 28 },
      { header: t('diff.col.oldText'), type: 'prose', width: 60 },
      { header: t('diff.col.newText'), type: 'prose', width: 60 },
      { header: t('diff.col.wordDiff'), type: 'prose', width: 60 },
      { header: t('diff.col.quotesGone'), type: 'list', width: 40 },
      { header: t('col.ref'), type: 'id', width: 26, role: 'data' },
      { header: t('diff.col.oldHash'), type: 'id', width: 20, role: 'data' },
      { header: t('diff.col.newHash'), type: 'id', width: 20, role: 'data' },
    ],
    freezeColumns: 1,
    rowCount: d.provisions.length,
    rows: () =>
      d.provisions.map((p): Cell[] => [
        text(w.cite(p.ref)),
        prose(p.old.text, p.lang),
        prose(p.new.text, p.lang),
        prose(diffRuns(p.words, { context: Infinity }).map((r) => marked(r)).join(''), p.lang),
        { t: 'list', items: goneQuotes(p).map((q) => quoteMarks(w, q)) },
        { t: 'id', v: p.ref },
        { t: 'id', v: p.old.hash },
        { t: 'id', v: p.new.hash },
      ]),
  };
  return { totals, articles, requirements, findings, texts };
}

/** `Art. 2 — Acceso ilícito`. */
export function articleName(w: Words, a: ArticleDiff): string {
  const heading = a.headings[w.lang] ?? a.headings.en ?? Object.values(a.headings)[0];
  return `${w.cite(a.ref, { form: 'short' })}${heading ? ` — ${heading}` : ''}`;
}

function requirementChanges(w: Words, q: RequirementDiff): string[] {
  return changeWords(w, 'requirement', q.changes);
}

const quoteMarks = (w: Words, s: string) => (w.lang === 'es' ? `«${s}»` : `“${s}”`);

/** The quotes of findings that the old text held and the new one no longer does. */
function goneQuotes(p: ProvisionChange): string[] {
  return [...new Set(p.citedBy.flatMap((c) => c.quotes.filter((q) => !q.inNew).map((q) => q.quote)))];
}

/** A run of a word diff in the plain markers every format can show (git's): `[-removed-]`, `{+added+}`. */
function marked(r: { op: 'same' | 'removed' | 'added'; text: string }): string {
  return r.op === 'removed' ? `[-${r.text}-]` : r.op === 'added' ? `{+${r.text}+}` : r.text;
}

/** The word diff inline: every change in its marker, added words also in bold (what the text now says). */
function diffInline(p: ProvisionChange): Inline[] {
  return diffRuns(p.words).map((r): Inline => (r.op === 'added' ? { kind: 'strong', text: marked(r) } : marked(r)));
}

function textsSection(d: MatrixDiff, w: Words): Section {
  const { t } = w;
  const sections = d.provisions.map((p, i): Section => {
    const blocks: Block[] = [{ kind: 'paragraph', content: diffInline(p) }];
    blocks.push({ kind: 'quote', text: p.new.text, lang: p.lang, label: t('diff.newText'), role: 'law' });
    const items: Inline[][] = [];
    for (const c of p.citedBy) {
      const head: Inline[] = [w.requirement(c.requirement), ` (${w.cite(c.requirement.split('#')[0]!, { form: 'short' })}${d.columns.length > 1 ? `, ${w.jurisdiction(c.column)}` : ''})`];
      if (c.quotes.length === 0) items.push([...head, `: ${t('diff.quote.none')}`]);
      for (const q of c.quotes) items.push([...head, ': ', { kind: 'lang', text: quoteMarks(w, q.quote), lang: p.lang }, ' — ', q.inNew ? t('diff.quote.still') : { kind: 'strong', text: t('diff.quote.gone') }]);
    }
    if (items.length) blocks.push({ kind: 'paragraph', content: [t('diff.citedBy')] }, { kind: 'list', items });
    for (const tr of p.translations) if (tr.stale) blocks.push({ kind: 'paragraph', style: 'warning', content: [t('diff.translationStale', { lang: t(`lang.${tr.lang}` as MessageKey) })] });
    return { id: `text-${i + 1}`, title: [{ kind: 'cite', text: w.cite(p.ref), ref: p.ref }], blocks, sections: [] };
  });
  return { id: 'texts', title: [t('diff.section.texts')], blocks: sections.length ? [{ kind: 'paragraph', style: 'small', content: [t('diff.texts.intro')] }] : [{ kind: 'paragraph', content: [t('diff.noText')] }], sections };
}

function findingsSection(d: MatrixDiff, w: Words, findings: Table): Section {
  const n = d.findings.added.length + d.findings.removed.length;
  return { id: 'findings', title: [w.t('diff.section.findings')], blocks: n ? [{ kind: 'table', table: findings }] : [{ kind: 'paragraph', content: [w.t('diff.noFinding')] }], sections: [] };
}

function legend(w: Words): LegendEntry[] {
  const { t } = w;
  const out: LegendEntry[] = STATUSES.map((s) => ({ term: [{ kind: 'status', status: s, text: w.status(s) }], meaning: t(`meaning.${s}` as MessageKey) }));
  out.push({ term: [{ kind: 'stale', text: t('stale.word'), title: t('stale.meaning') }], meaning: t('stale.meaning') });
  out.push({ term: ['[-…-]'], meaning: t('diff.legend.removed') });
  out.push({ term: [{ kind: 'strong', text: '{+…+}' }], meaning: t('diff.legend.added') });
  return out;
}
