// Treaty facts of the comparators Colombia, Peru and Spain: each event with the source it rests on,
// Spain's as read in the BOE instrument of ratification, Colombia's and Peru's no surer than the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, standing } from '@lexharmony/core';
import { words } from '@lexharmony/core/engine';
import { haveSources, repoRoot, sourcesDir } from '../../../test/support/sources.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));
const ets185 = (code: string) => corpus.jurisdictions.get(code)!.events.filter((e) => e.instrument === 'coe-ets-185');

describe('comparator treaty positions', () => {
  it("reads Spain's signature, ratification and entry into force in the BOE", () => {
    expect(ets185('ES').map((e) => [e.type, e.date, e.source.evidence])).toEqual([
      ['signature', '2001-11-23', 'verified'],
      ['ratification', '2010-06-03', 'verified'],
      ['entry-into-force', '2010-10-01', 'verified'],
    ]);
    for (const e of ets185('ES')) expect(e.source.url).toBe('https://www.boe.es/eli/es/ai/2001/11/23/(1)');
  });

  it.skipIf(!haveSources)('finds those dates in the BOE file as it prints them', () => {
    const boe = readFileSync(join(sourcesDir, 'budapest-convention/BOE-A-2010-14221-convenio-ciberdelincuencia.es.md'), 'utf8');
    expect(boe).toContain('| España | 23-11-2001 | 03-06-2010 R | 01-10-2010 | S |');
    expect(boe).toContain('entrará en vigor para España el 1 de octubre de 2010');
    // Spain's entry in the list of declarations and reservations: three declarations, no reservation.
    const spain = boe.slice(boe.indexOf('### *España*'), boe.indexOf('### *Estados Unidos de América*'));
    expect(spain.match(/^Declaración consignada/gm)).toHaveLength(3);
    expect(spain).not.toMatch(/^Reserva/m);
  });

  it('records that Spain made no Art. 40 declaration and no Art. 42 reservation, with the BOE as source', () => {
    const p = corpus.jurisdictions.get('ES')!.positions.find((x) => x.instrument === 'coe-ets-185')!;
    expect(p).toMatchObject({ declarations: [], reservations: [], source: { evidence: 'verified' } });
    expect(p.source!.note).toMatch(/Gibraltar.*Arts\. 24 and 27.*Art\. 35/s);
  });

  it('keeps what the sources do not say about Colombia and Peru unverified, and lists no positions for them', () => {
    for (const code of ['CO', 'PE']) {
      const j = corpus.jurisdictions.get(code)!;
      expect(ets185(code).every((e) => e.source.evidence === 'unverified'), code).toBe(true);
      expect(j.positions.filter((p) => p.instrument === 'coe-ets-185'), code).toEqual([]);
      expect(j.notes?.en, code).toMatch(/not in the sources/);
    }
    expect(ets185('PE').map((e) => [e.type, e.date])).toEqual([['accession', undefined]]);
  });

  it("says that Peru's date of accession is not in the corpus, rather than printing an empty date", () => {
    const summary = standing(corpus.jurisdictions.get('PE'), 'coe-ets-185').summary;
    expect(summary).toEqual({ key: 'position.partyUndated', params: { event: 'accession' } });
    expect(words('es', { cites: {}, names: {} }).say(summary)).toBe('Parte (adhesión; la fecha no consta en el corpus)');
    expect(words('en', { cites: {}, names: {} }).say(summary)).toBe('Party (accession; its date is not in the corpus)');
  });

  it('makes all three Parties', () => {
    for (const code of ['CO', 'ES', 'PE']) expect(standing(corpus.jurisdictions.get(code), 'coe-ets-185').party, code).toBe(true);
  });
});
