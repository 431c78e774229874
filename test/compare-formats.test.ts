// "How Parties worded it" for Budapest Art. 2 (Mexico, Argentina, Colombia, Peru, Spain) in every
// format, in Spanish: each country's provision in Spanish with its status, read back by independent
// readers (python-docx for Word, openpyxl for the workbook), and no English string of the tool.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comparison, translator } from '@lexharmony/core';
import { comparisonDocument, renderDocument, type DocFormat } from '@lexharmony/core/export';
import { havePythonDocx, haveOpenpyxl, pythonJson } from './support/python.js';
import { corpus, corpusStrings, englishFragments, visibleText } from './support/report.js';

const work = mkdtempSync(join(tmpdir(), 'lexharmony-compare-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FORMATS = ['html', 'md', 'csv', 'xlsx', 'json', 'docx'] as const;
const cmp = comparison(corpus, 'coe-ets-185/art-2', { jurisdictions: ['MX', 'AR', 'CO', 'PE', 'ES'], date: '2026-12-01' });
const render = async (format: DocFormat, lang: 'es' | 'en' = 'es') => {
  const out = await renderDocument(comparisonDocument(cmp, { lang }), format);
  return Buffer.from(typeof out === 'string' ? Buffer.from(out, 'utf8') : out);
};
/** Each country, the status of Art. 2 in Spanish words, and the provision that carries its offence. */
const COUNTRIES = [
  ['México', '◐ condicional', 'mx-cpf/art-211-bis-1.p-2'],
  ['Argentina', '◐ condicional', 'ar-cp/art-153-bis.p-1'],
  ['Colombia', '✓ pleno en lo evaluado', 'co-cp/art-269a'],
  ['Perú', '✔ pleno', 'pe-ley-30096/art-2.p-1'],
  ['España', '◐ condicional', 'es-cp/art-197-bis.ap-1'],
] as const;
const flat = (s: string) => s.replace(/\s+/g, ' ');
const words = (ref: string) => flat(corpus.provisions.get(ref)!.provision.text);

describe('compare coe-ets-185/art-2 --with AR,CO,PE,ES --lang es, in every format', async () => {
  const rendered = new Map<string, Buffer>();
  for (const f of FORMATS) rendered.set(f, await render(f));

  it.each(FORMATS)('%s: each country with its status and its provision verbatim in Spanish', (format) => {
    const text = flat(visibleText(format, rendered.get(format)!));
    for (const [country, status, ref] of COUNTRIES) {
      expect(text.includes(country), `${format}: ${country}`).toBe(true);
      expect(text.includes(status), `${format}: ${status}`).toBe(true);
      // The csv holds the tables (the comparison, findings, texts): the text of the law is in its Texts table only as asked; the rest quote it whole.
      if (format !== 'csv') expect(text.includes(words(ref)), `${format}: ${ref}`).toBe(true);
    }
  });

  it.each(FORMATS)('%s in Spanish: no English string of the tool', (format) => {
    const fragments = englishFragments();
    let text = flat(visibleText(format, rendered.get(format)!));
    const own = new Set(corpusStrings(cmp.matrix));
    // The comparison also quotes the requirements' labels and quotes, and the treaty's translations.
    for (const r of cmp.requirements) for (const v of [...Object.values(r.label), ...Object.values(r.quote)]) if (v) own.add(v.trim());
    for (const t of cmp.treaty.translations) own.add(t.text.trim());
    for (const s of [...own].sort((a, b) => b.length - a.length)) text = text.split(flat(s)).join(' ');
    const left = fragments.filter((f) => text.includes(f.fragment)).map((f) => `${f.key}: "${f.fragment}"`);
    expect(left, `English tool strings in the Spanish ${format}`).toEqual([]);
    expect(translator('es').fallbacks.size).toBe(0);
  });

  it('the scan has something to find: the English comparison holds English fragments', async () => {
    const en = flat(visibleText('html', await render('html', 'en')));
    expect(englishFragments().filter((f) => en.includes(f.fragment)).length).toBeGreaterThan(15);
  });

  it.skipIf(!havePythonDocx)('python-docx reads a heading per country with its status, and the law quoted under it', () => {
    const file = join(work, 'art2.docx');
    writeFileSync(file, rendered.get('docx')!);
    const read = pythonJson(
      `import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({'title': [p.text for p in d.paragraphs if p.style.name == 'Title'], 'paragraphs': [[p.style.name, p.text] for p in d.paragraphs], 'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}))`,
      file,
    ) as { title: string[]; paragraphs: [string, string][]; tables: string[][][] };
    expect(read.title).toEqual(['Cómo lo redactaron las Partes: Convenio, art. 2 (Acceso ilícito)']);
    let last = -1;
    for (const [country, status, ref] of COUNTRIES) {
      const h = read.paragraphs.findIndex(([style, t]) => style.startsWith('Heading') && flat(t).trim() === `${country} — ${status}`);
      expect(h, country).toBeGreaterThan(last);
      const quoted = read.paragraphs.findIndex(([, t], i) => i > h && flat(t).includes(words(ref)));
      expect(quoted, ref).toBeGreaterThan(h);
      last = h;
    }
    const glance = read.tables.find((t) => t[0]![0] === 'Jurisdicción')!;
    expect(glance.slice(1).map((r) => [r[0], r[1]])).toEqual(COUNTRIES.map(([c, s]) => [c, s]));
  });

  it.skipIf(!haveOpenpyxl)('openpyxl reads the comparison sheet: a row per country, its status and the provisions cited', () => {
    const file = join(work, 'art2.xlsx');
    writeFileSync(file, rendered.get('xlsx')!);
    const read = pythonJson(
      `import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({n: [[c if c is not None else '' for c in r] for r in wb[n].iter_rows(values_only=True)] for n in wb.sheetnames}))`,
      file,
    ) as Record<string, (string | number)[][]>;
    const sheet = read['Comparación']!;
    expect(sheet[0]!.slice(0, 4)).toEqual(['Jurisdicción', 'Estado', 'Disposiciones citadas', 'Declaraciones y reservas']);
    expect(sheet.slice(1).map((r) => [r[0], r[1]])).toEqual(COUNTRIES.map(([c, s]) => [c, s]));
    expect(String(sheet[2]![2])).toContain('CP (AR), art. 153 Bis, párrafo primero');
    // The texts sheet holds each provision's words verbatim.
    const texts = Object.values(read).flat().map((r) => r.map(String).join(' '));
    for (const [, , ref] of COUNTRIES) expect(texts.some((t) => flat(t).includes(words(ref))), ref).toBe(true);
  });
});
