import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus } from './corpus.js';
import type { CorpusData } from './data.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where the bundled corpus lives. Built packages ship `data/corpus.json` (compiled from `corpora/`);
 * running from source (tests, typecheck) reads the repository's `corpora/` directly.
 */
export function bundledCorpusLocation(): { kind: 'compiled'; path: string } | { kind: 'directory'; path: string } {
  // From src/ (tests, typecheck) always read corpora/: a data/corpus.json left by an earlier build may be stale.
  if (/[\\/]src[\\/]corpus$/.test(here)) return { kind: 'directory', path: join(here, '../../../../corpora') };
  for (const p of [join(here, '../data/corpus.json'), join(here, '../../data/corpus.json')]) {
    if (existsSync(p)) return { kind: 'compiled', path: p };
  }
  return { kind: 'directory', path: join(here, '../../../corpora') };
}

let compiled: Corpus | undefined;

/**
 * The compiled corpus shipped with the built package, or undefined when running from source.
 * Reads one JSON file and needs neither the YAML parser nor the schemas: the fast path of the CLI.
 */
export function loadCompiledCorpus(): Corpus | undefined {
  if (compiled) return compiled;
  const where = bundledCorpusLocation();
  if (where.kind !== 'compiled') return undefined;
  compiled = new Corpus(JSON.parse(readFileSync(where.path, 'utf8')) as CorpusData);
  return compiled;
}
