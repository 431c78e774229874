/**
 * The document model: every report (the gap report, the gap matrix, the strategy matrix; next the
 * reform diff, "how Parties worded it" and "Qué legislar") is first built as a `Doc` in the output
 * language, and each format (docx, xlsx, html, md, csv, json) renders any `Doc`. A builder decides
 * what a report says; a renderer decides only how a format shows it. No renderer sees a matrix.
 */
import type { Status } from '../assess/types.js';

/** Text inside a paragraph, a title or a cell: plain, or a span that carries its kind. */
export type Inline = string | Span;

export type Span =
  | { kind: 'strong' | 'em'; text: string }
  /** A status, always shown as its symbol and word (`◑ partial`); renderers add its colour. */
  | { kind: 'status'; status: Status; text: string }
  /** A human citation of a reference, with the reference id kept (a tooltip, a link target, a json field). */
  | { kind: 'cite'; text: string; ref: string; stale?: boolean | undefined }
  | { kind: 'link'; text: string; href: string }
  /**
   * Text in another language than the document's, with what the reader must know about it.
   * `translation`: the project's translation of prose written in another language (which the title
   * block says once), not an original shown for want of one.
   */
  | { kind: 'lang'; text: string; lang: string; label?: string | undefined; translation?: boolean | undefined }
  /** An id, a hash: shown as code. */
  | { kind: 'code'; text: string }
  | { kind: 'stale'; text: string; title: string }
  /** A footnote: its text is shown at the foot of the page (docx) or in the notes (the other formats). */
  | { kind: 'note'; content: Inline[] };

/** `secondary`: a detail a short printed version may leave out (the rationale of a requirement that is met); the full document keeps it. */
export type Block =
  | { kind: 'paragraph'; content: Inline[]; style?: 'lead' | 'small' | 'warning' | undefined; secondary?: boolean | undefined }
  | { kind: 'list'; items: Inline[][] }
  /** Verbatim text (of a law or a treaty), with its language and what it is ("Texto del CPF", "traducción no oficial"). */
  | { kind: 'quote'; text: string; lang: string; source?: Inline[] | undefined; label?: string | undefined; role?: 'treaty' | 'evidence' | 'law' | undefined; secondary?: boolean | undefined }
  /** Labelled facts: the title block, a finding's coverage and confidence. */
  | { kind: 'facts'; items: Fact[] }
  | { kind: 'table'; table: Table };

export interface Fact {
  label: string;
  value: Inline[];
}

export interface Section {
  /** Unique in the document: an anchor, a bookmark. */
  id: string;
  title: Inline[];
  blocks: Block[];
  sections: Section[];
  /** Start on a new page where a format has pages. */
  pageBreak?: boolean | undefined;
}

/** A typed cell: each renderer shows each type in its own way (a status gets its fill, a list wraps). */
export type Cell =
  | { t: 'text'; v: string; lang?: string | undefined }
  /** Long text (a rationale, a provision): wraps. */
  | { t: 'prose'; v: string; lang?: string | undefined }
  | { t: 'number'; v: number }
  | { t: 'status'; status: Status; text: string; stale?: boolean | undefined }
  /** Citations run on, separated by semicolons; `lines`: one a line (each carries the words it quotes). */
  | { t: 'cites'; items: { text: string; ref: string; stale?: boolean | undefined }[]; lines?: boolean | undefined }
  | { t: 'list'; items: string[] }
  | { t: 'link'; text: string; href: string }
  | { t: 'id'; v: string }
  | { t: 'empty' };

export type ColumnType = 'text' | 'prose' | 'number' | 'status' | 'cites' | 'list' | 'link' | 'id';

export interface Column {
  header: string;
  type: ColumnType;
  /** Width in characters (a sheet's column width; a hint elsewhere). */
  width: number;
  /**
   * Where a column is not for every reader. `data`: for programs and filters (an id, a hash, the full
   * chapter path, the file a source was read from): in the workbook after every other column and
   * outside its print area, in csv and json, never on paper. `screen`: text a table on paper leaves
   * out because the document says it in full elsewhere (the matrix's reasons, said again in each
   * article's section): on screen and in the workbook, not in the Word table nor the printed html.
   */
  role?: 'data' | 'screen' | undefined;
}

export interface Table {
  /** Unique in the document; csv's `--table` names it (`matrix`, `findings` …). */
  id: string;
  /** Its sheet's name in a workbook (≤ 31 characters); a table without one is not a sheet. */
  sheet?: string | undefined;
  caption?: string | undefined;
  columns: Column[];
  /** Columns kept in view when scrolling right (the article). */
  freezeColumns: number;
  rowCount: number;
  /** Made afresh at each call, as they are read: a table of 60,000 findings is never held whole. */
  rows: () => Iterable<Cell[]>;
  /** Where a document shows the table inside its text, whether it is compact (few columns, small type). */
  compact?: boolean | undefined;
}

export interface LegendEntry {
  /** A status, or `stale`. */
  term: Inline[];
  meaning: string;
}

export interface Doc {
  /** What the document is: `gap-report`, `gap-matrix`, `strategy-matrix` … (json readers, tests). */
  kind: string;
  lang: string;
  title: string;
  subtitle?: string | undefined;
  /** The title block: each fact labelled (jurisdiction, reference, authors, date, review, corpus, tool, generation date). */
  provenance: Fact[];
  /** What a reader must see first (the executive summary); may be empty. */
  summary: Section[];
  sections: Section[];
  legend: LegendEntry[];
  /** Tables for workbooks and csv only (every finding, every text): too long to read in the flow of the text. */
  data: Table[];
  /** Generation facts every renderer needs for its own metadata (file properties, same bytes). */
  meta: { tool: string; corpus: string; date: string; paper: 'a4' | 'letter' };
}
