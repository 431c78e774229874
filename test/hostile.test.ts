// A battery of hostile and faulty inputs, made at test time (nothing large is checked in), each run
// as a process of the built CLI under a watchdog: each case must end with its exit code and message
// within its time and memory bound (10 s, 1 GB at most), and leave nothing behind.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, runBounded } from './support/bounded.js';
import { repoRoot, sourcesDir, haveSources } from './support/sources.js';

const built = existsSync(join(repoRoot, 'packages/cli/dist/index.js'));
if (!built) console.warn('[lexharmony tests] packages/cli/dist not built: the hostile-input battery is skipped (run pnpm build).');

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
const tiny = join(repoRoot, 'packages/cli/test/fixtures/tiny');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexharmony-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the tiny valid corpus, with one file replaced by `make(path)`. */
function corpusWith(name: string, file: string, make: (path: string) => void): string {
  const root = at(name);
  cpSync(tiny, root, { recursive: true });
  rmSync(join(root, file));
  make(join(root, file));
  return root;
}

const fifo = (path: string) => execFileSync('mkfifo', [path]);

/** A one-page PDF whose page content is `content` (a Buffer, Flate-compressed when `flate`), with extra objects before the trailer. */
function pdf(content: Buffer, { flate = false, pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' } = {}): Buffer {
  const stream = flate ? deflateSync(content, { level: 9 }) : content;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    pages,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${stream.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let offset = parts[0]!.length;
  objects.forEach((o, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    parts.push(b);
    offset += b.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

/**
 * A deflate bomb: `mb` MB of spaces in a zlib stream built from one compressed 16 MB piece repeated
 * (raw deflate blocks ended by a full flush concatenate), so that making it costs 16 MB, not `mb`.
 */
function bombPdf(mb: number): Buffer {
  const piece = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const body = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: Math.ceil(mb / 16) }, () => piece), deflateRawSync(Buffer.alloc(0)), Buffer.alloc(4)]);
  return withStream(body);
}

function withStream(compressed: Buffer): Buffer {
  const parts = [
    Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n'),
    Buffer.from(`4 0 obj << /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`),
    compressed,
    Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ];
  return Buffer.concat(parts);
}

interface Case {
  name: string;
  /** Makes the inputs; returns the CLI arguments. */
  setup: () => string[];
  code: number;
  says: RegExp;
  timeMs?: number;
}

const cases: Case[] = [
  // ── Unbounded work: only regular files, sizes checked, budgets per input ──────────────
  { name: 'corpus file linked to /dev/zero', setup: () => ['validate', '--corpus', corpusWith('zero', 'jurisdictions.yaml', (p) => symlinkSync('/dev/zero', p))], code: 3, says: /jurisdictions\.yaml:1: is a character device, not a regular file/ },
  { name: 'corpus file linked to /dev/urandom', setup: () => ['validate', '--corpus', corpusWith('urandom', 'instruments/ref-t/provisions.yaml', (p) => symlinkSync('/dev/urandom', p))], code: 3, says: /provisions\.yaml:1: is a character device/ },
  { name: 'corpus file that is a FIFO', setup: () => ['validate', '--corpus', corpusWith('fifo', 'instruments/ref-t/instrument.yaml', fifo)], code: 3, says: /instrument\.yaml:1: is a FIFO \(named pipe\), not a regular file/ },
  { name: 'ingest of a FIFO', setup: () => (fifo(at('in.fifo')), ['ingest', at('in.fifo'), '--format', 'txt', '--profile', 'mx-federal', '--instrument', 'mx-x']), code: 3, says: /in\.fifo is a FIFO/ },
  { name: 'ingest of /dev/zero', setup: () => ['ingest', '/dev/zero', '--format', 'txt', '--profile', 'mx-federal', '--instrument', 'mx-x'], code: 3, says: /\/dev\/zero is a character device/ },
  { name: 'stamp of a FIFO', setup: () => (fifo(at('a.fifo')), ['stamp', at('a.fifo'), '--corpus', tiny]), code: 3, says: /a\.fifo is a FIFO/ },
  { name: 'a directory given as a file', setup: () => ['ingest', dir, '--format', 'txt', '--profile', 'mx-federal', '--instrument', 'mx-x'], code: 3, says: /is a directory, not a regular file/ },
  { name: 'PDF deflate bomb (2 GB of spaces in 2 MB)', setup: () => (writeFileSync(at('bomb.pdf'), bombPdf(2048)), ['ingest', at('bomb.pdf'), '--profile', 'mx-federal', '--instrument', 'mx-x']), code: 2, says: /bomb\.pdf: a compressed stream of the PDF .* inflates past 64 MB/ },
  { name: 'PDF whose page tree is a cycle', setup: () => (writeFileSync(at('cycle.pdf'), pdf(Buffer.from('BT ET'), { pages: '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>' })), ['ingest', at('cycle.pdf'), '--profile', 'mx-federal', '--instrument', 'mx-x']), code: 2, says: /cycle\.pdf: /, },
  { name: 'PDF claiming a billion pages', setup: () => (writeFileSync(at('pages.pdf'), pdf(Buffer.from('BT ET'), { pages: '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>' })), ['ingest', at('pages.pdf'), '--profile', 'mx-federal', '--instrument', 'mx-x']), code: 2, says: /pages\.pdf: / },
  { name: 'a 100 MB one-word text', setup: () => (writeFileSync(at('word.txt'), Buffer.alloc(100 * 1024 * 1024, 0x61)), ['ingest', at('word.txt'), '--profile', 'mx-federal', '--instrument', 'mx-x']), code: 2, says: /word\.txt: line 1 holds a word of 104,857,600 characters; the limit is 100,000/ },
  { name: '10 MB of nested brackets (Markdown)', setup: () => (writeFileSync(at('brackets.md'), '['.repeat(5 << 20) + ']'.repeat(5 << 20)), ['ingest', at('brackets.md'), '--profile', 'coe-treaty', '--instrument', 'x-y']), code: 2, says: /brackets\.md: line 1 holds a word of/ },
  { name: '8 MB of nested brackets with spaces, one per line (Markdown)', setup: () => (writeFileSync(at('lines.md'), '[ \n'.repeat(1 << 20) + '](x)\n'.repeat(1 << 20)), ['ingest', at('lines.md'), '--profile', 'coe-treaty', '--instrument', 'x-y', '--out', at('lines.yaml')]), code: 2, says: /lines\.md: the paragraph at line 1 runs over 10,000 lines, the limit/ },
  { name: 'HTML nested 100,000 deep', setup: () => (writeFileSync(at('deep.html'), '<div>'.repeat(100_000)), ['ingest', at('deep.html'), '--profile', 'coe-treaty', '--instrument', 'x-y']), code: 2, says: /deep\.html: the HTML nests elements 2,001 deep or more; the limit is 2,000/ },
  { name: 'a 120 KB search query', setup: () => ['search', 'acceso '.repeat(17_000)], code: 2, says: /the query is 118,999 characters long; the limit is 1,000/ },
  // One argument holds at most 128 KB (the kernel's limit): a 1 MB query comes as ten words of 100 KB.
  { name: 'a 1 MB search query', setup: () => ['search', ...Array.from({ length: 10 }, () => 'x'.repeat(100_000))], code: 2, says: /the limit is 1,000/ },
  // ── Messages: cut, with the file named, usage mistakes exit 1 ────────────────────────
  { name: 'a 100 KB reference', setup: () => ['show', `mx-cpf/art-${'9'.repeat(100_000)}`], code: 2, says: /… \(\d{3},\d{3} characters\)/ },
  { name: 'an impossible --date', setup: () => ['strategies', '--date', '2026-13-45'], code: 1, says: /--date "2026-13-45" is not a day of the calendar/ },
  { name: 'a repeated single-valued option', setup: () => ['gaps', 'MX', '--out', at('a.md'), '--out', at('b.md')], code: 1, says: /--out is given 2 times; give it once/ },
  { name: 'an unknown --profile', setup: () => (writeFileSync(at('p.txt'), 'Artículo 1.- Texto.'), ['ingest', at('p.txt'), '--profile', 'nope', '--instrument', 'mx-x']), code: 1, says: /unknown profile "nope"/ },
  { name: 'a file that is not UTF-8', setup: () => (writeFileSync(at('latin1.txt'), Buffer.from('Art\xedculo 1.- Texto.', 'latin1')), ['ingest', at('latin1.txt'), '--profile', 'mx-federal', '--instrument', 'mx-x']), code: 2, says: /latin1\.txt: the file is not UTF-8 text/ },
];

describe.skipIf(!built)('hostile input: every case ends with its code and message, within 10 s and 1 GB', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await runBounded(c.setup(), { timeMs: c.timeMs ?? 10_000, memoryMb: 1024 });
    expect(r.overrun, `${c.name}: ran ${r.ms} ms, ${r.peakMb} MB`).toBeUndefined();
    expect(r.code, r.stderr).toBe(c.code);
    expect(r.stderr.split('\n')[0]).toMatch(c.says);
    expect(r.stderr, 'one line, no stack trace, no runtime warning').not.toMatch(/\n\s+at |\(node:\d+\)|Warning:/);
    expect(r.stderr.length).toBeLessThan(4000);
  });

  it('has cases of every family', () => expect(cases.length).toBeGreaterThanOrEqual(20));
});

