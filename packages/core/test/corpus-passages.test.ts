// Check (a) of the corpus: every provision of a law instrument is, heading plus text, one contiguous
// passage of its official source, starting at its article label; its heading is a title, not the
// opening words of its text; each paragraph, fracción and item is one run of its parent from its
// label. `verifyCorpus` finds every paragraph somewhere in the source; this finds the rest (words
// moved into a heading, paragraphs out of order, a fracción that does not start at its label).
//
// The sources are read from their text extractions (CPF.txt …), not the PDFs: on the bundled
// corpus both give the same report, and the text is read in about a second instead of 25.
import { join } from 'node:path';
import { Corpus, loadCorpus, type Provision } from '@lexharmony/core';
import { checkPassages, headingProblem, LAW_KINDS } from '@lexharmony/core/ingest';
import { describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../test/support/sources.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));

/** A copy of the corpus with one article changed. */
function withArticle(ref: string, change: (p: Provision) => void): Corpus {
  const data = structuredClone(corpus.data);
  const [instrument, id] = ref.split('/');
  const article = data.instruments.find((i) => i.meta.id === instrument)!.provisions.find((p) => p.id === id)!;
  change(article);
  return new Corpus(data);
}

const only = (instrument: string) => ({ instruments: [instrument] });

describe.skipIf(!haveSources)('every law provision is one passage of its source, from its label', () => {
  it('holds for the whole bundled corpus', async () => {
    const report = await checkPassages(corpus, sourcesDir);
    expect(report.issues.map((i) => i.message)).toEqual([]);
    // Every law instrument with a source file was read, and all its provisions checked.
    const laws = corpus.data.instruments.filter((i) => LAW_KINDS.includes(i.meta.kind) && i.meta.source.file && i.provisions.length);
    expect(report.sources.map((s) => s.instrument)).toEqual(laws.map((i) => i.meta.id));
    expect(report.checked).toBe([...corpus.provisions.values()].filter((e) => laws.some((i) => i.meta.id === e.instrument.id)).length);
  });

  it('fails on a provision that lost its opening words, and says what the source has', async () => {
    const copy = withArticle('mx-cpf/art-211-bis-1', (p) => {
      p.text = p.text.replace(/^Al que sin autorización /, '');
      p.children[0]!.text = p.children[0]!.text.replace(/^Al que sin autorización /, '');
    });
    const report = await checkPassages(copy, sourcesDir, only('mx-cpf'));
    expect(report.issues.map((i) => [i.kind, i.ref])).toEqual([['not-at-label', 'mx-cpf/art-211-bis-1']]);
    expect(report.issues[0]!.message).toContain('its opening words are missing: the source has "Al que sin autorización" between the label "Artículo 211 bis 1.-" and them');
    expect(report.issues[0]!.origin).toMatchObject({ file: 'instruments/mx-cpf/provisions.yaml' });
  });

  it('fails on opening words moved into the heading (mx-lmtr/art-183 as it was)', async () => {
    const copy = withArticle('mx-lmtr/art-183', (p) => {
      p.heading = 'Los concesionarios de telecomunicaciones y, en su caso, los autorizados que determine la';
      p.text = p.text.replace(/^Los concesionarios de telecomunicaciones y, en su caso, los autorizados que determine la /, '');
      p.children[0]!.text = 'Comisión, deberán:';
    });
    const report = await checkPassages(copy, sourcesDir, only('mx-lmtr'));
    expect(report.issues.map((i) => [i.kind, i.ref])).toEqual([['heading', 'mx-lmtr/art-183']]);
    expect(report.issues[0]!.message).toContain('its heading ends in "la"');
  });

  it('fails on a heading left in the text where the other articles have one (mx-cnpp/art-132 as it was)', async () => {
    const copy = withArticle('mx-cnpp/art-132', (p) => {
      p.text = `${p.heading}\n\n${p.text}`;
      delete p.heading;
    });
    const report = await checkPassages(copy, sourcesDir, only('mx-cnpp'));
    expect(report.issues.map((i) => [i.kind, i.ref])).toEqual([['heading', 'mx-cnpp/art-132']]);
    expect(report.issues[0]!.message).toContain('its heading may have gone into its text ("Obligaciones de las y los Policías');
  });

  it('fails on paragraphs each in the source but out of order, and names the first word where they part', async () => {
    const copy = withArticle('mx-cpf/art-211-bis-1', (p) => {
      p.text = p.text.split('\n\n').reverse().join('\n\n');
    });
    const report = await checkPassages(copy, sourcesDir, only('mx-cpf'));
    expect(report.issues.map((i) => [i.kind, i.ref])).toEqual([['not-contiguous', 'mx-cpf/art-211-bis-1']]);
    expect(report.issues[0]!.message).toMatch(/after "Artículo 211 bis 1\.-": after 4 words, the source has "[^"]*modifique[^"]*" where the corpus has "[^"]*conozca/);
  });

  it('fails on a text that is in the source but not after its label', async () => {
    const copy = withArticle('mx-cpf/art-211-bis-1', (p) => {
      p.text = p.children[1]!.text;
      p.children = [];
    });
    const report = await checkPassages(copy, sourcesDir, only('mx-cpf'));
    expect(report.issues.map((i) => [i.kind, i.ref])).toEqual([['not-at-label', 'mx-cpf/art-211-bis-1']]);
    expect(report.issues[0]!.message).toContain('its opening words are missing: the source has "Al que sin autorización modifique, destruya');
  });

  it('fails on a fracción that is not its parent from its label, and on an item of a treaty', async () => {
    const lmtr = withArticle('mx-lmtr/art-183', (p) => {
      const fr = p.children.find((c) => c.id === 'art-183.fr-i')!;
      fr.text = fr.text.replace(/^Colaborar con /, '');
    });
    const a = await checkPassages(lmtr, sourcesDir, only('mx-lmtr'));
    expect(a.issues.map((i) => [i.kind, i.ref])).toEqual([['child', 'mx-lmtr/art-183.fr-i']]);
    expect(a.issues[0]!.message).toContain('not at the start of a paragraph after its label "I"');
    const ets = withArticle('coe-ets-185/art-1', (p) => {
      p.children[1]!.number = 'c';
    });
    const b = await checkPassages(ets, sourcesDir, only('coe-ets-185'));
    expect(b.issues.map((i) => [i.kind, i.ref])).toEqual([['child', 'coe-ets-185/art-1.b']]);
  });

  it('fails on a heading of the law\'s structure left in a text (CPF art. 423 as it was)', async () => {
    const copy = withArticle('mx-cpf/art-423', (p) => {
      p.text = `${p.text}\n\nTITULO VIGESIMO SEXTO De los Delitos en Materia de Derechos de Autor`;
    });
    const report = await checkPassages(copy, sourcesDir, only('mx-cpf'));
    expect(report.issues.map((i) => [i.kind, i.ref])).toEqual([['structure', 'mx-cpf/art-423']]);
    expect(report.issues[0]!.message).toContain('"TITULO VIGESIMO SEXTO De los Delitos en Materia de Derechos de Autor"');
  });

  it("reads InfoLEG's layout (\"ARTICULO 153 BIS. -\", \"Art. 224. -\", epigraphs before the label, incisos \"1º.\") and still fails on its faults", async () => {
    const cp = withArticle('ar-cp/art-153-bis', (p) => {
      p.text = p.text.replace(/^Será reprimido con prisión de quince \(15\) días a seis \(6\) meses, /, '');
      p.children[0]!.text = p.children[0]!.text.replace(/^Será reprimido con prisión de quince \(15\) días a seis \(6\) meses, /, '');
    });
    const a = await checkPassages(cp, sourcesDir, only('ar-cp'));
    expect(a.issues.map((i) => [i.kind, i.ref])).toEqual([['not-at-label', 'ar-cp/art-153-bis']]);
    expect(a.issues[0]!.message).toContain('the source has "Será reprimido con prisión de quince (15) días a seis (6) meses," between the label "ARTICULO 153 BIS. -" and them');
    // An epigraph printed before the label must be the article's own; the heading that is the opening of the text is found.
    const cppn = withArticle('ar-cppn/art-233', (p) => {
      p.heading = 'Custodia del objeto';
    });
    const b = await checkPassages(cppn, sourcesDir, only('ar-cppn'));
    expect(b.issues.map((i) => [i.kind, i.ref])).toEqual([['not-contiguous', 'ar-cppn/art-233']]);
    const lost = withArticle('ar-cppn/art-233', (p) => {
      p.text = `${p.heading}\n\n${p.text}`;
      delete p.heading;
    });
    const c = await checkPassages(lost, sourcesDir, only('ar-cppn'));
    expect(c.issues.filter((i) => i.kind === 'heading').map((i) => i.ref)).toEqual(['ar-cppn/art-233']);
    // An inciso "1º." is at its label; with another number it is not.
    const inciso = withArticle('ar-cp/art-34', (p) => {
      p.children.find((x) => x.id === 'art-34.inc-2')!.number = '3';
    });
    const d = await checkPassages(inciso, sourcesDir, only('ar-cp'));
    expect(d.issues.map((i) => [i.kind, i.ref])).toEqual([['child', 'ar-cp/art-34.inc-2']]);
  });

  it('reports a missing source instead of passing', async () => {
    const report = await checkPassages(corpus, join(repoRoot, 'no-such-sources'), only('mx-cpf'));
    expect(report.issues.map((i) => i.kind)).toEqual(['source-missing']);
  });
});

describe('a heading is a title, not the opening of its text', () => {
  it('accepts real headings', () => {
    expect(headingProblem('Localización geográfica en tiempo real y solicitud de entrega de datos conservados', 'Cuando el Ministerio Público …', 'es')).toBeUndefined();
    expect(headingProblem('Illegal access', 'Each Party shall adopt …', 'en')).toBeUndefined();
  });
  it('refuses one that ends in an article, preposition or conjunction, or a text that opens in lower case', () => {
    expect(headingProblem('Las Ministras y Ministros de la Suprema Corte de Justicia de la Nación, Magistradas y', 'Magistrados de la Sala Superior', 'es')).toMatch(/ends in "y"/);
    expect(headingProblem('Offences related to', 'child pornography', 'en')).toMatch(/ends in "to"/);
    expect(headingProblem('Carga de la prueba', 'para demostrar el hecho delictivo', 'es')).toMatch(/opens in lower case/);
  });
});
