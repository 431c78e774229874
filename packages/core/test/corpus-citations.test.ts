// Check (c) of the corpus: every finding's citation points at the smallest unit (article → paragraph
// → fracción → inciso) that holds its quote, and no quote leaves out a limiting clause of its
// sentence without a note saying so.
//
// A limiting clause, mechanically: the rest of the quote's sentence (the run of the smallest unit
// holding the quote, around it, up to ".", ";" or a paragraph break) holds a word of
// LIMITING_MARKERS as a whole word: for Spanish "salvo", "excepto", "con excepción", "se exceptúa",
// "siempre que", "siempre y cuando", "cuando", "si", "a menos que", "sin perjuicio", "en los casos",
// "únicamente", "sólo", "solo", "solamente". Deliberately wide: a flagged clause that does not limit
// the quote costs a note saying so.
//
// The assessments are being rewritten by other work: the violations they hold now are listed in
// fixtures/citation-violations.json, and the test requires the list to be exact, so it can only
// shrink.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCitations, Corpus, limitingClause, LIMITING_MARKERS, loadCorpus, type CitationIssue } from '@lexharmony/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/sources.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));
const known: Entry[] = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/citation-violations.json'), 'utf8')).violations;

type Entry = Pick<CitationIssue, 'assessment' | 'requirement' | 'ref' | 'kind' | 'smallest' | 'marker' | 'clause' | 'quote'>;
const entry = (i: CitationIssue): Entry => ({
  assessment: i.assessment,
  requirement: i.requirement,
  ref: i.ref,
  kind: i.kind,
  ...(i.smallest ? { smallest: i.smallest } : {}),
  ...(i.marker ? { marker: i.marker, clause: i.clause } : {}),
  quote: i.quote,
});
const key = (e: Entry) => JSON.stringify([e.assessment, e.requirement, e.ref, e.kind, e.smallest, e.marker, e.clause, e.quote]);

/** A copy of the corpus where the MX finding for `requirement` cites only `citation` (its hash kept from the corpus's first citation). */
function citing(requirement: string, citation: { ref: string; quote: string; note?: { en: string } }): Corpus {
  const data = structuredClone(corpus.data);
  const f = data.assessments.find((a) => a.jurisdiction === 'MX')!.findings.find((x) => x.requirement === requirement)!;
  f.citations = [{ hash: f.citations[0]!.hash, ...citation }];
  return new Corpus(data);
}
/** The issues of the MX finding for `requirement` (the one `citing` changes; other countries' findings of it are left alone). */
const issuesFor = (c: Corpus, requirement: string) => checkCitations(c).issues.filter((i) => i.assessment === 'MX--coe-ets-185' && i.requirement === requirement);

