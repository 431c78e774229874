import type { GapMatrix, MatrixCell, MatrixFinding } from '../../src/matrix/types.js';
import type { Status } from '../../src/assess/types.js';
import { LEGEND } from '../../src/matrix/matrix.js';

/**
 * A small gap matrix shaped like the engine's: Budapest articles 2–4 and 16 against Mexico, with
 * every status, a stale citation, an unmade declaration, an unofficial translation and a source
 * link. The national texts are placeholders, not law. `inject` puts a string into every corpus
 * field a renderer shows, to prove it comes out inert.
 */
export const HOSTILE = ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>'] as const;

// The engine's own legend, so the renderers are tested with the symbols and words users see.
export { LEGEND };

const symbolOf = (s: Status) => LEGEND.find((l) => l.status === s)!.symbol;
const zero = (): Record<Status, number> => ({ full: 0, 'full-as-assessed': 0, conditional: 0, partial: 0, none: 0, 'not-assessed': 0, 'not-applicable': 0 });

export interface FixtureOptions {
  /** Column keys (jurisdiction codes); default ['MX']. */
  jurisdictions?: string[];
  /** Text to put into every corpus string (headings, labels, rationale, quotes, texts, titles). */
  inject?: string;
  date?: string;
}

export function buildMatrix(options: FixtureOptions = {}): GapMatrix {
  const js = options.jurisdictions ?? ['MX'];
  const x = options.inject ?? '';
  const t = (s: string) => (x ? `${x}${s}${x}` : s);
  const tit1 = 'coe-ets-185/ch-ii.sec-1.tit-1';
  const sec2 = 'coe-ets-185/ch-ii.sec-2';
  const finding = (requirement: string, label: string, status: Status, more: Partial<MatrixFinding> = {}): MatrixFinding => ({
    requirement,
    kind: requirement.includes('#d') ? 'declaration' : requirement.includes('#o') ? 'option' : 'element',
    label: { en: t(label) },
    status,
    coverage: status === 'full' ? 'met' : status === 'none' ? 'missing' : 'narrower',
    relationship: status === 'full' ? 'equivalent-to' : status === 'none' ? 'no-relationship' : 'subset-of',
    confidence: 'medium',
    rationale: { en: t(`Rationale for ${requirement}.`) },
    citations: status === 'none' ? [] : [{ ref: 'mx-cpf/art-211-bis-1', quote: t('texto de ejemplo del artículo'), stale: false }],
    acceptableWith: [],
    stale: false,
    ...more,
  });
  const cell = (status: Status, findings: MatrixFinding[], reason: string, more: Partial<MatrixCell> = {}): MatrixCell => ({
    status,
    symbol: symbolOf(status),
    provisions: [...new Set(findings.flatMap((f) => f.citations.map((c) => c.ref)))],
    reason: t(reason),
    stale: findings.some((f) => f.stale),
    needs: [],
    findings,
    ...more,
  });
  const rowsFor = (j: string): Record<string, MatrixCell> => ({
    'coe-ets-185/art-2': cell('full', [finding('coe-ets-185/art-2#e1', 'intentionally', 'full'), finding('coe-ets-185/art-2#e3', 'access to the whole or any part of a computer system', 'full')], 'Every element is met.'),
    'coe-ets-185/art-3': cell(
      'conditional',
      [
        finding('coe-ets-185/art-3#e1', 'interception by technical means', 'conditional', {
          acceptableWith: [{ ref: 'coe-ets-185/art-3#d1', label: { en: t('dishonest intent') }, made: false }],
          citations: [{ ref: 'mx-cpf/art-211-bis', quote: t('texto anterior a la reforma'), stale: true }],
          stale: true,
        }),
      ],
      `Narrower, acceptable only with a declaration ${j} has not made.`,
      { needs: ['coe-ets-185/art-3#d1'] },
    ),
    'coe-ets-185/art-4': cell('none', [finding('coe-ets-185/art-4#e1', 'damaging, deletion, deterioration, alteration or suppression of computer data', 'none')], 'No provision found.'),
    'coe-ets-185/art-16': cell('not-assessed', [], 'No finding yet.'),
  });
  const rows: GapMatrix['rows'] = [
    ['art-2', '2', 'Illegal access', tit1],
    ['art-3', '3', 'Illegal interception', tit1],
    ['art-4', '4', 'Data interference', tit1],
    ['art-16', '16', 'Expedited preservation of stored computer data', sec2],
  ].map(([id, number, heading, group]) => ({
    ref: `coe-ets-185/${id}`,
    reference: 'coe-ets-185',
    number: number!,
    heading: t(heading!),
    group: group!,
    cells: {},
  }));
  for (const j of js) {
    const cells = rowsFor(j);
    for (const r of rows) r.cells[j] = cells[r.ref]!;
  }
  const totals: GapMatrix['totals'] = { byColumn: {}, byGroup: {} };
  for (const j of js) {
    totals.byColumn[j] = zero();
    for (const r of rows) {
      const s = r.cells[j]!.status;
      totals.byColumn[j]![s]++;
      const g = (totals.byGroup[r.group] ??= {});
      (g[j] ??= zero())[s]++;
    }
  }
  return {
    version: 2,
    generated: { corpus: 'sha256:0123456789ab', tool: 'lexharmony 0.1.0', date: options.date ?? '2026-11-27' },
    references: [{ id: 'coe-ets-185', title: t('Convention on Cybercrime'), version: 'ETS 185, 2001-11-23' }],
    columns: js.map((j) => ({
      key: j,
      jurisdiction: j,
      name: j === 'MX' ? 'Mexico' : `Jurisdiction ${j}`,
      reference: 'coe-ets-185',
      position: t('Not a Party; invited to accede.'),
      limits: [{ en: t('Federal law only; state codes not assessed.') }],
    })),
    groups: [
      { ref: 'coe-ets-185/ch-ii', reference: 'coe-ets-185', label: t('Chapter II'), depth: 1 },
      { ref: tit1, reference: 'coe-ets-185', label: t('Chapter II › Section 1 › Title 1'), depth: 3 },
      { ref: sec2, reference: 'coe-ets-185', label: t('Chapter II › Section 2'), depth: 2 },
    ],
    rows,
    totals,
    legend: LEGEND,
    sources: [
      { instrument: 'coe-ets-185', title: t('Convention on Cybercrime'), version: 'ETS 185', url: 'https://rm.coe.int/1680081561', sha256: 'a'.repeat(64), file: 'coe-ets-185.html' },
      { instrument: 'mx-cpf', title: t('Código Penal Federal'), version: 'last reform DOF 01-01-2026', url: 'javascript:alert(1)', file: 'mx-cpf.pdf' },
    ],
    provisions: [
      { ref: 'mx-cpf/art-211-bis-1', instrument: 'mx-cpf', heading: undefined, text: t('texto de ejemplo del artículo 211 bis 1'), lang: 'es', translation: { lang: 'en', text: t('example text of article 211 bis 1'), official: false, by: 'lexharmony project (unofficial)' }, hash: 'sha256:' + 'b'.repeat(64) },
      { ref: 'mx-cpf/art-211-bis', instrument: 'mx-cpf', text: t('texto anterior a la reforma'), lang: 'es', hash: 'sha256:' + 'c'.repeat(64) },
    ],
  };
}
