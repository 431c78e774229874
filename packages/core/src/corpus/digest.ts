import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../model/crypto.js';
import type { CorpusData } from './data.js';

const digests = new WeakMap<CorpusData, string>();

/**
 * A short digest of the corpus data: sha256 of its JSON, origins and any stored digest left out
 * (origins say where data was read, not what it says). The compiled corpus carries it, computed
 * by the build from the same data, so it is not recomputed at each run. Takes the data or a `Corpus`.
 */
export function corpusDigest(corpus: CorpusData | { readonly data: CorpusData }): string {
  const data = 'data' in corpus ? corpus.data : corpus;
  if (data.digest) return data.digest;
  let d = digests.get(data);
  if (!d) {
    const { origins: _origins, digest: _digest, ...rest } = data;
    const hash = nodeCrypto().createHash('sha256');
    // Four levels down (data › instruments › instrument › provisions) every record is small: the
    // whole corpus is hashed in pieces and never held as one string.
    writeJson(rest, 4, hash);
    d = 'sha256:' + hash.digest('hex').slice(0, 16);
    digests.set(data, d);
  }
  return d;
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Writes exactly `JSON.stringify(value)`, descending `depth` levels into plain arrays and objects. */
function writeJson(value: unknown, depth: number, hash: Hash): void {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    hash.update(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    hash.update('[');
    value.forEach((v, i) => {
      if (i > 0) hash.update(',');
      if (skipped(v)) hash.update('null');
      else writeJson(v, depth - 1, hash);
    });
    hash.update(']');
    return;
  }
  hash.update('{');
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (skipped(v)) continue;
    hash.update(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    writeJson(v, depth - 1, hash);
  }
  hash.update('}');
}
