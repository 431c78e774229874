// The built start path: `lexharmony gaps` loads few ES modules (each costs about 0.8 ms to resolve,
// read, compile and link), because the build merges what the engine and the CLI load at start-up
// (scripts/merge-chunks.mjs). Walks the static relative imports of the built files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/sources.js';

const core = join(repoRoot, 'packages/core/dist');
const cli = join(repoRoot, 'packages/cli/dist');
const built = existsSync(join(core, 'engine.js')) && existsSync(join(cli, 'index.js'));

/** The package files a built module loads before it runs: itself and its static relative imports, recursively. */
function staticFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^(?:import|export)\b[^;'"]*?(?:from\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe.skipIf(!built)('the built start path', () => {
  it('the engine is two modules, the CLI entry two, the gaps command three', () => {
    expect(staticFiles(join(core, 'engine.js'))).toHaveLength(2);
    expect(staticFiles(join(cli, 'index.js'))).toHaveLength(2);
    const gaps = readFileSync(join(cli, 'index.js'), 'utf8') + readFileSync(staticFiles(join(cli, 'index.js'))[1]!, 'utf8');
    const gapsChunk = /import\(['"]\.\/(gaps-[^'"]+\.js)['"]\)/.exec(gaps)?.[1];
    expect(gapsChunk).toBeDefined();
    // The command, the summary it shares with report, and what it shares with other commands; the entry's chunk is loaded already.
    expect(staticFiles(join(cli, gapsChunk!)).filter((f) => !staticFiles(join(cli, 'index.js')).includes(f)).length).toBeLessThanOrEqual(3);
  });

  it('the walker sees a split build for what it is (the other entries of core import the engine’s chunk)', () => {
    const index = staticFiles(join(core, 'index.js'));
    expect(index.length).toBeGreaterThan(2);
    expect(index).toContain(staticFiles(join(core, 'engine.js'))[1]);
  });
});
