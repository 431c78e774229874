// The reference instruments of the bundled corpus (ETS 185, ETS 189): structure, headings,
// declarations and reservations, and every requirement quote found verbatim in its article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Provision } from '@lexharmony/core';
import { haveSources, sourcesDir } from '../../../test/support/sources.js';

const corpus = loadCorpus();

/** Whitespace-normalised text, Markdown link wrappers and emphasis removed (as the ingest readers do). */
const norm = (s: string) =>
  s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whitespace-normalised only: quotes must match the provision text exactly otherwise. */
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

const articlesOf = (instrument: string): Provision[] => corpus.instruments.get(instrument)?.provisions ?? [];
const article = (instrument: string, id: string) => articlesOf(instrument).find((p) => p.id === id);

/** Article number → official heading, read from the source text (`### Article  N` then `####Heading`). */
function sourceHeadings(file: string): Map<string, string> {
  const lines = readFileSync(join(sourcesDir, 'budapest-convention', file), 'utf8').split('\n');
  const out = new Map<string, string>();
  lines.forEach((line, i) => {
    const m = /^###\s*Article\s+(\d+)\s*$/.exec(line);
    if (!m) return;
    const heading = lines.slice(i + 1).find((l) => l.trim() !== '');
    out.set(`art-${m[1]}`, norm(heading!.replace(/^#+/, '')));
  });
  return out;
}

describe('ETS 185 (Budapest Convention) structure', () => {
  const ids = articlesOf('coe-ets-185').map((p) => p.id);

  it('holds the preamble and articles 1 to 48, in order', () => {
    expect(ids).toEqual(['preamble', ...Array.from({ length: 48 }, (_, i) => `art-${i + 1}`)]);
  });

  it('puts each article in its chapter', () => {
    const chapterOf = (n: number) => (n === 1 ? 'I' : n <= 22 ? 'II' : n <= 35 ? 'III' : 'IV');
    for (let n = 1; n <= 48; n++) {
      const p = article('coe-ets-185', `art-${n}`)!;
      expect(p.path[0], `art-${n}`).toMatchObject({ level: 'chapter', number: chapterOf(n) });
    }
  });

  it('puts the articles of Chapters II and III in their sections and titles', () => {
    const where = (n: number) =>
      article('coe-ets-185', `art-${n}`)!
        .path.map((s) => `${s.level}:${s.number}`)
        .join('/');
    // Chapter II: Section 1 (substantive law) Titles 1-5, Section 2 (procedural law) Titles 1-5, Section 3 (jurisdiction).
    const expected: [number[], string][] = [
      [[2, 3, 4, 5, 6], 'chapter:II/section:1/title:1'],
      [[7, 8], 'chapter:II/section:1/title:2'],
      [[9], 'chapter:II/section:1/title:3'],
      [[10], 'chapter:II/section:1/title:4'],
      [[11, 12, 13], 'chapter:II/section:1/title:5'],
      [[14, 15], 'chapter:II/section:2/title:1'],
      [[16, 17], 'chapter:II/section:2/title:2'],
      [[18], 'chapter:II/section:2/title:3'],
      [[19], 'chapter:II/section:2/title:4'],
      [[20, 21], 'chapter:II/section:2/title:5'],
      [[22], 'chapter:II/section:3'],
      [[23], 'chapter:III/section:1/title:1'],
      [[24], 'chapter:III/section:1/title:2'],
      [[25, 26], 'chapter:III/section:1/title:3'],
      [[27, 28], 'chapter:III/section:1/title:4'],
      [[29, 30], 'chapter:III/section:2/title:1'],
      [[31, 32, 33, 34], 'chapter:III/section:2/title:2'],
      [[35], 'chapter:III/section:2/title:3'],
    ];
    for (const [arts, path] of expected) for (const n of arts) expect(where(n), `art-${n}`).toBe(path);
    expect(corpus.structures.has('coe-ets-185/ch-ii.sec-1.tit-1')).toBe(true);
    expect(corpus.structures.has('coe-ets-185/ch-iii.sec-2.tit-3')).toBe(true);
  });

  it('joins each article text from its paragraphs and keeps numbered paragraphs as children', () => {
    const art4 = article('coe-ets-185', 'art-4')!;
    expect(art4.children.map((c) => c.id)).toEqual(['art-4.p-1', 'art-4.p-2']);
    for (const c of art4.children) expect(norm(art4.text)).toContain(norm(c.text));
  });
});

describe.skipIf(!haveSources)('headings equal the official source', () => {
  it.each([
    ['coe-ets-185', 'ets185-convention-on-cybercrime.en.md', 48],
    ['coe-ets-189', 'ets189-additional-protocol.en.md', 16],
  ] as const)('%s', (instrument, file, count) => {
    const headings = sourceHeadings(file);
    expect(headings.size).toBe(count);
    for (const [id, heading] of headings) expect(norm(article(instrument, id)?.heading ?? ''), id).toBe(heading);
  });
});

// Art. 40: "… as provided for under Articles 2, 3, 6, paragraph 1.b, 7, 9 paragraph 3, and 27, paragraph 9.e."
const art40 = ['art-2', 'art-3', 'art-6.p-1', 'art-7', 'art-9.p-3', 'art-27.p-9'];
// Art. 42: "… Article 4, paragraph 2, Article 6, paragraph 3, Article 9, paragraph 4, Article 10, paragraph 3,
// Article 11, paragraph 3, Article 14, paragraph 3, Article 22, paragraph 2, Article 29, paragraph 4, and
// Article 41, paragraph 1. No other reservation may be made."
const art42 = ['art-4.p-2', 'art-6.p-3', 'art-9.p-4', 'art-10.p-3', 'art-11.p-3', 'art-14.p-3', 'art-22.p-2', 'art-29.p-4', 'art-41.p-1'];

describe('ETS 185 declarations and reservations', () => {
  const reqs = corpus.requirementsOf('coe-ets-185');
  const of = (kind: string) => reqs.filter((r) => r.kind === kind);

  it('the treaty text of Arts. 40 and 42 names these provisions', () => {
    expect(norm(article('coe-ets-185', 'art-40')!.text)).toContain('Articles 2, 3, 6, paragraph 1.b, 7, 9 paragraph 3, and 27, paragraph 9.e.');
    expect(norm(article('coe-ets-185', 'art-42')!.text)).toContain('Article 29, paragraph 4, and Article 41, paragraph 1. No other reservation may be made.');
  });

  it('has one Art. 40 declaration on each provision Art. 40 names, and no other', () => {
    expect(of('declaration').map((r) => r.provision).sort()).toEqual([...art40].sort());
    for (const r of of('declaration')) expect(r.basis, r.ref).toBe('coe-ets-185/art-40');
  });

  it('has an Art. 42 reservation on each paragraph Art. 42 names, and on no other', () => {
    expect([...new Set(of('reservation').map((r) => r.provision))].sort()).toEqual([...art42].sort());
    for (const r of of('reservation')) expect(r.basis, r.ref).toBe('coe-ets-185/art-42');
  });

  it('attaches each declaration and reservation to a provision of the corpus', () => {
    for (const r of [...of('declaration'), ...of('reservation')]) expect(corpus.provisions.has(`coe-ets-185/${r.provision}`), r.ref).toBe(true);
  });

  it('lets every option be relaxed by a declaration of its own article', () => {
    expect(of('option').length).toBeGreaterThan(0);
    for (const o of of('option')) {
      const decls = o.relaxedBy.map((ref) => corpus.requirements.get(ref));
      expect(decls.some((d) => d?.kind === 'declaration' && d.article === o.article), o.ref).toBe(true);
    }
  });

  it('relaxes elements only by options and reservations', () => {
    for (const e of of('element'))
      for (const ref of e.relaxedBy) expect(['option', 'reservation'], `${e.ref} → ${ref}`).toContain(corpus.requirements.get(ref)?.kind);
  });

  it('lets each Art. 2 option relax the elements its words narrow (the options qualify the offence as a whole)', () => {
    const relaxedBy = (id: string) => [...corpus.requirements.get(`coe-ets-185/art-2#${id}`)!.relaxedBy].sort();
    expect(norm(article('coe-ets-185', 'art-2')!.text)).toContain('A Party may require that the offence be committed by infringing security measures, with the intent of obtaining computer data or other dishonest intent, or in relation to a computer system that is connected to another computer system.');
    expect(relaxedBy('e1')).toEqual(['coe-ets-185/art-2#o2']);
    expect(relaxedBy('e2')).toEqual(['coe-ets-185/art-2#o1', 'coe-ets-185/art-2#o2']);
    expect(relaxedBy('e3')).toEqual(['coe-ets-185/art-2#o1', 'coe-ets-185/art-2#o3']);
    expect(relaxedBy('e4')).toEqual([]);
  });

  it('holds the second sentence of Art. 29(7) as an obligation of its own, and no umbrella obligation over Arts. 27-35 in Art. 25', () => {
    const art29 = of('obligation').filter((r) => r.article === 'coe-ets-185/art-29');
    const pending = art29.find((r) => r.quote.en!.startsWith('Following the receipt of such a request'))!;
    expect(norm(corpus.provisions.get('coe-ets-185/art-29.p-7')!.provision.text)).toContain(pending.quote.en);
    expect(art29.filter((r) => r.quote.en === pending.quote.en)).toHaveLength(1);
    expect(art29.find((r) => r.quote.en!.includes('sixty days'))!.quote.en).not.toContain('continue to be preserved');
    // Art. 25(1) second sentence is Arts. 27-35 restated: counted there, never again here.
    expect(reqs.filter((r) => r.quote.en!.includes('Articles 27 through 35'))).toEqual([]);
  });

  it('holds Art. 6(2) and Art. 15 as safeguards, and Chapter III national measures as obligations', () => {
    expect(new Set(of('safeguard').map((r) => r.article))).toEqual(new Set(['coe-ets-185/art-6', 'coe-ets-185/art-15']));
    const obligations = new Set(of('obligation').map((r) => r.article.replace('coe-ets-185/', '')));
    for (const a of ['art-24', 'art-25', 'art-27', 'art-29', 'art-30', 'art-31', 'art-33', 'art-34', 'art-35']) expect(obligations, a).toContain(a);
  });

  it('has elements for every article of Arts. 2-14 and 16-22', () => {
    const withElements = new Set(of('element').map((r) => r.article));
    for (let n = 2; n <= 22; n++) if (n !== 15) expect(withElements, `art-${n}`).toContain(`coe-ets-185/art-${n}`);
  });
});

describe('ETS 189 declarations and reservations', () => {
  const reqs = corpus.requirementsOf('coe-ets-189');
  it('has the Art. 12(3) declarations and the Art. 12(2) reservations, based on Art. 12', () => {
    expect(reqs.filter((r) => r.kind === 'declaration').map((r) => r.provision).sort()).toEqual(['art-5.p-2', 'art-6.p-2']);
    expect([...new Set(reqs.filter((r) => r.kind === 'reservation').map((r) => r.provision))].sort()).toEqual(['art-12.p-2', 'art-3.p-2', 'art-3.p-3', 'art-5.p-2', 'art-6.p-2']);
    for (const r of reqs.filter((x) => x.kind === 'declaration' || x.kind === 'reservation')) expect(r.basis, r.ref).toBe('coe-ets-189/art-12');
  });
  it('has elements for Arts. 3 to 7', () => {
    const withElements = new Set(reqs.filter((r) => r.kind === 'element').map((r) => r.article));
    for (let n = 3; n <= 7; n++) expect(withElements).toContain(`coe-ets-189/art-${n}`);
  });
});

describe('requirement quotes', () => {
  it.each(['coe-ets-185', 'coe-ets-189'])('%s: each quote is found verbatim in its article', (instrument) => {
    const reqs = corpus.requirementsOf(instrument);
    expect(reqs.length).toBeGreaterThan(0);
    const missing = reqs.filter((r) => !ws(corpus.provisions.get(r.article)!.provision.text).includes(ws(r.quote.en!)));
    expect(missing.map((r) => `${r.ref}: "${r.quote.en}"`)).toEqual([]);
  });

  it.each(['coe-ets-185', 'coe-ets-189'])("%s: each requirement has a Spanish label and quote, the quote verbatim in the BOE text of its article", (instrument) => {
    const reqs = corpus.requirementsOf(instrument);
    expect(reqs.filter((r) => !r.label.es || !r.quote.es).map((r) => r.ref)).toEqual([]);
    const esOf = (ref: string) => corpus.provisions.get(ref)!.provision.translations.find((t) => t.lang === 'es' && t.official)!.text;
    const missing = reqs.filter((r) => !ws(esOf(r.article)).includes(ws(r.quote.es!)));
    expect(missing.map((r) => `${r.ref}: "${r.quote.es}"`)).toEqual([]);
    // Notes are prose by language too: a Spanish note wherever there is an English one.
    expect(reqs.filter((r) => r.note && !r.note.es).map((r) => r.ref)).toEqual([]);
  });

  it('where the English quote stands in the paragraph a requirement hangs on, the Spanish quote stands in its Spanish text', () => {
    let checked = 0;
    for (const instrument of ['coe-ets-185', 'coe-ets-189']) {
      for (const r of corpus.requirementsOf(instrument)) {
        const p = corpus.provisions.get(`${instrument}/${r.provision}`)!.provision;
        if (p.kind === 'article' || !ws(p.text).includes(ws(r.quote.en!))) continue;
        checked++;
        expect(ws(p.translations.find((t) => t.lang === 'es')!.text), r.ref).toContain(ws(r.quote.es!));
      }
    }
    expect(checked).toBeGreaterThan(15);
  });
});
