// Unofficial translations follow their text: verify lists those of an earlier text, and those that
// record no `of` (so that nobody can tell).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textHash } from '@lexharmony/core';
import { repoRoot } from '../../../test/support/sources.js';
import { run } from './run.js';

const art10 = 'Whoever, knowingly and without authorisation, enters a computer by breaking its password shall be punished with up to two years in prison.';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexharmony-translations-'));
  cpSync(join(repoRoot, 'examples/toy-country/corpora'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Give the toy penal code's art-10 and art-11 Spanish translations: one with `of`, one without. */
function translate(of: string) {
  const file = join(dir, 'instruments/xt-penal-code/provisions.yaml');
  const text = readFileSync(file, 'utf8');
  const withTranslations = text
    .replace(`    text: ${art10}\n`, `    text: ${art10}\n    translations:\n      - { lang: es, text: "Quien entre en una computadora.", official: false, by: test, of: "${of}" }\n`)
    .replace(/(  - id: art-11\n(?: {4}.*\n)*? {4}text: .*\n)/, '$1    translations:\n      - { lang: es, text: "Quien altere datos.", official: false, by: test }\n');
  expect(withTranslations.match(/translations:/g)).toHaveLength(2);
  writeFileSync(file, withTranslations);
}

describe('verify lists translations of an earlier text', () => {
  it('names the provision, file and line of a stale translation, and counts those that record no `of`', async () => {
    translate(textHash(art10.replace('two years', 'one year')));
    const r = await run('verify', '--corpus', dir, '--sources', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`instruments/xt-penal-code/provisions\\.yaml:\\d+: xt-penal-code/art-10: the es translation is of an earlier text \\(of sha256:[0-9a-f]{64}, text now ${textHash(art10)}\\)`));
    expect(r.out).toContain('1 translation(s) of an earlier text');
    expect(r.out).toMatch(/1 unofficial translation\(s\) record no `of` .*: lexharmony stamp .*instruments\/xt-penal-code\/provisions\.yaml/);
  });

  it('a translation of the current text is not listed', async () => {
    translate(textHash(art10));
    const r = await run('verify', '--corpus', dir, '--sources', dir);
    expect(r.out).not.toContain('of an earlier text');
  });
});
