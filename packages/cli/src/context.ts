import { loadCorpus, type Corpus } from '@lexharmony/core';
import type { Io } from './output.js';

/** What every command handler gets: the io, and the corpus (loaded once, on first use). */
export interface Context {
  io: Io;
  corpus(dir?: string): Corpus;
}

export function makeContext(io: Io): Context {
  const cache = new Map<string, Corpus>();
  return {
    io,
    corpus(dir) {
      const key = dir ?? '';
      let c = cache.get(key);
      if (!c) {
        c = loadCorpus(dir);
        cache.set(key, c);
      }
      return c;
    },
  };
}
