import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { haveSoffice, sheetsByLibreOffice } from '../../../test/support/libreoffice.js';
import { run } from './run.js';

const toy = resolve(__dirname, '../../../examples/toy-country/corpora');
const dir = mkdtempSync(join(tmpdir(), 'lexharmony-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetRows = (file: string, sheet: string) => {
  const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
  return XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[sheet]!, { header: 1, defval: '' });
};
const TOY_ARTICLES = ['toy-convention/art-1', 'toy-convention/art-2', 'toy-convention/art-3', 'toy-convention/art-4', 'toy-convention/art-5'];

/** Run with INIT_CWD set, as `pnpm lexharmony` does: relative and default paths land there. */
async function runIn(cwd: string, ...args: string[]) {
  process.env.INIT_CWD = cwd;
  try {
    return await run(...args);
  } finally {
    delete process.env.INIT_CWD;
  }
}

describe('report', () => {
  it('writes the workbook with every article, finding and source link, the same bytes each run', async () => {
    const file = join(dir, 'toy.xlsx');
    const first = await run('report', 'xt', '--corpus', toy, '--out', file, '--date', '2026-11-27');
    expect(first.code, first.err).toBe(0);
    expect(first.err).toMatch(/^wrote .*toy\.xlsx \(xlsx\): 5 articles, 9 requirements, 8 findings, 3 texts cited; corpus sha256:[0-9a-f]{16}, 2026-11-27\n$/);
    const bytes = readFileSync(file);
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Summary', 'Matrix', 'Sources', 'Findings', 'What to legislate', 'Texts', 'Method', 'Legend']);
    // The toy's three recommendations, by priority, their ids for programs in the last column.
    expect(sheetRows(file, 'What to legislate').slice(1).map((r) => r.at(-1))).toEqual(['XT-2-declare', 'XT-4-tools', 'XT-2-entry']);
    expect(sheetRows(file, 'Matrix').slice(1).map((r) => r.at(-1))).toEqual(TOY_ARTICLES);
    expect(sheetRows(file, 'Findings').length - 1).toBe(9);
    const links = Object.values(wb.Sheets.Sources!).flatMap((c) => ((c as XLSX.CellObject).l ? [(c as XLSX.CellObject).l!.Target] : []));
    expect(links.sort()).toEqual(['https://example.org/toy-convention', 'https://example.org/toyland/penal-code']);
    const again = await run('report', 'XT', '--corpus', toy, '--out', file, '--date', '2026-11-27', '--force');
    expect(again.code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it.skipIf(!haveSoffice)('writes a workbook LibreOffice opens, every sheet and article there', async () => {
    const file = join(dir, 'toy-lo.xlsx');
    expect((await run('report', 'XT', '--corpus', toy, '--out', file, '--date', '2026-11-27')).code).toBe(0);
    const sheets = sheetsByLibreOffice(readFileSync(file), join(dir, 'soffice-toy'));
    expect([...sheets.keys()].sort()).toEqual(['Findings', 'Legend', 'Matrix', 'Method', 'Sources', 'Summary', 'Texts', 'What to legislate']);
    expect(sheets.get('Matrix')!.slice(1).map((x) => x.at(-1))).toEqual(TOY_ARTICLES);
    expect(sheets.get('Matrix')![5]![3]).toBe('? not assessed');
    expect(sheets.get('Findings')!.length - 1).toBe(9);
  }, 180_000);

  it('names the Word report for what it is, in the output language, where the user is; takes the format from --out', async () => {
    const user = join(dir, 'user');
    mkdirSync(user);
    expect((await runIn(user, 'report', 'XT', '--corpus', toy, '--date', '2026-12-01')).code).toBe(0);
    expect(readFileSync(join(user, 'report-XT-2026-12-01.docx')).subarray(0, 2).toString()).toBe('PK');
    expect((await runIn(user, 'report', 'XT', '--corpus', toy, '--date', '2026-12-01', '--lang', 'es')).code).toBe(0);
    expect(existsSync(join(user, 'informe-XT-2026-12-01.docx'))).toBe(true);
    expect((await runIn(user, 'report', 'XT', '--corpus', toy, '--format', 'html', '--date', '2026-12-01')).code).toBe(0);
    expect(readFileSync(join(user, 'report-XT-2026-12-01.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    for (const [name, start] of [['r.md', '# Gap report: Toyland'], ['r.json', '{'], ['r.csv', '\uFEFFGap report: Toyland']] as const) {
      const r = await runIn(user, 'report', 'XT', '--corpus', toy, '--out', name);
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(join(user, name), 'utf8').startsWith(start)).toBe(true);
    }
    const f = await runIn(user, 'report', 'XT', '--corpus', toy, '--out', 'f.csv', '--table', 'findings');
    expect(f.code, f.err).toBe(0);
    const lines = readFileSync(join(user, 'f.csv'), 'utf8').split('\r\n');
    expect(lines.slice(lines.findIndex((l) => l.startsWith('Art.,'))).filter(Boolean).length).toBe(10);
  });

  it('prints the summary gaps prints, then where it wrote; again when the file exists, with how to replace it', async () => {
    const user = join(dir, 'rerun');
    mkdirSync(user);
    const summary = (await run('gaps', 'XT', '--corpus', toy, '--date', '2026-12-01', '--lang', 'es')).out;
    expect(summary).toContain('Art. 2');
    const first = await runIn(user, 'report', 'XT', '--corpus', toy, '--date', '2026-12-01', '--lang', 'es');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe(summary);
    expect(first.err).toMatch(/^escrito .*informe-XT-2026-12-01\.docx \(docx\)/);
    const again = await runIn(user, 'report', 'XT', '--corpus', toy, '--date', '2026-12-01', '--lang', 'es');
    expect(again.code).toBe(3);
    expect(again.out).toBe(summary);
    expect(again.err).toContain('informe-XT-2026-12-01.docx ya existe y se conservó. Añada --force para reemplazarlo');
    const quiet = await runIn(user, 'report', 'XT', '--corpus', toy, '--date', '2026-12-01', '--no-summary', '--force');
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.out).toBe('');
  });

  it('refuses to replace a file without --force, says how, and leaves it whole', async () => {
    const file = join(dir, 'keep.xlsx');
    writeFileSync(file, 'mine');
    const r = await run('report', 'XT', '--corpus', toy, '--out', file);
    expect(r.code).toBe(3);
    expect(r.err).toContain('already exists and was kept. Add --force to replace it, or --out OTHER-FILE to write elsewhere.');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('says what is wrong with the options, in one line, and writes nothing', async () => {
    const cases: [string[], number, RegExp][] = [
      [['--out', join(dir, 'x.txt')], 1, /cannot tell the format/],
      [['--out', join(dir, 'x.md'), '--format', 'html'], 1, /names a \.md file but --format is html/],
      [['--out', join(dir, 'x.html'), '--table', 'findings'], 1, /--table applies to csv only/],
      [['--out', join(dir, 'x.xlsx'), '--date', '27-11-2026'], 1, /--date "27-11-2026" is not a day of the calendar/],
      [['--out', join(dir, 'x.xlsx'), '--date', '2026-02-30'], 1, /--date "2026-02-30" is not a day of the calendar/],
      [['--out', join(dir, 'x.xlsx'), '--out', join(dir, 'y.xlsx')], 1, /--out is given 2 times; give it once/],
    ];
    for (const [args, code, message] of cases) {
      const r = await run('report', 'XT', '--corpus', toy, ...args);
      expect(r.code, r.err).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const unknown = await run('report', 'ZZ', '--corpus', toy, '--out', join(dir, 'zz.xlsx'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no jurisdiction "ZZ"');
    for (const f of ['x.txt', 'x.md', 'x.html', 'x.xlsx', 'zz.xlsx']) expect(existsSync(join(dir, f)), f).toBe(false);
  });
});

// The real report on the bundled corpus, which holds the Mexican assessment.
describe('report MX', () => {
  const file = join(dir, 'report.xlsx');

  it('writes every article row, finding and source link, identically twice', async () => {
    const r = await run('report', 'MX', '--out', file, '--date', '2026-11-27');
    expect(r.code, r.err).toBe(0);
    const json = await run('gaps', 'MX', '--format', 'json', '--date', '2026-11-27');
    const matrix = JSON.parse(json.out);
    expect(sheetRows(file, 'Matrix').slice(1).map((x) => x.at(-1))).toEqual(matrix.rows.map((x: { ref: string }) => x.ref));
    const findings = sheetRows(file, 'Findings');
    const expected = matrix.rows.flatMap((x: { cells: Record<string, { findings: { requirement: string }[] }> }) => x.cells.MX!.findings.map((f) => f.requirement));
    expect(findings.slice(1).map((x) => x.at(-1))).toEqual(expected);
    const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
    const links = Object.values(wb.Sheets.Sources!).filter((c) => (c as XLSX.CellObject).l).length;
    expect(links).toBe(matrix.sources.filter((s: { url: string }) => /^https?:\/\//.test(s.url)).length);
    const bytes = readFileSync(file);
    expect((await run('report', 'MX', '--out', file, '--date', '2026-11-27', '--force')).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it.skipIf(!haveSoffice)('opens in LibreOffice with every article row', async () => {
    const matrix = JSON.parse((await run('gaps', 'MX', '--format', 'json', '--date', '2026-11-27')).out);
    const sheets = sheetsByLibreOffice(readFileSync(file), join(dir, 'soffice'));
    expect(sheets.get('Matrix')!.slice(1).map((x: string[]) => x.at(-1))).toEqual(matrix.rows.map((x: { ref: string }) => x.ref));
    expect(sheets.get('Findings')!.length - 1).toBe(matrix.rows.reduce((n: number, x: { cells: Record<string, { findings: unknown[] }> }) => n + x.cells.MX!.findings.length, 0));
  }, 180_000);
});
