/**
 * The site's data in files: `data.json` holds what the first render of the matrix and the treaty
 * view need (the statuses without their findings, names, instruments); the texts, the strategies and
 * the search records are parts fetched when a view first needs them, or after the first render.
 * `splitData` is the site writer's, `joinData` the browser's: join(split(data)) is the data again.
 * No Node and no DOM here.
 */
import type { GapMatrix, MatrixCell, MatrixFinding, MatrixRow, ViewerData } from './types.js';

export const PART_NAMES = ['texts', 'strategies', 'search'] as const;
export type PartName = (typeof PART_NAMES)[number];

/** A part's file beside data.json, named in the shell with its content's hash (so that no cache mixes two builds). */
export const partFile = (name: PartName) => `data-${name}.json`;

export interface Parts {
  /** Reference articles, provisions, the citations' reference data and each cell's findings (`findings[row][column]`). */
  texts: Pick<ViewerData, 'articles' | 'provisions'> & { cites: GapMatrix['cites']; findings: Record<string, Record<string, MatrixFinding[]>> };
  strategies: Pick<ViewerData, 'strategies'>;
  search: Pick<ViewerData, 'search'>;
}

/** A matrix cell in data.json: its findings are in the texts part. */
export type ShellCell = Omit<MatrixCell, 'findings'>;
export type ShellMatrix = Omit<GapMatrix, 'rows' | 'cites'> & { rows: (Omit<MatrixRow, 'cells'> & { cells: Record<string, ShellCell> })[] };

/** data.json: the first render's data, and where each part is. */
export interface SiteShell extends Omit<ViewerData, 'matrix' | keyof Parts['texts'] | 'strategies' | 'search'> {
  matrix: ShellMatrix;
  /** Part name → its file and a hash of its content (`data-texts.json`, `?v=` when fetched). */
  parts: Record<PartName, { file: string; version: string }>;
}

export function splitData(data: ViewerData): { shell: Omit<SiteShell, 'parts'>; parts: Parts } {
  const { articles, provisions, strategies, search, matrix, ...rest } = data;
  const { cites, rows, ...m } = matrix;
  const findings: Parts['texts']['findings'] = {};
  const shellRows = rows.map((r) => {
    const cells: Record<string, ShellCell> = {};
    for (const [key, { findings: f, ...cell }] of Object.entries(r.cells)) {
      cells[key] = cell;
      (findings[r.ref] ??= {})[key] = f;
    }
    return { ...r, cells };
  });
  return {
    shell: { ...rest, matrix: { ...m, rows: shellRows } },
    parts: { texts: { articles, provisions, cites, findings }, strategies: { strategies }, search: { search } },
  };
}

/** The viewer's data from data.json and the parts loaded so far; a part not loaded reads as empty. */
export function joinData(shell: SiteShell | Omit<SiteShell, 'parts'>, loaded: Partial<Parts>): ViewerData {
  const { parts: _where, matrix, ...rest } = shell as SiteShell;
  const texts = loaded.texts;
  const rows = matrix.rows.map((r) => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([key, cell]) => [key, { ...cell, findings: texts?.findings[r.ref]?.[key] ?? [] }])),
  }));
  return {
    ...rest,
    matrix: { ...matrix, rows, cites: texts?.cites ?? {} },
    articles: texts?.articles ?? {},
    provisions: texts?.provisions ?? {},
    strategies: loaded.strategies?.strategies ?? {},
    search: loaded.search?.search ?? { records: [], glossaries: [] },
  };
}
