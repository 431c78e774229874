// The packages as a developer gets them: each is packed (pnpm pack), the tarballs are installed with npm into a
// fresh temporary project, and small projects there (test/consumers/) use @lexharmony/core from import, from
// require(), bundled with esbuild, and type-checked under each moduleResolution. Needs the build (pnpm build)
// and npm with the registry (or its cache, shared between runs in the temporary directory).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapMatrix, loadCorpus } from '@lexharmony/core';
import { gapDocument, renderDocument } from '@lexharmony/core/export';
import { repoRoot } from './support/sources.js';

const PACKAGES = ['core', 'cli', 'viewer'];
/** What installing @lexharmony/core alone may add to node_modules. */
const CORE_BUDGET_MB = 15;
const consumers = join(repoRoot, 'test/consumers');
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
const esbuild = join(repoRoot, 'node_modules/.bin/esbuild');
// yaml's Node build is CommonJS: an ES module bundle gives it a require() (as packages/core/README.md says).
const REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

let work: string;
let app: string;
const tarballs: Record<string, string> = {};

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}:\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}

const npm = (cwd: string, args: string[]) =>
  run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--cache', join(tmpdir(), 'lexharmony-npm-cache')], { cwd });

/** Size of a directory in MB as `du -sm` counts it (allocated blocks). */
function du(dir: string): number {
  return Number(run('du', ['-sm', dir]).split('\t')[0]);
}

/** Mexico's gap matrix rendered to json from the sources: what every consumer must print. */
async function expectedJson(): Promise<string> {
  const matrix = gapMatrix(loadCorpus(), { jurisdictions: ['MX'], date: '2026-12-01' });
  return renderDocument(gapDocument(matrix, { lang: 'en' }), 'json');
}

function project(name: string, pkg: object): string {
  const dir = join(app, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, ...pkg }));
  return dir;
}

