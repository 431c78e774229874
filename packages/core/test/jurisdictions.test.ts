// The jurisdictions of the bundled corpus: Mexico and the countries whose strategies Mexico studied
// (or plausibly studied) for its 2017 strategy, with their treaty events and where each comes from.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lexharmony/core';

const corpus = loadCorpus();
const all = [...corpus.jurisdictions.values()];

describe('jurisdictions', () => {
  it('holds Mexico, the thirteen countries of the strategies studied, and the comparator Peru', () => {
    expect(all.map((j) => j.code).sort()).toEqual(['AU', 'CA', 'CL', 'CO', 'DE', 'EE', 'ES', 'FR', 'GB', 'IL', 'JP', 'MX', 'NL', 'PE', 'US']);
  });

  it('names each in English and Spanish, and says which are federal', () => {
    for (const j of all) expect(Object.keys(j.names).sort(), j.code).toEqual(['en', 'es']);
    expect(all.filter((j) => j.federal).map((j) => j.code).sort()).toEqual(['AU', 'CA', 'DE', 'MX', 'US']);
  });

  it('gives every event read in a source the URL of that source', () => {
    const read = all.flatMap((j) => j.events.filter((e) => e.source.evidence !== 'unverified').map((e) => [`${j.code} ${e.instrument} ${e.type}`, e.source.url] as const));
    expect(read.length).toBeGreaterThan(20);
    for (const [what, url] of read) expect(url, what).toMatch(/^https?:\/\//);
  });

  it('records each kind of treaty event at most once per instrument', () => {
    for (const j of all) {
      const keys = j.events.map((e) => `${e.instrument}:${e.type}`);
      expect(new Set(keys).size, j.code).toBe(keys.length);
    }
  });

  it('knows that Mexico is not a Party: observer, invited to accede, nothing signed', () => {
    const types = corpus.jurisdictions.get('MX')!.events.filter((e) => e.instrument === 'coe-ets-185').map((e) => e.type);
    expect(types).not.toContain('ratification');
    expect(types).not.toContain('accession');
    expect(types).toEqual(expect.arrayContaining(['observer', 'invited-to-accede']));
  });

  it("records Chile's Art. 40 declarations as requirement references", () => {
    const chile = corpus.jurisdictions.get('CL')!.positions.find((p) => p.instrument === 'coe-ets-185')!;
    expect(chile.declarations).toEqual(['coe-ets-185/art-2#d1', 'coe-ets-185/art-3#d1', 'coe-ets-185/art-7#d1']);
    for (const ref of chile.declarations) expect(corpus.requirements.get(ref)?.kind).toBe('declaration');
  });
});
