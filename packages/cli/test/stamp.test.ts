import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textHash } from '@lexharmony/core';
import { main } from '../src/index.js';

/** A minimal corpora directory: one reference requirement, one national provision, one finding without a hash. */
function makeCorpus(dir: string, provisionText: string) {
  mkdirSync(join(dir, 'instruments/ref-t'), { recursive: true });
  mkdirSync(join(dir, 'instruments/xx-code'), { recursive: true });
  mkdirSync(join(dir, 'assessments'), { recursive: true });
  writeFileSync(join(dir, 'jurisdictions.yaml'), 'jurisdictions:\n  - code: XX\n    names: { en: Testland }\n    federal: false\n');
  const inst = (id: string, kind: string, jur: string) =>
    `id: ${id}\nkind: ${kind}\njurisdiction: ${jur}\ntitles: { en: ${id} }\nlanguages: [en]\nversion: v1\nsource: { url: "https://example.org/${id}", publisher: Test }\n`;
  writeFileSync(join(dir, 'instruments/ref-t/instrument.yaml'), inst('ref-t', 'treaty', 'INT'));
  writeFileSync(join(dir, 'instruments/ref-t/provisions.yaml'), 'instrument: ref-t\nprovisions:\n  - id: art-2\n    text: Access without right.\n');
  writeFileSync(
    join(dir, 'instruments/ref-t/requirements.yaml'),
    'instrument: ref-t\nrequirements:\n  - id: e1\n    provision: art-2\n    kind: element\n    label: { en: Access }\n    quote: { en: Access }\n',
  );
  writeFileSync(join(dir, 'instruments/xx-code/instrument.yaml'), inst('xx-code', 'code', 'XX'));
  writeFileSync(
    join(dir, 'instruments/xx-code/provisions.yaml'),
    `instrument: xx-code\nprovisions:\n  - id: art-1\n    text: ${JSON.stringify(provisionText)}\n`,
  );
}

const assessment = `# A comment that must survive.
jurisdiction: XX
reference: ref-t
date: "2026-11-27"
findings:
  # e1 the access element
  - requirement: ref-t/art-2#e1
    coverage: met
    relationship: equivalent-to
    citations:
      - ref: xx-code/art-1
        quote: enters a computer
    rationale:
      en: >-
        A folded rationale
        over two lines.
    confidence: high
    date: "2026-11-27"
`;

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (t) => out.push(t), err: (t) => err.push(t), color: false }).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

