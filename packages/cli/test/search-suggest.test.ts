import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const corpus = fileURLToPath(new URL('../../core/test/fixtures/search-corpus', import.meta.url));

const runIn = (...args: string[]) => run(...args, '--corpus', corpus);

describe('lexharmony search', () => {
  it('ranks CPF 211 bis 1 and Budapest Art. 2 first, query quoted or not', async () => {
    const quoted = await runIn('search', 'acceso ilicito', '--format', 'json');
    expect(quoted.code).toBe(0);
    const top = JSON.parse(quoted.out).results.slice(0, 2).map((r: { ref: string }) => r.ref);
    expect(new Set(top)).toEqual(new Set(['mx-cpf/art-211-bis-1', 'coe-ets-185/art-2']));
    const bare = await runIn('search', 'acceso', 'ilícito', '--format', 'json');
    const pick = (o: string) => JSON.parse(o).results.map((r: { ref: string; score: number }) => [r.ref, r.score]);
    expect(pick(bare.out)).toEqual(pick(quoted.out));
  });

  it('prints numbered results with what matched and a snippet', async () => {
    const r = await runIn('search', 'illegal access', '--in', 'mx-cpf', '--limit', '2');
    expect(r.code).toBe(0);
    // The citation a reader knows first, the id on the next line.
    expect(r.out).toMatch(/^1\. CPF, art\. 211 bis 1 {2}\[provision, 0\.\d\d\]\n {3}mx-cpf\/art-211-bis-1\n {3}matched: .*sin autorización/);
    expect(r.out).toMatch(/\n2\. CPF, art\. [^\n]+\n {3}mx-cpf\//);
    expect(r.out).not.toMatch(/\n3\. /);
  });

  it('says so on stderr when nothing matches', async () => {
    const r = await runIn('search', 'zzzzqqq');
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toMatch(/No results for "zzzzqqq"/);
  });

  it('refuses a bad limit (usage) and an unknown instrument (data)', async () => {
    expect((await runIn('search', 'acceso', '--limit', '0')).code).toBe(1);
    const r = await runIn('search', 'acceso', '--in', 'mx-nope');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no instrument "mx-nope"; known: coe-ets-185, mx-cpf/);
  });
});

describe('lexharmony suggest', () => {
  it('proposes candidates, says they are only candidates, shows the words that matched', async () => {
    const r = await runIn('suggest', 'coe-ets-185/art-2', '--in', 'mx-cpf', '--limit', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Candidates for coe-ets-185\/art-2 \(Art\. 2 — Illegal access\) in mx-cpf\n.*not findings/);
    expect(r.out).toMatch(/\n1\. mx-cpf\/art-211-bis-1 .*\n(?: {3}.*\n)* {3}.*sin autorización.*← illegal access/);
  });

  it('gives JSON with the notice', async () => {
    const r = await runIn('suggest', 'coe-ets-185/art-2#e4', '--in', 'mx-cpf', '--format', 'json');
    const j = JSON.parse(r.out);
    expect(j.notice).toMatch(/analyst/);
    expect(j.reference.kind).toBe('requirement');
    expect(j.candidates.length).toBeGreaterThan(0);
  });

  it('needs exactly one place to look, and a profile with --source', async () => {
    expect((await runIn('suggest', 'coe-ets-185/art-2')).code).toBe(1);
    expect((await runIn('suggest', 'coe-ets-185/art-2', '--in', 'mx-cpf', '--source', 'x.txt', '--profile', 'mx-federal')).code).toBe(1);
    const r = await runIn('suggest', 'coe-ets-185/art-2', '--source', 'x.txt');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--source needs --profile/);
  });

  it('reports an unknown reference and an unreadable source as one line', async () => {
    const bad = await runIn('suggest', 'coe-ets-185/art-99', '--in', 'mx-cpf');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^lexharmony: no requirement or provision "coe-ets-185\/art-99"/);
    const missing = await runIn('suggest', 'coe-ets-185/art-2', '--source', '/nonexistent/CPF.txt', '--profile', 'mx-federal');
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/cannot read \/nonexistent\/CPF\.txt: no such file/);
  });
});
