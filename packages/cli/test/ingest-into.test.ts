// `lexharmony ingest … --select IDS --into corpora/instruments/ID/provisions.yaml`: re-ingest after a reform.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../test/support/sources.js';
import { run } from './run.js';

const paragraph = 'Al que sin autorización conozca o copie información contenida en sistemas o equipos de informática\nprotegidos por algún mecanismo de seguridad, se le impondrán de tres meses a un año de prisión y de\ncincuenta a ciento cincuenta días multa.';
const reformed = 'Al que sin autorización acceda, conozca o copie información contenida en sistemas o equipos de informática\nprotegidos por algún mecanismo de seguridad, se le impondrán de seis meses a dos años de prisión y de\ncien a trescientos días multa.';

describe.skipIf(!haveSources)('lexharmony ingest --into', () => {
  let dir: string;
  let cpf: string;
  let provisions: string;
  let instrument: string;
  const bytes = (f: string) => readFileSync(f, 'utf8');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexharmony-into-'));
    cpSync(join(repoRoot, 'corpora'), join(dir, 'corpora'), { recursive: true });
    // A copy of the official text with one paragraph of art. 211 Bis 1 reformed, under the name the instrument records.
    cpf = join(dir, 'CPF.txt');
    const source = bytes(join(sourcesDir, 'mexico/CPF.txt'));
    expect(source.split(paragraph)).toHaveLength(2);
    writeFileSync(cpf, source.replace(paragraph, reformed));
    provisions = join(dir, 'corpora/instruments/mx-cpf/provisions.yaml');
    instrument = join(dir, 'corpora/instruments/mx-cpf/instrument.yaml');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const into = (...more: string[]) => run('ingest', cpf, '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-211-bis-1', '--into', provisions, ...more);

  it('replaces the article, keeps every other line, says what it replaced, and records the new file’s sha256', async () => {
    const before = bytes(provisions);
    const r = await into();
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    // Where the article starts and ends (the line before the next article), before and after.
    const old = before.split('\n');
    const after = bytes(provisions).split('\n');
    const span = (lines: string[]) => [lines.indexOf('  - id: art-211-bis-1') + 1, lines.indexOf('  - id: art-211-bis-2')] as const;
    const [from, to] = span(old);
    const [newFrom, newTo] = span(after);
    expect(r.err).toContain(`${provisions}: replaced art-211-bis-1 (lines ${from}-${to}, now ${newFrom}-${newTo}): text changed in art-211-bis-1, art-211-bis-1.p-2\n`);
    expect(r.err).toContain(`  translation kept, now of an earlier text: mx-cpf/art-211-bis-1.p-2 (en)`);
    expect(after.slice(0, newFrom - 1)).toEqual(old.slice(0, from - 1));
    expect(after.slice(newTo)).toEqual(old.slice(to));
    expect(after.slice(newFrom - 1, newTo).join('\n')).not.toBe(old.slice(from - 1, to).join('\n'));
    const sha = createHash('sha256').update(readFileSync(cpf)).digest('hex');
    expect(bytes(instrument)).toContain(`    - file: mexico/CPF.txt\n      sha256: ${sha}\n`);
    expect(r.err).toContain(`instrument.yaml: source.alternates[0].sha256 "`);
    expect((await run('validate', '--corpus', join(dir, 'corpora'))).code).toBe(0);
  });

  it('run again with the same text: nothing to replace, the file as it is', async () => {
    await into();
    const once = bytes(provisions);
    const r = await into();
    expect(r.code).toBe(0);
    expect(r.err).toContain('art-211-bis-1 unchanged (the official text gives it as the file holds it)');
    expect(bytes(provisions)).toBe(once);
  });

  it('bad input: one line naming the file and what was expected, exit 2, nothing written', async () => {
    const before = { p: bytes(provisions), i: bytes(instrument) };
    const unchanged = () => expect({ p: bytes(provisions), i: bytes(instrument) }).toEqual(before);

    const cnpp = join(dir, 'corpora/instruments/mx-cnpp/provisions.yaml');
    const other = await run('ingest', cpf, '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-211-bis-1', '--into', cnpp);
    expect(other.code).toBe(2);
    expect(other.err).toBe(`lexharmony: ${cnpp}:2: instrument: the file holds the provisions of mx-cnpp (expected the provisions file of mx-cpf (--instrument))\n`);

    const nothing = await run('ingest', cpf, '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-9999', '--into', provisions);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(/^lexharmony: no article "art-9999" in the source \(ids look like art-1, art-2, art-3\)\n$/);
    unchanged();

    writeFileSync(provisions, before.p.replace('  - id: art-2\n', '  - id: Art 2\n'));
    const broken = await into();
    expect(broken.code).toBe(2);
    const line = before.p.split('\n').indexOf('  - id: art-2') + 1;
    expect(broken.err).toMatch(new RegExp(`^lexharmony: .*provisions\\.yaml:${line}: provisions\\[1\\]\\.id: invalid value "Art 2" \\(expected a provision id such as "art-2"`));
    expect(bytes(instrument)).toBe(before.i);
  });

  it('usage: --into needs --select, and is not --out', async () => {
    expect((await run('ingest', cpf, '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--into', provisions)).code).toBe(1);
    expect((await into('--out', join(dir, 'x.yaml'))).code).toBe(1);
  });
});

describe.skipIf(!haveSources)('lexharmony ingest --out onto an existing file', () => {
  it('needs --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexharmony-out-'));
    const out = join(dir, 'cpf.yaml');
    writeFileSync(out, 'kept\n');
    const args = ['ingest', join(sourcesDir, 'mexico/CPF.txt'), '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-211-bis-1', '--out', out];
    const r = await run(...args);
    expect(r.code).toBe(3);
    expect(r.err).toContain('already exists; use --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('kept\n');
    expect((await run(...args, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('  - id: art-211-bis-1\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
