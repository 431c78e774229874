#!/usr/bin/env node
import { main } from './dist/index.js';

// A reader that stops early (`lexharmony gaps MX | head`) ends the output, not the program with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
