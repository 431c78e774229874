// Recommendations on the toy corpus (examples/toy-country/corpora, with its recommendations file): the
// validation that refuses what the treaty or the findings do not allow, each with file, line and
// field; the projection, whose statuses follow from the engine's rules over the assumed coverages;
// and staleness when a finding, a target or a model text changes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, formatIssue, GapMatrixSchema, assess, findingHash, gapMatrix, loadCorpusData, MatrixOptionError, type CorpusData } from '@lexharmony/core';
import { englishFragments, englishLeft } from '../../../../test/support/english.js';
import { toy, toyDir } from '../support/toy.js';

const fragments = englishFragments();

const scratch = mkdtempSync(join(tmpdir(), 'lexharmony-rec-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const R = 'recommendations/XT--toy-convention.yaml';
let n = 0;

/** A copy of the toy corpus with its recommendations file changed by `edit`; the issues validation reports. */
function issuesAfter(edit: (text: string) => string) {
  const dir = join(scratch, `c${n++}`);
  cpSync(toyDir, dir, { recursive: true });
  const file = join(dir, R);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('the edit changed nothing');
  writeFileSync(file, after);
  try {
    loadCorpusData(dir);
  } catch (e) {
    if (e instanceof CorpusError) return { issues: e.issues, text: after };
    throw e;
  }
  return { issues: [], text: after };
}

/** The 1-based line of the last line that ends with `s` in `text` (a closes entry comes after the answers entry it repeats). */
const lineOf = (text: string, s: string, first = false) => (first ? text.split('\n').findIndex((l) => l.endsWith(s)) : text.split('\n').findLastIndex((l) => l.endsWith(s))) + 1;

describe('recommendations are validated against the treaty and the findings', () => {
  it('the toy recommendations are valid, and validation reads them', () => {
    const data = loadCorpusData(toyDir);
    expect(data.recommendations?.[0]?.recommendations.map((r) => r.id)).toEqual(['XT-2-declare', 'XT-2-entry', 'XT-4-tools']);
    expect(data.origins['recommendation:XT-4-tools']).toEqual({ file: R, line: expect.any(Number) });
  });

  const cases: { name: string; edit: (t: string) => string; line: string; first?: boolean; field: RegExp; says: RegExp }[] = [
    {
      name: 'a requirement of another article than the one it names',
      edit: (t) => t.replace('      - requirement: toy-convention/art-4#e1\n        coverage: met', '      - requirement: toy-convention/art-3#e2\n        coverage: met'),
      line: 'requirement: toy-convention/art-3#e2',
      field: /^recommendations\[2\]\.closes\[0\]\.requirement$/,
      says: /toy-convention\/art-3#e2 is a requirement of toy-convention\/art-3, not of toy-convention\/art-4/,
    },
    {
      name: 'a model that does not hold its quote',
      edit: (t) => t.replace('quote: to sell tools made for the offences of Articles 2 and 3', 'quote: to sell or give tools made for the offences'),
      line: 'quote: to sell or give tools made for the offences',
      field: /^recommendations\[2\]\.model\[0\]\.quote$/,
      says: /toy-convention\/art-4\.p-1 does not hold this quote/,
    },
    {
      name: 'a reservation on an article that allows none',
      edit: (t) => t.replace('    action: declare\n    makes: toy-convention/art-2#d1', '    action: reserve\n    makes: toy-convention/art-2#d1'),
      line: 'action: reserve',
      field: /^recommendations\[0\]\.action$/,
      says: /reserve: toy-convention\/art-2 allows no reservation/,
    },
    {
      name: 'a declaration of another article',
      edit: (t) => t.replace('makes: toy-convention/art-2#d1', 'makes: toy-convention/art-4.p-2#r1'),
      line: 'makes: toy-convention/art-4.p-2#r1',
      field: /^recommendations\[0\]\.makes$/,
      says: /is a reservation of toy-convention\/art-4, not a declaration of toy-convention\/art-2/,
    },
    {
      name: 'a requirement nobody assessed',
      edit: (t) =>
        t.replace('    article: toy-convention/art-4\n', '    article: toy-convention/art-5\n').replace('      - requirement: toy-convention/art-4#e1\n        coverage: met', '      - requirement: toy-convention/art-5#n1\n        coverage: met'),
      line: 'requirement: toy-convention/art-5#n1',
      field: /^recommendations\[2\]\.closes\[0\]\.requirement$/,
      says: /art-5#n1 was not assessed: there is no gap to close/,
    },
    {
      name: 'a change of the law that says no coverage',
      edit: (t) => t.replace('      - requirement: toy-convention/art-4#e1\n        coverage: met', '      - requirement: toy-convention/art-4#e1'),
      line: '      - requirement: toy-convention/art-4#e1',
      field: /^recommendations\[2\]\.closes\[0\]$/,
      says: /amend changes the law: say the coverage/,
    },
    {
      name: 'a declaration that gives a coverage',
      edit: (t) => t.replace('    closes:\n      - requirement: toy-convention/art-2#e2\n    alternatives', '    closes:\n      - requirement: toy-convention/art-2#e2\n        coverage: met\n    alternatives'),
      line: 'coverage: met',
      first: true,
      field: /^recommendations\[0\]\.closes\[0\]\.coverage$/,
      says: /a declaration changes no law/,
    },
    {
      name: 'a target outside the jurisdiction’s law',
      edit: (t) => t.replace('      - ref: xt-penal-code/art-12\n', '      - ref: toy-convention/art-4\n'),
      line: 'ref: toy-convention/art-4',
      field: /^recommendations\[2\]\.targets\[0\]\.ref$/,
      says: /toy-convention\/art-4 is not XT's law/,
    },
    {
      name: 'a closed requirement whose finding is not answered',
      edit: (t) => t.replace('    answers:\n      - requirement: toy-convention/art-4#e1', '    answers:\n      - requirement: toy-convention/art-2#e2'),
      line: '      - requirement: toy-convention/art-4#e1',
      field: /^recommendations\[2\]\.closes\[0\]\.requirement$/,
      says: /closes toy-convention\/art-4#e1 but does not list its finding under answers/,
    },
  ];
  for (const c of cases) {
    it(`refuses ${c.name}, naming file, line and field`, () => {
      const { issues, text } = issuesAfter(c.edit);
      expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(c.says)]);
      const i = issues[0]!;
      expect(i.file).toBe(R);
      expect(i.field).toMatch(c.field);
      // The line of the node at fault (a mapping's first line for a missing field).
      expect(i.line).toBe(lineOf(text, c.line, c.first));
      // In Spanish: the same place, and no fixed English word of the tool's.
      const es = formatIssue(i, 'es');
      expect(es.startsWith(`${R}:${i.line}: ${i.field}: `), es).toBe(true);
      expect(englishLeft(es, [], fragments), es).toEqual([]);
      expect(es).not.toBe(formatIssue(i));
    });
  }
});

