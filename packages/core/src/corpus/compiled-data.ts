/**
 * The compiled corpus as files: the build compiles the repository's `corpora/` into JSON files under
 * the package's `data/`. The loader reads them from disk; `@lexharmony/core/data` exports the same
 * files as one value (`CompiledCorpus`) for bundled applications. Both go through `readCompiledFiles`,
 * the one reader of that layout, given a function that reads one file.
 */
import type { CorpusData } from './data.js';

/** What `@lexharmony/core/data` exports: each JSON file of the compiled corpus, by its path under `data/`. */
export interface CompiledCorpus {
  readonly format: 'lexharmony-compiled-corpus';
  readonly files: Readonly<Record<string, unknown>>;
}

/** Reads one JSON file of the compiled corpus, by its path under `data/` (`corpus.json`). */
export type CompiledFileReader = (file: string) => unknown;

/** The corpus data from the files of the compiled corpus. */
export function readCompiledFiles(read: CompiledFileReader): CorpusData {
  return read('corpus.json') as CorpusData;
}

/** True for the value `@lexharmony/core/data` exports. */
export function isCompiledCorpus(value: unknown): value is CompiledCorpus {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'lexharmony-compiled-corpus';
}

/** A reader over the files of a `CompiledCorpus` held in memory. */
export function compiledFiles(corpus: CompiledCorpus): CompiledFileReader {
  return (file) => {
    if (!Object.hasOwn(corpus.files, file)) throw new Error(`the compiled corpus has no file ${file}`);
    return corpus.files[file];
  };
}
