// One rule for which corpus every command reads: --corpus DIR; else ./corpora of the directory the
// user ran from (INIT_CWD under pnpm); else the bundled corpus. A compiled copy stands in for a
// directory only while the directory holds exactly the files it was compiled from.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintCorpus, loadCorpusData, writeCompiledCorpus } from '@lexharmony/core';
import { makeContext, type ContextOptions } from '../src/context.js';
import { main } from '../src/index.js';
import type { Io } from '../src/output.js';
import { repoRoot } from '../../../test/support/sources.js';

const toy = join(repoRoot, 'examples/toy-country/corpora');
const penalCode = 'instruments/xt-penal-code/provisions.yaml';

let work: string;
let options: ContextOptions;
beforeEach(() => {
  // A user's folder holding corpora/, and a compiled copy of it standing for the bundled corpus.
  work = mkdtempSync(join(tmpdir(), 'lexharmony-rule-'));
  cpSync(toy, join(work, 'corpora'), { recursive: true });
  mkdirSync(join(work, 'elsewhere'));
  const data = join(work, 'data');
  writeCompiledCorpus(data, loadCorpusData(join(work, 'corpora')), fingerprintCorpus(join(work, 'corpora')));
  options = { env: { INIT_CWD: work }, bundled: { kind: 'compiled', path: data } };
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const quiet = (): Io & { errors: string } => {
  const io = { errors: '', out: () => {}, err: (t: string) => void (io.errors += t), color: false };
  return io;
};

async function run(args: string[], opts: ContextOptions = options) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t), color: false }, opts);
  return { code, out, err };
}

/** Change the text of the toy penal code's first article, as a re-ingest would. */
function reform() {
  const file = join(work, 'corpora', penalCode);
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/(\n {4}text: )(.*)/, (_, head: string, rest: string) => `${head}${rest.replace(/\.$/, ', as reformed.')}`);
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
}

describe('the corpus rule', () => {
  it('./corpora of the directory the user ran from, read from the compiled copy while it holds the same files', () => {
    const io = quiet();
    const ctx = makeContext(io, options);
    expect(ctx.choice()).toMatchObject({ kind: 'directory', dir: join(work, 'corpora'), shown: './corpora', why: 'working-directory', compiled: true });
    expect(io.errors).toBe('');
  });

  it('a ./corpora that changed since it was compiled is read as YAML, and a note says so', async () => {
    const before = await run(['gaps', 'XT', '--format', 'json', '--date', '2026-01-01']);
    reform();
    const after = await run(['gaps', 'XT', '--format', 'json', '--date', '2026-01-01']);
    expect(after.code).toBe(0);
    expect(after.err).toBe(`lexharmony: reading ./corpora as YAML: it changed since \`pnpm build\` compiled it (${penalCode})\n`);
    expect(JSON.parse(after.out).generated.corpus).not.toBe(JSON.parse(before.out).generated.corpus);
    // The edit is in the output: the cited provision's new text, and the findings that cite it stale.
    const m = JSON.parse(after.out);
    expect(m.provisions.some((p: { text: string }) => p.text.includes('as reformed'))).toBe(true);
    expect(m.rows.some((r: { cells: Record<string, { stale: boolean }> }) => r.cells.XT!.stale)).toBe(true);
  });

  it('a command that reads no corpus says nothing about it (stamp on a provisions file)', async () => {
    reform();
    const r = await run(['stamp', join('corpora', penalCode)]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });

  it('--corpus DIR wins, relative to the directory the user ran from', async () => {
    const ctx = makeContext(quiet(), { ...options, env: { INIT_CWD: join(work, 'elsewhere') } });
    expect(ctx.choice('../corpora')).toMatchObject({ kind: 'directory', dir: join(work, 'corpora'), why: 'option', compiled: true });
    const r = await run(['validate', '--corpus', '../corpora'], { ...options, env: { INIT_CWD: join(work, 'elsewhere') } });
    expect(r.out).toMatch(/^\.\.\/corpora: valid — 1 jurisdictions/);
  });

  it('with no ./corpora, the bundled corpus; a note when the directory it was compiled from has changed since', async () => {
    const away = { ...options, env: { INIT_CWD: join(work, 'elsewhere') } };
    const io = quiet();
    expect(makeContext(io, away).choice()).toEqual({ kind: 'bundled' });
    expect(io.errors).toBe('');
    reform();
    const r = await run(['gaps', 'XT', '--format', 'json', '--date', '2026-01-01'], away);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`lexharmony: note: reading the bundled corpus, compiled from ../corpora before it changed (${penalCode}); run \`pnpm build\`, or --corpus ../corpora\n`);
    expect(JSON.parse(r.out).provisions.some((p: { text: string }) => p.text.includes('as reformed'))).toBe(false);
  });

  it('validate reads the directory the rule picks, and says what it checked for the bundled corpus', async () => {
    const here = await run(['validate']);
    expect(here.out).toMatch(/^\.\/corpora: valid — /);
    const away = await run(['validate'], { ...options, env: { INIT_CWD: join(work, 'elsewhere') } });
    expect(away.out).toMatch(/^the bundled corpus: valid \(checked when it was compiled; no \.\/corpora here to read\) — 1 jurisdictions/);
  });

  it('every command that reads a corpus states the rule in its --help', async () => {
    const help = async (...args: string[]) => (await run(args)).out.replace(/\s+/g, ' ');
    for (const cmd of ['gaps', 'report', 'show', 'search', 'suggest', 'strategies', 'validate', 'verify', 'stamp']) {
      expect(await help(cmd, '--help'), cmd).toContain('--corpus corpora directory (default: ./corpora if the directory you run from has one, else the bundled corpus)');
    }
    expect(await help('--help')).toContain('Corpus: --corpus DIR if given; else ./corpora if the directory you run from has one; else the corpus bundled with lexharmony.');
  });
});
