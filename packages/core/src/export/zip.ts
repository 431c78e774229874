import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createGzip } from 'node:zlib';

/**
 * The zip of every workbook and Word document: `writeZip` deflates each entry with Node's zlib,
 * chunk by chunk as its content is made (a large sheet is never held whole), on zlib's own thread
 * while the next content is written, and gives every entry the same time, midnight (UTC) of the
 * document's date. Same entries and date, same bytes (on the same Node build: another zlib may
 * choose other, equally valid, compressed bytes).
 */

// Speed over the last fifth of size: level 1 deflates sheet XML about three times as fast as zlib's default 6.
const LEVEL = 1;

// Input (bytes) zlib may have waiting before the writer stops making more.
const BACKLOG = 1 << 22;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** One file of a zip made by `writeZip`: its path and its content, as chunks that are deflated as they come. */
export interface ZipEntry {
  path: string;
  content: Iterable<string | Uint8Array>;
}

/** A zip of `entries`, in order, each deflated (unless `compress` is false) and dated midnight (UTC) of `date`. */
export async function writeZip(entries: readonly ZipEntry[], date: Date, options: { compress?: boolean | undefined } = {}): Promise<Uint8Array> {
  const compress = options.compress ?? true;
  const dosDate = (((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()) >>> 0;
  const slots = new Slots(8, 1 << 19);
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    const entry = await pack(e.content, compress, slots);
    const header = new Uint8Array(30 + name.byteLength);
    const h = view(header);
    h.setUint32(0, LOCAL, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, 0x0800, true); // names are UTF-8
    setEntry(h, 8, entry, dosDate);
    h.setUint16(26, name.byteLength, true);
    header.set(name, 30);
    const central = new Uint8Array(46 + name.byteLength);
    const c = view(central);
    c.setUint32(0, CENTRAL, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    setEntry(c, 10, entry, dosDate);
    c.setUint16(28, name.byteLength, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    parts.push(header, ...entry.data);
    centrals.push(central);
    offset += header.byteLength + entry.length;
  }
  const directorySize = centrals.reduce((n, x) => n + x.byteLength, 0);
  const tail = new Uint8Array(22);
  const t = view(tail);
  t.setUint32(0, END, true);
  t.setUint16(8, entries.length, true);
  t.setUint16(10, entries.length, true);
  t.setUint32(12, directorySize, true);
  t.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + tail.byteLength);
  let p = 0;
  for (const part of [...parts, ...centrals, tail]) {
    out.set(part, p);
    p += part.byteLength;
  }
  return out;
}

interface Entry {
  method: number;
  /** The entry's bytes as written (compressed or not), in parts. */
  data: Uint8Array[];
  /** Their total length. */
  length: number;
  crc: number;
  /** Uncompressed size. */
  size: number;
}

/**
 * Deflates chunks through a gzip stream, whose trailer hands over the CRC-32 and size the zip
 * headers need. Level 0 when not compressing: the CRC still comes from zlib, the data stays as given.
 */
async function pack(chunks: Iterable<string | Uint8Array>, compress: boolean, slots: Slots): Promise<Entry> {
  const gzip = createGzip({ level: compress ? LEVEL : 0, chunkSize: 1 << 16 });
  const out: Buffer[] = [];
  const kept: Buffer[] = [];
  gzip.on('data', (b: Buffer) => out.push(b));
  const ended = once(gzip, 'end');
  ended.catch(() => {}); // awaited below; a zlib error must not surface earlier as unhandled
  for (const chunk of chunks) {
    if (compress && typeof chunk === 'string' && slots.fits(chunk)) {
      const slot = await slots.take();
      gzip.write(slot.subarray(0, slot.write(chunk, 'utf8')), () => slots.release(slot));
    } else {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (!compress) kept.push(bytes);
      gzip.write(bytes);
      if (gzip.writableLength >= BACKLOG) await once(gzip, 'drain');
    }
    // zlib deflates on a thread of its own, but takes its next input only when this thread gives
    // the event loop a turn: give it one after every chunk.
    await nextTurn();
  }
  gzip.end();
  await ended;
  // A gzip member: a 10-byte header, the raw deflate data, then CRC-32 and size, little-endian.
  // The deflate data is kept in the parts zlib gave, so that it is copied once, into the zip.
  const tail = trailer(out);
  if (!compress) return { method: 0, data: kept, length: tail.size, ...tail };
  const data = trim(out, 10, 8);
  return { method: 8, data, length: data.reduce((n, b) => n + b.byteLength, 0), ...tail };
}

/** CRC-32 and size, the last 8 bytes of a gzip member held in parts. */
export function trailer(parts: Buffer[]): { crc: number; size: number } {
  let i = parts.length;
  let length = 0;
  while (length < 8 && i > 0) length += parts[--i]!.byteLength;
  const last8 = Buffer.concat(parts.slice(i)).subarray(-8);
  return { crc: last8.readUInt32LE(0), size: last8.readUInt32LE(4) };
}

/** The parts without their first `head` and last `tail` bytes (views, no copies). */
export function trim(parts: Buffer[], head: number, tail: number): Buffer[] {
  const out = [...parts];
  while (head > 0 && out.length > 0) {
    const first = out[0]!;
    if (first.byteLength <= head) {
      head -= first.byteLength;
      out.shift();
    } else {
      out[0] = first.subarray(head);
      head = 0;
    }
  }
  while (tail > 0 && out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.byteLength <= tail) {
      tail -= last.byteLength;
      out.pop();
    } else {
      out[out.length - 1] = last.subarray(0, last.byteLength - tail);
      tail = 0;
    }
  }
  return out;
}

/**
 * A few buffers that large text chunks are encoded into, each used again once zlib has read it.
 * A fresh buffer per chunk adds up, on a workbook of 400 jurisdictions, to a hundred MB or more of
 * memory outside V8's heap between two collections, and V8 answers that pressure by marking the
 * whole heap (corpus included).
 */
class Slots {
  private readonly free: Buffer[] = [];
  private made = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(
    private readonly count: number,
    private readonly size: number,
  ) {}

  /** Whether a text is worth a slot (not a small one) and surely fits (UTF-8 takes at most 3 bytes per UTF-16 unit). */
  fits(text: string): boolean {
    return text.length >= 1 << 14 && text.length * 3 <= this.size;
  }

  /** A free buffer; when all are in use, the next one released. */
  async take(): Promise<Buffer> {
    while (this.free.length === 0 && this.made >= this.count) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const slot = this.free.pop();
    if (slot) return slot;
    this.made++;
    return Buffer.allocUnsafeSlow(this.size);
  }

  release(slot: Buffer): void {
    this.free.push(slot);
    this.waiting.shift()?.();
  }
}

/** Method, time (midnight), date, CRC and sizes sit at the same relative places in both headers. */
function setEntry(v: DataView, methodAt: number, e: Entry, dosDate: number) {
  v.setUint16(methodAt, e.method, true);
  v.setUint16(methodAt + 2, 0, true);
  v.setUint16(methodAt + 4, dosDate, true);
  v.setUint32(methodAt + 6, e.crc, true);
  v.setUint32(methodAt + 10, e.length, true);
  v.setUint32(methodAt + 14, e.size, true);
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
