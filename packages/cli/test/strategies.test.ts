// `lexharmony strategies`: formats, options, exit codes, and no half-written output.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';


describe('lexharmony strategies', () => {
  it('prints a terminal summary by ncss area by default, with named and candidate strategies', async () => {
    const r = await run('strategies');
    expect(r.code).toBe(0);
    // Strategies by their short names, quotes by the heading of their part: no ids on screen.
    expect(r.out).toMatch(/^ENCS 2017\s+subject/m);
    expect(r.out).toMatch(/^UK NCSS 2016\s+named/m);
    expect(r.out).toMatch(/^Chile PNCS 2017\s+candidate/m);
    expect(r.out).not.toMatch(/[a-z]{2}-[a-z]+-\d{4}\//);
    expect(r.out).toMatch(/^LEG\b/m);
    expect(r.out).toMatch(/never legal conformity/);
  });

  it('--against coe-ets-185 --format json gives the strategy matrix object', async () => {
    const r = await run('strategies', '--against', 'coe-ets-185', '--format', 'json', '--date', '2026-11-27');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out);
    expect(m).toMatchObject({ version: 1, kind: 'strategy-matrix', axis: { kind: 'reference', id: 'coe-ets-185' }, generated: { date: '2026-11-27' } });
    expect(m.rows.map((x: { ref: string }) => x.ref)).toContain('coe-ets-185/art-35');
  });

  it.each([
    [['strategies', '--against', 'coe-ets-185', '--taxonomy', 'ncss'], /not both/],
    [['strategies', '--format', 'xlsx'], /xlsx needs --out/],
    [['strategies', '--format', 'md', '--table', 'evidence'], /--table applies to csv only/],
    [['strategies', '--date', '27/11/2026'], /YYYY-MM-DD/],
    [['strategies', '--out', 'x.pdf'], /cannot tell the format/],
  ])('%j is a usage error (exit 1)', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });

  it('an unknown taxonomy is exit 2 with its name', async () => {
    const r = await run('strategies', '--taxonomy', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no taxonomy "nope"/);
  });

  it('--out writes the file (format from its extension) and will not replace one without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexharmony-cli-strategies-'));
    const out = join(dir, 'strategies.html');
    const first = await run('strategies', '--out', out);
    expect(first.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    writeFileSync(out, 'keep');
    const again = await run('strategies', '--out', out);
    expect(again.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect((await run('strategies', '--out', out, '--force')).code).toBe(0);
    const xlsx = join(dir, 's.xlsx');
    expect((await run('strategies', '--out', xlsx)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect((await run('strategies', '--out', join(dir, 'missing/dir/s.csv'))).code).toBe(3);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('show works on a strategy provision', async () => {
    const r = await run('show', 'cl-pncs-2017/measure-38');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Adhere to and implement the Convention on Cybercrime of the Council of Europe\./);
  });

  it('show prints the note that says an ENCS text is quoted from a secondary source', async () => {
    const r = await run('show', 'mx-encs-2017/obj-4.purpose');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/incrementar las capacidades para la prevención e investigación de conductas delictivas en el ciberespacio/);
    expect(r.out).toMatch(/^Note: .*quoted by "Memoria y Recomendaciones"/m);
  });
});
