import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, NotFoundError, type Provision } from '@lexharmony/core';
import { suggest, SuggestError, SUGGEST_NOTICE } from '@lexharmony/core/suggest';
import { haveSources, sourcesDir } from '../../../test/support/sources.js';

const corpus = loadCorpus(fileURLToPath(new URL('./fixtures/search-corpus', import.meta.url)));

describe('suggest over a CPF excerpt', () => {
  it('proposes CPF 211 bis 1 first for Budapest Art. 2, with the words that matched', () => {
    const r = suggest(corpus, 'coe-ets-185/art-2', { in: 'mx-cpf' });
    expect(r.candidates[0]!.ref).toBe('mx-cpf/art-211-bis-1');
    const access = r.candidates[0]!.matched.find((m) => m.concept === 'cybercrime-es-en:illegal-access');
    expect(access?.reference).toContain('illegal access');
    expect(access?.provision).toEqual(expect.arrayContaining(['sin autorización', 'conozca o copie']));
    expect(r.notice).toBe(SUGGEST_NOTICE);
    expect(r.reference).toMatchObject({ ref: 'coe-ets-185/art-2', kind: 'provision' });
  });

  it('counts nested glossary variants once', () => {
    const [first] = suggest(corpus, 'coe-ets-185/art-2', { in: 'mx-cpf' }).candidates;
    const system = first!.matched.find((m) => m.concept === 'cybercrime-es-en:computer-system');
    // "sistemas o equipos de informática" twice in the text, "equipos de informática" once in each
    // structure title: 4; counting "equipos de informática" inside the longer variant too would give 6.
    expect(system?.count).toBe(4);
  });

  it('proposes CPF 177 for Budapest Art. 3 (interception) and ranks it over provisions that share only common words', () => {
    const r = suggest(corpus, 'coe-ets-185/art-3', { in: 'mx-cpf' });
    expect(r.candidates[0]!.ref).toBe('mx-cpf/art-177');
    expect(r.candidates.map((c) => c.ref).indexOf('mx-cpf/art-202')).toBeGreaterThan(0);
  });

  it('takes a requirement as reference', () => {
    const r = suggest(corpus, 'coe-ets-185/art-2#e4', { in: 'mx-cpf' }, { limit: 3 });
    expect(r.reference.kind).toBe('requirement');
    expect(r.candidates).toHaveLength(3);
    expect(r.candidates.every((c) => c.matched.some((m) => m.provision.includes('sin autorización') || m.provision.includes('indebidamente')))).toBe(true);
  });

  it('looks in provisions given directly, under the instrument name given', () => {
    const provisions = corpus.instruments.get('mx-cpf')!.provisions.filter((p: Provision) => p.id !== 'art-211-bis-1');
    const r = suggest(corpus, 'coe-ets-185/art-2', { provisions, instrument: 'cpf' });
    expect(r.scope).toBe('cpf');
    expect(r.candidates[0]!.ref).toMatch(/^cpf\/art-211-bis-[24]$/);
  });

  it('says what is wrong with a reference, a scope or a limit', () => {
    expect(() => suggest(corpus, 'coe-ets-185/art-99', { in: 'mx-cpf' })).toThrow(NotFoundError);
    expect(() => suggest(corpus, 'coe-ets-185/art-2', { in: 'mx-nope' })).toThrow(/no instrument "mx-nope"/);
    expect(() => suggest(corpus, 'coe-ets-185/art-2', { provisions: [] })).toThrow(SuggestError);
    expect(() => suggest(corpus, 'coe-ets-185/art-2', { in: 'mx-cpf' }, { limit: -1 })).toThrow(SuggestError);
  });
});

// With the official CPF and the ingest readers: Art. 2 against the whole code, read on the fly.
type IngestApi = {
  ingest(data: Uint8Array, o: { format: string; profile: string; file?: string }): Promise<{ provisions: Provision[] }>;
  formatOf(file: string): string | undefined;
};
const ingestApi = (await import('@lexharmony/core/ingest')) as unknown as Partial<IngestApi>;
const haveIngest = typeof ingestApi.ingest === 'function' && typeof ingestApi.formatOf === 'function';
if (haveSources && !haveIngest) console.warn('[lexharmony tests] @lexharmony/core/ingest has no ingest() yet: suggest over the official CPF skipped.');
describe.skipIf(!haveSources || !haveIngest)('suggest over the official CPF text', () => {
  it('puts 211 bis 1 in the top three for Budapest Art. 2', async () => {
    const file = join(sourcesDir, 'mexico/CPF.txt');
    const { provisions } = await ingestApi.ingest!(readFileSync(file), { format: ingestApi.formatOf!(file)!, profile: 'mx-federal', file });
    const r = suggest(corpus, 'coe-ets-185/art-2', { provisions, instrument: 'mx-cpf' }, { limit: 3 });
    expect(r.candidates.map((c) => c.ref)).toContain('mx-cpf/art-211-bis-1');
  });
});
