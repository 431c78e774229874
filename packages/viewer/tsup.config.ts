import { defineConfig } from 'tsup';

export default defineConfig([
  // The browser app: one minified script, fuse.js included, nothing loaded at run time.
  {
    entry: { main: 'src/app/main.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    minify: true,
    clean: false,
    outDir: 'dist',
    // Bundle @lexharmony/core/search from its source: no build of core needed first.
    esbuildOptions(options) {
      options.conditions = ['@lexharmony/source'];
    },
  },
  // The Node side (data builder, site writer, server), used by the CLI.
  {
    entry: { 'node/index': 'src/node/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: true,
    clean: false,
    outDir: 'dist',
  },
]);
