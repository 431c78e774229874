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
  }, 180_000);

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
