import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusDigest, gapMatrix, gapMatrixJsonSchema, GapMatrixSchema, MatrixOptionError, NotFoundError, SYMBOLS, textHash, type CorpusData } from '@lexharmony/core';
import { findingOf, provisionOf, toy } from './support/toy.js';

const opts = { jurisdictions: ['XT'], date: '2026-01-01' };

describe('gapMatrix', () => {
  const m = gapMatrix(toy(), opts);

  it('has one row per reference article, grouped by chapter and section, and one column per jurisdiction', () => {
    expect(m.rows.map((r) => [r.number, r.group])).toEqual([
      ['1', 'toy-convention/ch-i'],
      ['2', 'toy-convention/ch-ii.sec-1'],
      ['3', 'toy-convention/ch-ii.sec-1'],
      ['4', 'toy-convention/ch-ii.sec-1'],
      ['5', 'toy-convention/ch-iii'],
    ]);
    expect(m.groups.map((g) => [g.ref, g.depth])).toEqual([
      ['toy-convention', 0],
      ['toy-convention/ch-i', 1],
      ['toy-convention/ch-ii', 1],
      ['toy-convention/ch-ii.sec-1', 2],
      ['toy-convention/ch-iii', 1],
    ]);
    expect(m.groups[3]!.path).toEqual([
      { level: 'chapter', number: 'II', title: 'National measures' },
      { level: 'section', number: '1', title: 'Offences' },
    ]);
    expect(m.columns).toMatchObject([{ key: 'XT', jurisdiction: 'XT', names: { en: 'Toyland' }, reference: 'toy-convention', position: { key: 'position.party', params: { event: 'ratification', date: '2020-03-01' } }, limits: [{ en: 'Fictional data for the example; no real law is assessed here.' }] }]);
    // Provenance of the assessment travels with the matrix: authors, date, review.
    expect(m.columns[0]!.assessment).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), lang: 'en', methods: ['human'] });
    expect(m.columns[0]!.assessment!.authors.length).toBeGreaterThan(0);
  });

  it('fills each cell with status, symbol, provisions, one line of why and needs', () => {
    const cell = m.rows[1]!.cells.XT!;
    expect(cell).toMatchObject({ status: 'conditional', symbol: '◐', provisions: ['xt-penal-code/art-10'], stale: false, needs: ['toy-convention/art-2#d1'] });
    expect(cell.reason).toEqual({ key: 'reason.art.conditional', params: { needs: ['toy-convention/art-2#d1'], jurisdiction: 'XT', moment: 'party' } });
    expect(cell.findings.map((f) => f.status)).toEqual(['full', 'conditional', 'full']);
    expect(m.rows[4]!.cells.XT).toMatchObject({ status: 'not-assessed', symbol: '?' });
  });

  it('totals per column and per group (a group counts the groups inside it)', () => {
    expect(m.totals.byColumn.XT).toEqual({ full: 1, 'full-as-assessed': 0, conditional: 1, partial: 1, none: 0, 'not-assessed': 1, 'not-applicable': 1 });
    expect(m.totals.byGroup['toy-convention/ch-ii']!.XT).toEqual({ full: 1, 'full-as-assessed': 0, conditional: 1, partial: 1, none: 0, 'not-assessed': 0, 'not-applicable': 0 });
    expect(m.totals.byGroup['toy-convention']!.XT).toEqual(m.totals.byColumn.XT);
  });

  it('gives each status a distinct symbol, and every reference it names its citation parts', () => {
    expect(new Set(Object.values(SYMBOLS)).size).toBe(7);
    expect(m.cites['xt-penal-code/art-10']).toMatchObject({ instrument: 'xt-penal-code', article: '10', units: [] });
    expect(m.cites['toy-convention/art-2#d1']).toMatchObject({ instrument: 'toy-convention', article: '2', requirement: { id: 'd1', kind: 'declaration' } });
    for (const r of m.rows) expect(m.cites[r.ref], r.ref).toBeDefined();
  });

  it('lists the sources of every instrument cited and the full text of every provision cited', () => {
    expect(m.sources.map((s) => s.instrument)).toEqual(['toy-convention', 'xt-penal-code']);
    expect(m.sources[1]!.url).toBe('https://example.org/toyland/penal-code');
    // The findings' provisions (and the recommendations' targets); a model's words are quoted in its recommendation, its source listed.
    expect(m.provisions.map((p) => p.ref)).toEqual(['xt-penal-code/art-10', 'xt-penal-code/art-11', 'xt-penal-code/art-12']);
    expect(m.provisions[0]).toMatchObject({ instrument: 'xt-penal-code', heading: 'Breaking into computers', lang: 'en' });
    expect(m.provisions[0]!.text).toMatch(/^Whoever, knowingly/);
  });

  it('labels an unofficial translation of a cited provision', () => {
    const data = toy();
    provisionOf(data, 'xt-penal-code/art-10').translations.push({ lang: 'es', text: 'Texto de ejemplo.', official: false, by: 'lexharmony', of: 'sha256:' + '0'.repeat(64) });
    expect(gapMatrix(data, opts).provisions[0]!.translations).toEqual([{ lang: 'es', text: 'Texto de ejemplo.', official: false, by: 'lexharmony', stale: true }]);
  });

  it('marks a translation of an earlier text stale: one that records the hash of another text than the current one', () => {
    const data = toy();
    const p = provisionOf(data, 'xt-penal-code/art-10');
    const translation = { lang: 'es', text: 'Texto de ejemplo.', official: false, by: 'lexharmony project (unofficial)', of: textHash(p.text) };
    p.translations.push(translation);
    expect(gapMatrix(data, opts).provisions[0]!.translations[0]!.stale).toBe(false);
    // The source text changes; the translation still records the hash of the text it was made from.
    const reformed = toy();
    const q = provisionOf(reformed, 'xt-penal-code/art-10');
    q.text = q.text.replace('two years', 'three years');
    q.translations.push({ ...translation });
    expect(gapMatrix(reformed, opts).provisions[0]!.translations[0]!.stale).toBe(true);
    // Whitespace is not a change of text (the hash is over the normalised text).
    const spaced = toy();
    const r = provisionOf(spaced, 'xt-penal-code/art-10');
    r.text = r.text.replace(' ', '  \n ');
    r.translations.push({ ...translation });
    expect(gapMatrix(spaced, opts).provisions[0]!.translations[0]!.stale).toBe(false);
  });

  it('same input, same object and same bytes; the corpus digest and date are stamped', () => {
    const again = gapMatrix(toy(), opts);
    expect(JSON.stringify(again)).toBe(JSON.stringify(m));
    expect(m.generated).toEqual({ corpus: corpusDigest(toy()), tool: expect.stringMatching(/^lexharmony /), date: '2026-01-01' });
    expect(m.generated.corpus).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('a changed corpus changes the digest; a stale finding flags its cell', () => {
    const data = toy();
    provisionOf(data, 'xt-penal-code/art-11').text += ' Attempt is punished.';
    const changed = gapMatrix(data, opts);
    expect(changed.generated.corpus).not.toBe(m.generated.corpus);
    expect(changed.rows.filter((r) => r.cells.XT!.stale).map((r) => r.number)).toEqual(['3']);
  });

  it('defaults the date to today (UTC) and refuses a malformed one', () => {
    expect(gapMatrix(toy(), { jurisdictions: ['XT'] }).generated.date).toBe(new Date().toISOString().slice(0, 10));
    expect(() => gapMatrix(toy(), { jurisdictions: ['XT'], date: '01/02/2026' })).toThrow(MatrixOptionError);
    expect(() => gapMatrix(toy(), { jurisdictions: ['XT'], date: '2026-02-30' })).toThrow(/invalid date/);
  });

  it('names what it does not know', () => {
    expect(() => gapMatrix(toy(), { jurisdictions: ['ZZ'] })).toThrow(NotFoundError);
    expect(() => gapMatrix(toy(), { jurisdictions: ['XT'], references: ['coe-ets-999'] })).toThrow(/no reference instrument "coe-ets-999"/);
  });

  it('puts several jurisdictions side by side', () => {
    const data = toy();
    data.jurisdictions.push({ code: 'XU', names: { en: 'Elsewhere' }, federal: false, events: [], positions: [] });
    const two = gapMatrix(data, { jurisdictions: ['XT', 'XU'], references: ['toy-convention'], date: '2026-01-01' });
    expect(two.columns.map((c) => c.key)).toEqual(['XT', 'XU']);
    expect(two.rows[2]!.cells.XU!.status).toBe('not-assessed');
    expect(two.rows[2]!.cells.XT!.status).toBe('full');
  });
});

