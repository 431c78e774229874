/**
 * The viewer in a real browser: built with `lexharmony viewer build`, served by the `viewer serve`
 * code on 127.0.0.1, driven by Chromium through playwright-core. Screenshots go to test-results/viewer/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/invalid date "2026-13-45"/);
    expect(existsSync(join(tmp, 'd'))).toBe(false);
    expect((await run('viewer', 'serve', '--port', '70000', '--out', join(tmp, 'a'))).code).toBe(1);
    expect((await run('viewer')).code).toBe(1);
  });
});

describe.skipIf(!haveChromium)('viewer in Chromium', () => {
  let tmp: string;
  let base: string;
  let hostileBase: string;
  let closeServers: (() => Promise<void>)[] = [];
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lexharmony-viewer-'));
    mkdirSync(shots, { recursive: true });
    await buildViewerBundle();
    const io = captureIo();
    const code = await main(['viewer', 'build', '--corpus', fixture, '--out', join(tmp, 'site'), '--date', '2026-11-27'], io);
    expect(code, io.stderr).toBe(0);
    const served = await serveViewer(makeContext(io), { out: join(tmp, 'site'), port: 0 });
    closeServers.push(() => served.close());
    expect(io.stdout.trim()).toBe(served.url);
    base = served.url;
    // The hostile site: `viewer serve` builds it, since the directory holds none.
    const hostile = hostileCorpus(join(tmp, 'hostile-corpus'));
    const io2 = captureIo();
    const served2 = await serveViewer(makeContext(io2), { out: join(tmp, 'hostile-site'), port: 0, corpus: hostile });
    closeServers.push(() => served2.close());
    hostileBase = served2.url;
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

  it('opens the matrix, and a click on Art. 2 for Mexico shows CPF 211 bis 1 with its translation labelled', async () => {
    await open(`${base}#/matrix`);
    await expect.poll(() => page.locator('table.matrix').isVisible()).toBe(true);
    expect(await page.locator('table.matrix thead').innerText()).toContain('Mexico');
    // Status as a word and a symbol, not colour alone.
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-2"][data-col="MX"]').innerText()).toMatch(/◑\s*partial/);
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-3"]').innerText()).toContain('stale');
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-4"]').innerText()).toContain('not assessed');
    await page.screenshot({ path: join(shots, 'matrix.png'), fullPage: true });

    await page.locator('a.cell[data-ref="coe-ets-185/art-2"][data-col="MX"]').click();
    await page.waitForURL(/#\/article\/coe-ets-185\/art-2\/MX$/);
    const national = page.locator('section.national');
    await expect.poll(() => national.innerText()).toContain('Al que sin autorización conozca o copie información');
    expect(await national.locator('h3').first().innerText()).toContain('211 Bis 1');
    expect(await national.locator('.official .label').first().innerText()).toMatch(/official text \(es\)/i);
    expect(await national.locator('.unofficial .label').innerText()).toMatch(/unofficial translation \(en\), by lexharmony project \(unofficial\)/i);
    expect(await national.locator('.unofficial').getAttribute('lang')).toBe('en');
    // Requirements highlighted in the reference text, each finding with its rationale and confidence.
    expect(await page.locator('mark.req').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('section.findings tbody tr').count()).toBe(4);
    expect(await page.locator('section.findings').innerText()).toContain('By infringing security measures');
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
  });

  it('opens an article detail straight from its permalink', async () => {
    await open(`${base}#/article/coe-ets-185/art-2/MX`);
    expect(await page.locator('main h1').innerText()).toBe('Art. 2 Illegal access');
    expect(await page.locator('section.national').innerText()).toContain('Al que sin autorización conozca o copie información');
    await open(`${base}#/provision/mx-cpf/art-211-bis-1`);
    expect(await page.locator('main').innerText()).toContain('Art. 2 Illegal access');
  });

  it('searches "interceptacion" (no accent) and reaches Art. 3', async () => {
    await open(`${base}#/search`);
    await page.locator('#q').pressSequentially('interceptacion');
    const first = page.locator('.results li a').first();
    await expect.poll(() => first.innerText()).toBe('Art. 3 — Illegal interception');
    await expect.poll(() => page.url()).toContain('#/search?q=interceptacion');
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });
    await first.click();
    await page.waitForURL(/#\/article\/coe-ets-185\/art-3$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Art. 3 Illegal interception');
  });

  it('switches the interface to Spanish, and keeps it on reload', async () => {
    await open(`${base}#/matrix`);
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('header nav').innerText()).toContain('Matriz de brechas');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('a.cell[data-ref="coe-ets-185/art-2"]').innerText()).toContain('parcial');
    await page.reload();
    await page.waitForSelector('main h1');
    expect(await page.locator('main h1').innerText()).toContain('Matriz de brechas');
    await page.screenshot({ path: join(shots, 'matrix-es.png'), fullPage: true });
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('header nav').innerText()).toContain('Gap matrix');
  });

  it('moves through the matrix by keyboard alone and opens a detail with Enter', async () => {
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
    expect(await focused()).toBe('coe-ets-185/art-2|MX');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('coe-ets-185/art-3|MX');
    expect(await page.locator('a.cell[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('coe-ets-185/art-3|MX');
    await page.keyboard.press('Control+End');
    expect(await focused()).toBe('coe-ets-185/art-42|MX');
    await page.keyboard.press('Control+Home');
    expect(await focused()).toBe('coe-ets-185/art-2|MX');
    // Leaving the grid and coming back lands on the cell last focused.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('coe-ets-185/art-3|MX');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/article\/coe-ets-185\/art-3\/MX$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Art. 3 Illegal interception');
  });

  it('filters the matrix by chapter and status, in the URL', async () => {
    await open(`${base}#/matrix`);
    await page.locator('input[value="not-applicable"]').uncheck();
    await page.locator('input[value="not-assessed"]').uncheck();
    expect(await page.locator('a.cell').count()).toBe(2);
    expect(page.url()).toContain('status=');
    await open(page.url());
    expect(await page.locator('a.cell').count()).toBe(2);
    await page.locator('#f-chapter').selectOption({ label: 'Chapter IV: Final provisions' });
    expect(await page.locator('.grid-wrap').innerText()).toContain('No article matches');
  });

  it('shows strategies and treaty status', async () => {
    await open(`${base}#/strategies`);
    expect(await page.locator('table.strategy-matrix thead').first().innerText()).toContain('United Kingdom, 2011');
    expect(await page.locator('.study-candidate').count()).toBe(2);
    await page.locator('table.strategy-matrix summary').first().click();
    expect(await page.locator('table.strategy-matrix q').first().innerText()).toBe('The UK has ratified the Budapest Convention on cyber crime');
    await page.screenshot({ path: join(shots, 'strategies.png'), fullPage: true });
    await open(`${base}#/treaties`);
    expect(await page.locator('#c-MX').innerText()).toContain('Mexico');
    expect(await page.locator('main').innerText()).toContain('Invited to accede');
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
