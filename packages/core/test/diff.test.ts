// The reform diff: what changed from one gap matrix to another of the same reference.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Corpus, diffCorpora, diffMatrices, DiffError, gapMatrix, loadCorpus, loadCorpusData, loadCorpusDataAt, matrixDiffJsonSchema, MatrixDiffSchema, textHash } from '@lexharmony/core';
import { dropFindings, findingOf, provisionOf, toy, toyDir } from './support/toy.js';

const opts = { jurisdictions: ['XT'], date: '2026-01-01' };

/** Toyland after a reform: art. 10 now punishes entry by any means, one finding revised, one dropped, one added. */
function reformed() {
  const data = toy();
  const art10 = provisionOf(data, 'xt-penal-code/art-10');
  art10.text = art10.text.replace('enters a computer by breaking its password', 'enters a computer by any means');
  const e2 = findingOf(data, 'toy-convention/art-2#e2');
  Object.assign(e2, { coverage: 'met', relationship: 'equivalent-to', acceptableWith: [], citations: [{ ref: 'xt-penal-code/art-10', hash: textHash(art10.text), quote: 'enters a computer by any means' }] });
  dropFindings(data, (r) => r === 'toy-convention/art-3#e3');
  data.assessments[0]!.findings.push({
    requirement: 'toy-convention/art-5#n1',
    coverage: 'missing',
    relationship: 'no-relationship',
    citations: [],
    acceptableWith: [],
    rationale: { en: 'No point of contact is designated.' },
    confidence: 'medium',
    method: 'human',
    date: '2026-01-01',
    reviews: [],
  });
  return data;
}

