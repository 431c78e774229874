// The CLI's start path: its built modules and those of the workspace packages it uses, linked into one
// CommonJS script (dist/lexharmony.cjs), and V8's compiled code for it (dist/lexharmony.cjs.cache),
// made by running the commands staffers run most. bin.cjs runs the script with that code, so that a
// command does not spend its first tens of milliseconds parsing and compiling JavaScript: on Node 20
// there is no compile cache for ES modules (module.enableCompileCache() arrived in Node 22.1), and
// vm.Script's cachedData is the one way to give V8 code it compiled before.
//
//   node scripts/bundle-start.mjs        (from packages/cli, after tsup)
//
// Third-party packages stay outside the script, required from this package's node_modules: they must be
// dependencies of @lexharmony/cli (the build fails when one is not). The script is ASCII (esbuild escapes
// the rest), so bin.cjs reads it without decoding UTF-8.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const require = createRequire(join(pkgDir, 'package.json'));
const esbuild = await import(require.resolve('esbuild'));
const out = join(pkgDir, 'dist', 'lexharmony.cjs');

const external = Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@lexharmony/'));
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

// tsup's require banner, as packages/cli/tsup.config.ts writes it.
const TSUP_REQUIRE_BANNER = "import { createRequire as __lexharmonyRequire } from 'node:module'; const require = __lexharmonyRequire(import.meta.url);";

// Each built module that says where it is (import.meta.url: core finds its compiled corpus beside it, the
// viewer its static files) is told where it was, not where the script is: its package's directory, found
// at run time in the node_modules folders above the script, joined with its path in the package.
const whereItWas = {
  name: 'where-it-was',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      // tsup.config.ts gives each of the CLI's ES modules a require() of its own (for the CommonJS code bundled in
      // them); in this CommonJS script they have the script's.
      const source = readFileSync(args.path, 'utf8').replace(TSUP_REQUIRE_BANNER, '');
      // The banner is written twice (there and here): a change to it must fail here, not leave the copies in silently.
      if (source.includes('__lexharmonyRequire')) throw new Error(`${args.path}: tsup's require banner is not the one bundle-start removes; update TSUP_REQUIRE_BANNER`);
      if (!source.includes('import.meta.')) return { contents: source, loader: 'js' };
      const owner = packageOf(args.path);
      const url = `__lexharmonyFileUrl(${JSON.stringify(owner.name)}, ${JSON.stringify(relative(owner.dir, args.path).split('\\').join('/'))})`;
      // import.meta.resolve (yargs's config `extends`, which lexharmony does not use) has no CommonJS form: it throws, as for a module not found.
      const contents = source.replaceAll('import.meta.url', url).replaceAll('import.meta.resolve', '__lexharmonyNoResolve');
      return { contents, loader: 'js' };
    });
  },
};

/** The package a file belongs to: the nearest package.json above it. */
function packageOf(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (name) return { name, dir };
    } catch {
      // not a package directory
    }
  }
  throw new Error(`bundle-start: ${file} is in no package`);
}

const banner = [
  '"use strict";',
  // A package's directory as Node would find it (the node_modules folders from here up, links resolved), without
  // require.resolve, which reads the package's exports through Node's ES module resolver (7 ms at start-up).
  `const __lexharmonyDirs = new Map([[${JSON.stringify(pkg.name)}, require('node:path').join(__dirname, '..')]]);`,
  "const __lexharmonyDir = (pkg) => { const { join, dirname } = require('node:path'); const fs = require('node:fs'); for (let dir = __dirname; ; dir = dirname(dir)) { const candidate = join(dir, 'node_modules', pkg); if (fs.existsSync(join(candidate, 'package.json'))) return fs.realpathSync(candidate); if (dir === dirname(dir)) return dirname(require.resolve(pkg + '/package.json')); } };",
  "const __lexharmonyFileUrl = (pkg, file) => { let dir = __lexharmonyDirs.get(pkg); if (dir === undefined) __lexharmonyDirs.set(pkg, (dir = __lexharmonyDir(pkg))); return require('node:url').pathToFileURL(require('node:path').join(dir, file)).href; };",
  "const __lexharmonyNoResolve = (specifier) => { throw Object.assign(new Error(`cannot resolve ${specifier}`), { code: 'ERR_MODULE_NOT_FOUND' }); };",
].join('\n');