describe('one jurisdiction against several references', () => {
  it('takes the references the assessment covers, each with its own rows and groups, in order', () => {
    const data = toy();
    const h = findingOf(data, 'toy-convention/art-3#e1').citations[0]!;
    data.instruments.push({
      meta: { id: 'toy-protocol', kind: 'protocol', jurisdiction: 'INT', titles: { en: 'Toy Protocol' }, languages: ['en'], version: '2021', supplements: 'toy-convention', source: { url: 'https://example.org/toy-protocol', publisher: 'example', alternates: [] } },
      provisions: [{ id: 'art-1', number: '1', heading: 'Insults', path: [{ level: 'chapter', number: 'I', title: 'Offences' }], text: 'Each Party shall make insulting by computer an offence.', translations: [], history: [], children: [] }],
      requirements: [{ id: 'e1', provision: 'art-1', kind: 'element', label: { en: 'insulting by computer' }, quote: { en: 'insulting by computer' }, relaxedBy: [] }],
      links: [],
    });
    data.assessments[0]!.alsoCovers = ['toy-protocol'];
    data.assessments[0]!.findings.push({ ...findingOf(data, 'toy-convention/art-3#e1'), requirement: 'toy-protocol/art-1#e1', citations: [h] });
    const m = gapMatrix(data, opts);
    expect(m.references.map((r) => r.id)).toEqual(['toy-convention', 'toy-protocol']);
    expect(m.rows.map((r) => r.ref).slice(-2)).toEqual(['toy-convention/art-5', 'toy-protocol/art-1']);
    expect(m.rows.at(-1)!.cells.XT!.status).toBe('full');
    expect(m.groups.filter((g) => g.depth === 0).map((g) => g.ref)).toEqual(['toy-convention', 'toy-protocol']);
    expect(m.totals.byGroup['toy-protocol']!.XT!.full).toBe(1);
    expect(m.totals.byGroup['toy-convention']!.XT!.full).toBe(1);
  });
});

