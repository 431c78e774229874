// Merge the modules a package's start-up entry imports into one chunk, after tsup has built it.
//
//   node scripts/merge-chunks.mjs <package dir> <start entry>
//
// The entries are those the package's `exports` map to its dist/ (`./dist/engine.js` is entry `engine`).
// tsup's code splitting (esbuild) makes a chunk for every set of entries that share modules: the
// engine of @lexharmony/core, which five other entries also use in part, came out as 14 files, and each
// ES module costs about 0.8 ms to resolve, read, compile and link (about as much as the whole engine's
// code costs in one file). Rollup re-bundles tsup's output with the modules the start entry imports
// statically in one chunk: every entry keeps its exports, every class stays one class (the other
// entries import the same chunk), and what is imported dynamically stays separate. With one entry
// rollup alone does it: a module the entry has loaded is not split out for the dynamic imports that
// use it too. @lexharmony/core's build runs it, for what library users import; the lexharmony command
// runs one script of its own instead (packages/cli/scripts/bundle-start.mjs).
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const [pkgArg, start] = process.argv.slice(2);
if (!pkgArg || !start) {
  console.error('usage: node scripts/merge-chunks.mjs <package dir> <start entry>');
  process.exit(1);
}
const pkgDir = resolve(pkgArg);
const dist = join(pkgDir, 'dist');
const { exports } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const names = Object.values(exports).flatMap((e) => {
  const m = /^\.\/dist\/(.+)\.js$/.exec(typeof e === 'string' ? e : (e?.default ?? ''));
  return m ? [m[1]] : [];
});
if (!names.includes(start)) {
  console.error(`merge-chunks: ${start} is not an entry of ${pkgArg} (its exports give ${names.join(', ')})`);
  process.exit(1);
}
// Rollup comes with tsup (it bundles the type declarations), resolved through it.
const { rollup } = await import(createRequire(createRequire(import.meta.url).resolve('tsup')).resolve('rollup'));

const entries = Object.fromEntries(names.map((name) => [name, join(dist, `${name}.js`)]));
const startId = entries[start];
let startPath;
const bundle = await rollup({
  input: entries,
  // Packages and Node's modules stay imports; only the package's own files are re-bundled.
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  preserveEntrySignatures: 'strict',
  // tsup's output is already what the sources mean: keep every statement of it.
  treeshake: false,
});
// Written beside dist, then moved in: tsup's JavaScript (not its type declarations) is replaced.
const tmp = `${dist}.merge`;
rmSync(tmp, { recursive: true, force: true });
const { output } = await bundle.write({
  dir: tmp,
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
  manualChunks:
    names.length > 1
      ? (id, { getModuleInfo }) => {
          startPath ??= staticImports(startId, getModuleInfo);
          return id !== startId && startPath.has(id) ? 'start' : undefined;
        }
      : undefined,
});
await bundle.close();
for (const file of jsFiles(dist)) rmSync(file);
for (const chunk of output) renameSync(join(tmp, chunk.fileName), join(dist, chunk.fileName));
rmSync(tmp, { recursive: true, force: true });
const files = new Set(output.map((c) => c.fileName));
const first = output.find((c) => c.fileName === `${start}.js`);
console.log(`merge-chunks: ${relative(process.cwd(), dist) || 'dist'}: ${files.size} files; ${start}.js imports ${first?.imports.filter((i) => files.has(i)).length ?? 0} of them`);

/** The modules `id` imports statically, directly or not (dynamic imports excluded). */
function staticImports(id, getModuleInfo) {
  const seen = new Set();
  const visit = (m) => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const i of getModuleInfo(m)?.importedIds ?? []) if (!getModuleInfo(i)?.isExternal) visit(i);
  };
  visit(id);
  return seen;
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}
