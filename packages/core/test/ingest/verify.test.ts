import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '@lexharmony/core';
import { canonical, formatProvisionsFile, ingest, nearest, selectProvisions, verifyCorpus } from '@lexharmony/core/ingest';
import { describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../../test/support/sources.js';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** A corpora directory with one Mexican instrument read from CPF.txt, and a strategy with no source file. */
async function makeCorpus(opts: { tamper?: boolean; badSha?: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'lh-verify-'));
  const src = join(sourcesDir, 'mexico/CPF.txt');
  writeFileSync(join(dir, 'jurisdictions.yaml'), 'jurisdictions:\n  - code: MX\n    names: { en: Mexico }\n    federal: true\n');
  mkdirSync(join(dir, 'instruments/mx-cpf'), { recursive: true });
  writeFileSync(
    join(dir, 'instruments/mx-cpf/instrument.yaml'),
    [
      'id: mx-cpf', 'kind: code', 'jurisdiction: MX', 'titles: { es: Código Penal Federal }', 'languages: [es]', 'version: Última reforma DOF 28-11-2025',
      'source:', '  url: https://www.diputados.gob.mx/LeyesBiblio/pdf/CPF.pdf', '  publisher: Cámara de Diputados', '  file: mexico/CPF.txt',
      `  sha256: "${opts.badSha ? '0'.repeat(64) : sha(src)}"`, '',
    ].join('\n'),
  );
  const r = await ingest(readFileSync(src), { format: 'txt', profile: 'mx-federal' });
  const kept = selectProvisions(r.provisions, ['art-211-bis-1', 'art-167', 'art-2'], 0);
  if (opts.tamper) {
    const p2 = kept.find((p) => p.id === 'art-211-bis-1')!.children[1]!;
    p2.text = p2.text.replace('conozca o copie', 'conozca, copie o borre');
  }
  writeFileSync(join(dir, 'instruments/mx-cpf/provisions.yaml'), formatProvisionsFile('mx-cpf', kept, 'yaml'));
  mkdirSync(join(dir, 'instruments/mx-encs-2017'), { recursive: true });
  writeFileSync(
    join(dir, 'instruments/mx-encs-2017/instrument.yaml'),
    'id: mx-encs-2017\nkind: strategy\njurisdiction: MX\ntitles: { es: Estrategia Nacional de Ciberseguridad }\nlanguages: [es]\nversion: "2017"\nsource:\n  url: https://www.gob.mx/\n  publisher: Gobierno de México\n',
  );
  return dir;
}

describe.skipIf(!haveSources)('verifyCorpus', () => {
  // Reads every official file the corpus names, PDFs included (pdf.js): seconds of CPU, not milliseconds.
  it('finds every text and quote of the repository corpus verbatim', async () => {
    const report = await verifyCorpus(loadCorpus(join(repoRoot, 'corpora')), sourcesDir);
    expect(report.issues).toEqual([]);
    expect(report.checked).toBeGreaterThan(500);
    expect(report.found).toBe(report.checked);
  }, 600_000); // a guard, not a target: minutes on a loaded machine with another worker beside it

  it('finds ingested Mexican provisions (paragraphs, fracciones) in the text extraction, page headers and annotations aside', async () => {
    const report = await verifyCorpus(loadCorpus(await makeCorpus({})), sourcesDir);
    expect(report.issues).toEqual([]);
    expect(report.found).toBeGreaterThan(10);
    expect(report.notVerifiable).toEqual(['mx-encs-2017']);
  }, 30_000);

  it('reports a changed word with its place in the corpus, the nearest source passage and the first differing word', async () => {
    const report = await verifyCorpus(loadCorpus(await makeCorpus({ tamper: true })), sourcesDir);
    const mismatches = report.issues.filter((i) => i.kind === 'mismatch');
    // Only the child was edited; the article's own text still matches.
    expect(mismatches.map((i) => i.subject)).toEqual(['provision mx-cpf/art-211-bis-1.p-2']);
    const m = mismatches[0]!;
    expect(m.origin?.file).toBe('instruments/mx-cpf/provisions.yaml');
    expect(m.origin?.line).toBeGreaterThan(1);
    expect(m.firstDifference).toEqual({ quote: 'conozca,', source: 'conozca' });
    expect(m.nearest).toContain('Al que sin autorización conozca o copie información');
  }, 30_000);

  it('reports a source whose sha256 differs from the instrument record', async () => {
    const report = await verifyCorpus(loadCorpus(await makeCorpus({ badSha: true })), sourcesDir);
    expect(report.issues.map((i) => i.kind)).toEqual(['sha256']);
  }, 30_000);

  it('reports a missing source file', async () => {
    const report = await verifyCorpus(loadCorpus(await makeCorpus({})), join(tmpdir(), 'no-such-sources'));
    expect(report.issues.map((i) => i.kind)).toEqual(['source-missing']);
  });
});

