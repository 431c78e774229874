// The jurisdictions of the bundled corpus: Mexico and the countries whose strategies Mexico studied
// (or plausibly studied) for its 2017 strategy, with their treaty events and where each comes from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lexharmony/core';
import { haveSources, sourcesDir } from '../../../test/support/sources.js';

const corpus = loadCorpus();
const all = [...corpus.jurisdictions.values()];

describe('jurisdictions', () => {
  it('holds Mexico, the thirteen countries of the strategies studied, and the comparators Argentina and Peru', () => {
    expect(all.map((j) => j.code).sort()).toEqual(['AR', 'AU', 'CA', 'CL', 'CO', 'DE', 'EE', 'ES', 'FR', 'GB', 'IL', 'JP', 'MX', 'NL', 'PE', 'US']);
  });

  it('names each in English and Spanish, and says which are federal', () => {
    for (const j of all) expect(Object.keys(j.names).sort(), j.code).toEqual(['en', 'es']);
    expect(all.filter((j) => j.federal).map((j) => j.code).sort()).toEqual(['AR', 'AU', 'CA', 'DE', 'MX', 'US']);
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

  it("records Argentina's reservations of Ley 27.411 as reservation requirements, each sourced in the law", () => {
    const ar = corpus.jurisdictions.get('AR')!;
    const refs = ar.positions.filter((p) => p.instrument === 'coe-ets-185').flatMap((p) => p.reservations);
    // One entry per reserved unit (Ley 27.411, art. 2): 6.1.b; 9.1.d, 9.2.b, 9.2.c; 9.1.e in part; 22.1.d; 29.4.
    expect(refs).toEqual(['coe-ets-185/art-6.p-3#r2', 'coe-ets-185/art-9.p-4#r2', 'coe-ets-185/art-9.p-4#r4', 'coe-ets-185/art-9.p-4#r5', 'coe-ets-185/art-9.p-4#r3', 'coe-ets-185/art-22.p-2#r4', 'coe-ets-185/art-29.p-4#r1']);
    for (const ref of refs) expect(corpus.requirements.get(ref)?.kind, ref).toBe('reservation');
    expect(ar.positions.flatMap((p) => p.declarations)).toEqual([]);
    for (const p of ar.positions) expect(p.source?.file).toBe('comparators/argentina/LEY-27411.md');
    // Argentina acceded (the law speaks of the instrument of accession): a Party, entry into force 1 October 2018.
    expect(ar.events.map((e) => [e.instrument, e.type, e.date ?? null, e.source.evidence])).toEqual([
      ['coe-ets-185', 'accession', null, 'unverified'],
      ['coe-ets-185', 'entry-into-force', '2018-10-01', 'verified'],
    ]);
  });

  it.skipIf(!haveSources)('finds every quoted word of an Argentine event or position note in the source file it names', () => {
    const ar = corpus.jurisdictions.get('AR')!;
    const sources = [...ar.events.map((e) => e.source), ...ar.positions.map((p) => p.source!)];
    let quotes = 0;
    for (const s of sources) {
      const text = readFileSync(join(sourcesDir, s.file!), 'utf8').replace(/\*/g, '').replace(/\s+/g, ' ');
      for (const m of (s.note ?? '').matchAll(/"([^"]+)"/g)) {
        quotes++;
        expect(text.includes(m[1]!.replace(/\s+/g, ' ')), m[1]).toBe(true);
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(7);
  });
});
