/**
 * The compiled corpus as files: the build compiles the repository's `corpora/` into JSON files under
 * the package's `data/`. The loader reads them from disk; `@lexharmony/core/data` exports the same
 * files as one value (`CompiledCorpus`) for bundled applications. Both go through `readCompiledFiles`,
 * the one reader of that layout, given a function that reads one file.
 */
import { rememberProvisionHash } from '../model/hash.js';
import { rememberFindingHash } from '../recommend/fingerprint.js';
import type { Finding, Provision } from '../model/types.js';
import { walk } from './corpus.js';
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
  // corpus.json holds everything but the provisions, the assessments' findings and the origins, which are
  // read the first time they are used (most commands need one instrument's provisions, not all).
  const { [LAYOUT]: layout, ...data } = read('corpus.json') as CorpusData & { [LAYOUT]?: { assessmentFields: string[][] } };
  if (!layout) return data;
  for (const inst of data.instruments) lazy(inst, 'provisions', () => provisionsOf(read(`provisions/${inst.meta.id}.json`)));
  data.assessments.forEach((a, i) => {
    let body: Record<string, unknown> | undefined;
    const load = () => (body ??= findingsOf(read(`assessments/${i}.json`), () => read(`assessments/${i}.prose.json`)));
    for (const key of layout.assessmentFields[i]!) lazy(a, key as keyof typeof a, () => load()[key]);
  });
  lazy(data, 'origins', () => read('origins.json'));
  return data;
}

/** The key of corpus.json that says what the reader needs to put the data back together (not corpus data). */
export const LAYOUT = '.layout';

/** The key of an assessment's file that holds its findings' fingerprints, in finding order (not assessment data). */
export const FINDING_HASHES = '.findingHashes';

/** An instrument's provisions, each (and each of its translations) with the text hash the build recorded for it. */
function provisionsOf(file: unknown): Provision[] {
  const { provisions, hashes, translationHashes } = file as { provisions: Provision[]; hashes: string[]; translationHashes?: (string[] | 0)[] };
  let i = 0;
  for (const p of provisions) {
    walk(p, (x) => {
      const t = translationHashes?.[i];
      if (t) x.translations.forEach((tr, k) => rememberProvisionHash(tr, t[k]!));
      rememberProvisionHash(x, hashes[i++]!);
    });
  }
  return provisions;
}

/** An assessment's body: each finding with the fingerprint the build recorded for it, and its prose read on first use. */
function findingsOf(file: unknown, readProse: () => unknown): Record<string, unknown> {
  const { [FINDING_HASHES]: hashes, ...body } = file as { findings: Finding[]; [FINDING_HASHES]?: string[] };
  if (!hashes) return body;
  let prose: [Finding['rationale'], Finding['reviews']][] | undefined;
  const proseOf = (i: number) => (prose ??= readProse() as typeof prose)![i]!;
  body.findings.forEach((f, i) => {
    rememberFindingHash(f, hashes[i]!);
    lazy(f, 'rationale', () => proseOf(i)[0]);
    lazy(f, 'reviews', () => proseOf(i)[1]);
  });
  return body;
}

/** A property read the first time it is read (and replaceable, as plain data is). */
function lazy<T extends object>(obj: T, key: keyof T & string, load: () => unknown): void {
  let value: unknown;
  let loaded = false;
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => (loaded ? value : ((loaded = true), (value = load()))),
    set: (v) => {
      loaded = true;
      value = v;
    },
  });
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
