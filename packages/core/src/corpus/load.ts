import { join, resolve } from 'node:path';
import { assemble } from './assemble.js';
import { bundledCorpusLocation, loadCompiledCorpus } from './bundled.js';
import { compiledFiles, isCompiledCorpus, readCompiledFiles, type CompiledCorpus } from './compiled-data.js';
import { Corpus } from './corpus.js';
import type { CorpusData } from './data.js';
import { readCorpusFiles } from './read.js';
import { NotFoundError } from '../errors.js';

export { bundledCorpusLocation, loadCompiledCorpus };

/** Read, validate and check a corpora directory of YAML files. Throws `CorpusError` listing every issue. */
export function loadCorpusData(dir: string): CorpusData {
  const { files, issues } = readCorpusFiles(resolve(dir));
  return assemble(files, issues);
}

/** Where `loadCorpus` takes the corpus from: a corpora directory of YAML files, or data already in memory. */
export type CorpusSource =
  /** A corpora directory (YAML), validated and checked. */
  | { dir: string }
  /** The bundled corpus as `@lexharmony/core/data` exports it, or corpus data (`CorpusData`). */
  | { data: CompiledCorpus | CorpusData };

let fromSource: Corpus | undefined;

/**
 * The corpus. With no argument, the one bundled with the package (read from its `data/` directory).
 * With `{ dir }` (or a string), a corpora directory of YAML files, validated and checked. With
 * `{ data }`, data in memory: in an application bundled with esbuild, webpack or the like, where the
 * package's `data/` directory is not next to the code, pass `import data from '@lexharmony/core/data'`.
 */
export function loadCorpus(source?: string | CorpusSource): Corpus {
  if (typeof source === 'string') return new Corpus(loadCorpusData(source));
  if (source && 'dir' in source) return new Corpus(loadCorpusData(source.dir));
  if (source && 'data' in source) return new Corpus(isCompiledCorpus(source.data) ? readCompiledFiles(compiledFiles(source.data)) : source.data);
  const compiled = loadCompiledCorpus();
  if (compiled) return compiled;
  const where = bundledCorpusLocation();
  if (where.kind === 'missing') {
    throw new NotFoundError(
      'bundled corpus',
      `the bundled corpus is not at ${join(where.path, 'corpus.json')} (was @lexharmony/core bundled into an application?): pass it as loadCorpus({ data }) with \`import data from '@lexharmony/core/data'\`, or name a corpora directory with loadCorpus({ dir })`,
    );
  }
  fromSource ??= new Corpus(loadCorpusData(where.path));
  return fromSource;
}
