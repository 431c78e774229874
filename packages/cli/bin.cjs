#!/usr/bin/env node
'use strict';
// The lexharmony command. It runs dist/lexharmony.cjs, the CLI linked into one script by the build
// (scripts/bundle-start.mjs), with the code V8 compiled for it then (dist/lexharmony.cjs.cache): a command
// starts without parsing and compiling its JavaScript again. Where the cache does not fit (another Node,
// another build) V8 compiles as usual.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** The start script's exports (main …), and the vm.Script it ran from (the build asks it for its compiled code). */
function loadStart() {
  const file = join(__dirname, 'dist', 'lexharmony.cjs');
  let source;
  try {
    source = readFileSync(file, 'latin1');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    process.stderr.write(`lexharmony: ${MISSING_BUILD[startLang(process.argv.slice(2), process.env)](file)}\n`);
    process.exit(3);
  }
  // The cache starts with the line that names the script's content: it is used only for that very script.
  const name = source.slice(0, source.indexOf('\n') + 1);
  let cachedData;
  try {
    const cache = readFileSync(`${file}.cache`);
    if (cache.toString('latin1', 0, name.length) === name) cachedData = cache.subarray(name.length);
  } catch {
    // no cache: V8 compiles
  }
  // The script is a CommonJS module already in its function, and has no import(): the build made each a
  // require() (see scripts/bundle-start.mjs).
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { ...module.exports, script };
}

/** Said when there is no build to run, before any catalogue can load. */
const MISSING_BUILD = {
  en: (file) => `${file} is missing: run "pnpm build"`,
  es: (file) => `falta ${file}: ejecute «pnpm build»`,
};

/**
 * The output language, by the CLI's own rule (argvLang in src/lang.ts: the last `--lang es|en`, else
 * LC_ALL, LC_MESSAGES, LANG), copied here because nothing of the CLI is loaded yet; a test holds the two together.
 */
function startLang(argv, env) {
  for (let i = argv.length - 1; i >= 0; i--) {
    const value = argv[i].startsWith('--lang=') ? argv[i].slice(7) : argv[i] === '--lang' ? argv[i + 1] : undefined;
    if (value === 'es' || value === 'en') return value;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    if (env[name]) return env[name].toLowerCase().startsWith('es') ? 'es' : 'en';
  }
  return 'en';
}

module.exports = { loadStart, startLang };

if (require.main === module) {
  // Signals are answered from the first instant, before the script loads: Ctrl+C or a kill exits with
  // 130 or 143, and the temporary files of writes in progress are removed on the way out.
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  // A reader that stops early (`lexharmony gaps MX | head`) ends the output, not the program with a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Node's runtime warnings (deprecations in a dependency …) are for developers: shown with --debug only.
  process.removeAllListeners('warning');
  process.on('warning', (w) => process.argv.includes('--debug') && process.stderr.write(`lexharmony: (debug) ${w.name}: ${w.message}\n`));
  const { main, removeTemporariesOnSignals } = loadStart();
  removeTemporariesOnSignals();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    if (nothingLeft()) process.exit(code);
  });
}

/**
 * True when the command has nothing left to do: no output still being written, no server, timer or file
 * operation. The process then ends at once: left to itself, Node would first let V8 finish the garbage
 * collection it starts in idle time, a full pass over the corpus just read (a tenth of a `gaps` run).
 */
function nothingLeft() {
  // Node 20 marks getActiveResourcesInfo experimental: without it, the process ends as usual.
  if (typeof process.getActiveResourcesInfo !== 'function') return false;
  if (process.stdout.writableLength > 0 || process.stderr.writableLength > 0) return false;
  // Standard output and error themselves: a pipe or a terminal (a file has no handle).
  return process.getActiveResourcesInfo().every((r) => r === 'PipeWrap' || r === 'TTYWrap');
}
