import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { render as csv } from '../../src/export/csv.js';
import { render as html } from '../../src/export/html.js';
import { render as markdown } from '../../src/export/markdown.js';
import { TABLE_NAMES } from '../../src/export/tables.js';
import { render as xlsx } from '../../src/export/xlsx.js';
import { buildMatrix, HOSTILE } from './fixture.js';

describe.each(HOSTILE)('the corpus string %s', (hostile) => {
  const matrix = buildMatrix({ inject: hostile });

  it('stays inert in csv: every table, no field opens a formula', () => {
    for (const table of TABLE_NAMES) {
      const text = csv(matrix, { table, bom: false });
      if (table !== 'legend') expect(text, table).toContain(hostile.replaceAll('"', '""').replace(/^=/, ''));
      expect(text).not.toMatch(/(^|,|\r\n)"?[=+\-@]/);
    }
  });

  it('stays inert in xlsx: string cells only, no formula', async () => {
    const wb = XLSX.read(await xlsx(matrix), { type: 'buffer', cellFormula: true });
    let seen = 0;
    for (const name of wb.SheetNames) {
      for (const [addr, c] of Object.entries(wb.Sheets[name]!)) {
        if (addr.startsWith('!')) continue;
        const cell = c as XLSX.CellObject;
        expect(cell.f).toBeUndefined();
        if (String(cell.v).includes(hostile)) (seen++, expect(cell.t).toBe('s'));
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('stays inert in html and markdown: no tag, no link', () => {
    for (const out of [html(matrix), markdown(matrix)]) {
      expect(out).not.toContain('<img');
      expect(out).not.toContain('href="http://x"');
      expect(out).not.toMatch(/[^\\]\]\(/);
    }
  });
});