function output(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

beforeAll(() => {
  for (const p of PACKAGES) {
    if (!existsSync(join(repoRoot, 'packages', p, 'dist'))) throw new Error(`packages/${p}/dist is missing: run pnpm build`);
  }
  work = mkdtempSync(join(tmpdir(), 'lexharmony-pack-'));
  for (const p of PACKAGES) {
    run('pnpm', ['pack', '--pack-destination', work], { cwd: join(repoRoot, 'packages', p) });
  }
  for (const f of readdirSync(work)) {
    const m = /^lexharmony-(\w+)-[\d.]+\.tgz$/.exec(f);
    if (m) tarballs[m[1]!] = join(work, f);
  }
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  npm(app, ['install', tarballs.core!]);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it.each(PACKAGES)('@lexharmony/%s holds README.md, LICENSE and a package.json fit to publish', (p) => {
    const list = run('tar', ['tzf', tarballs[p]!]).split('\n');
    expect(list).toContain('package/README.md');
    expect(list).toContain('package/LICENSE');
    const pkg = run('tar', ['xzf', tarballs[p]!, '-O', 'package/package.json']);
    expect(pkg, 'the private export condition must not ship').not.toContain('@lexharmony/source');
    expect(pkg).not.toContain('workspace:');
    expect(JSON.parse(pkg).engines?.node).toBe('>=20.19');
  });
});

describe('@lexharmony/core installed alone', () => {
  it(`takes at most ${CORE_BUDGET_MB} MB of node_modules, without the optional peers`, () => {
    const installed = readdirSync(join(app, 'node_modules')).sort();
    for (const peer of ['pdfjs-dist', 'docx', 'unified', 'rehype-parse']) expect(installed).not.toContain(peer);
    expect(du(join(app, 'node_modules'))).toBeLessThanOrEqual(CORE_BUDGET_MB);
  });

  it('works from import: the bundled corpus, the gap matrix as json, errors naming the missing peers', async () => {
    const dir = project('esm', { type: 'module' });
    copyFileSync(join(consumers, 'esm.mjs'), join(dir, 'index.mjs'));
    const out = output(run(process.execPath, ['index.mjs'], { cwd: dir }));
    expect(out.json).toBe(await expectedJson());
    expect(out.missing).toEqual(['pdfjs-dist', 'docx']);
    expect(out.hits).toBeGreaterThan(0);
  });

  it('works from require() in CommonJS', async () => {
    const dir = project('cjs', { type: 'commonjs' });
    copyFileSync(join(consumers, 'cjs.cjs'), join(dir, 'index.cjs'));
    const r = spawnSync(process.execPath, ['index.cjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr, 'no warning on require() of the ES modules').toBe('');
    const out = output(r.stdout);
    expect(out.json).toBe(await expectedJson());
    expect(out.fromData).toBeGreaterThan(10);
  });

  it('works bundled with esbuild, the corpus passed from @lexharmony/core/data', async () => {
    const dir = project('bundled', { type: 'module' });
    copyFileSync(join(consumers, 'bundled.mjs'), join(dir, 'app.mjs'));
    // The bundle runs from a directory with no node_modules and no data/ beside it.
    const outDir = join(work, 'deployed');
    run(esbuild, ['app.mjs', '--bundle', '--platform=node', '--format=esm', `--banner:js=${REQUIRE_BANNER}`, `--outfile=${join(outDir, 'app.mjs')}`, '--log-level=error'], { cwd: dir });
    const out = output(run(process.execPath, [join(outDir, 'app.mjs')], { cwd: outDir }));
    expect(out.json).toBe(await expectedJson());
    expect(out.error).toMatch(/the bundled corpus is not at \/.*corpus\.json .*loadCorpus\(\{ data \}\).*@lexharmony\/core\/data/);
  });

  // Each resolution mode a TypeScript project may use; CommonJS projects need module nodenext (TypeScript 5.8 or later,
  // which types require() of ES modules) or the old node10 resolution. The first also checks the package's own
  // declarations (no skipLibCheck); the others check what resolves, which is faster.
  const modes: [string, object, Record<string, unknown>][] = [
    ['nodenext-esm', { type: 'module' }, { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false }],
    ['nodenext-cjs', { type: 'commonjs' }, { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['node16-esm', { type: 'module' }, { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { type: 'module' }, { module: 'esnext', moduleResolution: 'bundler' }],
    ['node10-cjs', { type: 'commonjs' }, { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, ignoreDeprecations: '6.0' }],
  ];
  it.each(modes)('type-checks with tsc --strict under %s', (name, pkg, options) => {
    if (!existsSync(join(app, 'node_modules/@types/node'))) npm(app, ['install', '--no-save', '@types/node@20.19.43']);
    const dir = project(`ts-${name}`, pkg);
    copyFileSync(join(consumers, 'typed.ts'), join(dir, 'typed.ts'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', lib: ['es2023'], types: ['node'], strict: true, noEmit: true, skipLibCheck: true, ...options }, files: ['typed.ts'] }));
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('@lexharmony/cli installed from its tarball', () => {
  it('runs, with the optional peers of the core as its own dependencies', () => {
    const dir = join(work, 'cli');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'cli-user', private: true }));
    npm(dir, ['install', tarballs.cli!, tarballs.core!, tarballs.viewer!]);
    const version = run(join(dir, 'node_modules/.bin/lexharmony'), ['--version'], { cwd: dir });
    expect(version.trim()).toMatch(/0\.2\.0/);
    for (const peer of ['pdfjs-dist', 'docx', 'unified', 'rehype-parse']) expect(statSync(join(dir, 'node_modules', peer)).isDirectory()).toBe(true);
    // The start script finds the core's compiled corpus where npm put it, and runs with the code compiled at build time.
    const matrix = JSON.parse(run(join(dir, 'node_modules/.bin/lexharmony'), ['gaps', 'MX', '--format', 'json', '--date', '2026-12-01'], { cwd: dir })) as { columns: { key: string }[] };
    expect(matrix.columns.map((c) => c.key)).toEqual(['MX']);
    const bin = join(dir, 'node_modules/@lexharmony/cli/bin.cjs');
    expect(run(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(bin)}).loadStart().script.cachedDataRejected))`])).toBe('false');
  });
});