// ── Writes outside the output, and writes that leave nothing behind ─────────────────────
describe.skipIf(!built)('hostile targets: nothing but the output is written, nothing is left behind', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const toy = join(repoRoot, 'examples/toy-country/corpora');
  const leftovers = (d: string) => readdirSync(d).filter((n) => /\.tmp$|\.old$|^\..*\.[0-9a-f]{16}\./.test(n));

  it('--force never replaces a FIFO or a device with a regular file', () => {
    fifo(at('out.fifo'));
    symlinkSync(at('out.fifo'), at('fifo-link.md'));
    const onFifo = run('gaps', 'XT', '--corpus', toy, '--out', at('fifo-link.md'), '--force');
    expect(onFifo.status).toBe(3);
    expect(onFifo.stderr).toMatch(/is a FIFO \(named pipe\); only a regular file is ever replaced/);
    expect(lstatSync(at('out.fifo')).isFIFO()).toBe(true);
    symlinkSync('/dev/null', at('null.md'));
    const onDevice = run('gaps', 'XT', '--corpus', toy, '--out', at('null.md'), '--force');
    expect(onDevice.status).toBe(3);
    expect(onDevice.stderr).toMatch(/is a character device/);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a symbolic link is written through to its file, whose mode is kept', () => {
    mkdirSync(at('real'));
    writeFileSync(at('real/gaps.md'), 'old');
    chmodSync(at('real/gaps.md'), 0o600);
    symlinkSync(at('real/gaps.md'), at('link.md'));
    const r = run('gaps', 'XT', '--corpus', toy, '--out', at('link.md'), '--force');
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(at('link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('real/gaps.md'), 'utf8')).toMatch(/^# /);
    expect(statSync(at('real/gaps.md')).mode & 0o777).toBe(0o600);
    expect(leftovers(at('real'))).toEqual([]);
  });

  it('stamp --refresh writes through a symlinked assessment and keeps its mode 0600', () => {
    const corpus = at('stamp-corpus');
    cpSync(tiny, corpus, { recursive: true });
    const real = join(corpus, 'assessments/MX--ref-t.yaml');
    const moved = at('MX--ref-t.real.yaml');
    cpSync(real, moved);
    rmSync(real);
    symlinkSync(moved, real);
    chmodSync(moved, 0o600);
    const r = run('stamp', real, '--corpus', corpus, '--refresh');
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(real).isSymbolicLink()).toBe(true);
    expect(statSync(moved).mode & 0o777).toBe(0o600);
    expect(readFileSync(moved, 'utf8')).toMatch(/hash: sha256:(?!0{64})/);
    expect(leftovers(join(corpus, 'assessments'))).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('viewer build, and ingest --out, replace nothing without --force; a selection of nothing writes nothing', () => {
    mkdirSync(at('site'));
    writeFileSync(at('site/keep.txt'), 'mine');
    const v = run('viewer', 'build', '--corpus', toy, '--out', at('site'));
    expect(v.status).toBe(3);
    expect(v.stderr).toMatch(/site already exists; use --force to replace it/);
    expect(readFileSync(at('site/keep.txt'), 'utf8')).toBe('mine');
    writeFileSync(at('t.txt'), 'Artículo 1.- Texto uno.\n\nArtículo 2.- Texto dos.\n');
    writeFileSync(at('out.yaml'), 'mine');
    const i = run('ingest', at('t.txt'), '--profile', 'mx-federal', '--instrument', 'mx-x', '--out', at('out.yaml'));
    expect(i.status).toBe(3);
    expect(i.stderr).toMatch(/out\.yaml already exists; use --force to replace it/);
    expect(readFileSync(at('out.yaml'), 'utf8')).toBe('mine');
    const none = run('ingest', at('t.txt'), '--profile', 'mx-federal', '--instrument', 'mx-x', '--select', ',', '--out', at('none.yaml'));
    expect(none.status).toBe(1);
    expect(existsSync(at('none.yaml'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a file too large for the file system: the write fails with a clear message and leaves no temporary file', () => {
    writeFileSync(at('fs.txt'), 'Artículo 1.- ' + 'Texto. '.repeat(20_000) + '\n');
    mkdirSync(at('small'));
    // RLIMIT_FSIZE of 16 KB: writing more fails with EFBIG (Node ignores SIGXFSZ), as a full disk fails with ENOSPC.
    const r = spawnSync('/bin/sh', ['-c', `ulimit -f 16; exec "${process.execPath}" "${bin}" ingest "${at('fs.txt')}" --profile mx-federal --instrument mx-x --out "${at('small/out.yaml')}"`], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/out\.yaml cannot be written: the file is too large for the file system/);
    expect(readdirSync(at('small'))).toEqual([]);
  });
});

// ── Traces of a killed run ──────────────────────────────────────────────────────────────
describe.skipIf(!built)('interrupted runs: SIGINT and SIGTERM leave no temporary file, and the output is whole or absent', () => {
  const commands: [string, (out: string) => string[], string][] = [
    ['report', (out) => ['report', 'MX', '--out', join(out, 'r.xlsx')], 'r.xlsx'],
    ['viewer build', (out) => ['viewer', 'build', '--out', join(out, 'site')], 'site'],
    ...(haveSources ? ([['ingest', (out: string) => ['ingest', join(sourcesDir, 'mexico/CNPP.txt'), '--profile', 'mx-federal', '--instrument', 'mx-cnpp', '--out', join(out, 'cnpp.yaml')], 'cnpp.yaml']] as [string, (out: string) => string[], string][]) : []),
  ];
  it.each(commands.flatMap(([name, args, output]) => (['SIGINT', 'SIGTERM'] as const).flatMap((signal) => [400, 1200].map((delay) => [`${name}, ${signal} after ${delay} ms`, args, output, signal, delay] as const))))(
    '%s',
    async (_name, args, output, signal, delay) => {
      const out = mkdtempSync(join(dir, 'killed-'));
      const r = await runBounded(args(out), { onStart: (pid) => setTimeout(() => { try { process.kill(pid, signal); } catch { /* ended */ } }, delay) });
      // A signal that lands while Node itself is still starting (before any code of ours runs) kills it
      // outright: nothing can have been written then. Otherwise: done (0), or stopped with 130 / 143.
      if (r.code === null) expect(r.signal).toBe(signal);
      else expect([0, signal === 'SIGINT' ? 130 : 143], r.stderr).toContain(r.code);
      expect(readdirSync(out).filter((n) => n !== output), 'nothing but the output').toEqual([]);
      if (existsSync(join(out, output)) && statSync(join(out, output)).isFile()) expect(statSync(join(out, output)).size).toBeGreaterThan(100);
    },
  );
});

// ── Terminal injection ──────────────────────────────────────────────────────────────────
describe.skipIf(!built || !existsSync('/usr/bin/script'))('a terminal never gets an escape sequence from data or arguments', () => {
  // `script` gives the CLI a real terminal (a pseudo-terminal), whose output the test reads.
  const inTerminal = (args: string[]) => {
    const command = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: repoRoot, encoding: 'latin1', env: { ...process.env, NO_COLOR: '', TERM: 'xterm' } });
  };
  it('an argument holding ESC sequences is shown escaped, in an error message and in output', () => {
    const title = '\x1b]0;pwned\x07';
    const clear = '\x1b[2J\x1b[H';
    for (const args of [['show', `mx-cpf/art-1${title}${clear}`], ['search', `acceso${title}${clear}`]]) {
      const r = inTerminal(args);
      expect(r.stdout).not.toContain('\x1b]0;');
      expect(r.stdout).not.toContain('\x1b[2J');
    }
    // The unknown reference is named in the message, its escapes visible.
    expect(inTerminal(['show', `mx-cpf/art-1${title}`]).stdout).toContain('\\x1b]0;pwned\\x07');
  });
});