const result = await esbuild.build({
  stdin: {
    contents: "export { main } from './dist/index.js';\nexport { removeTemporariesOnSignals } from '@lexharmony/core/engine';\n",
    resolveDir: pkgDir,
    sourcefile: 'start.js',
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  charset: 'ascii',
  // import() of a package becomes require() (Node ≥ 20.19 requires ES modules): Node 20 loses a vm.Script's
  // dynamic-import callback when the script runs from cached code (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
  supported: { 'dynamic-import': false },
  legalComments: 'none',
  external,
  banner: { js: banner },
  plugins: [whereItWas],
  write: false,
  metafile: true,
  logLevel: 'error',
});

// Every package the script requires or imports must be found from here: a dependency of this package, or Node's.
const strays = new Set();
for (const file of Object.values(result.metafile.outputs)) {
  for (const i of file.imports) {
    if (!i.external) continue;
    const name = i.path.startsWith('@') ? i.path.split('/').slice(0, 2).join('/') : i.path.split('/')[0];
    if (!builtins.has(i.path) && !builtins.has(name) && !external.includes(name)) strays.add(i.path);
  }
}
if (strays.size) {
  console.error(`bundle-start: the start script needs ${[...strays].join(', ')}, not dependencies of ${pkg.name}: add them to its package.json`);
  process.exit(1);
}

// esbuild's ASCII charset escapes strings and names but leaves regular expressions and comments as written:
// \uXXXX means the same character in both (a surrogate pair is one code point in a /u expression too).
const ascii = result.outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// Written inside the function a CommonJS module runs in, so that bin.cjs compiles the file as it reads it:
// wrapping it there (module.wrap) would copy its megabyte once more, into the young generation of the heap.
const body = `(function (exports, require, module, __filename, __dirname) {\n${ascii}\n})`;
// The first line names the script's content: bin.cjs takes the compiled code only when it was made for this very text
// (V8 itself checks only the length of the source and its own version and flags).
const script = `// lexharmony start script sha256:${createHash('sha256').update(body).digest('hex')}\n${body}`;
writeFileSync(out, script);

// Compiled code, from runs of the command staffers run most and re-run after every reform: the summary on
// screen in Spanish and English, the matrix of Mexico beside the comparators as JSON. Functions these runs
// never call are compiled on first use, as without the cache: a report, whose rendering takes far longer
// than compiling it, is left out, since V8 reads the whole cache at every start (about 1 ms per 100 KB).
// Nothing is printed or written.
const { loadStart } = require('./bin.cjs');
rmSync(`${out}.cache`, { force: true });
const start = loadStart();
const scratch = mkdtempSync(join(tmpdir(), 'lexharmony-start-'));
const silent = { out() {}, err() {}, color: false };
const runs = [
  ['gaps', 'MX', '--lang', 'es'],
  ['gaps', 'MX', 'AR', 'CO', 'PE', 'ES', '--format', 'json'],
  ['gaps', 'MX', '--lang', 'en'],
];
try {
  for (const argv of runs) {
    const code = await start.main(argv, silent, { env: { ...process.env, INIT_CWD: scratch } });
    if (code !== 0) throw new Error(`lexharmony ${argv.join(' ')} exited with ${code}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const code = start.script.createCachedData();
writeFileSync(`${out}.cache`, Buffer.concat([Buffer.from(script.slice(0, script.indexOf('\n') + 1), 'latin1'), code]));
console.log(`bundle-start: ${relative(pkgDir, out)} ${(script.length / 1024).toFixed(0)} KB, compiled code ${(code.length / 1024).toFixed(0)} KB`);
