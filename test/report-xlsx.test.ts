// The workbook of Mexico as openpyxl reads it (frozen panes, wrapping, bold headers, status fills,
// numeric article column, print setup) and as LibreOffice Calc prints it (landscape, at most 30 pages).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveSoffice, pdfByLibreOffice, readPdf } from './support/libreoffice.js';
import { haveOpenpyxl, pythonJson } from './support/python.js';
import { mxMatrix, mxReport } from './support/report.js';

const work = mkdtempSync(join(tmpdir(), 'lexharmony-xlsx-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const READ = `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    header = [c for c in ws[1]]
    # For each column, its first cell below the header that holds something.
    second = [next((c for c in col[1:] if c.value is not None), col[0]) for col in ws.iter_cols(min_row=1, max_col=len(header))]
    out[ws.title] = {
        'freeze': ws.freeze_panes,
        'filter': ws.auto_filter.ref,
        'header': [c.value for c in header],
        'bold': [bool(c.font and c.font.b) for c in header],
        'wrap': {str(c.value): bool(second[i].alignment.wrap_text) for i, c in enumerate(header) if i < len(second)},
        'types': [type(c.value).__name__ for c in second],
        'fills': sorted({(c.value, c.fill.fgColor.rgb) for row in ws.iter_rows(min_row=2) for c in row if c.fill and c.fill.fill_type == 'solid' and isinstance(c.value, str)}),
        'widths': {k: v.width for k, v in ws.column_dimensions.items()},
        'orientation': ws.page_setup.orientation,
        'fitToWidth': ws.page_setup.fitToWidth,
        'fitToHeight': ws.page_setup.fitToHeight,
        'fitToPage': ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        'printTitles': ws.print_title_rows,
        'rows': ws.max_row,
    }
print(json.dumps(out))`;

describe('the workbook of Mexico', async () => {
  const bytes = await mxReport('xlsx', 'es');
  const file = join(work, 'informe.xlsx');
  writeFileSync(file, bytes);

  it.skipIf(!haveOpenpyxl)('through openpyxl: every table sheet frozen, bold headers, wrapped lists and prose, status fills with their words, numeric articles, print setup', () => {
    const sheets = pythonJson(READ, file) as Record<string, { freeze: string; filter: string; header: string[]; bold: boolean[]; wrap: Record<string, boolean | null>; types: string[]; fills: [string, string][]; widths: Record<string, number>; orientation: string; fitToWidth: number; fitToHeight: number; fitToPage: boolean; printTitles: string; rows: number }>;
    expect(Object.keys(sheets)).toEqual(['Resumen', 'Matriz', 'Fuentes', 'Hallazgos', 'Qué legislar', 'Textos', 'Método', 'Leyenda']);
    for (const [name, s] of Object.entries(sheets)) {
      expect(s.freeze, name).toMatch(/^[A-Z]+2$/);
      expect(s.orientation, name).toBe('landscape');
      expect(s.fitToPage, name).toBe(true);
      expect([s.fitToWidth, s.fitToHeight], name).toEqual([1, 0]);
      if (name === 'Resumen') continue;
      expect(s.bold.every(Boolean), name).toBe(true);
      expect(s.filter, name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(s.printTitles, name).toBe('$1:$1');
    }
    const m = sheets['Matriz']!;
    expect(m.freeze).toBe('D2');
    expect(m.header.slice(0, 6)).toEqual(['Art.', 'Tratado', 'Epígrafe', 'Estado', 'Disposiciones citadas', 'Por qué']);
    expect(m.types[0]).toBe('int');
    expect(m.header).toContain('Capítulo');
    expect(m.header).toContain('Capítulo, completo');
    expect(m.wrap['Disposiciones citadas']).toBe(true);
    expect(m.wrap['Por qué']).toBe(true);
    expect(m.rows).toBe(mxMatrix.rows.length + 1);
    // Each status its own fill, the word and symbol kept in the cell.
    const fills = new Map(m.fills.filter(([v]) => /^[✔✓◐◑✘?–] /.test(v)).map(([v, rgb]) => [v.replace(/ · .*/, ''), rgb]));
    // Every status the matrix holds, each with a fill of its own.
    const words: Record<string, string> = { full: '✔ pleno', 'full-as-assessed': '✓ pleno en lo evaluado', conditional: '◐ condicional', partial: '◑ parcial', none: '✘ sin disposición', 'not-assessed': '? no evaluado', 'not-applicable': '– no aplica' };
    const present = [...new Set(mxMatrix.rows.map((r) => r.cells.MX!.status))].map((st) => words[st]!);
    expect(present.length).toBeGreaterThanOrEqual(5);
    expect([...fills.keys()].sort()).toEqual(present.sort());
    expect(new Set(fills.values()).size).toBe(present.length);
    // Widths that fit: the article column narrow, the reason column wide, nothing at a default width.
    expect(m.widths.A).toBeLessThanOrEqual(8);
    expect(m.widths.F).toBeGreaterThanOrEqual(40);
    const f = sheets['Hallazgos']!;
    expect(f.wrap['Fundamentación']).toBe(true);
    expect(f.wrap['Citas']).toBe(true);
    // The method split into rows.
    expect(sheets['Método']!.rows).toBeGreaterThan(8);
  });

  it.skipIf(!haveSoffice)('printed by LibreOffice Calc: landscape, at most 30 pages', () => {
    const pdf = readPdf(pdfByLibreOffice(bytes, 'informe.xlsx', join(work, 'calc')));
    expect(pdf.width).toBeGreaterThan(pdf.height);
    // 27 pages for the corpus of 2026-12-01 with Protocol Art. 8 and 33 recommendations.
    expect(pdf.pages).toBeLessThanOrEqual(30);
    expect(pdf.pages).toBeGreaterThanOrEqual(8);
    expect(pdf.text).toContain('Disposiciones citadas');
  }, 200_000);
});
