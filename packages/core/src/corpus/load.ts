import { resolve } from 'node:path';
import { assemble } from './assemble.js';
import { bundledCorpusLocation, loadCompiledCorpus } from './bundled.js';
import { Corpus } from './corpus.js';
import type { CorpusData } from './data.js';
import { readCorpusFiles } from './read.js';

export { bundledCorpusLocation, loadCompiledCorpus };

/** Read, validate and check a corpora directory of YAML files. Throws `CorpusError` listing every issue. */
export function loadCorpusData(dir: string): CorpusData {
  const { files, issues } = readCorpusFiles(resolve(dir));
  return assemble(files, issues);
}

let fromSource: Corpus | undefined;

/**
 * The corpus: with no argument, the one bundled with the package; with a directory, a user's own
 * corpora directory (validated and checked).
 */
export function loadCorpus(dir?: string): Corpus {
  if (dir !== undefined) return new Corpus(loadCorpusData(dir));
  const compiled = loadCompiledCorpus();
  if (compiled) return compiled;
  fromSource ??= new Corpus(loadCorpusData(bundledCorpusLocation().path));
  return fromSource;
}
