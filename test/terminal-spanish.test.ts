// What the tool prints in Spanish, command by command (the summary of gaps and report, show, search,
// strategies, help and errors): no English string of the tool's own, the English catalogue scanned
// against each output once the data the command shows (its JSON: corpus prose, quotes) is taken out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../packages/cli/test/run.js';
import { corpusStrings, dataStrings, englishFragments, englishLeft, mxMatrix } from './support/report.js';

const dir = mkdtempSync(join(tmpdir(), 'lexharmony-terminal-es-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DATE = '2026-11-27';

// The tool's own words that a JSON output keeps in English for programs: never data to take out.
const TOOL_FIELDS = ['disclaimer', 'legend', 'treatyAtAdoption', 'study', 'type', 'title', 'evidence'];

describe('the terminal in Spanish', () => {
  const fragments = englishFragments();
  const es = (...args: string[]) => run(...args, '--lang', 'es');
  const json = async (...args: string[]) => dataStrings(JSON.parse((await run(...args, '--format', 'json')).out), TOOL_FIELDS);

  const cases: [string, () => Promise<{ code: number; out: string; err: string }>, () => Promise<string[]>][] = [
    ['gaps MX', () => es('gaps', 'MX', '--date', DATE), async () => corpusStrings(mxMatrix)],
    ['report MX (the summary, and where it wrote)', () => es('report', 'MX', '--date', DATE, '--out', join(dir, 'informe.md')), async () => corpusStrings(mxMatrix)],
    ['report MX again (the file exists)', () => es('report', 'MX', '--date', DATE, '--out', join(dir, 'informe.md')), async () => corpusStrings(mxMatrix)],
    ['show "CPF 211 bis 1"', () => es('show', 'CPF 211 bis 1'), () => json('show', 'CPF 211 bis 1')],
    ['show "Convenio art. 2"', () => es('show', 'Convenio art. 2'), () => json('show', 'Convenio art. 2')],
    ['search acceso ilícito', () => es('search', 'acceso', 'ilícito'), async () => []],
    ['strategies', () => es('strategies', '--date', DATE), () => json('strategies', '--date', DATE)],
    ['strategies --against coe-ets-185', () => es('strategies', '--against', 'coe-ets-185', '--date', DATE), () => json('strategies', '--against', 'coe-ets-185', '--date', DATE)],
    ['an unknown jurisdiction', () => es('gaps', 'ZZ'), async () => []],
    ['an unknown reference, with its suggestions', () => es('show', 'mx-cpf/art-211-bis-99'), async () => []],
    ['an unknown command', () => es('valdate'), async () => []],
    ['a file format it cannot tell', () => es('report', 'MX', '--out', join(dir, 'x.pdf')), async () => []],
    ['a date that is no day', () => es('gaps', 'MX', '--date', '2026-02-30'), async () => []],
    ['viewer serve with a port out of range', () => es('viewer', 'serve', '--port', '70000'), async () => []],
    ['--help', () => es('--help'), async () => []],
    ['report --help', () => es('report', '--help'), async () => []],
    ['gaps --help', () => es('gaps', '--help'), async () => []],
  ];

  it.each(cases)('%s', async (_name, command, data) => {
    const r = await command();
    const text = r.out + '\n' + r.err;
    expect(text.trim().length).toBeGreaterThan(20);
    expect(englishLeft(text, await data(), fragments)).toEqual([]);
    expect(text).not.toContain('[en] ');
  }, 60_000);

  it('the scan has something to find: the same commands in English hold the fragments it looks for', async () => {
    const en = [await run('gaps', 'MX', '--date', DATE, '--lang', 'en'), await run('search', 'acceso', 'ilícito', '--lang', 'en'), await run('strategies', '--lang', 'en'), await run('gaps', 'ZZ', '--lang', 'en'), await run('report', '--help', '--lang', 'en')]
      .map((r) => r.out + r.err)
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(fragments.filter((f) => en.includes(f.fragment)).length).toBeGreaterThan(25);
  }, 60_000);
});