describe('the projection: the engine’s rules over assumed coverages and positions', () => {
  const data = loadCorpusData(toyDir);
  const current = gapMatrix(data, { jurisdictions: ['XT'], date: '2026-01-01' });
  const statusOf = (m: typeof current, n: string) => m.rows.find((r) => r.number === n)!.cells.XT!;

  it('a declaration counts as made: the conditional article becomes full, marked projected with its current status', () => {
    const m = gapMatrix(data, { jurisdictions: ['XT'], date: '2026-01-01', assume: ['XT-2-declare'] });
    expect(statusOf(current, '2').status).toBe('conditional');
    const cell = statusOf(m, '2');
    expect(cell.status).toBe('full');
    expect(cell.projected).toEqual({ from: { status: 'conditional', symbol: '◐', reason: statusOf(current, '2').reason, needs: ['toy-convention/art-2#d1'] }, by: ['XT-2-declare'] });
    expect(cell.needs).toEqual([]);
    const e2 = cell.findings.find((f) => f.requirement === 'toy-convention/art-2#e2')!;
    expect(e2).toMatchObject({ status: 'full', coverage: 'narrower', projected: { from: { status: 'conditional', coverage: 'narrower' }, by: ['XT-2-declare'] } });
    expect(m.projection?.assumed).toEqual(['XT-2-declare']);
    // Nothing else moves.
    for (const n of ['1', '3', '4', '5']) expect(statusOf(m, n)).toEqual(statusOf(current, n));
    GapMatrixSchema.parse(JSON.parse(JSON.stringify(m)));
  });

  it('an amendment changes the finding’s coverage: narrower → met makes a partial article full', () => {
    const m = gapMatrix(data, { jurisdictions: ['XT'], date: '2026-01-01', assume: ['XT-4-tools'] });
    expect(statusOf(current, '4').status).toBe('partial');
    expect(statusOf(m, '4')).toMatchObject({ status: 'full', projected: { from: { status: 'partial' }, by: ['XT-4-tools'] } });
    expect(statusOf(m, '4').findings.find((f) => f.requirement === 'toy-convention/art-4#e1')).toMatchObject({ status: 'full', coverage: 'met', projected: { from: { status: 'partial', coverage: 'narrower' } } });
  });

  it('the projected coverage goes through the same rules: narrower with no way to accept it stays partial', () => {
    const d = toy();
    d.recommendations = structuredClone(data.recommendations);
    const rec = d.recommendations![0]!.recommendations.find((r) => r.id === 'XT-4-tools')!;
    // A draft that would leave the element narrower (say, still only tools sold for a price): still partial.
    rec.closes[0]!.coverage = 'broader';
    expect(statusOf(gapMatrix(d, { jurisdictions: ['XT'], date: '2026-01-01', assume: ['XT-4-tools'] }), '4').status).toBe('full');
    d.assessments[0]!.findings.find((f) => f.requirement === 'toy-convention/art-4#e1')!.coverage = 'missing';
    rec.closes[0]!.coverage = 'narrower';
    const m = gapMatrix(d, { jurisdictions: ['XT'], date: '2026-01-01', assume: ['XT-4-tools'] });
    expect(statusOf(m, '4')).toMatchObject({ status: 'partial', projected: { from: { status: 'partial' } } });
    expect(statusOf(m, '4').findings.find((f) => f.requirement === 'toy-convention/art-4#e1')).toMatchObject({ status: 'partial', coverage: 'narrower', projected: { from: { status: 'none', coverage: 'missing' } } });
  });

  it('--assume all differs from the current matrix only in projected cells; its totals stay current law, the projection counts its own', () => {
    const all = gapMatrix(data, { jurisdictions: ['XT'], date: '2026-01-01', assume: 'all' });
    expect(all.projection?.assumed).toEqual(['XT-2-declare', 'XT-2-entry', 'XT-4-tools']);
    const { rows: r1, projection: _p, ...rest1 } = all;
    const { rows: r0, ...rest0 } = current;
    expect(rest1).toEqual(rest0);
    r1.forEach((row, i) => {
      const cell = row.cells.XT!;
      if (cell.projected) expect(cell.projected.from.status).toBe(r0[i]!.cells.XT!.status);
      else expect(cell).toEqual(r0[i]!.cells.XT);
    });
    expect(all.totals).toEqual(current.totals);
    expect(all.projection?.totals.byColumn.XT).toMatchObject({ full: 3, conditional: 0, partial: 0 });
  });

  it('each recommendation carries the status its article would have if it alone were adopted', () => {
    expect(current.recommendations?.map((r) => [r.id, r.status, r.projected])).toEqual([
      ['XT-2-declare', 'conditional', 'full'],
      ['XT-2-entry', 'conditional', 'full'],
      ['XT-4-tools', 'partial', 'full'],
    ]);
    expect(current.recommendations?.every((r) => !r.stale)).toBe(true);
  });

  it('refuses an unknown recommendation, one of another jurisdiction, and one adopted without what it requires', () => {
    expect(() => gapMatrix(data, { jurisdictions: ['XT'], assume: ['XT-9-none'] })).toThrow(MatrixOptionError);
    expect(() => gapMatrix(data, { jurisdictions: ['XT'], assume: ['XT-9-none'] })).toThrow(/no recommendation "XT-9-none".*known: XT-2-declare, XT-2-entry, XT-4-tools/);
    const d = structuredClone(data) as CorpusData;
    d.recommendations![0]!.recommendations[2]!.requires = ['XT-2-entry'];
    expect(() => gapMatrix(d, { jurisdictions: ['XT'], assume: ['XT-4-tools'] })).toThrow(/XT-4-tools" is adopted only together with XT-2-entry/);
    expect(gapMatrix(d, { jurisdictions: ['XT'], assume: ['XT-4-tools', 'XT-2-entry'] }).projection?.assumed).toEqual(['XT-4-tools', 'XT-2-entry']);
  });

  it('assess() with no assumption is the current law, unmarked', () => {
    const a = assess(data, 'XT', 'toy-convention');
    expect(a.articles.every((x) => x.projected === undefined && x.requirements.every((r) => r.projected === undefined))).toBe(true);
  });
});

describe('a recommendation is stale when what it rests on changes', () => {
  const fresh = () => loadCorpusData(toyDir);
  const rec = (d: CorpusData, id: string) => gapMatrix(d, { jurisdictions: ['XT'], date: '2026-01-01' }).recommendations!.find((r) => r.id === id)!;

  it('its finding’s conclusion changed (not its rationale)', () => {
    const d = fresh();
    const f = d.assessments[0]!.findings.find((x) => x.requirement === 'toy-convention/art-4#e1')!;
    f.rationale = { en: 'Reworded.' };
    expect(rec(d, 'XT-4-tools').stale).toBe(false);
    f.relationship = 'intersects-with';
    expect(rec(d, 'XT-4-tools')).toMatchObject({ stale: true, answers: [{ requirement: 'toy-convention/art-4#e1', stale: true }] });
    expect(findingHash(f)).not.toBe(d.recommendations![0]!.recommendations[2]!.answers[0]!.hash);
  });

  it('a text its finding cites changed (a reform)', () => {
    const d = fresh();
    d.instruments.find((i) => i.meta.id === 'xt-penal-code')!.provisions.find((p) => p.id === 'art-12')!.text += ' Reformed.';
    // The target is the same provision: both marks.
    expect(rec(d, 'XT-4-tools')).toMatchObject({ stale: true, answers: [{ stale: true }], targets: [{ ref: 'xt-penal-code/art-12', stale: true }] });
    expect(rec(d, 'XT-2-declare').stale).toBe(false);
  });

  it('the model text changed', () => {
    const d = fresh();
    const p = d.instruments.find((i) => i.meta.id === 'toy-convention')!.provisions.find((x) => x.id === 'art-4')!;
    p.children[0]!.text = 'Each Party shall make it an offence to sell or give tools made for the offences of Articles 2 and 3.';
    expect(rec(d, 'XT-4-tools')).toMatchObject({ stale: true, model: [{ ref: 'toy-convention/art-4.p-1', stale: true }], targets: [{ stale: false }] });
  });

  it('its finding now says the law meets the requirement (a reform): stale, not refused', () => {
    const dir = join(scratch, `c${n++}`);
    cpSync(toyDir, dir, { recursive: true });
    const file = join(dir, 'assessments/XT--toy-convention.yaml');
    const before = readFileSync(file, 'utf8');
    const after = before.replace(
      '  - requirement: toy-convention/art-2#e2\n    coverage: narrower\n    relationship: subset-of\n',
      '  - requirement: toy-convention/art-2#e2\n    coverage: met\n    relationship: equivalent-to\n',
    ).replace('    acceptableWith: [toy-convention/art-2#o1]\n', '');
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    // Declaring, or amending to "met", no longer closes anything: that is for the reader of the stale recommendation to decide.
    const d = loadCorpusData(dir);
    expect(rec(d, 'XT-2-declare')).toMatchObject({ stale: true, answers: [{ stale: true }] });
    expect(rec(d, 'XT-2-entry')).toMatchObject({ stale: true, answers: [{ stale: true }] });
    expect(rec(d, 'XT-4-tools').stale).toBe(false);
  });

  it('the finding is gone', () => {
    const d = fresh();
    d.assessments[0]!.findings = d.assessments[0]!.findings.filter((x) => x.requirement !== 'toy-convention/art-2#e2');
    expect(rec(d, 'XT-2-declare')).toMatchObject({ stale: true, answers: [{ stale: true }] });
  });
});
