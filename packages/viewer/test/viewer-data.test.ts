import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus, formatCite, loadCorpus, loadCorpusData, textHash, translator } from '@lexharmony/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndex } from '@lexharmony/core/search';
import { buildViewerData, resolveRequest, safeUrl, serveSite, type RunningServer } from '../src/node/index.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/corpus');
const corpus = loadCorpus(fixture);
const data = buildViewerData(corpus, { date: '2026-11-27' });

describe('buildViewerData', () => {
  it('holds the matrix of every assessed jurisdiction, with the article texts and requirements', () => {
    expect(data.matrix.columns.map((c) => c.jurisdiction)).toEqual(['MX']);
    const art2 = data.articles['coe-ets-185/art-2']!;
    expect(art2.texts[0]).toMatchObject({ lang: 'en', standing: 'authentic', heading: 'Illegal access' });
    expect(art2.texts[0]!.parts[0]!.text).toBe(corpus.provisions.get('coe-ets-185/art-2')!.provision.text);
    expect(art2.requirements.map((r) => r.ref)).toContain('coe-ets-185/art-2#e3');
    // Paragraphs are parts; a reservation hangs on its paragraph.
    const art4 = data.articles['coe-ets-185/art-4']!;
    expect(art4.texts[0]!.parts.map((p) => p.id)).toEqual(['art-4.p-1', 'art-4.p-2']);
    expect(art4.requirements.find((r) => r.kind === 'reservation')?.provision).toBe('art-4.p-2');
  });

  it('carries cited national provisions with their official text and labelled unofficial translation', () => {
    const p = data.provisions['mx-cpf/art-211-bis-1']!;
    expect(p.lang).toBe('es');
    expect(p.text).toContain('Al que sin autorización conozca o copie información');
    expect(p.translations).toEqual([expect.objectContaining({ lang: 'en', official: false, by: 'lexharmony project (unofficial)', stale: false })]);
    expect(p.history).toEqual(['Artículo adicionado DOF 17-05-1999']);
  });

  it('marks a translation of an earlier text: one that records another text\'s hash than the current one', () => {
    const own = loadCorpusData(fixture);
    const p = own.instruments.find((i) => i.meta.id === 'mx-cpf')!.provisions.find((x) => x.id === 'art-211-bis-1')!;
    p.translations[0]!.of = textHash(p.text);
    expect(buildViewerData(new Corpus(structuredClone(own)), { date: '2026-11-27' }).provisions['mx-cpf/art-211-bis-1']!.translations[0]!.stale).toBe(false);
    p.translations[0]!.of = textHash(`${p.text} (an earlier text)`);
    expect(buildViewerData(new Corpus(own), { date: '2026-11-27' }).provisions['mx-cpf/art-211-bis-1']!.translations[0]!.stale).toBe(true);
  });

  it('shows a reform annotation once, though it holds one history entry per date', () => {
    const bundled = buildViewerData(loadCorpus(), { date: '2026-11-27' });
    const cpf8 = bundled.provisions['mx-cpf/art-8']!;
    expect(loadCorpus().provisions.get('mx-cpf/art-8')!.provision.history.length).toBeGreaterThan(1);
    expect(cpf8.history).toEqual(['Artículo reformado DOF 13-01-1984, 10-01-1994']);
  });

  it('keeps "not assessed" apart from a gap, and marks a stale finding', () => {
    const row = (ref: string) => data.matrix.rows.find((r) => r.ref === ref)!.cells.MX!;
    expect(row('coe-ets-185/art-4').status).toBe('not-assessed');
    expect(row('coe-ets-185/art-3').stale).toBe(true);
    expect(row('coe-ets-185/art-2').stale).toBe(false);
  });

  it('holds the strategy matrices against the taxonomy and against Budapest, with quotes', () => {
    const { taxonomy, reference } = data.strategies;
    expect(taxonomy?.columns).toEqual([expect.objectContaining({ instrument: 'gb-ncss-2011', study: 'candidate' })]);
    expect(taxonomy?.rows.find((r) => r.ref === 'ncss/INTL')?.cells['gb-ncss-2011']).toEqual([
      expect.objectContaining({ provision: 'gb-ncss-2011/intl-1', quote: 'The UK has ratified the Budapest Convention on cyber crime' }),
    ]);
    expect(reference?.axis).toMatchObject({ kind: 'reference', id: 'coe-ets-185' });
    expect(reference?.rows.map((r) => r.ref)).toContain('coe-ets-185/art-2');
    expect(data.provisions['gb-ncss-2011/intl-1']?.text).toContain('The UK has ratified the Budapest Convention');
  });

  it("gives every provision of law it holds the parts core's one citation formatter reads", () => {
    for (const [ref, p] of Object.entries(data.provisions)) if (data.instruments[p.instrument]?.kind !== 'strategy') expect(data.matrix.cites[ref], ref).toBeDefined();
    const cite = (ref: string, lang: 'es' | 'en') => formatCite(data.matrix.cites[ref]!, translator(lang), { form: 'short' });
    expect(cite('mx-cpf/art-211-bis-1', 'es')).toBe('CPF, art. 211 Bis 1');
    expect(cite('mx-cpf/art-177', 'en')).toBe('CPF, art. 177');
  });

  it('orders treaty events by date and keeps only http(s) source links', () => {
    const gb = data.jurisdictions.find((j) => j.code === 'GB')!;
    expect(gb.events.map((e) => e.type)).toEqual(['signature', 'ratification']);
    expect(gb.assessed).toBe(false);
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
  });

  it('holds the treaty in Spanish from the official translation, and the requirements by language', () => {
    const bundled = buildViewerData(loadCorpus(), { date: '2026-11-27' });
    const art2 = bundled.articles['coe-ets-185/art-2']!;
    const es = art2.texts.find((x) => x.lang === 'es')!;
    const source = loadCorpus().provisions.get('coe-ets-185/art-2')!.provision.translations.find((x) => x.lang === 'es')!;
    expect(es).toMatchObject({ standing: 'official-translation', heading: source.heading, by: source.by });
    expect(es.parts.map((p) => p.text).join(' ')).toBe(source.text);
    // Every requirement quote of the article is found in the text of its language.
    for (const r of art2.requirements) for (const t of art2.texts) if (r.quote[t.lang]) expect(t.parts.map((p) => p.text).join(' '), `${r.ref} ${t.lang}`).toContain(r.quote[t.lang]);
    expect(art2.requirements.every((r) => r.label.es && r.label.en)).toBe(true);
    // The matrix is core's, language-neutral: headings by language, reasons as messages.
    const row = bundled.matrix.rows.find((r) => r.ref === 'coe-ets-185/art-2')!;
    expect(row.headings.es).toBe(source.heading);
    expect(row.cells.MX!.reason).toHaveProperty('key');
  });

  it('tells a strategy quoted from secondary sources from one with its own text', () => {
    const bundled = buildViewerData(loadCorpus(), { date: '2026-11-27' });
    expect(bundled.instruments['mx-encs-2017']!.secondary).toBeTruthy();
    expect(bundled.instruments['es-ncss-2013']!.secondary).toBeUndefined();
    expect(bundled.provisions['mx-encs-2017/obj-4']!.heading).toMatch(/^Objetivo estratégico 4/);
    expect(bundled.provisions['es-ncss-2013/obj-general']!.lang).toBe('es');
    expect(bundled.strategies.labels?.['ncss/LEG']?.es).toBeTruthy();
  });

  it('is plain JSON: the same corpus gives the same bytes', () => {
    expect(JSON.stringify(buildViewerData(corpus, { date: '2026-11-27' }))).toBe(JSON.stringify(data));
  });
});