/** A corpora directory with ETS 185 as the repository holds it (English text, BOE translations), edited by `edit`. */
function treatyCorpus(edit: { provisions?: (yaml: string) => string; instrument?: (yaml: string) => string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'lh-verify-es-'));
  writeFileSync(join(dir, 'jurisdictions.yaml'), 'jurisdictions:\n  - code: MX\n    names: { en: Mexico }\n    federal: true\n');
  mkdirSync(join(dir, 'instruments/coe-ets-185'), { recursive: true });
  const from = (f: string) => readFileSync(join(repoRoot, 'corpora/instruments/coe-ets-185', f), 'utf8');
  writeFileSync(join(dir, 'instruments/coe-ets-185/instrument.yaml'), (edit.instrument ?? ((y) => y))(from('instrument.yaml')));
  writeFileSync(join(dir, 'instruments/coe-ets-185/provisions.yaml'), (edit.provisions ?? ((y) => y))(from('provisions.yaml')));
  return dir;
}

describe.skipIf(!haveSources)('verifyCorpus on official translations', () => {
  it("checks every BOE text, heading and structure title of ETS 185 against Spain's BOE file", async () => {
    const report = await verifyCorpus(loadCorpus(treatyCorpus()), sourcesDir);
    expect(report.issues).toEqual([]);
    expect(report.sources).toContainEqual({ instrument: 'coe-ets-185', file: 'budapest-convention/BOE-A-2010-14221-convenio-ciberdelincuencia.es.md', lang: 'es' });
    // The English paragraphs, and more Spanish ones (the Spanish preamble keeps its paragraphs), headings and titles.
    expect(report.checked).toBeGreaterThan(2 * 600);
  }, 60_000);

  it('reports a changed Spanish word as it reports an English one: the translation line, the nearest BOE passage, the first differing word', async () => {
    const dir = treatyCorpus({ provisions: (y) => y.replaceAll('los artículos 14 y 14.', 'los artículos 14 y 15.').replace('heading: Acceso ilícito', 'heading: Acceso no autorizado') });
    const report = await verifyCorpus(loadCorpus(dir), sourcesDir);
    const subjects = report.issues.map((i) => i.subject);
    // The heading of Art. 2; Art. 18 and its paragraph 2, which both hold the sentence.
    expect(subjects).toEqual(['heading (es) of coe-ets-185/art-2', 'translation (es) of coe-ets-185/art-18', 'translation (es) of coe-ets-185/art-18.p-2']);
    const m = report.issues[2]!;
    expect(m.kind).toBe('mismatch');
    expect(m.firstDifference).toEqual({ quote: '15.', source: '14.' });
    expect(m.nearest).toContain('están sujetos a lo dispuesto en los artículos 14 y 14.');
    const lines = readFileSync(join(dir, 'instruments/coe-ets-185/provisions.yaml'), 'utf8').split('\n');
    expect(m.origin?.file).toBe('instruments/coe-ets-185/provisions.yaml');
    expect(lines[m.origin!.line! - 1]).toBe('          - lang: es');
    expect(lines.slice(m.origin!.line!, m.origin!.line! + 1).join('')).toContain('artículos 14 y 15.');
  }, 60_000);

  it('refuses official translations whose language has no recorded source, and a source whose sha256 differs', async () => {
    const noSource = await verifyCorpus(loadCorpus(treatyCorpus({ instrument: (y) => y.replace(/\n {2}translations:\n(?: {4}.*\n| {6}.*\n| {8}.*\n)+/, '\n') })), sourcesDir);
    expect(noSource.issues.map((i) => [i.kind, i.message])).toEqual([['source-missing', expect.stringMatching(/coe-ets-185 holds \d+ official texts and quotes in "es" but source.translations names no file for "es"/)]]);
    const badSha = await verifyCorpus(loadCorpus(treatyCorpus({ instrument: (y) => y.replace('6cb80d53fa87c06ea4cbea8a2f62515876ed6c74624207e5c0b1c73b6ed98aef', `"${'0'.repeat(64)}"`) })), sourcesDir);
    expect(badSha.issues.map((i) => i.kind)).toEqual(['sha256']);
  }, 60_000);
});

describe('canonical and nearest', () => {
  it('normalise whitespace and hyphenated line breaks only', () => {
    expect(canonical(' a\u00a0 b\n\tc ')).toBe('a b c');
    expect(canonical('video- juegos')).toBe('video-juegos');
    expect(canonical('Estado- Nación')).toBe('Estado- Nación');
  });
  it('point at the first word that differs, before or after the anchor', () => {
    const h = 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce';
    expect(nearest(h, 'tres cuatro cinco SEIS siete')?.difference).toEqual({ quote: 'SEIS', source: 'seis' });
    expect(nearest(h, 'DOS tres cuatro cinco seis siete ocho nueve diez')?.difference).toEqual({ quote: 'DOS', source: 'dos' });
    expect(nearest(h, 'zzz yyy')).toBeUndefined();
  });
});
