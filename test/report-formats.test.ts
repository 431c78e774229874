// Every format of the Mexican report, in Spanish and in English: no tool string left in the other
// language (the English catalogue scanned against the Spanish outputs), no catalogue fallback, and
// the assessment's provenance (authors, date, review status) in every format.
import { describe, expect, it } from 'vitest';
import { translator } from '@lexharmony/core';
import { gapDocument, renderDocument } from '@lexharmony/core/export';
import { corpus, corpusStrings, DATE, englishFragments, englishLeft, mxMatrix, mxReport, visibleText } from './support/report.js';

const FORMATS = ['html', 'md', 'csv', 'xlsx', 'json', 'docx'] as const;

describe('report MX in every format', async () => {
  const fragments = englishFragments();
  const corpusText = corpusStrings(mxMatrix);
  const rendered = new Map<string, string>();
  for (const lang of ['es', 'en'] as const) for (const f of FORMATS) rendered.set(`${lang} ${f}`, visibleText(f, await mxReport(f, lang)));

  it('the scan has something to find: the English report holds the English fragments it looks for', () => {
    const en = rendered.get('en html')!;
    expect(fragments.length).toBeGreaterThan(150);
    expect(fragments.filter((f) => en.includes(f.fragment)).length).toBeGreaterThan(40);
  });

  it.each(FORMATS)('%s in Spanish: no English string of the tool, no catalogue fallback', (format) => {
    const text = rendered.get(`es ${format}`)!;
    expect(englishLeft(text, corpusText, fragments), `English tool strings in the Spanish ${format}`).toEqual([]);
    expect(text).not.toContain('[en] ');
    expect(translator('es').fallbacks.size).toBe(0);
  });

  it.each(FORMATS)('%s shows the assessment authors, date and review status, in both languages', (format) => {
    const a = mxMatrix.columns[0]!.assessment!;
    for (const lang of ['es', 'en'] as const) {
      const text = rendered.get(`${lang} ${format}`)!.replace(/\s+/g, ' ');
      for (const author of a.authors) expect(text, `${lang} ${format}: authors`).toContain(typeof author === 'string' ? author : author[lang]!);
      expect(text, `${lang} ${format}: assessment date`).toContain(a.date);
      expect(text, `${lang} ${format}: review status`).toContain(translator(lang).t(`review.${a.review!.status}`));
      expect(text, `${lang} ${format}: corpus version`).toContain(mxMatrix.generated.corpus);
      expect(text, `${lang} ${format}: generated`).toContain(DATE);
    }
  });

  it.each(FORMATS)('%s in Spanish: every piece of corpus prose it shows exists in Spanish (no fallback to English)', (format) => {
    const text = rendered.get(`es ${format}`)!;
    expect(text).not.toContain('[en inglés: aún sin versión en español]');
    // The provenance too: the authors, and each treaty's opening said from its data, not the corpus's English line.
    const a = mxMatrix.columns[0]!.assessment!;
    for (const author of a.authors) expect(typeof author === 'string' || !text.includes(author.en!), `authors in English`).toBe(true);
    for (const r of mxMatrix.references) {
      expect(r.adopted, `${r.id}: its opening as data`).toBeDefined();
      expect(text, `${r.id}: the English version line`).not.toContain(r.version);
    }
  });

  it('html in Spanish: nothing on the page is marked English (no corpus text left in English for the Mexican report)', async () => {
    const html = (await mxReport('html', 'es')).toString('utf8');
    expect(html.match(/<[^>]+\slang="en"[^>]*>[^<]{0,80}/g) ?? []).toEqual([]);
  });

  it('Spanish prose the project has not translated yet is marked as such, never passed off as Spanish', async () => {
    // A copy of the matrix where one rationale has lost its Spanish.
    const copy = structuredClone(mxMatrix);
    const finding = copy.rows.flatMap((r) => r.cells.MX!.findings).find((f) => f.rationale?.es)!;
    delete (finding.rationale as Record<string, string>).es;
    const html = (await renderDocument(gapDocument(copy, { lang: 'es', detail: true, corpus, paper: 'a4' }), 'html')) as string;
    expect(html).toContain(`${finding.rationale!.en!.replace(/\s+/g, ' ').slice(0, 40)}`);
    expect(html).toContain('[en inglés: aún sin versión en español]');
  });
});
