import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/export/xlsx.js';
import { buildMatrix, HOSTILE } from './fixture.js';

/** LibreOffice Calc, the independent reader: absent on most machines, so the test says so and skips. */
const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) console.warn('[lexharmony tests] soffice (LibreOffice) not found: the LibreOffice reading test of the xlsx export is skipped.');

/** Every sheet as CSV through LibreOffice (filter option -1 writes one file per sheet: <name>-<Sheet>.csv). */
export function sheetsByLibreOffice(xlsx: Uint8Array, work: string): Map<string, string[][]> {
  const file = join(work, 'report.xlsx');
  writeFileSync(file, xlsx);
  const profile = join(work, 'profile');
  const run = spawnSync(
    soffice!,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', work, file],
    { env: { ...process.env, HOME: work }, encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  const out = new Map<string, string[][]>();
  for (const f of readdirSync(work)) {
    const m = /^report-(.+)\.csv$/.exec(f);
    if (m) out.set(m[1]!, parseCsv(readFileSync(join(work, f), 'utf8')));
  }
  return out;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe.skipIf(!soffice)('xlsx read by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'lexharmony-soffice-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('opens every sheet with the articles, findings, sources and inert hostile strings', async () => {
    const matrix = buildMatrix({ inject: HOSTILE[0] });
    const sheets = sheetsByLibreOffice(await render(matrix), work);
    expect([...sheets.keys()].sort()).toEqual(['Findings', 'Legend', 'Matrix', 'Provisions', 'Sources', 'Summary']);
    const rows = sheets.get('Matrix')!;
    expect(rows.slice(1).map((r) => r[1])).toEqual(matrix.rows.map((r) => r.ref));
    expect(rows[1]![3]).toBe(`${HOSTILE[0]}Illegal access${HOSTILE[0]}`);
    expect(rows[2]![4]).toBe('◑ conditional');
    expect(sheets.get('Findings')!.length - 1).toBe(4);
    expect(sheets.get('Sources')![1]![3]).toBe('https://rm.coe.int/1680081561');
    // a formula would have been evaluated by Calc: its text would be "y", not the formula
    for (const [name, table] of sheets) for (const r of table) for (const c of r) expect(c, name).not.toBe('y');
  }, 180_000);
});
