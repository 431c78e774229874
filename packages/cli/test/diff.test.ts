// `lexharmony diff OLD [NEW]`: gap-matrix JSON files, corpora directories, git revisions of the corpus.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MatrixDiffSchema } from '@lexharmony/core';
import { main } from '../src/index.js';
import { repoRoot } from '../../../test/support/sources.js';
import { haveOpenpyxl, havePythonDocx, pythonJson } from '../../../test/support/python.js';

const toy = join(repoRoot, 'examples/toy-country/corpora');
let work: string;
const env = () => ({ env: { INIT_CWD: work } });
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t), color: false }, env());
  return { code, out, err };
}
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: work, stdio: 'pipe' }).toString();
const penalCode = () => join(work, 'corpora/instruments/xt-penal-code/provisions.yaml');
/** A reform of the toy penal code's art. 10: entry by any means, no longer only by breaking a password. */
const reform = () => writeFileSync(penalCode(), readFileSync(penalCode(), 'utf8').replace('enters a computer by breaking its password', 'enters a computer by any means'));

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lexharmony-diff-'));
  cpSync(toy, join(work, 'corpora'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('lexharmony diff', () => {
  it('two saved matrices: the articles that changed, with the word diff of the cited text', async () => {
    expect((await run('gaps', 'XT', '--format', 'json', '--date', '2026-01-01')).code).toBe(0);
    writeFileSync(join(work, 'before.json'), (await run('gaps', 'XT', '--format', 'json', '--date', '2026-01-01')).out);
    reform();
    writeFileSync(join(work, 'after.json'), (await run('gaps', 'XT', '--format', 'json', '--date', '2026-01-02')).out);
    const r = await run('diff', 'before.json', 'after.json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^From before\.json \(corpus sha256:[0-9a-f]{16}, 2026-01-01\) to after\.json \(corpus sha256:[0-9a-f]{16}, 2026-01-02\)\nToyland against Toy Convention/);
    expect(r.out).toContain('Convention, art. 2 — Unlawful entry: ◐ conditional → ◐ conditional [STALE]\n');
    expect(r.out).toContain('  toy-convention/art-2#e2 “to enter a computer”: ◐ conditional (narrower) → ◐ conditional (narrower) [STALE]; changed: a cited text\n');
    expect(r.out).toContain('  Penal Code of Toyland, art. 10, text changed: Whoever, knowingly and without authorisation, enters a computer by [-breaking its password-]{+any means+} shall be punished with up to two years in prison.\n');
    expect(r.out).toMatch(/1 article, 3 requirements and 1 cited text changed; 0 findings added, 0 removed\. 4 articles are as they were\.\n$/);
    // The same words in Spanish, from the same catalogue the documents use.
    const es = await run('diff', 'before.json', 'after.json', '--lang', 'es');
    expect(es.out).toContain('Convenio, art. 2 — Unlawful entry: ◐ condicional → ◐ condicional [DESACTUALIZADO]\n');
    expect(es.out).toMatch(/Cambiaron 1 artículo, 3 requisitos y 1 texto citado; 0 hallazgos añadidos, 0 retirados\. 4 artículos siguen como estaban\.\n$/);
  });

  it('--out: the reform diff as a Word document and a workbook in Spanish, read back by python-docx and openpyxl', async () => {
    writeFileSync(join(work, 'before.json'), (await run('gaps', 'XT', '--format', 'json', '--date', '2026-01-01')).out);
    reform();
    writeFileSync(join(work, 'after.json'), (await run('gaps', 'XT', '--format', 'json', '--date', '2026-01-02')).out);
    for (const out of ['cambios.docx', 'cambios.xlsx', 'cambios.md', 'cambios.html', 'cambios.csv']) {
      const r = await run('diff', 'before.json', 'after.json', '--lang', 'es', '--out', out);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(`escrito ${join(work, out)}`);
      // The screen shows the diff too, in the same words.
      expect(r.out).toContain('Convenio, art. 2 — Unlawful entry: ◐ condicional → ◐ condicional [DESACTUALIZADO]');
    }
    expect((await run('diff', 'before.json', 'after.json', '--out', 'cambios.docx')).code).toBe(3);
    const md = readFileSync(join(work, 'cambios.md'), 'utf8');
    expect(md).toMatch(/^# Qué cambió: Toyland frente a Toy Convention/);
    expect(md).toContain('enters a computer by \\[-breaking its password-\\]**{+any means+}**');
    expect(md).toContain('«enters a computer by breaking its password» — **ya no está en el texto: hay que revisar el hallazgo**');
    expect(readFileSync(join(work, 'cambios.csv'), 'utf8')).toContain('Convenio, art. 2 — Unlawful entry');
    if (havePythonDocx) {
      const doc = pythonJson(
        'import sys, json, docx\nd = docx.Document(sys.argv[1])\nprint(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}))',
        join(work, 'cambios.docx'),
      ) as { paragraphs: string[]; tables: string[][][] };
      expect(doc.paragraphs).toContain('Qué cambió: Toyland frente a Toy Convention');
      expect(doc.paragraphs.some((p) => p.includes('[-breaking its password-]{+any means+}'))).toBe(true);
      expect(doc.paragraphs.some((p) => p.startsWith('Cambiaron 1 artículo, 3 requisitos y 1 texto citado'))).toBe(true);
      const articles = doc.tables.find((t) => t[0]!.includes('Qué cambió') && t[0]!.includes('Textos citados que cambiaron'));
      expect(articles?.[1]).toEqual(expect.arrayContaining(['Convenio, art. 2 — Unlawful entry', '◐ condicional', '◐ condicional · DESACTUALIZADO']));
    }
    if (haveOpenpyxl) {
      const book = pythonJson(
        'import sys, json, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps({ws.title: [[c for c in r] for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str))',
        join(work, 'cambios.xlsx'),
      ) as Record<string, unknown[][]>;
      expect(Object.keys(book)).toEqual(expect.arrayContaining(['Totales', 'Artículos', 'Requisitos', 'Textos']));
      const texts = book['Textos']!.find((r) => r.includes('XT-PC, art. 10'))!;
      expect(texts).toContain('Whoever, knowingly and without authorisation, enters a computer by breaking its password shall be punished with up to two years in prison.');
      expect(texts).toContain('Whoever, knowingly and without authorisation, enters a computer by [-breaking its password-]{+any means+} shall be punished with up to two years in prison.');
      expect(book['Requisitos']!.flat()).toContain('«to enter a computer»');
    }
  });

  it('--format json: the MatrixDiff, valid against its schema; --out writes it (and needs --force to replace it)', async () => {
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'toy');
    reform();
    const r = await run('diff', 'HEAD', '--format', 'json');
    expect(r.code).toBe(0);
    const d = MatrixDiffSchema.parse(JSON.parse(r.out));
    expect(d.old.label).toBe('HEAD');
    expect(d.new.label).toBe('./corpora');
    expect(d.provisions.map((p) => p.ref)).toEqual(['xt-penal-code/art-10']);
    expect((await run('diff', 'HEAD', '--format', 'json', '--out', 'd.json')).code).toBe(0);
    expect(existsSync(join(work, 'd.json'))).toBe(true);
    expect((await run('diff', 'HEAD', '--format', 'json', '--out', 'd.json')).code).toBe(3);
    expect((await run('diff', 'HEAD', '--format', 'json', '--out', 'd.json', '--force')).code).toBe(0);
  });

  it('a git revision against another, and a corpora directory against a saved matrix', async () => {
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'toy');
    reform();
    git('commit', '-q', '-a', '-m', 'reform');
    const revisions = await run('diff', 'HEAD~1', 'HEAD', '--lang', 'en');
    expect(revisions.code).toBe(0);
    expect(revisions.out).toContain('From HEAD~1 (');
    expect(revisions.out).toContain('[-breaking its password-]{+any means+}');
    writeFileSync(join(work, 'now.json'), (await run('gaps', 'XT', '--format', 'json')).out);
    const mixed = await run('diff', 'now.json', 'corpora', '--lang', 'en');
    expect(mixed.code).toBe(0);
    expect(mixed.out).toContain('No change: all 5 articles are as they were.');
  });

  it('bad input: a clear one-line error, exit 2 (different references, unrelated corpora, not a gap matrix); 1 for what is neither file, directory nor revision', async () => {
    writeFileSync(join(work, 'toy.json'), (await run('gaps', 'XT', '--format', 'json')).out);
    writeFileSync(join(work, 'mx.json'), (await run('gaps', 'MX', '--corpus', join(repoRoot, 'corpora'), '--format', 'json', '--against', 'coe-ets-185')).out);
    const refs = await run('diff', 'toy.json', 'mx.json');
    expect(refs.code).toBe(2);
    expect(refs.err).toBe('lexharmony: toy.json compares against toy-convention, mx.json against coe-ets-185: expected two matrices of the same reference\n');

    const unrelated = await run('diff', 'corpora', join(repoRoot, 'corpora'));
    expect(unrelated.code).toBe(2);
    expect(unrelated.err).toBe(`lexharmony: corpora and ${join(repoRoot, 'corpora')} are unrelated corpora: no jurisdiction is assessed against the same reference in both\n`);

    const m = JSON.parse(readFileSync(join(work, 'toy.json'), 'utf8'));
    m.rows[1].cells.XT.status = 'excellent';
    writeFileSync(join(work, 'bad.json'), JSON.stringify(m));
    const bad = await run('diff', 'bad.json', 'toy.json');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^lexharmony: bad\.json: rows\[1\]\.cells\.XT\.status: .*\(expected a gap matrix as `lexharmony gaps MX --format json` writes it\)\n$/);
    writeFileSync(join(work, 'notjson.json'), '{');
    expect((await run('diff', 'notjson.json', 'toy.json')).err).toMatch(/^lexharmony: notjson\.json: not JSON/);

    const neither = await run('diff', 'no-such-thing');
    expect(neither.code).toBe(1);
    expect(neither.err).toContain('"no-such-thing" is not a file, a directory, or a git revision of the repository holding ./corpora');
  });
});