describe('diffMatrices', () => {
  const before = gapMatrix(toy(), opts);
  const after = gapMatrix(reformed(), opts);
  const d = diffMatrices(before, after, { old: 'before.json', new: 'after.json' });

  it('per article: the status before and after, and what changed', () => {
    const art2 = d.articles.find((a) => a.ref === 'toy-convention/art-2')!;
    expect(art2.changed).toBe(true);
    expect(art2.cells.XT!.old!.status).toBe('conditional');
    expect(art2.cells.XT!.new!.status).toBe('full');
    expect(art2.cells.XT!.changes).toEqual(['status', 'stale', 'text', 'findings']);
    const art5 = d.articles.find((a) => a.ref === 'toy-convention/art-5')!;
    expect([art5.cells.XT!.old!.status, art5.cells.XT!.new!.status]).toEqual(['not-assessed', 'none']);
    const art4 = d.articles.find((a) => a.ref === 'toy-convention/art-4')!;
    expect(art4.changed).toBe(false);
    expect(art4.cells.XT!.requirements).toEqual([]);
    expect(d.summary).toEqual({ articles: 3, requirements: 5, provisions: 1, findingsAdded: 1, findingsRemoved: 1 });
  });

  it('per requirement: status, coverage, quotes and cited texts that changed', () => {
    const r = (ref: string) => d.articles.flatMap((a) => a.cells.XT!.requirements).find((x) => x.requirement === ref)!;
    expect(r('toy-convention/art-2#e2')).toMatchObject({ old: { status: 'conditional', coverage: 'narrower' }, new: { status: 'full', coverage: 'met' }, changes: ['status', 'coverage', 'relationship', 'quotes', 'text'] });
    // e1 and e3 cite the changed text and were not revised: the new matrix marks them stale.
    expect(r('toy-convention/art-2#e1')).toMatchObject({ old: { stale: false }, new: { stale: true }, changes: ['stale', 'text'] });
    expect(r('toy-convention/art-3#e3').changes).toEqual(['removed', 'status']);
    expect(r('toy-convention/art-5#n1').changes).toEqual(['added', 'status']);
  });

  it('the provisions whose text changed, as a word diff, with every requirement citing them and whether each quote is in each text', () => {
    expect(d.provisions).toHaveLength(1);
    const p = d.provisions[0]!;
    expect(p.ref).toBe('xt-penal-code/art-10');
    expect(p.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: 'breaking its password' },
      { op: 'added', text: 'any means' },
    ]);
    expect(p.citedBy.find((c) => c.requirement === 'toy-convention/art-2#e2')!.quotes).toEqual([
      { quote: 'enters a computer by breaking its password', inOld: true, inNew: false },
      { quote: 'enters a computer by any means', inOld: false, inNew: true },
    ]);
  });

  it('the findings added and removed, and the totals before and after', () => {
    expect(d.findings.added.map((f) => [f.requirement, f.coverage])).toEqual([['toy-convention/art-5#n1', 'missing']]);
    expect(d.findings.removed.map((f) => [f.requirement, f.coverage])).toEqual([['toy-convention/art-3#e3', 'met']]);
    expect(d.totals.XT!.old.conditional).toBe(1);
    expect(d.totals.XT!.new.conditional).toBe(0);
    expect(d.old).toEqual({ label: 'before.json', ...before.generated });
  });

  it('two equal matrices: nothing changed', () => {
    const same = diffMatrices(before, gapMatrix(toy(), opts));
    expect(same.summary).toEqual({ articles: 0, requirements: 0, provisions: 0, findingsAdded: 0, findingsRemoved: 0 });
    expect(same.articles.every((a) => !a.changed)).toBe(true);
  });

  it('matches its JSON Schema, and docs/schema/matrix-diff.schema.json is current (pnpm build emits it)', () => {
    expect(MatrixDiffSchema.safeParse(d).success).toBe(true);
    expect(MatrixDiffSchema.safeParse({ ...d, version: 2 }).success).toBe(false);
    const file = fileURLToPath(new URL('../../../docs/schema/matrix-diff.schema.json', import.meta.url));
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(matrixDiffJsonSchema(), null, 2) + '\n');
  });

  it('refuses matrices of different references, or with no jurisdiction in common', () => {
    const mx = gapMatrix(loadCorpus(), { jurisdictions: ['MX'], references: ['coe-ets-185'], date: '2026-01-01' });
    expect(() => diffMatrices(before, mx, { old: 'toy.json', new: 'mx.json' })).toThrow(expect.objectContaining({ name: 'DiffError', message: 'toy.json compares against toy-convention, mx.json against coe-ets-185: expected two matrices of the same reference' }));
    const other = structuredClone(after);
    other.columns[0]!.key = 'XU';
    expect(() => diffMatrices(before, other, { old: 'a', new: 'b' })).toThrow(/a \(XT\) and b \(XU\) have no jurisdiction in common/);
  });
});

describe('diffCorpora', () => {
  it('the matrices of two corpora over the same jurisdictions and references', () => {
    const d = diffCorpora(new Corpus(toy()), new Corpus(reformed()), { date: '2026-01-01' });
    expect(d.columns).toEqual(['XT']);
    expect(d.summary.articles).toBe(3);
  });

  it('two unrelated corpora: a clear error', () => {
    expect(() => diffCorpora(toy(), loadCorpus(), { labels: { old: 'toy', new: 'bundled' } })).toThrow(
      expect.objectContaining({ name: 'DiffError', message: 'toy and bundled are unrelated corpora: no jurisdiction is assessed against the same reference in both' }),
    );
  });
});

describe('a corpus at a git revision', () => {
  it('is read from git into memory: the files as committed, not as they are now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexharmony-git-'));
    try {
      cpSync(toyDir, join(dir, 'corpora'), { recursive: true });
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, stdio: 'pipe' });
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'toy');
      const file = join(dir, 'corpora/instruments/xt-penal-code/provisions.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('breaking its password', 'any means'));
      const head = loadCorpusDataAt(join(dir, 'corpora'), 'HEAD');
      expect(head).toEqual(loadCorpusData(toyDir));
      expect(() => loadCorpusDataAt(join(dir, 'corpora'), 'no-such-rev')).toThrow(/"no-such-rev" is not a revision/);
      expect(() => loadCorpusDataAt(tmpdir(), 'HEAD')).toThrow(/is not in a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
