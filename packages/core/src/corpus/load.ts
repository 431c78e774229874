import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemble } from './assemble.js';
import { Corpus } from './corpus.js';
import type { CorpusData } from './data.js';
import { readCorpusFiles } from './read.js';

/** Read, validate and check a corpora directory of YAML files. Throws `CorpusError` listing every issue. */
export function loadCorpusData(dir: string): CorpusData {
  const { files, issues } = readCorpusFiles(resolve(dir));
  return assemble(files, issues);
}

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

let bundled: Corpus | undefined;

/**
 * The corpus: with no argument, the one bundled with the package; with a directory, a user's own
 * corpora directory (validated and checked).
 */
export function loadCorpus(dir?: string): Corpus {
  if (dir !== undefined) return new Corpus(loadCorpusData(dir));
  if (!bundled) {
    const where = bundledCorpusLocation();
    const data = where.kind === 'compiled' ? (JSON.parse(readFileSync(where.path, 'utf8')) as CorpusData) : loadCorpusData(where.path);
    bundled = new Corpus(data);
  }
  return bundled;
}
