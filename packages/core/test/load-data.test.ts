// loadCorpus from each source: a corpora directory ({ dir } or a string) and data in memory ({ data }), either the
// compiled corpus as @lexharmony/core/data exports it or plain corpus data. (The bundled, installed case is in
// test/pack.test.ts.)
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusDigest, gapMatrix, loadCorpus, loadCorpusData, type CompiledCorpus } from '@lexharmony/core';

const fixture = fileURLToPath(new URL('./fixtures/search-corpus', import.meta.url));

describe('loadCorpus', () => {
  it('reads a corpora directory named as a string or as { dir }', () => {
    const small = loadCorpusData(fixture);
    expect([...loadCorpus({ dir: fixture }).instruments.keys()]).toEqual(small.instruments.map((i) => i.meta.id));
    expect(corpusDigest(loadCorpus(fixture))).toBe(corpusDigest(small));
  });

  // The repository's corpus (from the sources, loadCorpus() reads corpora/).
  const data = loadCorpus().data;

  it('takes the compiled corpus in memory, as @lexharmony/core/data gives it', () => {
    const compiled: CompiledCorpus = { format: 'lexharmony-compiled-corpus', files: { 'corpus.json': JSON.parse(JSON.stringify(data)) } };
    const corpus = loadCorpus({ data: compiled });
    expect(corpusDigest(corpus)).toBe(corpusDigest(data));
    expect(JSON.stringify(gapMatrix(corpus, { jurisdictions: ['MX'], date: '2026-12-01' }))).toBe(JSON.stringify(gapMatrix(data, { jurisdictions: ['MX'], date: '2026-12-01' })));
  });

  it('takes plain corpus data', () => {
    expect(loadCorpus({ data }).data).toBe(data);
  });

  it('says which file a compiled corpus lacks', () => {
    expect(() => loadCorpus({ data: { format: 'lexharmony-compiled-corpus', files: {} } })).toThrow(/the compiled corpus has no file corpus\.json/);
  });
});
