/// <reference lib="dom" />
/**
 * The viewer in a real browser: built with `lexharmony viewer build`, served by the `viewer serve`
 * code on 127.0.0.1, driven by Chromium through playwright-core. Screenshots go to test-results/viewer/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ViewerData } from '../packages/viewer/src/node/index.js';
import { joinData, PART_NAMES, type Parts, type SiteShell } from '../packages/viewer/src/shared/split.js';
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

/** RFC 4180 records, as a spreadsheet reads them back. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), out.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), out.push(row);
  return out;
}

/** The data of a built site, read back from data.json and its parts as the browser joins them. */
function siteData(dir: string): ViewerData {
  const shell = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')) as SiteShell;
  const parts = Object.fromEntries(PART_NAMES.map((name) => [name, JSON.parse(readFileSync(join(dir, shell.parts[name].file), 'utf8'))])) as Parts;
  return joinData(shell, parts);
}

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
    for (const file of ['data.json', 'data-texts.json', 'data-strategies.json', 'data-search.json']) expect(readFileSync(join(tmp, 'b', file)), file).toEqual(readFileSync(join(tmp, 'a', file)));
    // data.json holds what the first render needs; the texts, strategies and search records are its parts.
    const shell = JSON.parse(readFileSync(join(tmp, 'a/data.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['provisions', 'articles', 'strategies', 'search']) expect(shell, key).not.toHaveProperty(key);
    expect(siteData(join(tmp, 'a')).provisions['mx-cpf/art-211-bis-1']?.text).toContain('Al que sin autorización conozca o copie información');
  });

  it('serve rebuilds a site made from another corpus, and says why; the same corpus is served as built', async () => {
    const dir = join(tmp, 'served');
    expect((await run('viewer', 'build', '--corpus', fixture, '--out', dir, '--date', '2026-11-27')).code).toBe(0);
    const same = captureIo();
    const a = await serveViewer(makeContext(same), { out: dir, port: 0, corpus: fixture });
    await a.close();
    expect(same.stderr).not.toMatch(/built/);
    const other = captureIo();
    const b = await serveViewer(makeContext(other), { out: dir, port: 0 });
    await b.close();
    expect(other.stderr).toMatch(/built .*: the corpus changed \(site sha256:\w+, corpus sha256:\w+\)/);
    expect(siteData(dir).matrix.columns.length).toBeGreaterThan(1);
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
  let problems: string[] = [];

  const cellOf = (ref: string, j = 'MX') => data.matrix.rows.find((r) => r.ref === ref)?.cells[j];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lexharmony-viewer-'));
    mkdirSync(shots, { recursive: true });
    await buildViewerBundle();
    const io = captureIo();
    const code = await main(['viewer', 'build', '--out', join(tmp, 'site')], io);
    expect(code, io.stderr).toBe(0);
    data = siteData(join(tmp, 'site'));
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

  /** Closes the page, failing on the problems it saw; a prefetch that closing cuts short is not the viewer's problem. */
  async function closePage(): Promise<void> {
    const seen = problems;
    problems = [];
    if (page && !page.isClosed()) await page.close();
    expect(seen, seen.join('\n')).toEqual([]);
  }

  async function open(url: string): Promise<Page> {
    await closePage();
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

  afterEach(closePage);

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
    await page.waitForURL(/#\/article\/coe-ets-185\/art-2\/MX\?lang=en$/);
    const national = page.locator('section.national');
    await expect.poll(() => national.innerText()).toContain(data.provisions[cited!]!.text);
    const block = page.locator(`.provision[data-provision="${cited}"]`);
    expect(await block.locator('h4').innerText()).toContain('211 Bis 1');
    expect(await block.locator('.official .label').first().innerText()).toMatch(/official text \(es\)/i);
    const translation = data.provisions[cited!]!.translations.find((t) => !t.official)!;
    expect(await block.locator('.unofficial .label').innerText()).toBe(`Unofficial translation (en), by ${translation.by}`.toUpperCase());
    expect(await block.locator('.unofficial').getAttribute('lang')).toBe('en');
    expect(await block.locator('.official').first().getAttribute('lang')).toBe('es');
    // Requirements highlighted in the reference text; every finding with its rationale.
    expect(await page.locator('mark.req').count()).toBeGreaterThanOrEqual(4);
    const findings = page.locator('.pane.national[data-jurisdiction="MX"] .finding');
    expect(await findings.count()).toBe(cell.findings.length);
    for (const f of cell.findings) if (f.rationale) expect(await page.locator('.pane.national[data-jurisdiction="MX"] section.findings').innerText()).toContain(f.rationale.en!.slice(0, 40));
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
  });

  it('says the reservations that would make a finding acceptable as alternatives: Mexico, Art. 6, in Spanish', async () => {
    await open(`${base}#/article/coe-ets-185/art-6/MX?lang=es`);
    const card = (e: string) => page.locator(`.pane.national[data-jurisdiction="MX"] .finding[data-requirement="coe-ets-185/art-6#${e}"]`);
    // Possession (e6): the reservation of 6.1.b alone or that of all of 6.1, either of them.
    await expect.poll(() => card('e6').innerText()).toContain('Aceptable con cualquiera de');
    expect(await card('e6').innerText()).toMatch(/\(no formulada\) o [^\n]*\(no formulada\)/);
    // Devices (e3): one reservation, said as before.
    const e3 = await card('e3').innerText();
    expect(e3).toContain('Aceptable con');
    expect(e3).not.toContain('cualquiera de');
  });

  it('draws the matrix from data.json alone; a view needing the texts waits for them, then shows them', async () => {
    // Hold back every part of the data: the matrix must not wait for them.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    problems = [];
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.route(/data-\w+\.json/, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await page.goto(`${base}#/matrix?lang=en`);
    await page.waitForSelector('table.matrix a.cell');
    expect(await page.locator('a.cell').count()).toBe(data.matrix.rows.length * data.matrix.columns.length);
    await page.evaluate(() => (location.hash = '#/article/coe-ets-185/art-2/MX?lang=en'));
    await expect.poll(() => page.locator('main .loading').count()).toBe(1);
    expect(await page.locator('section.national').count()).toBe(0);
    release();
    await expect.poll(() => page.locator('section.national').innerText()).toContain('Al que sin autorización conozca o copie información');
    expect(asked.sort()).toEqual(['/data-search.json', '/data-strategies.json', '/data-texts.json']);
    await page.unrouteAll({ behavior: 'wait' });
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
    const art3 = page.locator('.results li a[href="#/article/coe-ets-185/art-3?lang=en"]').first();
    await expect.poll(() => art3.count()).toBe(1);
    const rank = await page.locator('.results li a').evaluateAll((as) => as.findIndex((a) => a.getAttribute('href') === '#/article/coe-ets-185/art-3?lang=en'));
    // The comparators' offences headed "Interceptación de datos informáticos" may rank above the article.
    expect(rank).toBeLessThan(5);
    await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });
    await art3.click();
    await page.waitForURL(/#\/article\/coe-ets-185\/art-3\?lang=en$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Art. 3 Illegal interception');
  });

  it("opens in the browser's language, switches it, and keeps the choice on reload over the browser's", async () => {
    // A browser of its own: the choice it saves must not reach the other tests, whose browser speaks English.
    const shared = context;
    const spanish = await launchChromium({ locale: 'es-MX' });
    context = spanish.context;
    try {
      await open(`${base}#/matrix`);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      expect(await page.locator('main h1').innerText()).toContain('Matriz de brechas');
      expect(await page.locator('a.cell[data-ref="coe-ets-185/art-2"][data-col="MX"]').innerText()).toMatch(/pleno|condicional|parcial|sin disposición|no evaluado|no aplica/);
      await page.screenshot({ path: join(shots, 'matrix-es.png') });
      await page.locator('#lang-switch').click();
      await expect.poll(() => page.locator('header nav').innerText()).toContain('Gap matrix');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(page.url()).toContain('lang=en');
      // Reloaded without the language in its URL, the page keeps the reader's choice, not the browser's.
      await page.evaluate(() => history.replaceState(null, '', '#/matrix'));
      await page.reload();
      await page.waitForSelector('main h1');
      expect(await page.locator('main h1').innerText()).toContain('Gap matrix');
      // The URL says the language: a link with it opens in its own.
      await open(`${base}#/matrix?lang=es`);
      expect(await page.locator('html').getAttribute('lang')).toBe('es');
      await page.locator('#lang-switch').click();
      await expect.poll(() => page.locator('header nav').innerText()).toContain('Gap matrix');
    } finally {
      context = shared;
      await closePage().finally(() => spanish.close());
    }
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
    await page.waitForURL(new RegExp(`#/article/${rows[10]!.ref}/${col}\\?lang=en$`));
    await expect.poll(() => page.locator('main h1').innerText()).toBe(`Art. ${rows[10]!.number} ${rows[10]!.headings.en}`);
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

  it('chooses the columns of the matrix: Mexico and Argentina only, in the URL', async () => {
    await open(`${base}#/matrix`);
    for (const c of data.matrix.columns) if (!['MX', 'AR'].includes(c.jurisdiction)) await page.locator(`input[name="col"][value="${c.key}"]`).uncheck();
    expect((await page.locator('table.matrix thead th[data-col]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-col')))).sort()).toEqual(['AR', 'MX']);
    expect(await page.locator('a.cell[data-col="CO"]').count()).toBe(0);
    expect(page.url()).toContain('cols=AR%2CMX');
    await open(page.url());
    expect(await page.locator('table.matrix thead th[data-col]').count()).toBe(2);
    await page.screenshot({ path: join(shots, 'matrix-mx-ar.png') });
  });

  it('opens Art. 2 for Mexico and Argentina side by side, each with its provisions and findings', async () => {
    await open(`${base}#/article/coe-ets-185/art-2/MX`);
    await page.locator('nav.jurisdictions a[data-jurisdiction="AR"]').click();
    await page.waitForURL(/#\/article\/coe-ets-185\/art-2\/AR,MX\?lang=en$/);
    const panes = page.locator('.pane.national');
    await expect.poll(() => panes.count()).toBe(2);
    for (const j of ['MX', 'AR']) {
      const cell = cellOf('coe-ets-185/art-2', j)!;
      const pane = page.locator(`.pane.national[data-jurisdiction="${j}"]`);
      expect(await pane.locator('.finding').count(), j).toBe(cell.findings.length);
      expect(await pane.locator('.provision').count(), j).toBeGreaterThan(0);
    }
    expect(await page.locator('section.reference').innerText()).toContain('Each Party shall adopt');
    await page.screenshot({ path: join(shots, 'article-mx-ar.png'), fullPage: true });
  });

  it('opens two strategies side by side by taxonomy area, with their quotes', async () => {
    const taxonomy = data.strategies.taxonomy!;
    const [a, b] = ['mx-encs-2017', 'es-ncss-2013'];
    await open(`${base}#/strategies`);
    // The column header opens the strategy in the viewer, not an outside page.
    expect(await page.locator(`table.strategy-matrix th[data-strategy="${a}"] a`).first().getAttribute('href')).toMatch(/^#\/strategies\?pick=/);
    await page.locator(`nav.picker a[data-strategy="${a}"]`).click();
    await page.locator(`nav.picker a[data-strategy="${b}"]`).click();
    await expect.poll(() => page.locator('.strategy-compare-table thead th[data-strategy]').count()).toBe(2);
    const quotes = taxonomy.rows.flatMap((r) => [...(r.cells[a] ?? []), ...(r.cells[b] ?? [])].map((e) => e.quote));
    const shown = await page.locator('.strategy-compare-table q').allInnerTexts();
    expect(shown.sort()).toEqual(quotes.sort());
    // Strategy lines are titled by their own structure and labelled by what they are.
    expect(await page.locator('.strategy-compare-table').innerText()).toContain('Objetivo estratégico');
    await page.screenshot({ path: join(shots, 'strategies-side-by-side.png'), fullPage: true });
    await open(`${base}#/provision/mx-encs-2017/obj-4`);
    expect(await page.locator('.text.secondary .label').innerText()).toMatch(/^SECONDARY QUOTE \(ES\)/);
    for (const label of await page.locator('.text .label').allInnerTexts()) expect(label).not.toMatch(/^OFFICIAL TEXT/);
    await open(`${base}#/provision/es-ncss-2013/obj-general`);
    expect(await page.locator('.text.official .label').first().innerText()).toBe('OFFICIAL TEXT (ES)');
    expect(await page.locator('.text.official[lang="es"]').first().innerText()).toContain('Lograr que España haga un uso seguro');
  });

  it('draws each jurisdiction\'s profile by part of the treaty, with the same numbers in its table', async () => {
    await open(`${base}#/matrix?cols=MX,AR&lang=en`);
    const section = page.locator('section.profiles');
    await expect.poll(() => section.locator('figure.profile').count()).toBe(2);
    expect(await section.locator('figure.profile').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-jurisdiction')))).toEqual(['AR', 'MX']);
    expect(await section.locator('svg[role="img"]').first().getAttribute('aria-labelledby')).toMatch(/profile-h/);
    // Counted here from the matrix: articles of Section 1 of Chapter II (substantive criminal law) that Mexico meets in full.
    const sec1 = data.matrix.rows.filter((r) => r.group.startsWith('coe-ets-185/ch-ii.sec-1'));
    const full = sec1.filter((r) => r.cells.MX!.status === 'full').length;
    const row = section.locator('table.chart-data tbody tr').filter({ hasText: 'Substantive criminal law' }).filter({ hasText: 'Mexico' });
    expect(await row.count()).toBe(1);
    // The table sits in a closed disclosure: read its text, not what is rendered.
    const header = await section.locator('table.chart-data thead th').allTextContents();
    const cells = await row.locator('td').allTextContents();
    expect(cells[header.indexOf('full') - 1]).toBe(String(full));
    expect(cells.at(-1)).toBe(String(sec1.length));
    // The final clauses ask nothing of national law: no part of them is drawn.
    expect(await section.locator('table.chart-data').textContent()).not.toMatch(/Final provisions/i);
  });

  it('draws strategy coverage by taxonomy area, for all the strategies or those picked', async () => {
    const taxonomy = data.strategies.taxonomy!;
    const covering = (ref: string, among: string[]) => among.filter((id) => (taxonomy.rows.find((r) => r.ref === ref)!.cells[id] ?? []).length > 0).length;
    const all = taxonomy.columns.map((c) => c.instrument);
    await open(`${base}#/strategies?lang=en`);
    const chart = page.locator('section.strategy-coverage');
    expect(await chart.locator('svg[role="img"] rect.bar:not(.track)').count()).toBeGreaterThan(0);
    for (const r of taxonomy.rows.filter((x) => x.depth === 0)) expect(await chart.locator(`tr[data-area="${r.ref}"] td[data-count]`).getAttribute('data-count'), r.ref).toBe(String(covering(r.ref, all)));
    const picked = ['mx-encs-2017', 'es-ncss-2013'];
    await open(`${base}#/strategies?pick=${picked.join(',')}&lang=es`);
    const area = taxonomy.rows.find((r) => r.depth === 0)!;
    expect(await page.locator(`section.strategy-coverage tr[data-area="${area.ref}"] td[data-count]`).textContent()).toBe(`${covering(area.ref, picked)} de 2`);
  });

  it('opens a strategy cell\'s quotes without widening its column', async () => {
    await open(`${base}#/strategies`);
    const td = page.locator('table.strategy-matrix td.linked').first();
    const before = (await td.boundingBox())!.width;
    await td.locator('summary').click();
    expect(await td.locator('q').first().isVisible()).toBe(true);
    expect(Math.abs((await td.boundingBox())!.width - before)).toBeLessThan(1);
  });

  it('exports the matrix on screen as csv, which reads back as the grid shows it', async () => {
    await open(`${base}#/matrix?cols=MX,AR&status=partial,none`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const records = parseCsv(text);
    const header = records.findIndex((r) => r[0] === 'Art.');
    expect(header).toBeGreaterThan(0);
    const cols = records[header]!;
    const rows = records.slice(header + 1).filter((r) => r.length > 1);
    const gridRefs = await page.locator('a.cell[data-col="MX"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-ref')));
    expect(rows.length).toBe(gridRefs.length);
    // The columns chosen, and only those, between the article's heading and its chapter.
    expect(cols.slice(cols.indexOf('Heading') + 1, cols.indexOf('Chapter'))).toEqual(['Argentina', 'Mexico']);
    const mx = cols.indexOf('Mexico');
    for (const [i, ref] of gridRefs.entries()) {
      const row = data.matrix.rows.find((r) => r.ref === ref)!;
      expect(rows[i]![0]).toBe(row.number);
      expect(rows[i]![mx]).toBe(`${cellOf(ref!, 'MX')!.symbol} ${WORDS[cellOf(ref!, 'MX')!.status]}`);
    }
    // The site also carries the whole matrix as `lexharmony gaps` writes it.
    const xlsx = await page.request.get(`${base}lexharmony-gaps-es.xlsx`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('cites a view: the URL, opened in a new page, shows the same view in the same language', async () => {
    await open(`${base}#/article/coe-ets-185/art-2/MX,AR?lang=es`);
    await page.locator('#cite summary').click();
    // The citation is written once the view's data has arrived, which can be after the click on a busy machine.
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement | HTMLTextAreaElement>('#citation')?.value ?? '') !== '');
    const citation = await page.locator('#citation').inputValue();
    expect(citation).toContain(data.generated.corpus);
    expect(citation).toContain(data.generated.tool);
    expect(citation).toMatch(/Consultado el \d{4}-\d{2}-\d{2}/);
    const url = /https?:\/\/\S+/.exec(citation)![0];
    const h1 = await page.locator('main h1').innerText();
    const panes = await page.locator('.pane.national').count();
    await open(url);
    expect(await page.locator('main h1').innerText()).toBe(h1);
    expect(await page.locator('.pane.national').count()).toBe(panes);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('says a permalink of a jurisdiction without an assessment has none, and offers the assessed ones', async () => {
    await open(`${base}#/article/coe-ets-185/art-2/GB`);
    const notice = page.locator('.no-assessment');
    expect(await notice.innerText()).toMatch(/No assessment of United Kingdom \(GB\)/);
    expect(await notice.locator('a').count()).toBe(data.matrix.columns.length);
    expect(await page.locator('.pane.national').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'article-gb.png') });
  });

  it('follows the URL on the search view: Back restores the previous query and its results', async () => {
    await open(`${base}#/search?q=interceptacion`);
    await expect.poll(() => page.locator('.results .count').getAttribute('data-query')).toBe('interceptacion');
    const first = await page.locator('.results li').first().getAttribute('data-ref');
    await page.locator('#q').fill('');
    await page.waitForTimeout(1100);
    await page.locator('#q').pressSequentially('zzzz');
    await expect.poll(() => page.url()).toContain('q=zzzz');
    await expect.poll(() => page.locator('.results .count').getAttribute('data-query')).toBe('zzzz');
    await page.goBack();
    await expect.poll(() => page.locator('#q').inputValue()).toBe('interceptacion');
    await expect.poll(() => page.locator('.results li').first().getAttribute('data-ref')).toBe(first);
    // A link to another query changes the results under the same view.
    await page.evaluate(() => (location.hash = '#/search?q=acceso%20ilicito&lang=en'));
    await expect.poll(() => page.locator('#q').inputValue()).toBe('acceso ilicito');
  });

  it('ranks "acceso ilicito" as `lexharmony search` does (the same first five)', async () => {
    const io = captureIo();
    expect(await main(['search', 'acceso ilicito', '--format', 'json', '--limit', '5'], io), io.stderr).toBe(0);
    const cli = (JSON.parse(io.stdout) as { results: { ref: string }[] }).results.map((r) => r.ref);
    expect(cli).toHaveLength(5);
    await open(`${base}#/search?q=acceso%20ilicito`);
    await expect.poll(() => page.locator('.results li').count()).toBeGreaterThanOrEqual(5);
    expect((await page.locator('.results li').evaluateAll((li) => li.map((l) => l.getAttribute('data-ref')))).slice(0, 5)).toEqual(cli);
  });

  const VIEWS = {
    matrix: '#/matrix',
    article: '#/article/coe-ets-185/art-2/MX',
    compare: '#/article/coe-ets-185/art-2/MX,AR,ES',
    provision: '#/provision/mx-cpf/art-211-bis-1',
    strategies: '#/strategies',
    'strategies-compare': '#/strategies?pick=mx-encs-2017,es-ncss-2013',
    treaties: '#/treaties',
    search: '#/search?q=acceso%20ilicito',
  };

  it('fits a 390 px phone on every view, in Spanish and English (wide tables scroll in their own box)', async () => {
    for (const lang of ['es', 'en']) {
      for (const [name, hash] of Object.entries(VIEWS)) {
        await open(`${base}${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${lang}`).toBeLessThanOrEqual(390);
        await page.screenshot({ path: join(shots, `phone-${name}-${lang}.png`) });
      }
    }
  });

  it('prints the content without the navigation, the language button or the filters', async () => {
    for (const hash of Object.values(VIEWS)) {
      await open(`${base}${hash}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header nav').isVisible(), hash).toBe(false);
      expect(await page.locator('#lang-switch').isVisible(), hash).toBe(false);
      expect(await page.locator('main h1').isVisible(), hash).toBe(true);
      if (hash === '#/matrix') expect(await page.locator('.filters').isVisible()).toBe(false);
    }
    await page.pdf({ path: join(shots, 'matrix-print.pdf') }).catch(() => undefined);
  });

  it('walks every view in Spanish: corpus content in Spanish where it exists, English only marked lang="en" and labelled', async () => {
    const englishHeadings = data.matrix.rows.filter((r) => r.headings.es && r.headings.es !== r.headings.en).map((r) => r.headings.en!);
    const englishLabels = Object.values(data.articles).flatMap((a) => a.requirements).filter((r) => r.label.es && r.label.en && r.label.es !== r.label.en && r.label.en.length >= 12).map((r) => r.label.en!);
    for (const [name, hash] of Object.entries(VIEWS)) {
      await open(`${base}${hash}${hash.includes('?') ? '&' : '?'}lang=es`);
      expect(await page.locator('html').getAttribute('lang'), name).toBe('es');
      // Text outside any lang="en" element: no English article heading, no English title of Mexican law.
      const spanishText = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.getElementById('app')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'en') out.push(n.textContent ?? '');
        return out.join('\n');
      });
      expect(spanishText, name).not.toContain('Federal Criminal Code');
      // The treaties by core's Spanish names (strategy lines quoting the English name are the strategies' own words).
      if (!name.startsWith('strategies')) expect(spanishText, name).not.toContain('Budapest Convention');
      for (const heading of englishHeadings) expect(spanishText, `${name}: ${heading}`).not.toMatch(new RegExp(`[Aa]rt\\. \\d+[a-z]?( —)? ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      for (const label of englishLabels) expect(spanishText, `${name}: the English requirement label "${label}"`).not.toContain(label);
      // Each element marked English is labelled: a text block (official text or translation) with its label, a marked fallback, or a title saying so.
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('#app [lang="en"]')]
          .filter((e) => !e.closest('.text') && !e.closest('.prose-fallback') && !e.closest('.prose-translation') && !e.hasAttribute('title') && !e.closest('[title]'))
          .map((e) => e.textContent?.slice(0, 60)),
      );
      expect(unlabelled, name).toEqual([]);
      await page.screenshot({ path: join(shots, `es-${name}.png`), fullPage: name !== 'matrix' });
    }
    // Art. 2 for Mexico: the Spanish treaty text with its elements highlighted, Spanish labels and reasons.
    await open(`${base}#/article/coe-ets-185/art-2/MX?lang=es`);
    expect(await page.locator('main h1').innerText()).toBe('Art. 2 Acceso ilícito');
    const reference = page.locator('section.reference .text');
    expect(await reference.getAttribute('lang')).toBe('es');
    expect(await reference.innerText()).toContain('Cada Parte adoptará las medidas legislativas');
    expect(await page.locator('section.reference mark.req').count()).toBeGreaterThanOrEqual(4);
    const art2 = data.articles['coe-ets-185/art-2']!;
    for (const r of art2.requirements) expect(await page.locator(`li[data-requirement="${r.ref}"]`).innerText()).toContain(r.label.es!);
    expect(await page.locator('.pane.national .reason').innerText()).toMatch(/pleno|condicional|parcial|solo|requisito|Convenio/);
  });

  it('explains, when opened from disk, that the folder must be served', async () => {
    const local = await context.newPage();
    await local.goto(`file://${join(tmp, 'site/index.html')}`);
    const text = await local.locator('main').innerText();
    await local.close();
    expect(text).toContain('lexharmony viewer serve --out');
    expect(text).toContain('file://');
  });

  it('answers an unknown route with a way back', async () => {
    await open(`${base}#/nowhere`);
    expect(await page.locator('main h1').innerText()).toBe('404');
    await page.locator('main a').click();
    await page.waitForURL(/#\/matrix\?lang=en$/);
  });
});