describe('strategy links never enter a legal matrix', () => {
  function withStrategy(): CorpusData {
    const data = toy();
    data.instruments.push({
      meta: { id: 'xt-strategy', kind: 'strategy', jurisdiction: 'XT', titles: { en: 'Toyland Cyber Strategy' }, languages: ['en'], version: '2022', source: { url: 'https://example.org/strategy', publisher: 'example', alternates: [] } },
      provisions: [{ id: 'obj-1', path: [], text: 'Toyland will set up a point of contact open every day.', translations: [], history: [], children: [] }],
      requirements: [],
      links: [{ from: 'xt-strategy/obj-1', relationship: 'supports', areas: [], targets: ['toy-convention/art-5'], quote: 'a point of contact open every day' }],
    });
    return data;
  }

  it('a strategy that supports an article changes nothing in the matrix', () => {
    const data = withStrategy();
    const m = gapMatrix(data, opts);
    const json = JSON.stringify(m);
    expect(json).not.toContain('xt-strategy');
    expect(json).not.toContain('supports');
    expect(m.rows[4]!.cells.XT!.status).toBe('not-assessed');
    const { generated: _a, ...rest } = m;
    const { generated: _b, ...plain } = gapMatrix(toy(), opts);
    expect(rest).toEqual(plain);
  });

  it('a strategy cannot be the reference of a legal matrix', () => {
    expect(() => gapMatrix(withStrategy(), { ...opts, references: ['xt-strategy'] })).toThrow(/is a strategy/);
  });

  it('a reference with no requirements is refused, saying whether its text is there', () => {
    const data = toy();
    const convention = data.instruments.find((i) => i.meta.id === 'toy-convention')!;
    data.instruments.push({ meta: { ...convention.meta, id: 'toy-protocol' }, provisions: [], requirements: [], links: [] });
    data.instruments.push({ meta: { ...convention.meta, id: 'toy-annex' }, provisions: convention.provisions, requirements: [], links: [] });
    expect(() => gapMatrix(data, { ...opts, references: ['toy-protocol'] })).toThrow(new MatrixOptionError('references', 'toy-protocol has no requirements in the corpus: its text is not available'));
    expect(() => gapMatrix(data, { ...opts, references: ['toy-annex'] })).toThrow(/toy-annex has no requirements in the corpus: its provisions have not been decomposed into requirements/);
  });
});

