// The viewer, measured in Chromium on localhost over the bundled corpus: script size, first render of
// the matrix after navigation, and keystroke → rendered search results.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../packages/core/dist/index.js';
import { buildSite, serveSite, writeSite } from '../packages/viewer/dist/node/index.js';
import { record, report } from './lib.mjs';

const CHROMIUM = process.env.LEXHARMONY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

const dir = mkdtempSync(join(tmpdir(), 'lexharmony-viewer-bench-'));
try {
  const corpus = loadCorpus();
  const t0 = performance.now();
  const { data, files } = await buildSite(corpus, { date: '2026-11-27' });
  const site = writeSite(join(dir, 'site'), data, { downloads: files });
  const buildMs = performance.now() - t0;
  const script = readFileSync(join(site.dir, 'main.js'));
  const gz = gzipSync(script, { level: 9 }).length / 1024;
  // data.json is what the first render waits for; the parts (texts, strategies, search) come after.
  const sizes = site.files
    .filter((f) => f.name.endsWith('.json'))
    .map((f) => `${f.name} ${(f.bytes / 1024).toFixed(0)} KB (${(gzipSync(readFileSync(join(site.dir, f.name)), { level: 9 }).length / 1024).toFixed(0)} KB gzipped)`);
  console.log(
    `corpus: ${data.matrix.rows.length} articles × ${data.matrix.columns.length} jurisdictions, ${data.search.records.length} search records; ` +
      `site built in ${buildMs.toFixed(0)} ms; ${sizes.join(', ')}`,
  );
  record('script bundle, gzipped (data excluded)', gz, 'KB', '≤ 150 KB', gz <= 150);

  if (!existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} not found: browser figures skipped`);
  } else {
    const { chromium } = await import('playwright-core');
    const server = await serveSite(site.dir, 0);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      // First render: from navigation start to the matrix grid in the DOM, 12 fresh page loads (2 warm-up).
      const renders = [];
      for (let i = 0; i < 12; i++) {
        const page = await browser.newPage();
        await page.goto(`${server.url}#/matrix?lang=en`);
        await page.waitForSelector('table.matrix a.cell', { state: 'attached' });
        const at = await page.evaluate(() => performance.getEntriesByName('lexharmony:rendered:matrix')[0]?.startTime ?? performance.now());
        if (i >= 2) renders.push(at);
        await page.close();
      }
      record('first render of the matrix after navigation (p95 of 10)', quantile(renders, 0.95), 'ms', '≤ 1000 ms', quantile(renders, 0.95) <= 1000);

      // Search: type queries one key at a time, a human's pace apart, and time each keystroke to its rendered results.
      const page = await browser.newPage();
      await page.goto(`${server.url}#/search?lang=es`);
      await page.waitForSelector('#q');
      await page.evaluate(() => {
        window.__lat = [];
        const q = document.getElementById('q');
        q.addEventListener('keydown', () => (window.__down = performance.now()), true);
        document.addEventListener('rendered', () => {
          if (window.__down !== undefined) window.__lat.push(performance.now() - window.__down);
          window.__down = undefined;
        });
      });
      const queries = ['interceptacion', 'acceso ilicito', 'illegal access', 'datos informaticos', 'computer system', 'pornografia infantil', 'child pornography', '211 bis', 'cooperacion internacional', 'preservation'];
      for (const q of queries) {
        await page.fill('#q', '');
        await page.waitForTimeout(150);
        for (const ch of q) {
          await page.keyboard.type(ch);
          await page.waitForTimeout(150);
        }
      }
      const lat = await page.evaluate(() => window.__lat);
      const p95 = quantile(lat, 0.95);
      console.log(`search: ${lat.length} keystrokes, median ${quantile(lat, 0.5).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms`);
      record('keystroke → rendered search results (p95)', p95, 'ms', '≤ 50 ms', p95 <= 50);
    } finally {
      await browser.close();
      await server.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
report();
