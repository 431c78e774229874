#!/usr/bin/env node
import { removeTemporariesOnSignals } from '@lexharmony/core/engine';
import { main } from './dist/index.js';

// A reader that stops early (`lexharmony gaps MX | head`) ends the output, not the program with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// Node's runtime warnings (deprecations in a dependency …) are for developers: shown with --debug only.
process.removeAllListeners('warning');
process.on('warning', (w) => process.argv.includes('--debug') && process.stderr.write(`lexharmony: (debug) ${w.name}: ${w.message}\n`));
// Ctrl+C or a kill during a write leaves no temporary file behind; the exit code says which signal (130, 143).
removeTemporariesOnSignals();
process.exitCode = await main(process.argv.slice(2));
