// The Word report of Mexico, opened by LibreOffice Writer (converted to PDF and read back by poppler)
// and by python-docx: the pages, the outline, a section per assessed article, every citation.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCite, translator } from '@lexharmony/core';
import { haveWriter, pdfByLibreOffice, readPdf } from './support/libreoffice.js';
import { havePythonDocx, pythonJson } from './support/python.js';
import { mxMatrix, mxReport, unzip } from './support/report.js';

const work = mkdtempSync(join(tmpdir(), 'lexharmony-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The ETS 185 articles 2-35 that were assessed (a status other than not applicable or not assessed): each has its section.
const assessed = mxMatrix.rows.filter((r) => r.reference === 'coe-ets-185' && Number(r.number) >= 2 && Number(r.number) <= 35 && !['not-applicable', 'not-assessed'].includes(r.cells.MX!.status));
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the Word report', async () => {
  const es = await mxReport('docx', 'es');

  it('is the same bytes for the same input, and its paper is A4 or Letter as asked', async () => {
    expect((await mxReport('docx', 'es')).equals(es)).toBe(true);
    const size = (b: Buffer) => /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(unzip(b).get('word/document.xml')!.toString('utf8'))!.slice(1).map(Number);
    expect(size(es)).toEqual([11906, 16838]);
    expect(size(await mxReport('docx', 'es', 'letter'))).toEqual([12240, 15840]);
    // Nothing of the clock: the properties carry the report's date.
    expect(unzip(es).get('docProps/core.xml')!.toString('utf8')).toContain('2026-11-27T00:00:00Z');
  });

  it.skipIf(!haveWriter)('opens in LibreOffice Writer: 40-100 A4 pages, the outline of the report, a section per assessed article, every citation in the text', () => {
    const pdf = readPdf(pdfByLibreOffice(es, 'informe.docx', join(work, 'es')));
    // 93 pages for the corpus of 2026-12-01 after its second reading, Protocol Art. 8 and 33 recommendations.
    expect(pdf.pages).toBeGreaterThanOrEqual(40);
    expect(pdf.pages).toBeLessThanOrEqual(100);
    expect(Math.round(pdf.width)).toBe(595);
    for (const h of ['Resumen ejecutivo', 'Brechas que requieren legislar', 'Condicionado a una declaración o reserva al adherirse', 'No evaluado', 'Matriz artículo por artículo', 'Artículo por artículo', 'Textos citados', 'Fuentes', 'Método y límites', 'Leyenda']) expect(pdf.outline, h).toContain(h);
    for (const r of assessed) expect(pdf.outline.some((o) => o.startsWith(`Convenio, Art. ${r.number}. `)), `section of Art. ${r.number}`).toBe(true);
    expect(assessed.length).toBeGreaterThan(20);
    const text = flat(pdf.text);
    const tr = translator('es');
    for (const p of mxMatrix.provisions) expect(text, p.ref).toContain(flat(formatCite(mxMatrix.cites[p.ref]!, tr)));
    expect(text).toContain('Convenio, art. 2, segunda oración (declaración del art. 40)');
    expect(text).toContain('no revisado por un profesional');
  }, 200_000);

  it.skipIf(!havePythonDocx)('python-docx finds the same headings (real heading styles) and the tables', () => {
    const file = join(work, 'informe-py.docx');
    writeFileSync(file, es);
    const read = pythonJson(
      `import docx, json, sys
d = docx.Document(sys.argv[1])
heads = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith('Heading')]
tables = [[c.text for c in t.rows[0].cells] + [len(t.rows)] for t in d.tables]
print(json.dumps({'headings': heads, 'tables': tables, 'title': [p.text for p in d.paragraphs if p.style.name == 'Title']}))`,
      file,
    ) as { headings: [string, string][]; tables: (string | number)[][]; title: string[] };
    expect(read.title).toEqual(['Informe de brechas: México frente al Convenio de Budapest (STE 185) y Protocolo adicional (STE 189)']);
    const names = read.headings.map(([, t]) => t);
    expect(names.slice(0, 4)).toEqual(['Resumen ejecutivo', 'Brechas que requieren legislar', 'Condicionado a una declaración o reserva al adherirse', 'No evaluado']);
    expect(read.headings.find(([, t]) => t === 'Artículo por artículo')![0]).toBe('Heading 1');
    for (const r of assessed) expect(read.headings.some(([style, t]) => style === 'Heading 2' && t.startsWith(`Convenio, Art. ${r.number}. `)), `Art. ${r.number}`).toBe(true);
    // The matrix: its header and one row per article.
    const matrix = read.tables.find((t) => t[0] === 'Art.' && t.includes('Epígrafe') && t.includes('Estado') && t.includes('Disposiciones citadas'))!;
    expect(matrix.at(-1)).toBe(mxMatrix.rows.length + 1);
    // The title block and the statuses by chapter.
    expect(read.tables.some((t) => t[0] === 'Jurisdicción y posición ante el tratado')).toBe(true);
    expect(read.tables.some((t) => t[0] === 'Capítulo' && t.includes('✔ pleno'))).toBe(true);
  });
});
