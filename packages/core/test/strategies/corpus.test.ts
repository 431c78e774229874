// The strategy instruments of the bundled corpus: which strategies, their study status, at least
// eight linked provisions each, and every provision text and link quote verbatim in its source.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, normalizeText, walk, type Provision } from '@lexharmony/core';
import { canonical } from '@lexharmony/core/ingest';
import { haveSources, repoRoot, sourcesDir } from '../../../../test/support/sources.js';

const corpus = loadCorpus();
const strategies = [...corpus.instruments.values()].filter((i) => i.meta.kind === 'strategy');
const byId = new Map(strategies.map((s) => [s.meta.id, s]));

const NAMED = ['gb-ncss-2016', 'ca-ncss-2010', 'us-ncss-2003', 'us-cpr-2009', 'jp-cs-2015'];
const CANDIDATES = ['es-ncss-2013', 'co-conpes-3701-2011', 'cl-pncs-2017', 'au-css-2016', 'de-css-2011'];

const provisionsOf = (ps: Provision[]) => {
  const out: Provision[] = [];
  for (const p of ps) walk(p, (q) => out.push(q));
  return out;
};

describe('strategy instruments', () => {
  it('hold the ENCS and at least nine studied strategies', () => {
    expect(byId.get('mx-encs-2017')?.meta.study?.status).toBe('subject');
    const studied = strategies.filter((s) => s.meta.id !== 'mx-encs-2017');
    expect(studied.length).toBeGreaterThanOrEqual(9);
    for (const id of [...NAMED, ...CANDIDATES]) expect(byId.has(id), id).toBe(true);
  });

  it('mark the four countries the Mexican government named as named, the others as candidate', () => {
    for (const s of strategies) {
      const expected = s.meta.id === 'mx-encs-2017' ? 'subject' : NAMED.includes(s.meta.id) ? 'named' : 'candidate';
      expect(s.meta.study?.status, s.meta.id).toBe(expected);
      expect(s.meta.study?.evidence.length, s.meta.id).toBeGreaterThan(20);
    }
    expect(new Set(NAMED.map((id) => byId.get(id)!.meta.jurisdiction))).toEqual(new Set(['GB', 'CA', 'US', 'JP']));
  });

  it.each(strategies.map((s) => [s.meta.id, s] as const))('%s has at least eight linked provisions, each link quoting its provision', (_id, s) => {
    const linked = new Set(s.links.map((l) => l.from));
    expect(linked.size).toBeGreaterThanOrEqual(8);
    for (const l of s.links) {
      const p = corpus.provisions.get(l.from);
      expect(p?.instrument.id, l.from).toBe(s.meta.id);
      expect(l.relationship).toBe('supports');
      expect(l.areas.length + l.targets.length, l.from).toBeGreaterThan(0);
      expect(normalizeText(p!.provision.text), l.from).toContain(normalizeText(l.quote));
    }
  });

  it('ENCS: no source file, and its coverage says what is missing', () => {
    const encs = byId.get('mx-encs-2017')!.meta;
    expect(encs.source.file).toBeUndefined();
    expect(encs.coverage?.en).toMatch(/No full text/);
    expect(encs.coverage?.en).toMatch(/Budapest/);
    for (const p of provisionsOf(byId.get('mx-encs-2017')!.provisions)) expect(p.note, p.id).toMatch(/quoted|from ITU WSIS|dig\.watch|Memoria/i);
  });

  it('every strategy country is a jurisdiction with its treaty events', () => {
    for (const s of strategies) expect(corpus.jurisdictions.has(s.meta.jurisdiction), s.meta.id).toBe(true);
  });
});

describe.skipIf(!haveSources)('strategy texts against ../shared/sources', () => {
  it.each(strategies.filter((s) => s.meta.source.file).map((s) => [s.meta.id, s] as const))('%s: every provision text and link quote is verbatim in its source file', (_id, s) => {
    const raw = readFileSync(join(sourcesDir, s.meta.source.file!));
    expect(createHash('sha256').update(raw).digest('hex')).toBe(s.meta.source.sha256);
    for (const a of s.meta.source.alternates) expect(createHash('sha256').update(readFileSync(join(sourcesDir, a.file))).digest('hex'), a.file).toBe(a.sha256);
    // Compared as `verify` compares them: a word cut at a line break (a soft hyphen) is one word.
    const text = canonical(raw.toString('utf8'));
    for (const p of provisionsOf(s.provisions)) expect(text, `${s.meta.id}/${p.id}`).toContain(canonical(p.text));
    for (const l of s.links) expect(text, l.from).toContain(canonical(l.quote));
    // An official translation is in the edition source.translations names for its language.
    for (const p of provisionsOf(s.provisions)) {
      for (const t of p.translations.filter((x) => x.official)) {
        const edition = s.meta.source.translations?.find((x) => x.lang === t.lang);
        expect(edition, `${s.meta.id}/${p.id} (${t.lang})`).toBeDefined();
        const raw = readFileSync(join(sourcesDir, edition!.file));
        expect(createHash('sha256').update(raw).digest('hex'), edition!.file).toBe(edition!.sha256);
        expect(canonical(raw.toString('utf8')), `${s.meta.id}/${p.id} (${t.lang})`).toContain(canonical(t.text));
      }
    }
  });

  it('Spain: quoted from the Spanish original, with the Presidency\'s English edition as its official translation', () => {
    const es = byId.get('es-ncss-2013')!;
    expect(es.meta.languages).toEqual(['es']);
    expect(es.meta.source.file).toMatch(/-es\.txt$/);
    for (const p of provisionsOf(es.provisions)) {
      expect(p.translations.map((t) => [t.lang, t.official]), p.id).toEqual([['en', true]]);
      expect(p.text, p.id).not.toContain('\u00ad');
    }
    // A word the typesetter cut at a line break ("Te\u00ad\nlecomunicaciones" in the file) reads whole.
    expect(es.provisions.find((p) => p.id === 'obj-general')!.text).toContain('Sistemas de Información y Telecomunicaciones');
  });

  it('ENCS: every text and translation is verbatim in the secondary note it quotes', () => {
    const note = normalizeText(readFileSync(join(sourcesDir, '../reference/strategies-studied.md'), 'utf8'));
    for (const p of provisionsOf(byId.get('mx-encs-2017')!.provisions)) {
      expect(note, p.id).toContain(normalizeText(p.text));
      for (const t of p.translations) expect(note, `${p.id} ${t.lang}`).toContain(normalizeText(t.text));
    }
  });

  it('the committed instruments are exactly what scripts/strategies/build.mjs extracts', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts/strategies/build.mjs'), '--check', '--sources', sourcesDir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
