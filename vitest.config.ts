import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests run against src/ through the "@lexharmony/source" export condition: no build first.
const conditions = ['@lexharmony/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    // Generous: on two busy cores, with two workers and other work beside them, a worker's first corpus load can take
    // tens of seconds. Guards against a hung test, not targets: speed is measured in bench/, not here.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Vitest's default (one worker fewer than the cores) is a single worker on CI's two cores, which leaves a core
    // idle whenever a file waits on LibreOffice, Chromium, npm or a CLI process: two workers at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'core', root: 'packages/core', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', root: 'packages/cli', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'viewer', root: 'packages/viewer', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', root: 'test', include: ['**/*.test.ts'] } },
    ],
  },
});
