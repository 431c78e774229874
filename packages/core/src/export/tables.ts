import type { Status } from '../assess/types.js';
import { pick, type ProseMap } from '../model/prose.js';

const en = (p: ProseMap) => pick(p, 'en').text;
import type { GapMatrix, MatrixCell, MatrixFinding } from '../matrix/types.js';

/**
 * The gap matrix as flat tables, one per sheet of the workbook and per CSV file. The xlsx and
 * csv renderers write these and nothing else, so both carry the same cells.
 */

/** A cell: text, a number, or text with a web link (a hyperlink cell in xlsx, the text in csv). */
export type Cell = string | number | { text: string; link: string };

export interface Table {
  /** Sheet name (≤ 31 characters). */
  name: string;
  /** Key–value lines written above the table (the Summary's title block); empty for the others. */
  preamble: [string, string][];
  header: string[];
  /** Column widths in characters, one per header. */
  widths: number[];
  /** How many rows `rows()` gives. */
  rowCount: number;
  /** The rows, made afresh at each call as they are read: a table of 60,000 findings is never held whole. */
  rows: () => Iterable<Cell[]>;
}

/** A table whose rows are already at hand. */
const held = (rows: Cell[][]) => ({ rowCount: rows.length, rows: () => rows });

export const TABLE_NAMES = ['summary', 'matrix', 'findings', 'provisions', 'sources', 'legend'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const STATUS_ORDER: Status[] = ['full', 'full-as-assessed', 'conditional', 'partial', 'none', 'not-assessed', 'not-applicable'];

/** The word a reader sees for a status (the legend's label), with its symbol: `✔ full`. */
export function statusText(matrix: GapMatrix, status: Status, symbol?: string): string {
  const entry = matrix.legend.find((l) => l.status === status);
  const sym = symbol ?? entry?.symbol ?? '';
  return `${sym ? sym + ' ' : ''}${entry?.label ?? status}`;
}

/** The title of a report: reference instrument(s) against the jurisdictions. */
export function titleOf(matrix: GapMatrix): string {
  const refs = matrix.references.map((r) => r.title).join(' + ');
  const juris = [...new Set(matrix.columns.map((c) => c.name))].join(', ');
  return `Gap matrix: ${juris || 'no jurisdiction'} against ${refs || 'no reference'}`;
}

export const STALE = 'STALE';

/** How to read the report; every format carries it. */
export const METHOD_NOTE =
  'Each article status is computed from findings, never typed: a finding records, for one requirement of the article, ' +
  'whether the national provisions cited cover it (met, narrower, broader, missing), with its rationale, confidence and the quoted texts. ' +
  '"not assessed" means no finding was recorded yet and is never a gap; "none" means the law was searched and no provision covers the requirement. ' +
  '"conditional" means the law covers it only with a declaration or reservation the jurisdiction has not made. ' +
  'STALE marks a finding whose cited text changed since it was made. Translations marked unofficial are the project\'s own, not law.';

export function citationText(c: MatrixFinding['citations'][number]): string {
  return `${c.ref}${c.stale ? ` (${STALE})` : ''}${c.quote ? `: “${c.quote}”` : ''}`;
}

export function acceptableText(a: MatrixFinding['acceptableWith'][number]): string {
  return `${a.ref} — ${en(a.label)} (${a.made ? 'made' : 'not made'})`;
}

export function tableOf(matrix: GapMatrix, name: TableName): Table {
  switch (name) {
    case 'summary':
      return summary(matrix);
    case 'matrix':
      return matrixTable(matrix);
    case 'findings':
      return findings(matrix);
    case 'provisions':
      return provisions(matrix);
    case 'sources':
      return sources(matrix);
    case 'legend':
      return legend(matrix);
  }
}

export function allTables(matrix: GapMatrix): Table[] {
  return TABLE_NAMES.map((n) => tableOf(matrix, n));
}

function summary(m: GapMatrix): Table {
  const preamble: [string, string][] = [
    ['Title', titleOf(m)],
    ...m.references.map((r): [string, string] => ['Reference', `${r.id} — ${r.title} (${r.version})`]),
    ['Date', m.generated.date],
    ['Corpus version', m.generated.corpus],
    ['Tool', m.generated.tool],
    ['Method', METHOD_NOTE],
  ];
  for (const c of m.columns) {
    preamble.push([`Jurisdiction ${c.key}`, `${c.name} (${c.jurisdiction}) against ${c.reference}`]);
    preamble.push([`Position ${c.key}`, c.position]);
    for (const l of c.limits) preamble.push([`Limit ${c.key}`, en(l)]);
  }
  const header = ['Group', 'Column', ...STATUS_ORDER.map((s) => statusText(m, s)), 'Total'];
  const rows: Cell[][] = [];
  const line = (group: string, key: string, counts: Record<Status, number> | undefined) => {
    const n = STATUS_ORDER.map((s) => counts?.[s] ?? 0);
    rows.push([group, key, ...n, n.reduce((a, b) => a + b, 0)]);
  };
  for (const c of m.columns) line('All articles', c.key, m.totals.byColumn[c.key]);
  for (const g of m.groups) {
    const byCol = m.totals.byGroup[g.ref];
    if (!byCol) continue;
    for (const c of m.columns) line(g.label, c.key, byCol[c.key]);
  }
  return { name: 'Summary', preamble, header, widths: [48, 14, ...STATUS_ORDER.map(() => 14), 8], ...held(rows) };
}

function matrixTable(m: GapMatrix): Table {
  const header = ['Group', 'Ref', 'Article', 'Heading'];
  const widths = [40, 22, 8, 36];
  for (const c of m.columns) {
    header.push(`${c.key} status`, `${c.key} provisions`, `${c.key} reason`, `${c.key} stale`);
    widths.push(16, 30, 50, 8);
  }
  const groupLabel = new Map(m.groups.map((g) => [g.ref, g.label]));
  const rows = m.rows.map((r) => {
    const row: Cell[] = [groupLabel.get(r.group) ?? r.group, r.ref, r.number, r.heading];
    for (const c of m.columns) {
      const cell: MatrixCell | undefined = r.cells[c.key];
      if (!cell) row.push(statusText(m, 'not-assessed'), '', '', '');
      else row.push(statusText(m, cell.status, cell.symbol), cell.provisions.join('\n'), cell.reason, cell.stale ? STALE : '');
    }
    return row;
  });
  return { name: 'Matrix', preamble: [], header, widths, ...held(rows) };
}

function findings(m: GapMatrix): Table {
  const header = ['Column', 'Article', 'Requirement', 'Kind', 'Label', 'Status', 'Coverage', 'Relationship', 'Confidence', 'Rationale', 'Citations', 'Acceptable with', 'Stale'];
  let rowCount = 0;
  for (const r of m.rows) for (const c of m.columns) rowCount += r.cells[c.key]?.findings.length ?? 0;
  function* rows(): Generator<Cell[]> {
    for (const r of m.rows) {
      for (const c of m.columns) {
        for (const f of r.cells[c.key]?.findings ?? []) {
          yield [
            c.key,
            r.ref,
            f.requirement,
            f.kind,
            en(f.label),
            statusText(m, f.status),
            f.coverage ?? '',
            f.relationship ?? '',
            f.confidence ?? '',
            f.rationale ? en(f.rationale) : f.notAssessedReason ? en(f.notAssessedReason) : '',
            f.citations.map(citationText).join('\n'),
            f.acceptableWith.map(acceptableText).join('\n'),
            f.stale ? STALE : '',
          ];
        }
      }
    }
  }
  return { name: 'Findings', preamble: [], header, widths: [10, 22, 26, 12, 40, 16, 10, 16, 10, 60, 60, 40, 8], rowCount, rows };
}

function provisions(m: GapMatrix): Table {
  const header = ['Ref', 'Instrument', 'Heading', 'Language', 'Text', 'Translation language', 'Translation', 'Translation status', 'Hash'];
  function* rows(): Generator<Cell[]> {
    for (const p of m.provisions) {
      yield [
        p.ref,
        p.instrument,
        p.heading ?? '',
        p.lang,
        p.text,
        p.translation?.lang ?? '',
        p.translation?.text ?? '',
        p.translation ? `${p.translation.official ? 'official' : 'unofficial'} translation by ${p.translation.by}` : '',
        p.hash,
      ];
    }
  }
  return { name: 'Provisions', preamble: [], header, widths: [28, 14, 30, 8, 80, 8, 80, 30, 20], rowCount: m.provisions.length, rows };
}

function sources(m: GapMatrix): Table {
  const header = ['Instrument', 'Title', 'Version', 'URL', 'sha256', 'File'];
  const rows: Cell[][] = m.sources.map((s) => [s.instrument, s.title, s.version, isWebUrl(s.url) ? { text: s.url, link: s.url } : s.url, s.sha256 ?? '', s.file ?? '']);
  return { name: 'Sources', preamble: [], header, widths: [14, 50, 30, 60, 66, 30], ...held(rows) };
}

function legend(m: GapMatrix): Table {
  const header = ['Symbol', 'Status', 'Label', 'Meaning'];
  const rows: Cell[][] = m.legend.map((l) => [l.symbol, l.status, l.label, l.meaning]);
  rows.push(['', STALE, STALE, 'A cited provision changed since the finding was made: the finding needs a new look.']);
  return { name: 'Legend', preamble: [], header, widths: [8, 16, 16, 80], ...held(rows) };
}

/** Only http(s) addresses become links; anything else (javascript:, data:, file:) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s"<>]+$/i.test(url);
}

/** The text of a cell, as csv and the readers see it. */
export function cellText(c: Cell): string {
  return typeof c === 'object' ? c.text : String(c);
}
