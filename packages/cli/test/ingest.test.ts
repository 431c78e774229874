import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../test/support/sources.js';
import { run } from './run.js';


const tmp = () => mkdtempSync(join(tmpdir(), 'lh-cli-'));
const ets185 = join(sourcesDir, 'budapest-convention/ets185-convention-on-cybercrime.en.md');

describe.skipIf(!haveSources)('lexharmony ingest', () => {
  it('writes a provisions file with the schema header and prints a summary', async () => {
    const out = join(tmp(), 'provisions.yaml');
    const r = await run('ingest', ets185, '--profile', 'coe-treaty', '--instrument', 'coe-ets-185', '--out', out);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(text).toContain('\ninstrument: coe-ets-185\nprovisions:\n  - id: preamble\n');
    expect(text.match(/^ {2}- id: /gm)).toHaveLength(49);
    expect(r.err).toContain('49 provisions found');
    expect(r.err).toMatch(/skipped 1 × final clause/);
    expect(r.out).toBe('');
  });

  it('keeps the selected articles and their neighbours (--select, --neighbours), as JSON', async () => {
    const out = join(tmp(), 'sel.json');
    const r = await run('ingest', ets185, '--profile', 'coe-treaty', '--instrument', 'coe-ets-185', '--select', 'art-2,art-35', '--neighbours', '1', '--out', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).provisions.map((p: { id: string }) => p.id)).toEqual(['art-1', 'art-2', 'art-3', 'art-34', 'art-35', 'art-36']);
  });

  it('writes YAML to stdout without --out', async () => {
    const r = await run('ingest', ets185, '--profile', 'coe-treaty', '--instrument', 'coe-ets-185', '--select', 'art-2');
    expect(r.code).toBe(0);
    expect(r.out).toContain('  - id: art-2\n    number: "2"\n    kind: article\n    heading: Illegal access\n');
  });

  it('refuses an unknown article in --select, and writes nothing', async () => {
    const out = join(tmp(), 'x.yaml');
    const r = await run('ingest', ets185, '--profile', 'coe-treaty', '--instrument', 'coe-ets-185', '--select', 'art-99', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no article "art-99"');
    expect(existsSync(out)).toBe(false);
  });

  it('ingests the CPF text extraction with the mx-federal profile', async () => {
    const out = join(tmp(), 'cpf.json');
    const r = await run('ingest', join(sourcesDir, 'mexico/CPF.txt'), '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-211-bis-1', '--out', out);
    expect(r.code).toBe(0);
    const p = JSON.parse(readFileSync(out, 'utf8')).provisions[0];
    expect(p.history[0]).toMatchObject({ action: 'adicionado', date: '1999-05-17' });
    expect(r.err).toMatch(/page number/);
  });
});

describe('lexharmony ingest on bad input', () => {
  const file = (name: string, data: string | Uint8Array) => {
    const f = join(tmp(), name);
    writeFileSync(f, data);
    return f;
  };

  it('an empty file: exit 2, one clear line, no stack', async () => {
    const r = await run('ingest', file('empty.txt', ''), '--profile', 'mx-federal', '--instrument', 'mx-cpf');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lexharmony: .*empty\.txt: the file is empty\n$/);
  });

  it('a .pdf that is not a PDF: exit 2', async () => {
    const r = await run('ingest', file('fake.pdf', '<html></html>'), '--profile', 'mx-federal', '--instrument', 'mx-cpf');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a PDF');
    expect(r.err).not.toContain('    at ');
  });

  it('random bytes: exit 2', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const r = await run('ingest', file('junk.txt', bytes), '--profile', 'mx-federal', '--instrument', 'mx-cpf');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not UTF-8 text');
  });

  it('a missing file: exit 3', async () => {
    const r = await run('ingest', join(tmp(), 'nope.txt'), '--profile', 'mx-federal', '--instrument', 'mx-cpf');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/cannot read .*: no such file/);
  });

  it('usage mistakes: exit 1', async () => {
    const f = file('a.txt', 'Artículo 1o.- Texto.');
    expect((await run('ingest', file('a.doc', 'x'), '--profile', 'mx-federal', '--instrument', 'mx-cpf')).code).toBe(1);
    expect((await run('ingest', f, '--profile', 'mx-federal', '--instrument', 'Not An Id')).code).toBe(1);
    expect((await run('ingest', f, '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--out', 'x.txt')).code).toBe(1);
    expect((await run('ingest', f, '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--neighbours', '2')).code).toBe(1);
    const r = await run('ingest', f, '--profile', 'nope', '--instrument', 'mx-cpf');
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown profile "nope"; known: coe-treaty, mx-federal');
  });

  it('--format overrides the extension', async () => {
    const r = await run('ingest', file('a.data', 'Artículo 1o.- Texto del artículo.'), '--format', 'txt', '--profile', 'mx-federal', '--instrument', 'mx-cpf');
    expect(r.code).toBe(0);
    expect(r.out).toContain('    text: Texto del artículo.\n');
  });
});

describe.skipIf(!haveSources)('lexharmony verify', () => {
  it('passes on the repository corpus and lists what it cannot verify', async () => {
    const r = await run('verify', '--sources', sourcesDir, '--corpus', join(repoRoot, 'corpora'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/(\d+) of \1 texts and quotes found verbatim/);
    // Reading the PDFs takes seconds: stderr says which file is being read.
    expect(r.err).toMatch(/verify: reading mexico\/\S+ \(\d+ of \d+\)/);
  }, 600_000); // a guard, not a target: minutes on a loaded machine with another worker beside it

  it('exits 2 and shows file:line, the quote, the source passage and the differing word', async () => {
    const dir = tmp();
    cpSync(join(repoRoot, 'corpora'), dir, { recursive: true });
    const f = join(dir, 'instruments/coe-ets-185/provisions.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('the access to the whole or any part of a computer system without right', 'the access to the whole of a computer system without right'));
    const r = await run('verify', '--sources', sourcesDir, '--corpus', dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/instruments\/coe-ets-185\/provisions\.yaml:\d+: provision coe-ets-185\/art-2: not found verbatim in budapest-convention\/ets185-convention-on-cybercrime\.en\.md: "of" where the source has "or"/);
    expect(r.out).toContain('    source: ');
    expect(r.err).toContain('verify: 1 problem');
  }, 180_000); // reads every source of the corpus, like the test above
});

describe('start-up stays light', () => {
  it('no command module imports the ingest entry (pdf.js, unified) statically', () => {
    const dir = join(repoRoot, 'packages/cli/src');
    const files = [join(dir, 'index.ts'), ...readdirSync(join(dir, 'commands')).map((f) => join(dir, 'commands', f))];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^import[^;]*from '@lexharmony\/core\/ingest'/m);
  });
});
