import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Catalogue blocks the browser never says (the CLI's help and errors, the terminal, `show`, `diff`,
 * `compare`, the run-time messages of validation, stamp, ingest and verify): left out of the viewer's copy of core's catalogues, so the script ships the viewer's
 * words and the reports' words it shares, not the command line's.
 */
export const CLI_ONLY_PREFIXES = ['cli.', 'term.', 'show.', 'diff.', 'compare.', 'msg.'];

const browserCatalogues: Plugin = {
  name: 'browser-catalogues',
  setup(build) {
    build.onLoad({ filter: /[\\/]i18n[\\/]messages[\\/]\w+\.json$/ }, async (args) => {
      const all = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, unknown>;
      const kept = Object.fromEntries(Object.entries(all).filter(([key]) => !CLI_ONLY_PREFIXES.some((p) => key.startsWith(p))));
      return { contents: JSON.stringify(kept), loader: 'json' };
    });
  },
};

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
    esbuildPlugins: [browserCatalogues],
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
