import { bundledCorpusLocation, loadCompiledCorpus, type Corpus } from '@lexharmony/core/engine';
import type { Io } from './output.js';

/** What every command handler gets: the io, and the corpus (loaded once, on first use). */
export interface Context {
  io: Io;
  corpus(dir?: string): Corpus;
  /** Load what `corpus(dir)` will need: the YAML reader and schemas only for a corpora directory. */
  prepare(dir?: string): Promise<void>;
}

export function makeContext(io: Io): Context {
  const cache = new Map<string, Corpus>();
  // The YAML reader and the schemas (yaml, zod) are loaded only when a corpora directory is read.
  let reader: typeof import('@lexharmony/core') | undefined;
  return {
    io,
    async prepare(dir) {
      if (dir !== undefined || bundledCorpusLocation().kind !== 'compiled') reader ??= await import('@lexharmony/core');
    },
    corpus(dir) {
      const key = dir ?? '';
      let c = cache.get(key);
      if (!c) {
        const compiled = dir === undefined ? loadCompiledCorpus() : undefined;
        if (!compiled && !reader) throw new Error('internal: the corpus reader was not prepared before use');
        c = compiled ?? reader!.loadCorpus(dir);
        cache.set(key, c);
      }
      return c;
    },
  };
}
