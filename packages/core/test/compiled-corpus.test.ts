// The compiled corpus (what the build ships and the CLI reads fast) and the fingerprint that tells
// whether it still stands for the corpora directory it was compiled from.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess, changedCorpusFiles, Corpus, corpusDigest, findingHash, fingerprintCorpus, gapMatrix, listYamlFiles, loadCorpusData, readCompiledCorpus, readCompiledSource, textHash, wordingHash, wordingText, writeCompiledCorpus, type Provision } from '@lexharmony/core';
import { toyDir } from './support/toy.js';

/** The current hash the engine gives a cited provision (what it compares with the one a citation recorded). */
function provisionHashOf(corpus: Corpus, ref: string): string | undefined {
  for (const a of assess(corpus, 'XT', 'toy-convention').articles) for (const r of a.requirements) for (const c of r.finding?.citations ?? []) if (c.ref === ref) return c.currentHash;
  return undefined;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexharmony-compiled-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled corpus', () => {
  it('reads back the data it was written from, with its digest, and gives the same matrix', () => {
    const data = loadCorpusData(toyDir);
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const back = readCompiledCorpus(join(dir, 'data'));
    expect(back.digest).toBe(corpusDigest(data));
    expect(JSON.parse(JSON.stringify({ ...back, digest: undefined }))).toEqual(JSON.parse(JSON.stringify(data)));
    const opts = { jurisdictions: ['XT'], date: '2026-01-01' };
    expect(gapMatrix(back, opts)).toEqual(gapMatrix(data, opts));
  });

  it('writes ASCII files (other characters as JSON escapes) that read back as the same text, and reads a UTF-8 file too', () => {
    const data = loadCorpusData(toyDir);
    const text = 'Artículo 1º. — «Sistema» ‘informático’ 𝔸 ñ\u007f';
    data.instruments[1]!.provisions[0]!.text = text;
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const file = join(dir, 'data/provisions', `${data.instruments[1]!.meta.id}.json`);
    expect([...readFileSync(file)].every((b) => b < 0x7f)).toBe(true);
    expect(readCompiledCorpus(join(dir, 'data')).instruments[1]!.provisions[0]!.text).toBe(text);
    // A file written as UTF-8 (by an earlier build, or by hand) reads right as well.
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    expect(readFileSync(file, 'utf8')).toContain('𝔸');
    expect(readCompiledCorpus(join(dir, 'data')).instruments[1]!.provisions[0]!.text).toBe(text);
  });

  it('gives each provision the text hash the build recorded (no text is hashed again)', () => {
    const data = loadCorpusData(toyDir);
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const file = join(dir, 'data/provisions/xt-penal-code.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { provisions: Provision[]; hashes: string[] };
    expect(stored.hashes[0]).toBe(textHash(stored.provisions[0]!.text));
    // A hash the build did not compute shows through: it is what the compiled corpus answers with.
    writeFileSync(file, JSON.stringify({ ...stored, hashes: ['sha256:recorded', ...stored.hashes.slice(1)] }));
    const back = new Corpus(readCompiledCorpus(join(dir, 'data')));
    expect(provisionHashOf(back, 'xt-penal-code/art-10')).toBe('sha256:recorded');
  });

  it('gives each finding the fingerprint, and each translation the text hash, the build recorded', () => {
    const data = loadCorpusData(toyDir);
    const translated = data.instruments.find((i) => i.meta.id === 'xt-penal-code')!.provisions[0]!;
    translated.translations = [{ lang: 'fr', text: 'Article 10. A translation.', official: true, by: 'test' }];
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const back = readCompiledCorpus(join(dir, 'data'));
    // A copy has no recorded fingerprint: computed afresh, it is the one the build recorded.
    expect(back.assessments[0]!.findings.map((f) => findingHash(f))).toEqual(data.assessments[0]!.findings.map((f) => findingHash(structuredClone(f))));
    const stored = JSON.parse(readFileSync(join(dir, 'data/provisions/xt-penal-code.json'), 'utf8')) as { translationHashes: (string[] | 0)[] };
    expect(stored.translationHashes[0]).toEqual([textHash('Article 10. A translation.')]);
    // What the build recorded shows through: nothing is hashed again.
    const file = join(dir, 'data/assessments/0.json');
    const body = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
    writeFileSync(file, JSON.stringify({ ...body, '.findingHashes': ['sha256:recorded', ...body['.findingHashes']!.slice(1)] }));
    writeFileSync(join(dir, 'data/provisions/xt-penal-code.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'data/provisions/xt-penal-code.json'), 'utf8')), translationHashes: [['sha256:recorded-translation']] }));
    const again = readCompiledCorpus(join(dir, 'data'));
    expect(findingHash(again.assessments[0]!.findings[0]!)).toBe('sha256:recorded');
    expect(Object.keys(again.assessments[0]!)).not.toContain('.findingHashes');
    expect(wordingHash(wordingText(new Corpus(again), 'xt-penal-code/art-10', 'fr')!)).toBe('sha256:recorded-translation');
  });

  it('reads an instrument’s provisions, and the origins, only when they are asked for', () => {
    const data = loadCorpusData(toyDir);
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const back = readCompiledCorpus(join(dir, 'data'));
    const [first, second] = back.instruments;
    unlinkSync(join(dir, 'data/provisions', `${second!.meta.id}.json`));
    unlinkSync(join(dir, 'data/origins.json'));
    expect(first!.provisions.length).toBeGreaterThan(0);
    expect(() => second!.provisions).toThrow(/ENOENT/);
    expect(() => back.origins).toThrow(/ENOENT/);
  });

  it('reads an assessment’s findings only when they are asked for; which assessment is which is always there', () => {
    const data = loadCorpusData(toyDir);
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const back = readCompiledCorpus(join(dir, 'data'));
    unlinkSync(join(dir, 'data/assessments/0.json'));
    const [a] = back.assessments;
    expect([a!.jurisdiction, a!.reference, a!.alsoCovers]).toEqual(['XT', 'toy-convention', []]);
    expect(() => a!.findings).toThrow(/ENOENT/);
    expect(Object.keys(back)).not.toContain('.layout');
  });

  it('reads the findings’ prose (rationale, reviews) only when it is asked for; a gap matrix on screen never asks', () => {
    const data = loadCorpusData(toyDir);
    writeCompiledCorpus(join(dir, 'data'), data, fingerprintCorpus(toyDir));
    const back = readCompiledCorpus(join(dir, 'data'));
    unlinkSync(join(dir, 'data/assessments/0.prose.json'));
    const [f] = back.assessments[0]!.findings;
    expect([f!.requirement, f!.coverage]).toEqual([data.assessments[0]!.findings[0]!.requirement, data.assessments[0]!.findings[0]!.coverage]);
    expect(Object.keys(f!)).toEqual(Object.keys(data.assessments[0]!.findings[0]!));
    // The matrix is made, its statuses and citations read, without the prose file; its rationales need it.
    const matrix = gapMatrix(back, { jurisdictions: ['XT'], date: '2026-01-01', recommendations: false });
    expect(matrix.rows.some((r) => r.cells.XT?.findings.some((x) => x.coverage))).toBe(true);
    expect(() => f!.rationale).toThrow(/ENOENT/);
    expect(() => JSON.stringify(matrix)).toThrow(/ENOENT/);
  });
});

describe('the corpus fingerprint', () => {
  let corpora: string;
  beforeEach(() => {
    corpora = join(dir, 'corpora');
    cpSync(toyDir, corpora, { recursive: true });
  });

  it('records every corpus file with its size, time and sha256, and sees no change in the same files', () => {
    const source = fingerprintCorpus(corpora);
    expect(source.dir).toBe(corpora);
    expect(source.files.map((f) => f.file).sort()).toEqual(listYamlFiles(corpora).sort());
    expect(source.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && f.size > 0)).toBe(true);
    expect(changedCorpusFiles(corpora, source.files)).toEqual([]);
  });

  it('a file touched but not changed is the same (a checkout or a copy touches every file)', () => {
    const source = fingerprintCorpus(corpora);
    const file = join(corpora, 'jurisdictions.yaml');
    utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(changedCorpusFiles(corpora, source.files)).toEqual([]);
  });

  it('names a file whose bytes changed (same size included), a file added and a file removed', () => {
    const source = fingerprintCorpus(corpora);
    const [one, two] = source.files;
    const text = readFileSync(join(corpora, one!.file), 'utf8');
    // Same length, one byte different, and a later time.
    writeFileSync(join(corpora, one!.file), text.replace(/a/, 'b'));
    utimesSync(join(corpora, one!.file), new Date(), new Date(Date.now() + 5000));
    unlinkSync(join(corpora, two!.file));
    writeFileSync(join(corpora, 'assessments/XT--extra.yaml'), 'jurisdiction: XT\n');
    expect(changedCorpusFiles(corpora, source.files).sort()).toEqual([one!.file, two!.file, 'assessments/XT--extra.yaml'].sort());
  });

  it('leaves out what the corpus reader leaves out (dot-files, files that are not YAML)', () => {
    const source = fingerprintCorpus(corpora);
    writeFileSync(join(corpora, '.notes.yaml'), 'x: 1\n');
    writeFileSync(join(corpora, 'README.md'), '# notes\n');
    expect(changedCorpusFiles(corpora, source.files)).toEqual([]);
  });

  it('a directory that cannot be read differs in every file', () => {
    const source = fingerprintCorpus(corpora);
    expect(changedCorpusFiles(join(dir, 'gone'), source.files)).toHaveLength(source.files.length);
  });

  it('the build writes it beside the compiled corpus', () => {
    writeCompiledCorpus(join(dir, 'data'), loadCorpusData(corpora), fingerprintCorpus(corpora));
    expect(readCompiledSource(join(dir, 'data'))?.files.length).toBe(listYamlFiles(corpora).length);
    expect(readCompiledSource(join(dir, 'nowhere'))).toBeUndefined();
  });
});