describe('every citation points at the smallest unit holding its quote, and notes a limiting clause it drops', () => {
  it('holds for the bundled corpus but for the known violations, listed exactly', () => {
    const report = checkCitations(corpus);
    expect(report.checked).toBeGreaterThan(200);
    const found = new Map(report.issues.map((i) => [key(entry(i)), i]));
    const listed = new Set(known.map(key));
    // Each new violation with its message (finding, citation, the smallest unit or the clause dropped).
    expect.soft([...found].filter(([k]) => !listed.has(k)).map(([, i]) => i.message)).toEqual([]);
    // A listed violation that no longer occurs must leave the list.
    expect(known.filter((e) => !found.has(key(e)))).toEqual([]);
  });

  it('fails on a citation of an article whose paragraph holds the quote, naming the paragraph', () => {
    const copy = citing('coe-ets-185/art-2#e2', { ref: 'mx-cpf/art-211-bis-1', quote: 'Al que sin autorización conozca o copie información' });
    const [issue, ...rest] = issuesFor(copy, 'coe-ets-185/art-2#e2');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ kind: 'not-smallest', smallest: ['mx-cpf/art-211-bis-1.p-2'] });
    expect(issue!.message).toBe('coe-ets-185/art-2#e2 → mx-cpf/art-211-bis-1: a smaller unit holds the quote "Al que sin autorización conozca o copie información": cite mx-cpf/art-211-bis-1.p-2');
  });

  it('fails on a citation of a fracción whose inciso holds the quote, and names every unit where the quote occurs twice', () => {
    const inciso = citing('coe-ets-185/art-18#e4', { ref: 'mx-lmtr/art-183.fr-ii', quote: 'Nombre, denominación o razón social y domicilio del suscriptor' });
    expect(issuesFor(inciso, 'coe-ets-185/art-18#e4')).toMatchObject([{ kind: 'not-smallest', smallest: ['mx-lmtr/art-183.fr-ii.inc-a'] }]);
    const twice = citing('coe-ets-185/art-2#e3', { ref: 'mx-cpf/art-211-bis-1', quote: 'sistemas o equipos de informática protegidos por algún mecanismo de seguridad' });
    expect(issuesFor(twice, 'coe-ets-185/art-2#e3')).toMatchObject([{ kind: 'not-smallest', smallest: ['mx-cpf/art-211-bis-1.p-1', 'mx-cpf/art-211-bis-1.p-2'] }]);
  });

  it('fails on a citation of a paragraph that does not hold the quote, or of an article that does not', () => {
    const other = citing('coe-ets-185/art-2#e2', { ref: 'mx-cpf/art-211-bis-1.p-1', quote: 'Al que sin autorización conozca o copie información' });
    expect(issuesFor(other, 'coe-ets-185/art-2#e2')).toMatchObject([{ kind: 'other-unit', smallest: ['mx-cpf/art-211-bis-1.p-2'] }]);
    const none = citing('coe-ets-185/art-2#e2', { ref: 'mx-cpf/art-211-bis-2.p-1', quote: 'Al que sin autorización conozca o copie información contenida en sistemas o equipos de informática protegidos' });
    expect(issuesFor(none, 'coe-ets-185/art-2#e2')).toMatchObject([{ kind: 'not-in-provision' }]);
  });

  it('fails on a quote that drops a "salvo" clause of its sentence, and passes once a note says so', () => {
    const quote = 'El Órgano jurisdiccional ordenará la destrucción de aquellos registros de intervención de comunicaciones privadas que no se relacionen con los delitos investigados';
    const dropped = citing('coe-ets-185/art-15#s6', { ref: 'mx-cnpp/art-300.p-1', quote });
    const [issue, ...rest] = issuesFor(dropped, 'coe-ets-185/art-15#s6');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ kind: 'limiting-clause', marker: 'salvo', clause: 'salvo que la defensa solicite que sean preservados por considerarlos útiles para su labor.' });
    const noted = citing('coe-ets-185/art-15#s6', { ref: 'mx-cnpp/art-300.p-1', quote, note: { en: 'The defence may ask that they be kept ("salvo que la defensa solicite …").' } });
    expect(issuesFor(noted, 'coe-ets-185/art-15#s6')).toEqual([]);
    const whole = citing('coe-ets-185/art-15#s6', { ref: 'mx-cnpp/art-300.p-1', quote: `${quote} o con otros delitos que hayan ameritado la apertura de una investigación diversa, salvo que la defensa solicite que sean preservados por considerarlos útiles para su labor.` });
    expect(issuesFor(whole, 'coe-ets-185/art-15#s6')).toEqual([]);
  });
});

describe('a limiting clause of the quote’s sentence', () => {
  const es = LIMITING_MARKERS.es!;
  it('is found after or before the quote, inside its sentence only', () => {
    const text = 'Se impondrá la pena al que copie datos, salvo que medie autorización. Cuando sea grave, se duplicará.';
    expect(limitingClause(text, 'al que copie datos', es)).toEqual({ marker: 'salvo', clause: 'salvo que medie autorización.' });
    expect(limitingClause(text, 'se duplicará.', es)).toEqual({ marker: 'cuando', clause: 'Cuando sea grave' });
    expect(limitingClause('Se impondrá la pena al que copie datos. Salvo lo anterior, nada.', 'Se impondrá la pena al que copie datos', es)).toBeUndefined();
  });
  it('counts whole words only, accents included ("si", not "sí" or "siempre")', () => {
    expect(limitingClause('Lo hará por sí mismo en todo caso.', 'Lo hará', es)).toBeUndefined();
    expect(limitingClause('Lo hará si lo pide el juez.', 'Lo hará', es)).toEqual({ marker: 'si', clause: 'si lo pide el juez.' });
    expect(limitingClause('Lo hará solamente el juez; lo demás no.', 'Lo hará', es)).toEqual({ marker: 'solamente', clause: 'solamente el juez;' });
  });
});
