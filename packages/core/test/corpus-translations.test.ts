// Check (b) of the corpus: every unofficial translation covers the whole text it translates. Its
// length, against the text's, is within the band of its language pair (LENGTH_BANDS: Spanish→English
// 0.72–1.30, measured on the bundled corpus, where 97 translations of texts of 40 characters or more
// run from 0.80 to 1.19, median 0.94); and it states the same numbers (figures, cardinals and
// ordinals in words, roman numerals), article references and dates as the text.
import { join } from 'node:path';
import { articleRefsOf, checkTranslations, Corpus, datesOf, LENGTH_BANDS, loadCorpus, numbersOf, type Provision } from '@lexharmony/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/sources.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));

/** A copy of the corpus with the English translation of one provision changed. */
function withTranslation(ref: string, change: (text: string) => string): Corpus {
  const data = structuredClone(corpus.data);
  const [instrument, id] = ref.split('/');
  const find = (ps: Provision[]): Provision | undefined => ps.map((p) => (p.id === id ? p : find(p.children))).find(Boolean);
  const p = find(data.instruments.find((i) => i.meta.id === instrument)!.provisions)!;
  const t = p.translations.find((x) => x.lang === 'en')!;
  t.text = change(t.text);
  return new Corpus(data);
}

const issuesOf = (c: Corpus) => checkTranslations(c).issues.map((i) => [i.kind, i.ref]);

describe('every unofficial translation covers the whole text it translates', () => {
  it('holds for the whole bundled corpus, each ratio within its band', () => {
    const report = checkTranslations(corpus);
    expect(report.issues.map((i) => i.message)).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
    const band = LENGTH_BANDS['es>en']!;
    const ratios = report.ratios.map((r) => r.ratio);
    expect(ratios.length).toBeGreaterThan(90);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(band.min);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(band.max);
  });

  it('fails on a half translation', () => {
    const copy = withTranslation('mx-cpf/art-202.p-1', (t) => t.slice(0, t.length / 2));
    expect(issuesOf(copy)).toContainEqual(['length', 'mx-cpf/art-202.p-1']);
    const message = checkTranslations(copy).issues.find((i) => i.kind === 'length')!.message;
    expect(message).toMatch(/^mx-cpf\/art-202\.p-1 \(en\): the translation is 0\.\d\d of the length of the text \(expected 0\.72–1\.3 for es→en\): part of the text may be left untranslated$/);
  });

  it('fails on a translation of one paragraph of three (CNPP art. 300 as it was)', () => {
    const copy = withTranslation('mx-cnpp/art-300', (t) => t.split('\n\n')[0]!);
    expect(issuesOf(copy)).toEqual([['length', 'mx-cnpp/art-300']]);
  });

  it('fails on a translation that also translates the next paragraph (CPF art. 424 Bis fr. I as it was)', () => {
    const next = corpus.provisions.get('mx-cpf/art-424-bis.p-2')!.provision.translations[0]!.text;
    const copy = withTranslation('mx-cpf/art-424-bis.fr-i', (t) => `${t} ${next}`);
    expect(issuesOf(copy)).toEqual([['length', 'mx-cpf/art-424-bis.fr-i']]);
  });

  it('fails on a changed number, in figures or in words', () => {
    const words = withTranslation('mx-lmtr/art-183.fr-iv', (t) => t.replace('twenty-four hours', 'forty-eight hours'));
    expect(checkTranslations(words).issues.map((i) => i.message)).toEqual([
      'mx-lmtr/art-183.fr-iv (en): the numbers differ (in the text only: 24; in the translation only: 48)',
    ]);
    const figures = withTranslation('mx-cpf/art-60.p-2', (t) => t.replace('397, 399', '397, 398'));
    expect(issuesOf(figures)).toEqual([['numbers', 'mx-cpf/art-60.p-2']]);
    const roman = withTranslation('mx-cpf/art-60.p-2', (t) => t.replace('clauses I, II, III and V', 'clauses I, II, III and IV'));
    expect(issuesOf(roman)).toEqual([['numbers', 'mx-cpf/art-60.p-2']]);
  });

  it('fails on a changed article reference', () => {
    const copy = withTranslation('mx-lmtr/art-183.fr-iii', (t) => t.replace('article 182', 'article 128'));
    expect(issuesOf(copy)).toEqual([
      ['numbers', 'mx-lmtr/art-183.fr-iii'],
      ['articles', 'mx-lmtr/art-183.fr-iii'],
    ]);
  });

  it('fails on a date the text does not state', () => {
    const copy = withTranslation('mx-cnpp/art-303.p-8', (t) => t.replace('Broadcasting Law to', 'Broadcasting Law (14 July 2014) to'));
    expect(checkTranslations(copy).issues.map((i) => [i.kind, i.message])).toContainEqual(['dates', 'mx-cnpp/art-303.p-8 (en): the dates differ (in the translation only: 2014-07-14)']);
  });
});

describe('numbers, article references and dates of a text', () => {
  it('reads cardinals in words and figures alike, leaving out "un"/"one"', () => {
    expect([...numbersOf('de trescientos a seiscientos días multa, dentro de las cuarenta y ocho horas, durante un año', 'es')]).toEqual(['300', '600', '48']);
    expect([...numbersOf('three hundred to six hundred day-fines, within forty-eight hours, for one year', 'en')]).toEqual(['300', '600', '48']);
    expect([...numbersOf('de treinta mil a trescientos mil días multa; de mil hasta veinte mil veces', 'es')]).toEqual(['30000', '300000', '1000', '20000']);
    expect([...numbersOf('one hundred and fifty to three hundred and sixty-five days', 'en')]).toEqual(['150', '365']);
    // "y" joins units to tens only: two numbers, not 27.
    expect([...numbersOf('los incisos doce y quince', 'es')]).toEqual(['12', '15']);
  });
  it('reads ordinals, roman numerals and "4o."', () => {
    expect([...numbersOf('el párrafo tercero, fracción VI del artículo 4o. y el último párrafo', 'es')].sort()).toEqual(['3rd', '4', 'VI', 'last'].sort());
    expect([...numbersOf('the third paragraph, clause VI of article 4 and the last paragraph', 'en')].sort()).toEqual(['3rd', '4', 'VI', 'last'].sort());
    expect([...numbersOf('que este último no se realice', 'es')]).toEqual([]);
  });
  it('reads article references and dates', () => {
    expect([...articleRefsOf('los artículos 182 de esta Ley y el artículo 4o. del Código', 'es')]).toEqual(['182', '4']);
    expect([...articleRefsOf('the authorities referred to in article 182 of this Law', 'en')]).toEqual(['182']);
    expect([...datesOf('publicada en el Diario Oficial de la Federación el 16 de julio de 2025; DOF 28-11-2025', 'es')]).toEqual(['2025-11-28', '2025-07-16']);
    expect([...datesOf('published on 16 July 2025 (DOF 28-11-2025), or July 16, 2025', 'en')]).toEqual(['2025-11-28', '2025-07-16']);
  });
});
