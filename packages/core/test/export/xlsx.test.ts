import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../src/export/xlsx.js';
import { buildMatrix, HOSTILE } from './fixture.js';
import { zipEntries } from './zip-entries.js';

const SHEETS = ['Summary', 'Matrix', 'Findings', 'Provisions', 'Sources', 'Legend'];

/** The DOS time and date of every central and local zip header, walked from the end record. */
function zipTimes(bytes: Uint8Array): { central: number; local: number }[] {
  const b = Buffer.from(bytes);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: { central: number; local: number }[] = [];
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    expect(b.readUInt32LE(at)).toBe(0x02014b50);
    const local = b.readUInt32LE(at + 42);
    expect(b.readUInt32LE(local)).toBe(0x04034b50);
    out.push({ central: b.readUInt32LE(at + 12), local: b.readUInt32LE(local + 10) });
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

const rowsOf = (wb: XLSX.WorkBook, name: string) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, defval: '' });

describe('xlsx', async () => {
  const matrix = buildMatrix({ jurisdictions: ['MX', 'AR'] });
  const bytes = await render(matrix);
  const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellStyles: true });

  it('has the six sheets, each table with an autofilter and column widths', () => {
    expect(wb.SheetNames).toEqual(SHEETS);
    for (const name of SHEETS) {
      const ws = wb.Sheets[name]!;
      expect(ws['!autofilter']?.ref, name).toMatch(/^A\d+:[A-Z]+\d+$/);
      expect(ws['!cols']?.length, name).toBeGreaterThan(2);
    }
    expect(wb.Sheets.Matrix!['!autofilter']!.ref).toBe('A1:L5');
  });

  it('carries every article row, with status words and symbols per column', () => {
    const rows = rowsOf(wb, 'Matrix');
    expect(rows[0]!.slice(0, 8)).toEqual(['Group', 'Ref', 'Article', 'Heading', 'MX status', 'MX provisions', 'MX reason', 'MX stale']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(matrix.rows.map((r) => r.ref));
    expect(rows[1]![4]).toBe('✔ full');
    expect(rows[2]!.slice(4, 8)).toEqual(['◐ conditional', 'mx-cpf/art-211-bis', 'Narrower, acceptable only with a declaration MX has not made.', 'STALE']);
    expect(rows[2]![8]).toBe('◐ conditional');
  });

  it('carries every finding, provision, source and the summary', () => {
    const findings = rowsOf(wb, 'Findings');
    const expected = matrix.rows.flatMap((r) => matrix.columns.flatMap((c) => r.cells[c.key]!.findings.map((f) => `${c.key} ${f.requirement}`)));
    expect(findings.slice(1).map((r) => `${r[0]} ${r[2]}`)).toEqual(expected);
    const stale = findings.find((r) => r[2] === 'coe-ets-185/art-3#e1')!;
    expect(stale[10]).toBe('mx-cpf/art-211-bis (STALE): “texto anterior a la reforma”');
    expect(stale[11]).toBe('coe-ets-185/art-3#d1 — dishonest intent (not made)');
    const provisions = rowsOf(wb, 'Provisions');
    expect(provisions[1]!.slice(0, 8)).toEqual(['mx-cpf/art-211-bis-1', 'mx-cpf', '', 'es', 'texto de ejemplo del artículo 211 bis 1', 'en', 'example text of article 211 bis 1', 'unofficial translation by lexharmony project (unofficial)']);
    const summary = rowsOf(wb, 'Summary');
    expect(summary).toContainEqual(['Date', '2026-11-27', '', '', '', '', '', '', '', '']);
    expect(summary).toContainEqual(['All articles', 'MX', 1, 0, 1, 0, 1, 1, 0, 4]);
  });

  it('links the http(s) source address, and only that one', () => {
    const ws = wb.Sheets.Sources!;
    expect(ws.D2!.l?.Target).toBe('https://rm.coe.int/1680081561');
    expect(ws.D3!.v).toBe('javascript:alert(1)');
    expect(ws.D3!.l).toBeUndefined();
  });

  it('writes the same bytes for the same input, with fixed dates in the properties and the zip', async () => {
    expect(Buffer.from(await render(buildMatrix({ jurisdictions: ['MX', 'AR'] }))).equals(Buffer.from(bytes))).toBe(true);
    const core = zipEntries(bytes).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('2026-11-27T00:00:00Z');
    // 2026-11-27 00:00:00 as a DOS date and time: ((2026-1980) << 9 | 11 << 5 | 27) << 16
    const stamp = (((2026 - 1980) << 9) | (11 << 5) | 27) * 65536;
    const times = zipTimes(bytes);
    expect(times.length).toBeGreaterThanOrEqual(SHEETS.length + 4);
    for (const t of times) expect(t).toEqual({ central: stamp, local: stamp });
  });

  it('keeps a formula-like corpus string a plain string cell', async () => {
    const hostile = await render(buildMatrix({ inject: HOSTILE[0] }));
    const book = XLSX.read(hostile, { type: 'buffer', cellFormula: true });
    let seen = 0;
    for (const name of SHEETS) {
      for (const [addr, c] of Object.entries(book.Sheets[name]!)) {
        if (addr.startsWith('!')) continue;
        const cell = c as XLSX.CellObject;
        expect(cell.f, `${name}!${addr}`).toBeUndefined();
        if (String(cell.v).includes(HOSTILE[0])) {
          expect(cell.t).toBe('s');
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
    for (const [path, xml] of zipEntries(hostile)) if (path.startsWith('xl/worksheets/')) expect(xml.toString('utf8')).not.toMatch(/<f[ >]/);
  });
});

describe('xlsx across processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexharmony-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes identical bytes in two separate processes with different time zones', async () => {
    // Bundle the renderer and the fixture into one plain script, then run it twice.
    const { build } = await import('tsup');
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { writeFileSync } from 'node:fs';
import { render } from ${JSON.stringify(resolve(__dirname, '../../src/export/xlsx.ts'))};
import { buildMatrix } from ${JSON.stringify(resolve(__dirname, 'fixture.ts'))};
writeFileSync(process.argv[2], await render(buildMatrix({ jurisdictions: ['MX', 'AR'] })));
`,
    );
    await build({ entry: { entry }, outDir: dir, format: ['esm'], platform: 'node', target: 'node20', noExternal: [/.*/], silent: true, config: false, dts: false, splitting: false, outExtension: () => ({ js: '.mjs' }) });
    const outs = ['UTC', 'Pacific/Kiritimati'].map((tz, i) => {
      const file = join(dir, `out${i}.xlsx`);
      const run = spawnSync(process.execPath, [join(dir, 'entry.mjs'), file], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(file);
    });
    expect(outs[0]!.equals(outs[1]!)).toBe(true);
    expect(outs[0]!.equals(Buffer.from(await render(buildMatrix({ jurisdictions: ['MX', 'AR'] }))))).toBe(true);
  }, 60_000);
});