describe('lexharmony stamp', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexharmony-stamp-'));
    makeCorpus(dir, 'Whoever enters a computer without right.');
    file = join(dir, 'assessments/XX--ref-t.yaml');
    writeFileSync(file, assessment);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fills a missing hash right after the ref, keeping comments and layout', async () => {
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const hash = textHash('Whoever enters a computer without right.');
    expect(text).toContain(`      - ref: xx-code/art-1\n        hash: ${hash}\n        quote: enters a computer\n`);
    expect(text).toContain('# A comment that must survive.');
    expect(text).toContain('  # e1 the access element\n');
    expect(text).toContain('    rationale:\n      en: >-\n');
    expect(text.replace(/\n {8}hash: .*/, '')).toBe(assessment);
    expect(r.out).toMatch(/1 hash\(es\) filled, 0 changed/);
    // The stamped file is a valid corpus.
    expect((await run(['validate', '--corpus', dir])).code).toBe(0);
  });

  it('fills a hash inside a flow-style citation', async () => {
    writeFileSync(file, assessment.replace('      - ref: xx-code/art-1\n        quote: enters a computer\n', '      - { ref: xx-code/art-1, quote: enters a computer }\n'));
    expect((await run(['stamp', file, '--corpus', dir])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`- { ref: xx-code/art-1, hash: ${textHash('Whoever enters a computer without right.')}, quote: enters a computer }`);
    expect((await run(['validate', '--corpus', dir])).code).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await run(['stamp', file, '--corpus', dir]);
    const once = readFileSync(file, 'utf8');
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(r.out).toMatch(/0 hash\(es\) filled, 0 changed/);
  });

  it('reports a changed provision without rewriting it, and rewrites it with --refresh', async () => {
    await run(['stamp', file, '--corpus', dir]);
    const stamped = readFileSync(file, 'utf8');
    makeCorpus(dir, 'Whoever enters or remains in a computer without right.');
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/changed .*ref-t\/art-2#e1 → xx-code\/art-1/);
    expect(readFileSync(file, 'utf8')).toBe(stamped);

    // The finding quotes "enters a computer", which the new text no longer holds: no refresh until it is edited.
    const refused = await run(['stamp', file, '--corpus', dir, '--refresh']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/XX--ref-t\.yaml:13: findings\[0\]\.citations\[0\]\.quote: the finding for ref-t\/art-2#e1 quotes "enters a computer", which xx-code\/art-1 no longer holds/);
    expect(readFileSync(file, 'utf8')).toBe(stamped);

    writeFileSync(file, stamped.replace('quote: enters a computer', 'quote: enters or remains in a computer'));
    const fresh = await run(['stamp', file, '--corpus', dir, '--refresh']);
    expect(fresh.code).toBe(0);
    expect(fresh.err).toMatch(/refreshed/);
    expect(readFileSync(file, 'utf8')).toContain(`hash: ${textHash('Whoever enters or remains in a computer without right.')}`);
  });

  it('refuses a citation of an unknown provision, naming file, line and field, and writes nothing', async () => {
    writeFileSync(file, assessment.replace('xx-code/art-1', 'xx-code/art-9'));
    const before = readFileSync(file, 'utf8');
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/XX--ref-t\.yaml:11: findings\[0\]\.citations\[0\]\.ref: unknown provision "xx-code\/art-9"/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('fails on a missing file with the input/output exit code', async () => {
    const r = await run(['stamp', join(dir, 'assessments/none.yaml'), '--corpus', dir]);
    expect(r.code).toBe(3);
  });
});

describe('lexharmony stamp: the reform report', () => {
  let dir: string;
  let file: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, stdio: 'pipe' }).toString();
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lexharmony-reform-'));
    makeCorpus(dir, 'Whoever enters a computer without right shall be punished with a fine.');
    file = join(dir, 'assessments/XX--ref-t.yaml');
    writeFileSync(file, assessment);
    expect((await run(['stamp', file, '--corpus', dir])).code).toBe(0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows each changed provision as a word diff from the text in git history, the findings citing it, and whether each quote is still there', async () => {
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'Corpus as analysed');
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    makeCorpus(dir, 'Whoever enters a computer without right shall be punished with prison.');
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`xx-code/art-1 changed since its findings were made\n  from the text of instruments/xx-code/provisions.yaml at commit ${commit} (“Corpus as analysed”):\n  Whoever enters a computer without right shall be punished with [-a fine-]{+prison+}.\n`);
    expect(r.out).toContain(`  cited by:\n    ${file}:11  ref-t/art-2#e1 “Access”\n      quote “enters a computer”: still in the text\n`);
    expect(r.out).toContain('0 hash(es) filled, 1 changed (review those findings, then run again with --refresh)');
  });

  it('finds the earlier text in an older commit when the new one is already committed', async () => {
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'Corpus as analysed');
    makeCorpus(dir, 'Whoever enters or damages a computer without right shall be punished with a fine.');
    git('commit', '-q', '-a', '-m', 'Reform');
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.out).toContain('“Corpus as analysed”):\n  Whoever enters {+or damages +}a computer');
    expect(r.out).toContain('quote “enters a computer”: not in the new text (edit the finding before --refresh)');
  });

  it('says when the earlier text is not in git history (no repository)', async () => {
    makeCorpus(dir, 'Whoever enters a computer without right shall be punished with prison.');
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.out).toContain('the text it had (sha256:');
    expect(r.out).toContain('is not in the git history of the corpus; it now reads: “Whoever enters a computer without right shall be punished with prison.”');
  });

  it('refuses an assessment that sits in another corpora directory than the one the corpus rule picks', async () => {
    const other = mkdtempSync(join(tmpdir(), 'lexharmony-other-'));
    makeCorpus(other, 'Other text.');
    const r = await run(['stamp', file, '--corpus', other]);
    rmSync(other, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file} belongs to the corpora directory ${dir}, but the corpus read is ${other}`);
  });
});

describe('lexharmony stamp on a provisions file: the text each translation translates', () => {
  let dir: string;
  let file: string;
  const text = 'Whoever enters a computer without right.';
  const provisions = `instrument: xx-code
provisions:
  # the first article
  - id: art-1
    text: ${text}
    translations:
      - lang: es
        text: Quien entre en una computadora sin derecho.
        official: false
        by: test
      - { lang: fr, text: "Quiconque entre.", official: false, by: test }
      - lang: de
        text: Wer eindringt.
        official: true
        by: Gesetzgeber
`;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexharmony-stamp-translations-'));
    makeCorpus(dir, text);
    file = join(dir, 'instruments/xx-code/provisions.yaml');
    writeFileSync(file, provisions);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records the hash of the current text in each unofficial translation that has none, every other byte kept', async () => {
    const r = await run(['stamp', file, '--corpus', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 translation hash(es) filled, 0 translation(s) of an earlier text');
    const h = textHash(text);
    expect(readFileSync(file, 'utf8')).toBe(
      provisions.replace('        by: test\n      - {', `        by: test\n        of: ${h}\n      - {`).replace('official: false, by: test }', `official: false, by: test, of: ${h} }`),
    );
    expect((await run(['validate', '--corpus', dir])).code).toBe(0);
  });

  it('never rewrites a recorded `of`, with --refresh or without: only the translator does, by revising it', async () => {
    await run(['stamp', file, '--corpus', dir]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(text, 'Whoever enters or damages a computer without right.'));
    const stamped = readFileSync(file, 'utf8');
    for (const args of [[], ['--refresh']]) {
      const r = await run(['stamp', file, '--corpus', dir, ...args]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('0 translation hash(es) filled, 2 translation(s) of an earlier text');
      expect(r.err).toMatch(/stale {2}.*provisions\.yaml:7 xx-code\/art-1 \(es\): a translation of an earlier text/);
      expect(readFileSync(file, 'utf8')).toBe(stamped);
    }
  });
});
