// The CLI surface of validate and show: help, version, strict options, completion, output formats, exit codes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const here = dirname(fileURLToPath(import.meta.url));
const tiny = join(here, 'fixtures/tiny');
const version = (JSON.parse(readFileSync(join(here, '../package.json'), 'utf8')) as { version: string }).version;


describe('lexharmony', () => {
  it('--version prints the package version', async () => {
    const r = await run('--version');
    expect(r).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('--help lists the commands, examples and exit codes', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/lexharmony validate/);
    expect(r.out).toMatch(/lexharmony show <ref>/);
    expect(r.out).toMatch(/Examples:/);
    expect(r.out).toMatch(/Exit codes: 0 ok, 1 usage, 2 invalid data, 3 input\/output/);
  });

  it.each([['validate'], ['show']])('%s --help gives examples', async (cmd) => {
    const r = await run(cmd, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Examples:/);
    expect(r.out).toMatch(new RegExp(`lexharmony ${cmd}`));
  });

  it('refuses an unknown option with exit 1, before running the command', async () => {
    const r = await run('validate', '--corpus', tiny, '--colour');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^lexharmony: Unknown argument: colour\nRun "lexharmony --help" for usage\.\n$/);
  });

  it.each([
    [['valdate'], /Unknown command "valdate". Did you mean validate\?/],
    [[], /Name a command/],
    [['show'], /Not enough non-option arguments/],
    [['show', 'coe-ets-185/art-2', '--format', 'xml'], /Invalid values/],
  ])('usage mistake %j → exit 1', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  it('completion prints a shell script, and completes command names', async () => {
    const script = await run('completion');
    expect(script.code).toBe(0);
    expect(script.out).toMatch(/###-begin-lexharmony-completions-###/);
    const words = await run('--get-yargs-completions', '');
    expect(words.code).toBe(0);
    expect(words.out.split('\n')).toEqual(expect.arrayContaining(['validate', 'show', 'completion']));
  });

  it('validate reports counts on a valid corpus', async () => {
    const r = await run('validate', '--corpus', tiny);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${tiny}: valid — 1 jurisdictions, 3 instruments, 4 provisions, 3 requirements, 1 assessments (1 findings)\n`);
  });

  it('validate of a directory that does not exist exits 3', async () => {
    const r = await run('validate', '--corpus', join(here, 'no-such-dir'));
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/corpora directory not found/);
  });
});

describe('lexharmony show', () => {
  it('--format json gives the provision with its requirements', async () => {
    const r = await run('show', 'ref-t/art-1', '--corpus', tiny, '--format', 'json');
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out) as Record<string, unknown>;
    expect(view).toMatchObject({ ref: 'ref-t/art-1', heading: 'Illegal access', number: '1', lang: 'en', path: [{ level: 'chapter', number: 'II' }] });
    expect((view.children as { id: string }[]).map((c) => c.id)).toEqual(['art-1.p-1', 'art-1.p-2']);
    expect((view.requirements as { ref: string; kind: string }[]).map((q) => `${q.ref} ${q.kind}`)).toEqual([
      'ref-t/art-1#e1 element',
      'ref-t/art-1#o1 option',
      'ref-t/art-1#d1 declaration',
    ]);
  });

  it('prints text by default: the citation, the id, the structure and each requirement', async () => {
    const r = await run('show', 'ref-t/art-1', '--corpus', tiny);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Convention, art\. 1 — Illegal access\n {2}ref-t\/art-1\n/);
    expect(r.out).toMatch(/Chapter II: Measures/);
    expect(r.out).toMatch(/Convention, art\. 1 — element: Access without right\n {6}ref-t\/art-1#e1/);
  });

  it('takes a reference as people write it, in English or Spanish words', async () => {
    for (const ref of ['Convention art. 1', 'convenio artículo 1', 'ref-t/art-1']) {
      const r = await run('show', ref, '--corpus', tiny, '--format', 'json');
      expect(r.code, `${ref}: ${r.err}`).toBe(0);
      expect(JSON.parse(r.out).ref).toBe('ref-t/art-1');
    }
    const es = await run('show', 'Convenio art. 1', '--corpus', tiny, '--lang', 'es');
    expect(es.out).toMatch(/^Convenio, art\. 1 — Illegal access\n/);
    expect(es.out).toMatch(/Capítulo II: Measures/);
  });

  it.each([
    ['ref-t/art-9', /no provision "ref-t\/art-9" in the corpus; nearest: ref-t\/art-1/],
    ['xx/art-1', /no instrument "xx"; known: nat-c, nat-s, ref-t/],
  ])('an unknown reference %s exits 2 with a hint', async (ref, message) => {
    const r = await run('show', ref, '--corpus', tiny);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});
