import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompiledCorpus } from './compiled.js';
import { Corpus } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where the bundled corpus lives. Built packages ship `data/` (compiled from `corpora/`, see
 * ./compiled-data.ts; `path` is that directory); running from source (tests, typecheck) reads the
 * repository's `corpora/` directly. `missing` when neither is there (the package was bundled into
 * an application without its data): `path` is where the compiled corpus was looked for.
 */
export function bundledCorpusLocation(): { kind: 'compiled' | 'directory' | 'missing'; path: string } {
  // From src/ (tests, typecheck) always read corpora/: a data/ left by an earlier build may be stale.
  if (/[\\/]src[\\/]corpus$/.test(here)) return { kind: 'directory', path: join(here, '../../../../corpora') };
  for (const p of [join(here, '../data'), join(here, '../../data')]) {
    if (existsSync(join(p, 'corpus.json'))) return { kind: 'compiled', path: p };
  }
  return { kind: 'missing', path: join(here, '../data') };
}

let compiled: Corpus | undefined;

/**
 * The compiled corpus shipped with the built package, or undefined when running from source or
 * when the data is not next to the code. Reads JSON and needs neither the YAML parser nor the
 * schemas: the fast path of the CLI.
 */
export function loadCompiledCorpus(): Corpus | undefined {
  if (compiled) return compiled;
  const where = bundledCorpusLocation();
  if (where.kind !== 'compiled') return undefined;
  compiled = new Corpus(readCompiledCorpus(where.path));
  return compiled;
}
