import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  // yargs and its helpers are bundled: one file loads faster than the dozens it is made of.
  // @lexharmony/core stays a package (it finds its compiled corpus next to itself).
  noExternal: [/^(?!@lexharmony\/)/],
  // yargs needs string widths only to lay out help; the light version keeps Intl.Segmenter and big regexes off start-up.
  // Its two assertions need no node:assert (see src/assert.ts).
  esbuildOptions(options) {
    options.alias = {
      'string-width': fileURLToPath(new URL('./src/string-width.ts', import.meta.url)),
      assert: fileURLToPath(new URL('./src/assert.ts', import.meta.url)),
    };
  },
  // Bundled CommonJS code may call require(); give it one.
  banner: { js: "import { createRequire as __lexharmonyRequire } from 'node:module'; const require = __lexharmonyRequire(import.meta.url);" },
});
