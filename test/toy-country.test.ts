// A new country needs data, not code: the toy-country example (its own corpora directory, a
// fictional jurisdiction and treaty) is assessed end to end through the CLI and through the library.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GapMatrixSchema, loadCorpusData } from '@lexharmony/core';
import { main } from '@lexharmony/cli';
import { matrixOf, summarize } from '../examples/library-use.js';
import { repoRoot } from './support/sources.js';

const corpora = join(repoRoot, 'examples/toy-country/corpora');
const dir = mkdtempSync(join(tmpdir(), 'lexharmony-toy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('toy country, end to end', () => {
  it('validates as a corpora directory of its own', async () => {
    let out = '';
    const code = await main(['validate', '--corpus', corpora], { out: (t) => void (out += t), err: () => {}, color: false });
    expect(code).toBe(0);
    expect(out).toMatch(/valid — 1 jurisdictions, 2 instruments/);
  });

  it('`lexharmony gaps --corpus examples/toy-country/corpora` writes a valid matrix and prints the summary', async () => {
    const file = join(dir, 'toy.json');
    let out = '';
    const code = await main(['gaps', '--corpus', corpora, '--out', file, '--date', '2026-01-01'], { out: (t) => void (out += t), err: () => {}, color: false });
    expect(code).toBe(0);
    const m = GapMatrixSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(m.columns.map((c) => c.key)).toEqual(['XT']);
    expect(m.references.map((r) => r.id)).toEqual(['toy-convention']);
    expect(Object.fromEntries(m.rows.map((r) => [r.number, r.cells.XT!.status]))).toEqual({ 1: 'not-applicable', 2: 'conditional', 3: 'full', 4: 'partial', 5: 'not-assessed' });
    expect(out).toContain('Toyland against the Toy Convention on Computer Misuse');
    // The library gives the same matrix as the CLI.
    expect(matrixOf(corpora, 'XT')).toEqual(m);
  });

  it('the library example reads the same corpus', () => {
    const lines = summarize(corpora, 'XT', 'toy-convention');
    expect(lines[1]).toMatch(/^conditional\s+Art\. 2 Unlawful entry: full only with Convention, art\. 2, second sentence “requiring that a password be broken”, which Toyland has not made$/);
    expect(loadCorpusData(corpora).assessments).toHaveLength(1);
  });
});
