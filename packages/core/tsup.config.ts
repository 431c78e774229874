import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', engine: 'src/engine.ts', 'ingest/index': 'src/ingest/index.ts', 'export/index': 'src/export/index.ts', 'search/index': 'src/search/index.ts', 'suggest/index': 'src/suggest/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
});