describe('the published JSON Schema', () => {
  it('validates a real matrix', () => {
    const m = gapMatrix(toy(), opts);
    expect(GapMatrixSchema.safeParse(m).success).toBe(true);
    expect(GapMatrixSchema.safeParse({ ...m, version: 1 }).success).toBe(false);
  });

  it('docs/schema/gap-matrix.schema.json is current (re-emit with `pnpm build`, which runs scripts/emit-schemas.mjs)', () => {
    const file = fileURLToPath(new URL('../../../docs/schema/gap-matrix.schema.json', import.meta.url));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(gapMatrixJsonSchema());
  });
});

describe('corpusDigest', () => {
  it('is the same for the data read from YAML and for the compiled corpus that carries it', () => {
    const data = toy();
    const digest = corpusDigest(data);
    const compiled = JSON.parse(JSON.stringify({ ...data, digest }));
    expect(corpusDigest(compiled)).toBe(digest);
    const { digest: _d, ...plain } = compiled;
    expect(corpusDigest(plain)).toBe(digest);
  });

  it('is the sha256 of the JSON of the whole data, hashed in pieces (the bundled corpus, origins left out)', async () => {
    const { loadCorpusData } = await import('@lexharmony/core');
    const data = loadCorpusData(fileURLToPath(new URL('../../../corpora', import.meta.url)));
    const { origins: _o, digest: _d, ...rest } = data;
    const whole = 'sha256:' + createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
    expect(corpusDigest({ ...data, digest: undefined })).toBe(whole);
    expect(corpusDigest(data)).toBe(whole);
  });
});

describe('the bundled corpus', () => {
  it("Mexico's matrix cites law only: no strategy among its sources or provisions, though strategies link to Budapest articles", async () => {
    const { loadCorpus } = await import('@lexharmony/core');
    const corpus = loadCorpus();
    const strategies = new Set([...corpus.instruments.values()].filter((i) => i.meta.kind === 'strategy').map((i) => i.meta.id));
    const m = gapMatrix(corpus, { jurisdictions: ['MX'], date: '2026-01-01' });
    expect(GapMatrixSchema.safeParse(m).success).toBe(true);
    const cited = [...m.sources.map((s) => s.instrument), ...m.provisions.map((p) => p.instrument), ...m.rows.flatMap((r) => r.cells.MX!.provisions.map((p) => p.split('/')[0]!))];
    expect(cited.filter((id) => strategies.has(id))).toEqual([]);
    // Guard against a vacuous pass: the corpus does hold strategies linked to the reference.
    const linked = [...corpus.instruments.values()].filter((i) => strategies.has(i.meta.id) && i.links.some((l) => l.targets.some((t) => t.startsWith('coe-ets-185/'))));
    expect(linked.length).toBeGreaterThan(0);
  });
});
