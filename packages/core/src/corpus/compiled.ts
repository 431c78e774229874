/**
 * The compiled corpus, as the build writes it into `packages/core/data/` and the CLI reads it:
 *
 *   corpus.json            the corpus data without provisions and origins, with its digest
 *   provisions/<id>.json   each instrument's provisions, and the text hash of each (depth first)
 *   origins.json           where each record was read (for messages only)
 *   source.json            the corpora files it was compiled from (see ./fingerprint.ts)
 *
 * Provisions and origins are read the first time they are asked for: a gap matrix of Mexico reads
 * the reference treaties and the laws it cites, not the strategies or other countries' codes. The
 * text hashes are the build's, so that a matrix need not hash (nor load node:crypto) to tell stale findings.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { provisionHash, rememberProvisionHash } from '../model/hash.js';
import type { Provision } from '../model/types.js';
import { walk } from './corpus.js';
import { corpusDigest } from './digest.js';
import type { CorpusData } from './data.js';
import type { CorpusSource } from './fingerprint.js';

/** Write the compiled corpus into `dir` (replacing an earlier one). */
export function writeCompiledCorpus(dir: string, data: CorpusData, source: CorpusSource): void {
  rmSync(join(dir, 'provisions'), { recursive: true, force: true });
  mkdirSync(join(dir, 'provisions'), { recursive: true });
  const { origins, ...rest } = data;
  for (const inst of data.instruments) {
    const hashes: string[] = [];
    for (const p of inst.provisions) walk(p, (x) => void hashes.push(provisionHash(x)));
    writeFileSync(join(dir, 'provisions', `${inst.meta.id}.json`), JSON.stringify({ provisions: inst.provisions, hashes }));
  }
  const instruments = data.instruments.map(({ provisions: _provisions, ...inst }) => inst);
  // The digest goes with the data: the gap matrix stamps it, and the CLI need not hash the whole corpus at each run.
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ ...rest, instruments, digest: corpusDigest(data) }));
  writeFileSync(join(dir, 'origins.json'), JSON.stringify(origins));
  writeFileSync(join(dir, 'source.json'), JSON.stringify(source));
}

/** The files the compiled corpus in `dir` was compiled from, or undefined when it records none. */
export function readCompiledSource(dir: string): CorpusSource | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as CorpusSource;
  } catch {
    return undefined;
  }
}

/** The compiled corpus in `dir` as corpus data; each instrument's provisions, and the origins, read on first use. */
export function readCompiledCorpus(dir: string): CorpusData {
  const data = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusData;
  const read = (file: string) => () => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const inst of data.instruments) lazy(inst, 'provisions', () => provisionsOf(join(dir, 'provisions', `${inst.meta.id}.json`)));
  lazy(data, 'origins', read('origins.json'));
  return data;
}

/** An instrument's provisions, each with the text hash the build recorded for it. */
function provisionsOf(file: string): Provision[] {
  const { provisions, hashes } = JSON.parse(readFileSync(file, 'utf8')) as { provisions: Provision[]; hashes: string[] };
  let i = 0;
  for (const p of provisions) walk(p, (x) => rememberProvisionHash(x, hashes[i++]!));
  return provisions;
}

/** A property read from disk the first time it is read (and replaceable, as plain data is). */
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
