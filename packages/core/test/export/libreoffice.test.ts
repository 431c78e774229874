import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveSoffice, sheetsByLibreOffice } from '../../../../test/support/libreoffice.js';
import { gapDocument } from '../../src/document/gap-report.js';
import { renderXlsx } from '../../src/document/render/xlsx.js';
import { buildMatrix, HOSTILE } from './fixture.js';

describe.skipIf(!haveSoffice)('xlsx read by LibreOffice', () => {
  const work = mkdtempSync(join(tmpdir(), 'lexharmony-soffice-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('opens every sheet with the articles, findings, sources and inert hostile strings', async () => {
    const matrix = buildMatrix({ inject: HOSTILE[0] });
    const sheets = sheetsByLibreOffice(await renderXlsx(gapDocument(matrix, { lang: 'en', detail: true })), work);
    expect([...sheets.keys()].sort()).toEqual(['Findings', 'Legend', 'Matrix', 'Method', 'Sources', 'Summary', 'Texts']);
    const rows = sheets.get('Matrix')!;
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(matrix.rows.map((r) => r.ref));
    // Calc would show a formula's result ("y"); it shows the text, as written
    expect(rows[1]![2]).toBe(`${HOSTILE[0]}Illegal access${HOSTILE[0]}`);
    expect(rows[2]![3]).toBe('◐ conditional · STALE');
    expect(sheets.get('Findings')!.length - 1).toBe(5);
    expect(sheets.get('Sources')![1]![3]).toBe('https://rm.coe.int/1680081561');
    for (const [name, table] of sheets) for (const r of table) for (const c of r) expect(c, name).not.toBe('y');
  }, 180_000);
});
