// The `gaps` path must start fast: no yaml, zod, xlsx, pdf.js or unified on its static import graph.
// Walks the static imports (not `import type`, not dynamic `import()`) from the CLI entry and the gaps command.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const subpaths: Record<string, string> = {
  '@lexharmony/core': 'packages/core/src/index.ts',
  '@lexharmony/core/engine': 'packages/core/src/engine.ts',
  '@lexharmony/core/export': 'packages/core/src/export/index.ts',
};

/** Every package a module reaches through static, value imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (subpaths[spec]) visit(join(root, subpaths[spec]));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('CLI start-up', () => {
  // node:crypto too: the compiled corpus carries the text hashes, and loading crypto costs a dozen internal modules.
  const heavy = ['yaml', 'zod', '@e965/xlsx', 'pdfjs-dist', 'unified', 'rehype-parse', 'fuse.js', 'node:crypto', 'crypto'];

  it('the entry and the gaps command import none of the heavy libraries', () => {
    const entry = staticGraph(join(root, 'packages/cli/src/index.ts'));
    const gaps = staticGraph(join(root, 'packages/cli/src/commands/gaps.ts'));
    for (const g of [entry, gaps]) expect([...g.packages].filter((p) => heavy.some((h) => p === h || p.startsWith(h + '/')))).toEqual([]);
    expect([...gaps.files].some((f) => f.endsWith('core/src/matrix/matrix.ts'))).toBe(true);
  });

  it('the walker does see heavy imports where they are (the full core entry)', () => {
    expect(staticGraph(join(root, 'packages/core/src/index.ts')).packages).toContain('zod');
  });
});

describe('the command registry', () => {
  it('lists each command with the usage and description its own module gives yargs', async () => {
    const { commands } = await import('../src/commands/index.js');
    for (const c of commands) {
      const name = c.command.split(' ')[0]!;
      const src = readFileSync(join(root, `packages/cli/src/commands/${name}.ts`), 'utf8');
      expect(src).toContain(`'${c.command}'`);
      // The module's description, as written there (quotes escaped either way).
      expect(src.replace(/\\'/g, "'")).toContain(c.describe);
      expect(typeof (await c.load())).toBe('function');
    }
  });
});
