import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bundledCorpusLocation, changedCorpusFiles, Corpus, readCompiledCorpus, readCompiledSource, translator, type Lang } from '@lexharmony/core/engine';
import type { Io } from './output.js';
import { userDir, userPath } from './paths.js';

/** Which corpus a command reads: --corpus DIR, else ./corpora in the working directory, else the bundled corpus (`cli.help.corpusRule`). */
export type CorpusChoice =
  | {
      kind: 'directory';
      /** Absolute. */
      dir: string;
      /** As the user sees it: the path they typed, or `./corpora`. */
      shown: string;
      why: 'option' | 'working-directory';
      /** The compiled corpus holds exactly this directory's data: read it instead of the YAML. */
      compiled: boolean;
      /** What a reader of this corpus must be told (it changed since the build), printed once when it is read. */
      note?: string | undefined;
    }
  | { kind: 'bundled'; note?: string | undefined };

/** What every command handler gets: the io, and the corpus (chosen by the rule, loaded once, on first use). */
export interface Context {
  io: Io;
  /** Where the bundled corpus is. */
  bundled: BundledCorpus;
  /** Which corpus the rule picks for a `--corpus` value (undefined: none given). */
  choice(option?: string): CorpusChoice;
  corpus(option?: string): Corpus;
  /** Load what `corpus(option)` will need: the YAML reader and schemas only for a corpora directory to read as YAML. */
  prepare(option?: string): Promise<void>;
  /** A path the user typed, resolved against the directory they ran the command from. */
  userPath(path: string): string;
}

/** Where the bundled corpus is: compiled data (a directory of JSON) or, from source, the repository's corpora. */
export type BundledCorpus = ReturnType<typeof bundledCorpusLocation>;

export interface ContextOptions {
  /** The environment (INIT_CWD says where the user ran the command). */
  env?: NodeJS.ProcessEnv | undefined;
  bundled?: BundledCorpus | undefined;
  /** The language of the notes (default English). */
  lang?: Lang | undefined;
}

export function makeContext(io: Io, { env = process.env, bundled = bundledCorpusLocation(), lang = 'en' }: ContextOptions = {}): Context {
  const choices = new Map<string, CorpusChoice>();
  let compiled: Corpus | undefined;
  const cache = new Map<string, Corpus>();
  // The YAML reader and the schemas (yaml, zod) are loaded only when a corpora directory is read as YAML.
  let reader: typeof import('@lexharmony/core') | undefined;
  const choice = (option?: string) => {
    const key = option ?? '';
    let c = choices.get(key);
    if (!c) choices.set(key, (c = chooseCorpus(option, { env, bundled, lang })));
    return c;
  };
  const needsReader = (c: CorpusChoice) => (c.kind === 'directory' ? !c.compiled : bundled.kind !== 'compiled');
  return {
    io,
    bundled,
    choice,
    userPath: (path) => userPath(path, env),
    async prepare(option) {
      if (needsReader(choice(option))) reader ??= await import('@lexharmony/core');
    },
    corpus(option) {
      const c = choice(option);
      const key = c.kind === 'directory' ? c.dir : '';
      let corpus = cache.get(key);
      if (!corpus) {
        if (needsReader(c) && !reader) throw new Error('internal: the corpus reader was not prepared before use');
        if (c.note) io.err(c.note);
        if (!needsReader(c)) corpus = compiled ??= new Corpus(readCompiledCorpus(bundled.path));
        else corpus = reader!.loadCorpus(c.kind === 'directory' ? c.dir : bundled.path);
        cache.set(key, corpus);
      }
      return corpus;
    },
  };
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The corpus rule (stated to users by the catalogue key cli.help.corpusRule). A directory the compiled corpus was made from, unchanged since,
 * is read from the compiled copy; one that differs is read as YAML (with a note when it is the very
 * directory the build compiled). When the bundled corpus is chosen and the directory it was compiled
 * from is still there and has changed, a note says so: an edit is never silently left out. The
 * notes are printed when the corpus is read, not by commands that do not read one.
 */
export function chooseCorpus(option: string | undefined, { env, bundled, lang = 'en' }: { env: NodeJS.ProcessEnv; bundled: BundledCorpus; lang?: Lang | undefined }): CorpusChoice {
  const tr = translator(lang);
  const listed = (files: string[]) => (files.length <= 3 ? files.join(', ') : tr.t('msg.corpus.more', { files: files.slice(0, 3).join(', '), n: files.length - 3 }));
  const source = bundled.kind === 'compiled' ? readCompiledSource(bundled.path) : undefined;
  const sameDir = (dir: string) => source !== undefined && existsSync(source.dir) && realpathSync(dir) === realpathSync(source.dir);
  const here = join(userDir(env), 'corpora');
  const picked = option !== undefined ? { dir: userPath(option, env), shown: option, why: 'option' as const } : isDirectory(here) ? { dir: here, shown: './corpora', why: 'working-directory' as const } : undefined;
  if (picked) {
    if (!source || !isDirectory(picked.dir)) return { kind: 'directory', ...picked, compiled: false };
    const changed = changedCorpusFiles(picked.dir, source.files);
    const note = changed.length && sameDir(picked.dir) ? `lexharmony: ${tr.t('msg.corpus.asYaml', { dir: picked.shown, files: listed(changed) })}\n` : undefined;
    return { kind: 'directory', ...picked, compiled: changed.length === 0, note };
  }
  if (source && existsSync(source.dir)) {
    const changed = changedCorpusFiles(source.dir, source.files);
    if (changed.length) {
      const dir = relative(userDir(env), source.dir) || '.';
      return { kind: 'bundled', note: `lexharmony: ${tr.t('msg.corpus.bundledChanged', { dir, files: listed(changed) })}\n` };
    }
  }
  return { kind: 'bundled' };
}