describe('search over the records in data.json', () => {
  const json = JSON.parse(JSON.stringify(data.search)) as typeof data.search;
  const index = new SearchIndex(json.records, json.glossaries);
  const refs = (q: string) => index.search(q, { limit: 10 }).map((h) => h.ref);
  it('ranks as `lexharmony search` does: core\'s index over the same records and glossaries', () => {
    const cli = buildSearchIndex(corpus);
    for (const q of ['acceso ilicito', 'interceptacion', 'illegal access', 'mecanismo de seguridad']) {
      expect(refs(q), q).toEqual(cli.search(q, { limit: 10 }).map((r) => r.ref));
    }
  });
  it('finds Art. 3 from the Spanish term, with or without accents, in any case', () => {
    for (const q of ['interceptacion', 'INTERCEPTACIÓN', 'interceptación ilícita']) {
      expect(refs(q)[0], q).toMatch(/^coe-ets-185\/art-3(?:#|$)/);
    }
  });
  it('finds Spanish provisions from their words and English ones from the translation', () => {
    expect(refs('mecanismo de seguridad')).toContain('mx-cpf/art-211-bis-1');
    expect(refs('judicial authority')).toContain('mx-cpf/art-177');
  });
  it('tolerates a typo, and gives nothing for an empty or stop-word query', () => {
    expect(refs('ilegal acces')).toContain('coe-ets-185/art-2');
    expect(refs('   ')).toEqual([]);
    expect(refs('the of')).toEqual([]);
  });
  it('holds strategy provisions, each of which the viewer can open', () => {
    const strategy = index.records.filter((r) => r.kind === 'strategy');
    expect(strategy.map((r) => r.ref)).toContain('gb-ncss-2011/intl-1');
    for (const r of strategy) expect(data.provisions[r.ref], r.ref).toBeDefined();
  });
});

describe('serveSite', () => {
  let dir: string;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lexharmony-serve-'));
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site/index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'site/data.json'), '{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    server = await serveSite(join(dir, 'site'), 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) =>
    new Promise<{ status: number; type: string | undefined; body: string }>((ok, fail) => {
      // A raw path, not normalised by a URL parser, so that traversal attempts reach the server as sent.
      const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => ok({ status: res.statusCode!, type: res.headers['content-type'], body }));
      });
      req.on('error', fail);
      req.end();
    });

  it('listens on 127.0.0.1 and serves files with their content types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/data.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8', body: '{}' });
  });

  it('answers 404 for missing files and never leaves its directory', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/site/../../secret.txt', '/%00']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('outside');
    }
    expect(resolveRequest(join(dir, 'site'), '/../secret.txt')).toBeUndefined();
    expect(readFileSync(join(dir, 'secret.txt'), 'utf8')).toBe('outside');
  });
});
