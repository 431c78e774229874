/**
 * The viewer in a real browser: built with `lexharmony viewer build`, served by the `viewer serve`
 * code on 127.0.0.1, driven by Chromium through playwright-core. Screenshots go to test-results/viewer/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ViewerData } from '../packages/viewer/src/node/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../packages/cli/src/index.js';
import { serveViewer } from '../packages/cli/src/commands/viewer.js';
import { makeContext } from '../packages/cli/src/context.js';
import type { Io } from '../packages/cli/src/output.js';
import { buildViewerBundle, haveChromium, launchChromium } from './support/viewer.js';
import { repoRoot } from './support/sources.js';

const fixture = join(repoRoot, 'packages/viewer/test/fixtures/corpus');
const shots = join(repoRoot, 'test-results/viewer');
const PAYLOAD = '<img src=x onerror="window.__pwned=1;alert(1)">';

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', color: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/** A copy of the fixture corpus whose provision heading and translation carry an HTML payload. */
function hostileCorpus(dir: string): string {
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'instruments/mx-cpf/provisions.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace('heading: Acceso ilícito a sistemas y equipos de informática', `heading: '${PAYLOAD}'`)
    .replace(/^( +)Whoever without authorisation modifies/m, (_m, indent: string) => `${indent}${PAYLOAD} Whoever without authorisation modifies`);
  if (yaml.split(PAYLOAD).length !== 3) throw new Error('the payload did not go into the hostile corpus');
  writeFileSync(file, yaml);
  return dir;
}

describe('lexharmony viewer build / serve', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lexharmony-viewer-cli-'));
    await buildViewerBundle();
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const run = async (...args: string[]) => {
    const io = captureIo();
    const code = await main(args, io);
    return { code, out: io.stdout, err: io.stderr };
  };

  it('writes a self-contained site with relative URLs only, the same bytes for the same corpus', async () => {
    const a = await run('viewer', 'build', '--corpus', fixture, '--out', join(tmp, 'a'), '--date', '2026-11-27');
    expect(a.code, a.err).toBe(0);
    expect(a.err).toMatch(/wrote .*: index\.html .*main\.js .*styles\.css .*data\.json/);
    const html = readFileSync(join(tmp, 'a/index.html'), 'utf8');
    expect(html).toContain('src="main.js"');
    expect(html).toContain('href="styles.css"');
    expect(html).toContain('<link rel="icon" href="data:,">');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(readFileSync(join(tmp, 'a/main.js'), 'utf8')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const b = await run('viewer', 'build', '--corpus', fixture, '--out', join(tmp, 'b'), '--date', '2026-11-27');
    expect(b.code).toBe(0);
    expect(readFileSync(join(tmp, 'b/data.json'))).toEqual(readFileSync(join(tmp, 'a/data.json')));
  });

  it('refuses bad input with one line, a non-zero exit and no site', async () => {
    const bad = await run('viewer', 'build', '--corpus', join(tmp, 'missing'), '--out', join(tmp, 'c'));
    expect(bad.code).toBeGreaterThan(1);
    expect(bad.err).toMatch(/^lexharmony: /);
    expect(existsSync(join(tmp, 'c'))).toBe(false);
    const date = await run('viewer', 'build', '--corpus', fixture, '--out', join(tmp, 'd'), '--date', '2026-13-45');
    expect(date.code).toBe(1);
    expect(date.err).toMatch(/--date "2026-13-45" is not a day of the calendar/);
    expect(existsSync(join(tmp, 'd'))).toBe(false);
    expect((await run('viewer', 'serve', '--port', '70000', '--out', join(tmp, 'a'))).code).toBe(1);
    expect((await run('viewer')).code).toBe(1);
  });
});

