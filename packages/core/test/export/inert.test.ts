import { describe, expect, it } from 'vitest';
import { gapDocument } from '../../src/document/gap-report.js';
import { renderCsv, tablesOf } from '../../src/document/render/csv.js';
import { renderHtml } from '../../src/document/render/html.js';
import { renderMarkdown } from '../../src/document/render/md.js';
import { renderXlsx } from '../../src/document/render/xlsx.js';
import { renderDocx } from '../../src/document/render/docx.js';
import { buildMatrix, HOSTILE } from './fixture.js';
import { zipEntries } from './zip-entries.js';

describe.each(HOSTILE)('the corpus string %s', (hostile) => {
  const doc = gapDocument(buildMatrix({ inject: hostile }), { lang: 'en', detail: true });

  it('stays inert in csv: every table, no field opens a formula', () => {
    for (const t of tablesOf(doc)) {
      const text = renderCsv(doc, { table: t.id, bom: false });
      expect(text).not.toMatch(/(^|,|\r\n)"?[=+\-@]/);
    }
    expect(renderCsv(doc, { table: 'findings', bom: false })).toContain(hostile.replaceAll('"', '""').replace(/^=/, ''));
  });

  it('stays inert in xlsx: inline string cells, no formula, the text as written', async () => {
    const entries = zipEntries(await renderXlsx(doc));
    let seen = 0;
    for (const [path, xml] of entries) {
      if (!path.startsWith('xl/worksheets/sheet')) continue;
      const text = xml.toString('utf8');
      expect(text).not.toMatch(/<f[ >]/);
      expect(text).not.toMatch(/t="(str|s|e)"/);
      seen += text.split(hostile.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')).length - 1;
    }
    expect(seen).toBeGreaterThan(15);
  });

  it('stays inert in docx: escaped text, no field code from the corpus', async () => {
    const xml = zipEntries(await renderDocx(doc)).get('word/document.xml')!.toString('utf8');
    expect(xml).not.toContain('<img');
    expect(xml).not.toMatch(/<w:instrText[^>]*>[^<]*HYPERLINK "http:\/\/x"/);
    expect(xml).toContain(hostile.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;'));
  });

  it('stays inert in html and markdown: no tag, no link', () => {
    for (const out of [renderHtml(doc), renderMarkdown(doc)]) {
      expect(out).not.toContain('<img');
      expect(out).not.toContain('href="http://x"');
      expect(out).not.toMatch(/[^\\]\]\((?!<https:\/\/rm\.coe\.int)/);
    }
  });
});
