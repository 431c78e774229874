import { createHash, type Hash } from 'node:crypto';
import type { CorpusData } from './data.js';

const digests = new WeakMap<CorpusData, string>();

/**
 * A short digest of the corpus data: sha256 of its JSON, origins and any stored digest left out
 * (origins say where data was read, not what it says). The compiled corpus carries it, computed
 * by the build from the same data, so it is not recomputed at each run.
 */
export function corpusDigest(data: CorpusData): string {
  if (data.digest) return data.digest;
  let d = digests.get(data);
  if (!d) {
    const { origins: _origins, digest: _digest, ...rest } = data;
    const hash = createHash('sha256');
    const sink = new ChunkedSink(hash);
    // Four levels down (data › instruments › instrument › provisions) every record is small: the
    // whole corpus is hashed in pieces and never held as one string.
    writeJson(rest, 4, sink);
    sink.flush();
    d = 'sha256:' + hash.digest('hex').slice(0, 16);
    digests.set(data, d);
  }
  return d;
}

/** Collects text and hands it to the hash about a megabyte at a time. */
class ChunkedSink {
  private buffer = '';
  constructor(private readonly hash: Hash) {}
  put(s: string) {
    this.buffer += s;
    if (this.buffer.length >= 1 << 20) this.flush();
  }
  flush() {
    if (this.buffer) this.hash.update(this.buffer, 'utf8');
    this.buffer = '';
  }
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Writes exactly `JSON.stringify(value)`, descending `depth` levels into plain arrays and objects. */
function writeJson(value: unknown, depth: number, sink: ChunkedSink): void {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    sink.put(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    sink.put('[');
    value.forEach((v, i) => {
      if (i > 0) sink.put(',');
      if (skipped(v)) sink.put('null');
      else writeJson(v, depth - 1, sink);
    });
    sink.put(']');
    return;
  }
  sink.put('{');
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (skipped(v)) continue;
    sink.put(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    writeJson(v, depth - 1, sink);
  }
  sink.put('}');
}
