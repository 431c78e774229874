// "How Parties worded it" on the real corpus: one Budapest article or requirement across Mexico and
// the comparators, cut from the gap matrix (the same statuses), with the treaty's words, each
// country's provisions as the corpus holds them, the declarations and reservations that bear on it,
// and each quoted instrument's caveat; then the document built from it, in Spanish.
import { describe, expect, it } from 'vitest';
import { comparison, gapMatrix, loadCorpus, NotFoundError } from '@lexharmony/core';
import { comparisonDocument, renderDocument } from '@lexharmony/core/export';

const corpus = loadCorpus();
const JURISDICTIONS = ['MX', 'AR', 'CO', 'PE', 'ES'];
const DATE = '2026-12-01';
const art2 = comparison(corpus, 'coe-ets-185/art-2', { jurisdictions: JURISDICTIONS, date: DATE });
const matrix = gapMatrix(corpus, { jurisdictions: JURISDICTIONS, references: ['coe-ets-185'], date: DATE });
const row = (n: number) => matrix.rows.find((r) => r.ref === `coe-ets-185/art-${n}`)!;

describe('comparison of one article', () => {
  it("is the gap matrix's row for it, column by column: the same statuses and provisions", () => {
    expect(art2.matrix.columns.map((c) => c.key)).toEqual(JURISDICTIONS);
    expect(art2.matrix.rows).toHaveLength(1);
    for (const j of JURISDICTIONS) {
      expect(art2.matrix.rows[0]!.cells[j]!.status, j).toBe(row(2).cells[j]!.status);
      expect(art2.matrix.rows[0]!.cells[j]!.provisions, j).toEqual(row(2).cells[j]!.provisions);
    }
  });

  it("cites each country's illegal-access offence, and carries the text of every provision cited", () => {
    const cells = art2.matrix.rows[0]!.cells;
    expect(cells.AR!.provisions).toContain('ar-cp/art-153-bis.p-1');
    expect(cells.CO!.provisions).toContain('co-cp/art-269a');
    expect(cells.PE!.provisions).toContain('pe-ley-30096/art-2.p-1');
    expect(cells.ES!.provisions).toContain('es-cp/art-197-bis.ap-1');
    expect(cells.MX!.provisions).toContain('mx-cpf/art-211-bis-1.p-2');
    for (const cell of Object.values(cells)) {
      for (const ref of cell.provisions) expect(art2.matrix.provisions.find((p) => p.ref === ref)?.text, ref).toBe(corpus.provisions.get(ref)!.provision.text);
    }
  });

  it('holds the treaty article in English with its official Spanish translation, and its requirements', () => {
    expect(art2.treaty.text).toBe(corpus.provisions.get('coe-ets-185/art-2')!.provision.text);
    expect(art2.treaty.translations.find((t) => t.lang === 'es' && t.official)?.text).toMatch(/^Cada Parte adoptará/);
    expect(art2.requirements.map((r) => r.ref)).toEqual(corpus.requirementsOfArticle('coe-ets-185/art-2').map((r) => r.ref));
  });

  it("keeps only the sources of what it quotes, with Peru's and Spain's caveats", () => {
    const ids = art2.matrix.sources.map((s) => s.instrument).sort();
    expect(ids).toEqual(expect.arrayContaining(['coe-ets-185', 'mx-cpf', 'ar-cp', 'co-cp', 'pe-ley-30096', 'es-cp']));
    expect(ids).not.toContain('mx-cnpp');
    expect(art2.matrix.sources.find((s) => s.instrument === 'pe-ley-30096')!.caveat!.es).toMatch(/editorial privada/);
    expect(art2.matrix.sources.find((s) => s.instrument === 'es-cp')!.caveat!.es).toMatch(/Extracto/);
  });

  it('says whose declarations and reservations are recorded: none bearing on Art. 2 for Argentina and Spain, unknown for Colombia and Peru, Mexico not a Party', () => {
    expect(art2.positions.MX).toMatchObject({ party: false, made: [] });
    expect(art2.positions.AR).toMatchObject({ party: true, recorded: true, made: [] });
    expect(art2.positions.ES).toMatchObject({ party: true, recorded: true, made: [] });
    expect(art2.positions.CO).toMatchObject({ party: true, recorded: false });
    expect(art2.positions.PE).toMatchObject({ party: true, recorded: false });
  });

  it('shows a named jurisdiction without an assessment as not assessed, never drops it', () => {
    const c = comparison(corpus, 'coe-ets-185/art-2', { jurisdictions: ['MX', 'GB'], date: DATE });
    expect(c.matrix.columns.map((x) => x.key)).toEqual(['MX', 'GB']);
    expect(c.matrix.rows[0]!.cells.GB!.status).toBe('not-assessed');
    expect(c.matrix.rows[0]!.cells.MX!.status).toBe(row(2).cells.MX!.status);
  });

  it('takes a citation as people write it, and refuses what is not a treaty article', () => {
    expect(comparison(corpus, 'Convenio art. 2', { jurisdictions: ['MX'], date: DATE }).article).toBe('coe-ets-185/art-2');
    expect(comparison(corpus, 'Convenio art. 9#e8', { jurisdictions: ['MX'], date: DATE }).requirement).toBe('coe-ets-185/art-9#e8');
    expect(() => comparison(corpus, 'coe-ets-185/art-99', { jurisdictions: ['MX'] })).toThrow(NotFoundError);
    expect(() => comparison(corpus, 'coe-ets-185/art-2#e9', { jurisdictions: ['MX'] })).toThrow(/that article has coe-ets-185\/art-2#e1/);
    expect(() => comparison(corpus, 'CPF 211 bis 1', { jurisdictions: ['MX'] })).toThrow(/not an article of a reference treaty/);
  });
});

describe('comparison of one requirement', () => {
  it("turns Argentina's child-pornography element full through the reservation it made (Ley 27.411), for Argentina only", () => {
    const c = comparison(corpus, 'coe-ets-185/art-9#e8', { jurisdictions: ['MX', 'AR'], date: DATE });
    expect(c.requirement).toBe('coe-ets-185/art-9#e8');
    const cells = c.matrix.rows[0]!.cells;
    expect(cells.AR!.status).toBe('full');
    expect(cells.AR!.findings.map((f) => f.requirement)).toEqual(['coe-ets-185/art-9#e8']);
    expect(cells.AR!.reason).toMatchObject({ key: 'reason.req.acceptableMade', params: expect.objectContaining({ jurisdiction: 'AR', made: 'coe-ets-185/art-9.p-4#r4' }) });
    expect(c.positions.AR!.made.map((m) => [m.ref, m.kind])).toEqual([['coe-ets-185/art-9.p-4#r4', 'reservation']]);
    expect(cells.MX!.status).not.toBe('full');
    expect(c.positions.MX!.made).toEqual([]);
    // The reservations that relax it are listed with the requirement: of all of Art. 9(4), and of 9.2.b alone.
    expect(c.requirements.map((r) => r.ref)).toEqual(['coe-ets-185/art-9#e8', 'coe-ets-185/art-9.p-4#r1', 'coe-ets-185/art-9.p-4#r4']);
  });
});

describe('the comparison document', async () => {
  const doc = comparisonDocument(art2, { lang: 'es' });
  // What a reader of the Markdown sees: its escapes removed, lines joined.
  const text = ((await renderDocument(doc, 'md')) as string).replace(/\\([\\`*_[\]|~#+=.-])/g, '$1').replace(/\s+/g, ' ');

  it('gives the treaty in its official Spanish translation, then each country with its status and the words of its law', () => {
    expect(doc.title).toBe('Cómo lo redactaron las Partes: Convenio, art. 2 (Acceso ilícito)');
    expect(text).toContain(art2.treaty.translations.find((t) => t.lang === 'es' && t.official)!.text);
    const order = ['México — ', 'Argentina — ', 'Colombia — ', 'Perú — ', 'España — '].map((h) => text.indexOf(`## ${h}`));
    expect(order.every((i, k) => i > text.indexOf('Cada Parte adoptará') && (k === 0 || i > order[k - 1]!)), String(order)).toBe(true);
    for (const ref of ['ar-cp/art-153-bis.p-1', 'co-cp/art-269a', 'pe-ley-30096/art-2.p-1', 'es-cp/art-197-bis.ap-1', 'mx-cpf/art-211-bis-1.p-2']) {
      expect(text.includes(corpus.provisions.get(ref)!.provision.text.replace(/\s+/g, ' ').slice(0, 80)), ref).toBe(true);
    }
    for (const s of ['## Argentina — **◐ condicional**', '## Colombia — **✓ pleno en lo evaluado**', '## Perú — **✔ pleno**']) expect(text.includes(s), s).toBe(true);
  });

  it("tells the reader of Peru's and Spain's quotes what their sources are", () => {
    for (const [name, id] of [['Ley 30096 (PE)', 'pe-ley-30096'], ['CP (ES)', 'es-cp'], ['CP (CO)', 'co-cp']]) {
      const at = text.indexOf(`Lo que debe saber quien lea ${name}:`);
      expect(at, name).toBeGreaterThan(0);
      expect(text.slice(at, at + 600).includes(art2.matrix.sources.find((s) => s.instrument === id)!.caveat!.es!.replace(/\s+/g, ' ').slice(0, 100)), name).toBe(true);
    }
  });

  it('says what the corpus does not know of Colombia\'s and Peru\'s declarations and reservations', () => {
    expect(text.includes('No constan en el corpus: las fuentes no dicen qué declaraciones y reservas formuló Colombia')).toBe(true);
    expect(text.includes('México no es Parte y no ha formulado declaraciones ni reservas')).toBe(true);
  });
});
