// The html report in Chromium: at a phone's width nothing scrolls sideways but a table in its own
// box; printed to A4 or Letter it is at most 23 pages; the summary comes first, then the matrix, then the detail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from './support/libreoffice.js';
import { mxReport } from './support/report.js';
import { haveChromium, launchChromium } from './support/viewer.js';

describe.skipIf(!haveChromium)('the html report in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'lexharmony-html-'));
  const file = join(work, 'informe.html');
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    writeFileSync(file, await mxReport('html', 'es'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('at 390 px wide: no page-level horizontal scroll; wide tables scroll inside their own box', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pathToFileURL(file).href);
    // Evaluated in the page (a string: the test's own typings have no DOM).
    const m = (await page.evaluate(`({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      boxes: [...document.querySelectorAll('.scroll')].map((b) => ({ box: b.clientWidth, table: b.firstElementChild.scrollWidth })),
    })`)) as { page: number; view: number; boxes: { box: number; table: number }[] };
    expect(m.page).toBeLessThanOrEqual(m.view);
    expect(m.boxes.every((b) => b.box <= 390)).toBe(true);
    expect(m.boxes.some((b) => b.table > b.box)).toBe(true);
    await page.close();
  }, 60_000);

  it('summary first, then the matrix, then the articles; printed to A4, and to Letter, in at most 23 pages', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(pathToFileURL(file).href);
    const top = (await page.evaluate(`['summary', 'matrix', 'articles', 'sources'].map((id) => document.getElementById(id).getBoundingClientRect().top)`)) as number[];
    expect([...top].sort((a, b) => a - b)).toEqual(top);
    // The print stylesheet names no page size: the paper printed on decides.
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = join(work, `print-${format}.pdf`);
      writeFileSync(pdf, await page.pdf({ format }));
      const read = readPdf(pdf);
      // 21 A4 and 22 Letter pages for the corpus of 2026-12-01 with Protocol Art. 8 and 33 recommendations.
      expect(read.pages, format).toBeLessThanOrEqual(23);
      expect(read.pages, format).toBeGreaterThanOrEqual(8);
      expect(read.text).toContain('Resumen ejecutivo');
    }
    await page.close();
  }, 60_000);
});
