#!/usr/bin/env node
// Signals are answered from the first instant, before any module loads: Ctrl+C or a kill exits with
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
const { removeTemporariesOnSignals } = await import('@lexharmony/core/engine');
removeTemporariesOnSignals();
const { main } = await import('./dist/index.js');
process.exitCode = await main(process.argv.slice(2));
