import type { GapMatrix, MatrixCell, MatrixFinding } from '../../src/matrix/types.js';
import type { Status } from '../../src/assess/types.js';
import type { CiteParts } from '../../src/cite/parts.js';
import { SYMBOLS } from '../../src/matrix/matrix.js';

/**
 * A small gap matrix shaped like the engine's: Budapest articles 2–4 and 16 against Mexico, with
 * every kind of status, a stale citation, an unmade declaration, an unofficial translation and a
 * source link. The national texts are placeholders, not law. `inject` puts a string into every
 * corpus field a renderer shows, to prove it comes out inert.
 */
export const HOSTILE = ['=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>'] as const;

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
  const finding = (requirement: string, status: Status, more: Partial<MatrixFinding> = {}): MatrixFinding => ({
    requirement,
    kind: requirement.includes('#d') ? 'declaration' : requirement.includes('#o') ? 'option' : 'element',
    label: { en: t(`label of ${requirement.split('#')[1]}`) },
    status,
    coverage: status === 'full' ? 'met' : status === 'none' ? 'missing' : 'narrower',
    relationship: status === 'full' ? 'equivalent-to' : status === 'none' ? 'no-relationship' : 'subset-of',
    confidence: 'medium',
    rationale: { en: t(`Rationale for ${requirement}.`) },
    date: '2026-11-27',
    method: 'human',
    citations: status === 'none' ? [] : [{ ref: 'mx-cpf/art-211-bis-1.p-2', quote: t('texto de ejemplo del artículo'), stale: false }],
    acceptableWith: [],
    stale: false,
    ...more,
  });
  const cell = (status: Status, findings: MatrixFinding[], reason: MatrixCell['reason'], more: Partial<MatrixCell> = {}): MatrixCell => ({
    status,
    symbol: SYMBOLS[status],
    provisions: [...new Set(findings.flatMap((f) => f.citations.map((c) => c.ref)))],
    reason,
    stale: findings.some((f) => f.stale),
    needs: [],
    findings,
    ...more,
  });
  const rowsFor = (j: string): Record<string, MatrixCell> => ({
    'coe-ets-185/art-2': cell('full', [finding('coe-ets-185/art-2#e1', 'full'), finding('coe-ets-185/art-2#e3', 'full')], { key: 'reason.art.allMet', params: { n: 2 } }),
    'coe-ets-185/art-3': cell(
      'conditional',
      [
        finding('coe-ets-185/art-3#e1', 'conditional', {
          acceptableWith: [{ ref: 'coe-ets-185/art-3#d1', label: { en: t('dishonest intent') }, made: false }],
          citations: [{ ref: 'mx-cpf/art-211-bis', quote: t('texto anterior a la reforma'), stale: true }],
          stale: true,
        }),
      ],
      { key: 'reason.art.conditional', params: { needs: ['coe-ets-185/art-3#d1'], jurisdiction: j, moment: 'accession' } },
      { needs: ['coe-ets-185/art-3#d1'] },
    ),
    'coe-ets-185/art-4': cell('none', [finding('coe-ets-185/art-4#e1', 'none', { searched: { en: t('the CPF and the LIC') } })], { key: 'reason.art.noneFound' }),
    'coe-ets-185/art-16': cell('not-assessed', [finding('coe-ets-185/art-16#n1', 'not-assessed', { coverage: undefined, relationship: undefined, confidence: undefined, rationale: undefined, citations: [], notAssessedReason: { en: t('The CNPP preservation order was not read.') } })], { key: 'reason.art.notAssessed', params: { n: 1 } }),
  });
  const rows: GapMatrix['rows'] = [
    ['art-2', '2', 'Illegal access', tit1],
    ['art-3', '3', 'Illegal interception', tit1],
    ['art-4', '4', 'Data interference', tit1],
    ['art-16', '16', 'Expedited preservation of stored computer data', sec2],
  ].map(([id, number, heading, group]) => ({ ref: `coe-ets-185/${id}`, reference: 'coe-ets-185', number: number!, headings: { en: t(heading!) }, group: group!, cells: {} }));
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
      for (const g of ['coe-ets-185/ch-ii', r.group]) ((totals.byGroup[g] ??= {})[j] ??= zero())[s]++;
    }
  }
  const treaty = (article: string, more: Partial<CiteParts> = {}): CiteParts => ({ instrument: 'coe-ets-185', kind: 'treaty', short: 'Budapest Convention (ETS No. 185)', titles: { en: t('Convention on Cybercrime') }, article, units: [], ...more });
  const cpf = (article: string, units: CiteParts['units'] = []): CiteParts => ({ instrument: 'mx-cpf', kind: 'code', short: 'CPF', titles: { es: 'Código Penal Federal', en: 'Federal Criminal Code (unofficial translation)' }, article, units });
  const cites: GapMatrix['cites'] = {
    'coe-ets-185/art-2': treaty('2'),
    'coe-ets-185/art-3': treaty('3'),
    'coe-ets-185/art-4': treaty('4'),
    'coe-ets-185/art-16': treaty('16'),
    'mx-cpf/art-211-bis-1.p-2': cpf('211 Bis 1', [{ level: 'paragraph', n: '2' }]),
    'mx-cpf/art-211-bis': cpf('211 Bis'),
  };
  for (const r of rows) for (const c of Object.values(r.cells)) for (const f of c.findings) {
    cites[f.requirement] = treaty(f.requirement.split('/')[1]!.split('#')[0]!.replace('art-', ''), { requirement: { id: f.requirement.split('#')[1]!, kind: f.kind, label: f.label } });
    for (const a of f.acceptableWith) cites[a.ref] = treaty('3', { units: [{ level: 'sentence', n: '2' }], requirement: { id: 'd1', kind: 'declaration', basis: '40', label: a.label } });
  }
  return {
    version: 3,
    generated: { corpus: 'sha256:0123456789abcdef', tool: 'lexharmony 0.1.0', date: options.date ?? '2026-11-27' },
    references: [{ id: 'coe-ets-185', titles: { en: t('Convention on Cybercrime') }, short: 'Budapest Convention (ETS No. 185)', version: 'ETS 185, 2001-11-23' }],
    columns: js.map((j) => ({
      key: j,
      jurisdiction: j,
      names: (j === 'MX' ? { en: 'Mexico', es: 'México' } : { en: `Jurisdiction ${j}` }) as Record<string, string>,
      reference: 'coe-ets-185',
      position: { key: 'position.notParty', params: { parts: [{ key: 'position.invitedOn', params: { date: '2007-02-01' } }] } },
      limits: [{ en: t('Federal law only; state codes not assessed.') }],
      assessment: {
        title: { en: t('Mexico against the Budapest Convention') },
        date: '2026-11-27',
        authors: [t('lexharmony project (desk analysis; not reviewed by a Mexican practitioner)')],
        lang: 'en',
        review: { status: 'first-reading' as const, summary: { en: t('Desk analysis. Not reviewed by a Mexican practitioner.') }, reviewers: [] },
        findings: 5,
        methods: ['human'],
      },
    })),
    groups: [
      { ref: 'coe-ets-185', reference: 'coe-ets-185', path: [], translated: {}, depth: 0 },
      { ref: 'coe-ets-185/ch-ii', reference: 'coe-ets-185', path: [{ level: 'chapter', number: 'II', title: t('MEASURES TO BE TAKEN AT THE NATIONAL LEVEL') }], translated: {}, depth: 1 },
      { ref: tit1, reference: 'coe-ets-185', path: [{ level: 'chapter', number: 'II' }, { level: 'section', number: '1' }, { level: 'title', number: '1', title: t('OFFENCES') }], translated: {}, depth: 3 },
      { ref: sec2, reference: 'coe-ets-185', path: [{ level: 'chapter', number: 'II' }, { level: 'section', number: '2', title: t('PROCEDURAL LAW') }], translated: {}, depth: 2 },
    ],
    rows,
    totals,
    sources: [
      { instrument: 'coe-ets-185', titles: { en: t('Convention on Cybercrime') }, version: 'ETS 185', url: 'https://rm.coe.int/1680081561', sha256: 'a'.repeat(64), file: 'coe-ets-185.html' },
      { instrument: 'mx-cpf', titles: { es: t('Código Penal Federal') }, short: 'CPF', version: 'last reform DOF 01-01-2026', url: 'javascript:alert(1)', file: 'mx-cpf.pdf', caveat: { en: t('An informational compilation, not the DOF.') } },
    ],
    provisions: [
      { ref: 'mx-cpf/art-211-bis-1.p-2', instrument: 'mx-cpf', heading: undefined, text: t('texto de ejemplo del artículo 211 bis 1'), lang: 'es', translations: [{ lang: 'en', text: t('example text of article 211 bis 1'), official: false, by: 'lexharmony project', stale: false }], hash: 'sha256:' + 'b'.repeat(64) },
      { ref: 'mx-cpf/art-211-bis', instrument: 'mx-cpf', text: t('texto anterior a la reforma'), lang: 'es', translations: [], hash: 'sha256:' + 'c'.repeat(64) },
    ],
    cites,
  };
}
