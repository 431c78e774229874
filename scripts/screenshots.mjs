// `pnpm screenshots`: the README's pictures of the viewer (the gap matrix, an article's detail, a
// comparison and strategies side by side in Spanish), taken in Chromium from the bundled corpus with the built packages. Writes docs/img/viewer-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../packages/core/dist/index.js';
import { buildSite, serveSite, writeSite } from '../packages/viewer/dist/node/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/img');
const chromiumPath = process.env.LEXHARMONY_CHROMIUM ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'];

const dir = mkdtempSync(join(tmpdir(), 'lexharmony-screenshots-'));
const { chromium } = await import('playwright-core');
const { data, files } = await buildSite(loadCorpus(), { date: new Date().toISOString().slice(0, 10) });
const site = writeSite(join(dir, 'site'), data, { downloads: files });
const server = await serveSite(site.dir, 0);
const browser = await chromium.launch({ executablePath: chromiumPath, args });
try {
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  const column = data.matrix.columns.find((c) => c.jurisdiction === 'MX') ?? data.matrix.columns[0];
  const shots = [
    ['viewer-matrix.png', '#/matrix'],
    ['viewer-article.png', `#/article/coe-ets-185/art-2/${column.jurisdiction}`],
    ['viewer-compare-es.png', '#/article/coe-ets-185/art-2/MX,AR?lang=es'],
    ['viewer-strategies-es.png', '#/strategies?pick=mx-encs-2017,es-ncss-2013&lang=es'],
  ];
  for (const [name, hash] of shots) {
    await page.goto(server.url + hash + (hash.includes('lang=') ? '' : `${hash.includes('?') ? '&' : '?'}lang=en`));
    await page.waitForSelector('main h1');
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await page.screenshot({ path: join(out, name) });
    console.log(`wrote docs/img/${name} (${hash})`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
