import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { gapDocument } from '../../src/document/gap-report.js';
import { renderXlsx } from '../../src/document/render/xlsx.js';
import { buildMatrix, HOSTILE } from './fixture.js';
import { zipEntries } from './zip-entries.js';

// Two jurisdictions: the matrix has a status column each, and a sheet by jurisdiction has what each cites and why.
const SHEETS = ['Summary', 'Matrix', 'Sources', 'By jurisdiction', 'Findings', 'Texts', 'Method', 'Legend'];
const render = (inject?: string, lang: 'en' | 'es' = 'en') => renderXlsx(gapDocument(buildMatrix({ jurisdictions: ['MX', 'AR'], inject }), { lang, detail: true }));

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

const rowsOf = (wb: XLSX.WorkBook, name: string) => XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[name]!, { header: 1, defval: '' });

describe('xlsx', async () => {
  const bytes = await render();
  const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true, cellStyles: true });
  const entries = zipEntries(bytes);
  const sheetXml = (i: number) => entries.get(`xl/worksheets/sheet${i}.xml`)!.toString('utf8');

  it('has the summary, a sheet per table and the legend; every table sheet frozen, filtered, printed landscape to the page width with its header repeated', () => {
    expect(wb.SheetNames).toEqual(SHEETS);
    const workbook = entries.get('xl/workbook.xml')!.toString('utf8');
    SHEETS.forEach((name, i) => {
      const xml = sheetXml(i + 1);
      expect(xml, name).toMatch(/<pane [^>]*state="frozen"/);
      expect(xml, name).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
      if (i > 0) {
        expect(xml, name).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
        expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${name}'!$1:$1</definedName>`);
      }
    });
    // The matrix keeps its article, treaty and heading in view.
    expect(sheetXml(2)).toContain('<pane xSplit="3" ySplit="1" topLeftCell="D2" activePane="bottomRight" state="frozen"/>');
  });

  it('carries every article row: a numeric article, the treaty apart, status words with symbols and their fill, citations one per line', () => {
    const rows = rowsOf(wb, 'Matrix');
    expect(rows[0]).toEqual(['Art.', 'Treaty', 'Heading', 'Mexico', 'Jurisdiction AR', 'Chapter', 'Id']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([2, 3, 4, 16]);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['coe-ets-185/art-2', 'coe-ets-185/art-3', 'coe-ets-185/art-4', 'coe-ets-185/art-16']);
    expect(rows[1]![3]).toBe('✔ full');
    expect(rows[2]![3]).toBe('◐ conditional · STALE');
    expect(rows[2]![4]).toBe('◐ conditional · STALE');
    expect(rows[1]!.at(-2)).toBe('Ch. II, Sec. 1, Tit. 1');
    // What each cites and why: a row per article and jurisdiction.
    const by = rowsOf(wb, 'By jurisdiction');
    expect(by[0]).toEqual(['Art.', 'Treaty', 'Heading', 'Jurisdiction', 'Status', 'Provisions cited', 'Why', 'Id']);
    expect(by.slice(1, 3).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      [2, 'Mexico', '✔ full', 'CPF, art. 211 Bis 1, second paragraph'],
      [2, 'Jurisdiction AR', '✔ full', 'CPF, art. 211 Bis 1, second paragraph'],
    ]);
    expect(by[3]![6]).toContain('which Mexico would have to make at accession');
    const styles = entries.get('xl/styles.xml')!.toString('utf8');
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheetXml(2))![1]);
    expect(xfs[styleOf('A1')]).toMatch(/fontId="1"/); // bold header
    expect(xfs[styleOf('D2')]).toMatch(/fillId="3"/); // full
    expect(xfs[styleOf('D3')]).toMatch(/fillId="5"/); // conditional
    expect(xfs[styleOf('D2')]).not.toBe(xfs[styleOf('D3')]);
    expect(sheetXml(2)).toMatch(/<c r="A2" s="\d+"><v>2<\/v><\/c>/);
    expect(xfs[styleOf('E2')]).toContain('wrapText="1"');
  });

  it('carries the title block with authors, date and review, every finding, text and source', () => {
    const summary = rowsOf(wb, 'Summary');
    const facts = new Map(summary.map((r) => [r[0], r[1]]));
    expect(facts.get('Assessment by (Mexico)')).toBe('lexharmony project (desk analysis; not reviewed by a Mexican practitioner)');
    expect(facts.get('Date of the assessment (Mexico)')).toBe('2026-11-27');
    expect(String(facts.get('Review (Mexico)'))).toMatch(/^first reading only .*Not reviewed by a Mexican practitioner\./);
    expect(facts.get('Corpus version')).toBe('sha256:0123456789abcdef');
    expect(rowsOf(wb, 'Findings').length - 1).toBe(10);
    const texts = rowsOf(wb, 'Texts');
    // What a reader needs first (citation, heading, text, translation and what it is); the language, id and hash after.
    expect(texts[1]!.slice(0, 6)).toEqual(['Federal Criminal Code, art. 211 Bis 1, second paragraph', '', 'texto de ejemplo del artículo 211 bis 1', 'example text of article 211 bis 1', 'unofficial translation (English) by lexharmony project: not law', 'es']);
  });

  it('links the http(s) source address, and only that one', () => {
    const ws = wb.Sheets.Sources!;
    expect(ws.D2!.l?.Target).toBe('https://rm.coe.int/1680081561');
    expect(ws.D3!.v).toBe('javascript:alert(1)');
    expect(ws.D3!.l).toBeUndefined();
  });

  it('writes the same bytes for the same input, with fixed dates in the properties and the zip', async () => {
    expect(Buffer.from(await render()).equals(Buffer.from(bytes))).toBe(true);
    expect(entries.get('docProps/core.xml')!.toString('utf8')).toContain('2026-11-27T00:00:00Z');
    const stamp = (((2026 - 1980) << 9) | (11 << 5) | 27) * 65536;
    const times = zipTimes(bytes);
    expect(times.length).toBeGreaterThanOrEqual(SHEETS.length * 2 + 7);
    for (const t of times) expect(t).toEqual({ central: stamp, local: stamp });
  });

  it('keeps a formula-like corpus string a plain string cell', async () => {
    const hostile = await render(HOSTILE[0]);
    const book = XLSX.read(hostile, { type: 'buffer', cellFormula: true });
    let seen = 0;
    for (const name of book.SheetNames) {
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
import { renderXlsx } from ${JSON.stringify(resolve(__dirname, '../../src/document/render/xlsx.ts'))};
import { gapDocument } from ${JSON.stringify(resolve(__dirname, '../../src/document/gap-report.ts'))};
import { buildMatrix } from ${JSON.stringify(resolve(__dirname, 'fixture.ts'))};
writeFileSync(process.argv[2], await renderXlsx(gapDocument(buildMatrix({ jurisdictions: ['MX', 'AR'] }), { lang: 'en', detail: true })));
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
    expect(outs[0]!.equals(Buffer.from(await render()))).toBe(true);
  }, 60_000);
});
