import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestResult } from '@lexharmony/core/ingest';
import type { Provision } from '@lexharmony/core';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../../test/support/sources.js';

const dir = join(sourcesDir, 'budapest-convention');
const files = { 185: 'ets185-convention-on-cybercrime.en.md', 189: 'ets189-additional-protocol.en.md' } as const;

/** The article titles as the source prints them: the `####` heading after each `### Article N`. */
function sourceHeadings(md: string): Map<string, string> {
  const lines = md.split('\n').map((l) => l.trim()).filter(Boolean);
  const out = new Map<string, string>();
  lines.forEach((l, i) => {
    const m = /^### Article\s+(\d+)$/.exec(l);
    if (m) out.set(`art-${m[1]}`, lines[i + 1]!.replace(/^#+/, '').replace(/\[([^\]]*)\]\([^ ]*?\)(?= |$)/g, '$1').trim());
  });
  return out;
}

const byId = (ps: Provision[]) => new Map(ps.map((p) => [p.id, p]));
const pathOf = (p: Provision | undefined) => p?.path.map((s) => `${s.level} ${s.number}`).join(' › ');

describe.skipIf(!haveSources)('coe-treaty profile on the Budapest Convention (ETS 185)', () => {
  let md: string;
  let result: IngestResult;
  let arts: Map<string, Provision>;
  beforeAll(async () => {
    const data = readFileSync(join(dir, files[185]));
    md = data.toString('utf8');
    result = await ingest(data, { format: 'md', profile: 'coe-treaty', file: files[185] });
    arts = byId(result.provisions);
  });

  it('finds the preamble and 48 articles, in order', () => {
    expect(result.provisions.map((p) => p.id)).toEqual(['preamble', ...Array.from({ length: 48 }, (_, i) => `art-${i + 1}`)]);
    expect(arts.get('preamble')!.text.startsWith('The member States of the Council of Europe')).toBe(true);
    expect(arts.get('preamble')!.text.endsWith('Have agreed as follows:')).toBe(true);
  });

  it('takes every heading from the source', () => {
    const expected = sourceHeadings(md);
    expect(expected.size).toBe(48);
    for (const [id, heading] of expected) expect(arts.get(id)?.heading, id).toBe(heading);
  });

  it('places articles in chapter › section › title', () => {
    expect(pathOf(arts.get('art-1'))).toBe('chapter I');
    expect(pathOf(arts.get('art-2'))).toBe('chapter II › section 1 › title 1');
    expect(arts.get('art-2')!.path.map((s) => s.title)).toEqual([
      'MEASURES TO BE TAKEN AT THE NATIONAL LEVEL',
      'SUBSTANTIVE CRIMINAL LAW',
      'OFFENCES AGAINST THE CONFIDENTIALITY, INTEGRITY AND AVAILABILITY OF COMPUTER DATA AND SYSTEMS',
    ]);
    expect(pathOf(arts.get('art-13'))).toBe('chapter II › section 1 › title 5');
    expect(pathOf(arts.get('art-22'))).toBe('chapter II › section 3');
    expect(pathOf(arts.get('art-35'))).toBe('chapter III › section 2 › title 3');
    expect(arts.get('art-35')!.path.at(-1)!.title).toBe('24/7 NETWORK');
    expect(pathOf(arts.get('art-48'))).toBe('chapter IV');
  });

  it('splits paragraphs, lettered items and roman sub-items with the agreed ids', () => {
    const ids = (p: Provision): string[] => [p.id, ...p.children.flatMap(ids)];
    expect(ids(arts.get('art-1')!)).toEqual(['art-1', 'art-1.a', 'art-1.b', 'art-1.c', 'art-1.c.i', 'art-1.c.ii', 'art-1.d']);
    expect(ids(arts.get('art-6')!)).toEqual(['art-6', 'art-6.p-1', 'art-6.p-1.a', 'art-6.p-1.a.i', 'art-6.p-1.a.ii', 'art-6.p-1.b', 'art-6.p-2', 'art-6.p-3']);
    expect(arts.get('art-2')!.children).toEqual([]);
    const p2 = arts.get('art-4')!.children[1]!;
    expect(p2).toMatchObject({ id: 'art-4.p-2', number: '2', kind: 'paragraph', text: 'A Party may reserve the right to require that the conduct described in paragraph 1 results in serious harm.' });
    // Items right after an empty paragraph label ("3." then "a)Each Party …").
    expect(ids(arts.get('art-14')!).slice(-5)).toEqual(['art-14.p-3', 'art-14.p-3.a', 'art-14.p-3.b', 'art-14.p-3.b.i', 'art-14.p-3.b.ii']);
    expect(arts.get('art-14')!.children[2]!.children[0]!.text.startsWith('Each Party may reserve the right to apply the measures referred to in Article 20')).toBe(true);
  });

  it('joins an article text from its paragraphs with blank lines, and keeps the words verbatim', () => {
    const a4 = arts.get('art-4')!;
    expect(a4.text.split('\n\n')).toHaveLength(2);
    expect(a4.text.split('\n\n')[1]).toBe('2. ' + a4.children[1]!.text);
    // The source with links reduced to their text, emphasis marks dropped, whitespace collapsed.
    const flat = md.replace(/\[([^\]]*)\]\([^ ]*?\)(?=[ ,;.:]|$)/gm, '$1').replace(/\*/g, '').replace(/\s+/g, ' ');
    for (const p of result.provisions) {
      expect(p.text).not.toMatch(/\]\(|\*/);
      for (const para of p.text.split('\n\n')) expect(flat.includes(para), `${p.id}: ${para.slice(0, 60)}`).toBe(true);
    }
  });

  it('reduces link wrappers to their text', () => {
    expect(arts.get('art-10')!.children[0]!.text).toContain('under the Paris Act of 24 July 1971 revising the Bern Convention for the Protection of Literary and Artistic Works, the Agreement on Trade-Related Aspects');
    expect(arts.get('art-10')!.children[0]!.text).toContain('the WIPO Copyright Treaty, with the exception');
  });

  it('is what corpora/instruments/coe-ets-185/provisions.yaml holds (translations aside: see boe-treaty.test.ts)', () => {
    const file = parse(readFileSync(join(repoRoot, 'corpora/instruments/coe-ets-185/provisions.yaml'), 'utf8'));
    expect(file.instrument).toBe('coe-ets-185');
    expect(strip(file.provisions)).toEqual(strip(result.provisions));
  });
});

describe.skipIf(!haveSources)('coe-treaty profile on the First Protocol (ETS 189)', () => {
  let result: IngestResult;
  let arts: Map<string, Provision>;
  beforeAll(async () => {
    result = await ingest(readFileSync(join(dir, files[189])), { format: 'md', profile: 'coe-treaty', file: files[189] });
    arts = byId(result.provisions);
  });

  it('finds the preamble and 16 articles with their headings', () => {
    expect(result.provisions.filter((p) => p.kind === 'article').map((p) => p.id)).toEqual(Array.from({ length: 16 }, (_, i) => `art-${i + 1}`));
    expect(arts.get('preamble')!.text.startsWith('The member States of the Council of Europe and the other States Parties to the Convention on Cybercrime')).toBe(true);
    const expected = sourceHeadings(readFileSync(join(dir, files[189]), 'utf8'));
    expect(expected.size).toBe(16);
    for (const [id, heading] of expected) expect(arts.get(id)?.heading, id).toBe(heading);
    expect(arts.get('art-8')!.heading).toBe('Relations between the Convention and this Protocol');
  });

  it('places articles in their chapters and strips emphasis', () => {
    expect(pathOf(arts.get('art-3'))).toBe('chapter II');
    expect(arts.get('art-8')!.path[0]!.title).toBe('RELATIONS BETWEEN THE CONVENTION AND THIS PROTOCOL');
    expect(arts.get('art-2')!.children[0]!.text).toContain('“racist and xenophobic material” means');
    expect(arts.get('art-5')!.children.map((c) => c.id)).toEqual(['art-5.p-1', 'art-5.p-2']);
    expect(arts.get('art-5')!.children[1]!.children.map((c) => c.id)).toEqual(['art-5.p-2.a', 'art-5.p-2.b']);
  });

  it('is what corpora/instruments/coe-ets-189/provisions.yaml holds (translations aside)', () => {
    const file = parse(readFileSync(join(repoRoot, 'corpora/instruments/coe-ets-189/provisions.yaml'), 'utf8'));
    expect(strip(file.provisions)).toEqual(strip(result.provisions));
  });
});

/** Provisions without their translations and the defaults a corpus file leaves out. */
function strip(ps: Provision[]): unknown {
  return JSON.parse(
    JSON.stringify(ps, (k, v) => (k === 'translations' || (Array.isArray(v) && v.length === 0 && ['path', 'history', 'children'].includes(k)) ? undefined : v)),
  );
}
