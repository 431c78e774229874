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
    const r = await run(['stamp', file]);
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
    expect((await run(['stamp', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(`- { ref: xx-code/art-1, hash: ${textHash('Whoever enters a computer without right.')}, quote: enters a computer }`);
    expect((await run(['validate', '--corpus', dir])).code).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await run(['stamp', file]);
    const once = readFileSync(file, 'utf8');
    const r = await run(['stamp', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect(r.out).toMatch(/0 hash\(es\) filled, 0 changed/);
  });

  it('reports a changed provision without rewriting it, and rewrites it with --refresh', async () => {
    await run(['stamp', file]);
    const stamped = readFileSync(file, 'utf8');
    makeCorpus(dir, 'Whoever enters or remains in a computer without right.');
    const r = await run(['stamp', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/changed .*ref-t\/art-2#e1 → xx-code\/art-1/);
    expect(readFileSync(file, 'utf8')).toBe(stamped);

    const fresh = await run(['stamp', file, '--refresh']);
    expect(fresh.code).toBe(0);
    expect(fresh.err).toMatch(/refreshed/);
    expect(readFileSync(file, 'utf8')).toContain(`hash: ${textHash('Whoever enters or remains in a computer without right.')}`);
  });

  it('refuses a citation of an unknown provision, naming file, line and field, and writes nothing', async () => {
    writeFileSync(file, assessment.replace('xx-code/art-1', 'xx-code/art-9'));
    const before = readFileSync(file, 'utf8');
    const r = await run(['stamp', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/XX--ref-t\.yaml:11: findings\[0\]\.citations\[0\]\.ref: unknown provision "xx-code\/art-9"/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('fails on a missing file with the input/output exit code', async () => {
    const r = await run(['stamp', join(dir, 'assessments/none.yaml')]);
    expect(r.code).toBe(3);
  });
});