describe.skipIf(!haveChromium)('viewer in Chromium, on the bundled corpus', () => {
  let tmp: string;
  /** The site of the bundled corpus, the fixture corpus, and the fixture with an HTML payload. */
  let base: string;
  let fixtureBase: string;
  let hostileBase: string;
  let data: ViewerData;
  let closeServers: (() => Promise<void>)[] = [];
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  const cellOf = (ref: string, j = 'MX') => data.matrix.rows.find((r) => r.ref === ref)?.cells[j];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lexharmony-viewer-'));
    mkdirSync(shots, { recursive: true });
    await buildViewerBundle();
    const io = captureIo();
    const code = await main(['viewer', 'build', '--out', join(tmp, 'site')], io);
    expect(code, io.stderr).toBe(0);
    data = JSON.parse(readFileSync(join(tmp, 'site/data.json'), 'utf8')) as ViewerData;
    const served = await serveViewer(makeContext(io), { out: join(tmp, 'site'), port: 0 });
    closeServers.push(() => served.close());
    expect(io.stdout.trim()).toBe(served.url);
    base = served.url;
    // The fixture and hostile sites: `viewer serve` builds them, since their directories hold none.
    const fx = await serveViewer(makeContext(captureIo()), { out: join(tmp, 'fixture-site'), port: 0, corpus: fixture });
    closeServers.push(() => fx.close());
    fixtureBase = fx.url;
    const hostile = hostileCorpus(join(tmp, 'hostile-corpus'));
    const hx = await serveViewer(makeContext(captureIo()), { out: join(tmp, 'hostile-site'), port: 0, corpus: hostile });
    closeServers.push(() => hx.close());
    hostileBase = hx.url;
    browser = await launchChromium();
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    for (const close of closeServers) await close();
    closeServers = [];
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    if (page && !page.isClosed()) {
      expect(problems, problems.join('\n')).toEqual([]);
      await page.close();
    }
    problems = [];
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) problems.push(`off-site request: ${r.url()}`);
    });
    await page.goto(url);
    await page.waitForSelector('main h1');
    return page;
  }

  afterEach(async () => {
    await page?.close();
    expect(problems, problems.join('\n')).toEqual([]);
  });

  const WORDS = { full: 'full', 'full-as-assessed': 'full as far as assessed', conditional: 'conditional', partial: 'partial', none: 'no provision', 'not-assessed': 'not assessed', 'not-applicable': 'not applicable' };

  it('opens the matrix, and a click on Art. 2 for Mexico shows CPF 211 bis 1 with its translation labelled', async () => {
    const cell = cellOf('coe-ets-185/art-2')!;
    const cited = cell.provisions.find((p) => p.startsWith('mx-cpf/art-211-bis-1'));
    expect(cited, 'the bundled assessment cites CPF 211 Bis 1 for Art. 2').toBeDefined();
    await open(`${base}#/matrix`);
    expect(await page.locator('table.matrix thead').innerText()).toContain('Mexico');
    // Status as a symbol and a word, not colour alone.
    const a = page.locator('a.cell[data-ref="coe-ets-185/art-2"][data-col="MX"]');
    expect(await a.innerText()).toBe(`${cell.symbol} ${WORDS[cell.status]}`);
    expect(await page.locator('.legend').innerText()).toContain('not assessed');
    await page.screenshot({ path: join(shots, 'matrix.png'), fullPage: true });

    await a.click();
    await page.waitForURL(/#\/article\/coe-ets-185\/art-2\/MX$/);
    const national = page.locator('section.national');
    await expect.poll(() => national.innerText()).toContain(data.provisions[cited!]!.text);
    const block = page.locator(`.provision[data-provision="${cited}"]`);
    expect(await block.locator('h3').innerText()).toContain('211 Bis 1');
    expect(await block.locator('.official .label').first().innerText()).toMatch(/official text \(es\)/i);
    const translation = data.provisions[cited!]!.translations.find((t) => !t.official)!;
    expect(await block.locator('.unofficial .label').innerText()).toBe(`Unofficial translation (en), by ${translation.by}`.toUpperCase());
    expect(await block.locator('.unofficial').getAttribute('lang')).toBe('en');
    expect(await block.locator('.official').first().getAttribute('lang')).toBe('es');
    // Requirements highlighted in the reference text; every finding with its rationale.
    expect(await page.locator('mark.req').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('section.findings tbody tr').count()).toBe(cell.findings.length);
    for (const f of cell.findings) if (f.rationale) expect(await page.locator('section.findings').innerText()).toContain(f.rationale.en!.slice(0, 40));
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
  });

  it('opens an article detail straight from its permalink, and a provision with what cites it', async () => {
    await open(`${base}#/article/coe-ets-185/art-2/MX`);
    expect(await page.locator('main h1').innerText()).toBe('Art. 2 Illegal access');
    expect(await page.locator('section.national').innerText()).toContain('Al que sin autorización conozca o copie información');
    await open(`${base}#/provision/mx-cpf/art-211-bis-1.p-2`);
    expect(await page.locator('main').innerText()).toContain('Art. 2 Illegal access');
    await page.screenshot({ path: join(shots, 'provision.png'), fullPage: true });
  });

  it('searches "interceptacion" (no accent) and reaches Art. 3', async () => {
    await open(`${base}#/search`);
    await page.locator('#q').pressSequentially('interceptacion');
    await expect.poll(() => page.url()).toContain('#/search?q=interceptacion');
    const art3 = page.locator('.results li a[href="#/article/coe-ets-185/art-3"]').first();
    await expect.poll(() => art3.count()).toBe(1);
    const rank = await page.locator('.results li a').evaluateAll((as) => as.findIndex((a) => a.getAttribute('href') === '#/article/coe-ets-185/art-3'));
    // The comparators' offences headed "Interceptación de datos informáticos" may rank above the article.
    expect(rank).toBeLessThan(5);
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });
    await art3.click();
    await page.waitForURL(/#\/article\/coe-ets-185\/art-3$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Art. 3 Illegal interception');
  });

  it('switches the interface to Spanish, and keeps it on reload', async () => {
    await open(`${base}#/matrix`);
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('header nav').innerText()).toContain('Matriz de brechas');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-2"][data-col="MX"]').innerText()).toMatch(/completo|condicional|parcial|sin disposición|no evaluado|no aplica/);
    await page.reload();
    await page.waitForSelector('main h1');
    expect(await page.locator('main h1').innerText()).toContain('Matriz de brechas');
    await page.screenshot({ path: join(shots, 'matrix-es.png') });
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('header nav').innerText()).toContain('Gap matrix');
  });

  it('shows a column for every assessed jurisdiction: Mexico and the comparators Argentina, Colombia, Spain and Peru', async () => {
    const assessed = ['AR', 'CO', 'ES', 'MX', 'PE'];
    expect(data.matrix.columns.map((c) => c.key).sort()).toEqual(assessed);
    expect(data.jurisdictions.filter((j) => j.assessed).map((j) => j.code).sort()).toEqual(assessed);
    await open(`${base}#/matrix`);
    const head = await page.locator('table.matrix thead').innerText();
    for (const name of ['Mexico', 'Argentina', 'Colombia', 'Spain', 'Peru']) expect(head).toContain(name);
    const first = data.matrix.rows[0]!.ref;
    expect((await page.locator(`a.cell[data-ref="${first}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('data-col')))).sort()).toEqual(assessed);
  });

  it('moves through the matrix by keyboard alone and opens a detail with Enter', async () => {
    const rows = data.matrix.rows;
    // The grid's first and last columns: Control+End goes to the last cell of the grid.
    const col = data.matrix.columns[0]!.key;
    const last = data.matrix.columns.at(-1)!.key;
    await open(`${base}#/matrix`);
    const focused = async () => {
      const el = page.locator(':focus');
      if ((await el.count()) === 0) return '';
      const [ref, col] = await Promise.all([el.getAttribute('data-ref'), el.getAttribute('data-col')]);
      return ref ? `${ref}|${col}` : await el.evaluate((e) => e.tagName);
    };
    // Tab from the top until the grid takes focus: a single tab stop for the whole grid.
    let tabs = 0;
    while (!(await focused()).includes('|') && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focused()).toBe(`${rows[0]!.ref}|${col}`);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(`${rows[1]!.ref}|${col}`);
    expect(await page.locator('a.cell[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(`${rows[1]!.ref}|${col}`);
    await page.keyboard.press('Control+End');
    expect(await focused()).toBe(`${rows.at(-1)!.ref}|${last}`);
    await page.keyboard.press('Control+Home');
    expect(await focused()).toBe(`${rows[0]!.ref}|${col}`);
    await page.keyboard.press('PageDown');
    expect(await focused()).toBe(`${rows[10]!.ref}|${col}`);
    // Leaving the grid and coming back lands on the cell last focused.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`${rows[10]!.ref}|${col}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/article/${rows[10]!.ref}/${col}$`));
    await expect.poll(() => page.locator('main h1').innerText()).toBe(`Art. ${rows[10]!.number} ${rows[10]!.heading}`);
  });

  it('filters the matrix by chapter and status, in the URL', async () => {
    const hidden = new Set(['not-applicable', 'not-assessed']);
    // A row stays while any of its cells has a status shown; it keeps all its cells.
    const cols = data.matrix.columns.map((c) => c.key);
    const shown = data.matrix.rows.filter((r) => cols.some((c) => !hidden.has(r.cells[c]!.status)));
    await open(`${base}#/matrix`);
    await page.locator('input[value="not-applicable"]').uncheck();
    await page.locator('input[value="not-assessed"]').uncheck();
    expect(await page.locator('a.cell').count()).toBe(shown.length * cols.length);
    expect(page.url()).toContain('status=');
    await open(page.url());
    expect(await page.locator('a.cell').count()).toBe(shown.length * cols.length);
    await page.locator('#f-chapter').selectOption('coe-ets-185/ch-ii');
    expect(await page.locator('a.cell').count()).toBe(shown.filter((r) => r.group === 'coe-ets-185/ch-ii' || r.group.startsWith('coe-ets-185/ch-ii.')).length * cols.length);
    expect(page.url()).toContain('chapter=coe-ets-185%2Fch-ii');
  });

  it('marks stale findings and keeps "not assessed" apart from a gap', async () => {
    await open(`${fixtureBase}#/matrix`);
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-3"]').innerText()).toContain('stale');
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-4"]').innerText()).toContain('not assessed');
    await open(`${fixtureBase}#/article/coe-ets-185/art-4/MX`);
    expect(await page.locator('main').innerText()).toContain('This is not a gap');
  });

  it('shows strategies and treaty status', async () => {
    const taxonomy = data.strategies.taxonomy!;
    const row = taxonomy.rows.find((r) => Object.values(r.cells).some((e) => e.length > 0))!;
    const col = taxonomy.columns.findIndex((c) => (row.cells[c.instrument] ?? []).length > 0);
    await open(`${base}#/strategies`);
    const table = page.locator('table.strategy-matrix').first();
    expect(await table.locator('thead').innerText()).toContain(taxonomy.columns[0]!.country);
    expect(await page.locator('.study-named').count()).toBeGreaterThan(0);
    expect(await page.locator('.study-candidate').count()).toBeGreaterThan(0);
    const cell = table.locator('tbody tr').nth(taxonomy.rows.indexOf(row)).locator('td').nth(col);
    await cell.locator('summary').click();
    expect(await cell.locator('q').first().innerText()).toBe(row.cells[taxonomy.columns[col]!.instrument]![0]!.quote);
    await page.screenshot({ path: join(shots, 'strategies.png'), fullPage: true });
    await open(`${base}#/treaties`);
    for (const j of data.jurisdictions) expect(await page.locator(`#c-${j.code}`).count(), j.code).toBe(1);
    expect(await page.locator('#c-MX').innerText()).toContain('Mexico');
    await page.screenshot({ path: join(shots, 'treaties.png'), fullPage: true });
  });

  it('renders corpus text holding HTML as text, and runs none of it', async () => {
    await open(`${hostileBase}#/article/coe-ets-185/art-2/MX`);
    const national = page.locator('section.national');
    await expect.poll(() => national.innerText()).toContain(PAYLOAD);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await open(`${hostileBase}#/provision/mx-cpf/art-211-bis-1`);
    expect(await page.locator('main h1').innerText()).toContain(PAYLOAD);
    await open(`${hostileBase}#/search?q=authorisation`);
    await expect.poll(() => page.locator('.results').innerText()).toContain('211 Bis 1');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('answers an unknown route with a way back', async () => {
    await open(`${base}#/nowhere`);
    expect(await page.locator('main h1').innerText()).toBe('404');
    await page.locator('main a').click();
    await page.waitForURL(/#\/matrix$/);
  });
});
