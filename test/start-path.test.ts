// The built start path. `lexharmony` runs one script, the CLI linked with the workspace packages it
// uses (packages/cli/scripts/bundle-start.mjs), with the code V8 compiled for it at build time: a command
// does not parse and compile its JavaScript again. The cache is taken only for the script it was made for.
// Library users import @lexharmony/core's ES modules, whose engine the build merges into few files
// (scripts/merge-chunks.mjs): checked by walking the static relative imports of the built files.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/sources.js';

const core = join(repoRoot, 'packages/core/dist');
const cliDir = join(repoRoot, 'packages/cli');
const script = join(cliDir, 'dist/lexharmony.cjs');
const built = existsSync(join(core, 'engine.js')) && existsSync(script);

/** Whether bin.cjs in `dir` gives V8 the compiled code: "false" (given and taken), "true" (given, refused), "undefined" (not given). */
function cacheTaken(dir: string): string {
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(dir, 'bin.cjs'))}).loadStart().script.cachedDataRejected))`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** The package files a built module loads before it runs: itself and its static relative imports, recursively. */
function staticFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^(?:import|export)\b[^;'"]*?(?:from\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe.skipIf(!built)('the built start path', () => {
  it('the start script names its content on its first line, and so does its compiled code', () => {
    const text = readFileSync(script, 'latin1');
    const first = text.slice(0, text.indexOf('\n') + 1);
    expect(first).toBe(`// lexharmony start script sha256:${createHash('sha256').update(text.slice(first.length)).digest('hex')}\n`);
    expect(readFileSync(`${script}.cache`).toString('latin1', 0, first.length)).toBe(first);
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
  });

  it('bin.cjs gives V8 the compiled code, and V8 takes it', () => {
    expect(cacheTaken(cliDir)).toBe('false');
  });

  it('compiled code made for another script is not given to V8, even when the script has the same length', () => {
    // A copy beside the package, so that it finds the same node_modules; one character of a string changed.
    const dir = join(cliDir, `.start-test-${process.pid}`);
    try {
      mkdirSync(join(dir, 'dist'), { recursive: true });
      cpSync(join(cliDir, 'bin.cjs'), join(dir, 'bin.cjs'));
      cpSync(`${script}.cache`, join(dir, 'dist/lexharmony.cjs.cache'));
      const text = readFileSync(script, 'latin1');
      const changed = text.replace('"gaps [jurisdictions..]"', '"gaps [jurisdictionz..]"');
      expect(changed).not.toBe(text);
      const body = changed.slice(changed.indexOf('\n') + 1);
      writeFileSync(join(dir, 'dist/lexharmony.cjs'), `// lexharmony start script sha256:${createHash('sha256').update(body).digest('hex')}\n${body}`, 'latin1');
      expect(cacheTaken(dir)).toBe('undefined');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gaps, run from the start script, requires none of the heavy packages and not node:crypto', () => {
    // Module._load sees every require() the script makes, of a package or of Node's own modules; the core
    // takes node:crypto with process.getBuiltinModule.
    const probe = `
      const M = require('node:module'); const load = M._load; const seen = new Set();
      M._load = function (request) { seen.add(request); return load.apply(this, arguments); };
      const builtin = process.getBuiltinModule; process.getBuiltinModule = (id) => (seen.add(id), builtin(id));
      const start = require(${JSON.stringify(join(cliDir, 'bin.cjs'))}).loadStart();
      start.main(['gaps', 'MX', 'AR', 'CO', 'PE', 'ES', '--format', 'json'], { out() {}, err() {}, color: false })
        .then((code) => process.stdout.write(JSON.stringify({ code, seen: [...seen] })));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', cwd: cliDir });
    const { code, seen } = JSON.parse(r.stdout) as { code: number; seen: string[] };
    expect(code).toBe(0);
    const heavy = ['yaml', 'zod', 'js-yaml', 'pdfjs-dist', 'unified', 'rehype-parse', 'docx', 'fuse.js', 'diff', 'entities', 'crypto'];
    expect(seen.filter((s) => heavy.some((h) => s.replace(/^node:/, '') === h || s.startsWith(h + '/')))).toEqual([]);
    // The probe sees requires at all: Node's modules the script does load.
    expect(seen).toContain('fs');
  });

  it('the engine of @lexharmony/core, as library users import it, is two modules', () => {
    expect(staticFiles(join(core, 'engine.js'))).toHaveLength(2);
  });

  it('the walker sees a split build for what it is (the other entries of core import the engine’s chunk)', () => {
    const index = staticFiles(join(core, 'index.js'));
    expect(index.length).toBeGreaterThan(2);
    expect(index).toContain(staticFiles(join(core, 'engine.js'))[1]);
  });
});

describe('bin.cjs without a build', () => {
  it('says the build is missing in the output language, and exits with 3', () => {
    const dir = join(cliDir, `.start-test-missing-${process.pid}`);
    try {
      mkdirSync(dir, { recursive: true });
      cpSync(join(cliDir, 'bin.cjs'), join(dir, 'bin.cjs'));
      const run = (args: string[], env: Record<string, string>) => spawnSync(process.execPath, [join(dir, 'bin.cjs'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
      const es = run(['gaps', 'MX'], { LANG: 'es_MX.UTF-8' });
      expect(es.status).toBe(3);
      expect(es.stderr).toBe(`lexharmony: falta ${join(dir, 'dist', 'lexharmony.cjs')}: ejecute «pnpm build»\n`);
      const en = run(['gaps', 'MX', '--lang', 'en'], { LANG: 'es_MX.UTF-8' });
      expect(en.status).toBe(3);
      expect(en.stderr).toBe(`lexharmony: ${join(dir, 'dist', 'lexharmony.cjs')} is missing: run "pnpm build"\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('chooses the language by the rule of the CLI it stands in for', async () => {
    const { argvLang } = await import('../packages/cli/src/lang.js');
    const { startLang } = (await import(join(cliDir, 'bin.cjs'))) as { startLang: typeof argvLang };
    const argvs = [[], ['gaps', 'MX'], ['--lang', 'es'], ['--lang=en'], ['--lang', 'es', '--lang', 'en'], ['--lang', 'fr'], ['--lang'], ['report', '--lang=es', 'MX']];
    const envs = [{}, { LANG: 'es_MX.UTF-8' }, { LANG: 'C' }, { LC_ALL: 'en_US.UTF-8', LANG: 'es_ES' }, { LC_MESSAGES: 'es', LANG: 'en' }, { LC_ALL: '', LANG: 'es_AR' }, { LANG: 'eS' }];
    for (const argv of argvs) for (const env of envs) expect(startLang(argv, env), `${argv.join(' ')} ${JSON.stringify(env)}`).toBe(argvLang(argv, env));
  });
});
