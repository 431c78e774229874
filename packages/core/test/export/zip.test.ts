import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trailer, trim, writeZip } from '../../src/export/zip.js';

interface Entry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** The entries of a zip as its central directory lists them, each with the bytes its local header points at. */
function entries(zip: Uint8Array): Entry[] {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: Entry[] = [];
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.push({
      name: b.toString('latin1', at + 46, at + 46 + b.readUInt16LE(at + 28)),
      method: b.readUInt16LE(at + 10),
      crc: b.readUInt32LE(at + 16),
      size: b.readUInt32LE(at + 24),
      data: b.subarray(start, start + b.readUInt32LE(at + 20)),
    });
    expect(b.readUInt16LE(local + 8)).toBe(b.readUInt16LE(at + 10));
    expect(b.readUInt32LE(local + 18)).toBe(b.readUInt32LE(at + 20));
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  expect(at).toBe(b.readUInt32LE(end + 16) + b.readUInt32LE(end + 12));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

describe('writeZip', () => {
  const date = new Date('2026-11-27T00:00:00Z');
  const files = [
    { path: '[Content_Types].xml', content: ['<?xml version="1.0"?>', '<Types/>'] },
    { path: 'xl/ü – ✔.xml', content: [Buffer.from('<x>ü – ✔</x>'), '\n'.repeat(70_000)] },
    { path: 'empty.txt', content: [] },
  ];
  const expected = files.map((f) => Buffer.concat(f.content.map((c) => Buffer.from(c))));

  it('deflates every entry, and each inflates back to its bytes with the recorded CRC and size, names in UTF-8', async () => {
    const out = entries(await writeZip(files, date));
    expect(out.map((e) => e.name)).toEqual(files.map((f) => Buffer.from(f.path, 'utf8').toString('latin1')));
    out.forEach((e, i) => {
      expect(e.method, e.name).toBe(8);
      const inflated = inflateRawSync(e.data);
      expect(inflated.equals(expected[i]!), e.name).toBe(true);
      expect(e.size).toBe(expected[i]!.byteLength);
      expect(crc32(inflated), e.name).toBe(e.crc);
    });
  });

  it('keeps entries stored when asked, and the same input gives the same bytes', async () => {
    const kept = entries(await writeZip(files, date, { compress: false }));
    kept.forEach((e, i) => {
      expect(e.method).toBe(0);
      expect(Buffer.from(e.data).equals(expected[i]!)).toBe(true);
      expect(crc32(e.data), e.name).toBe(e.crc);
    });
    expect(Buffer.compare(await writeZip(files, date), await writeZip(files, date))).toBe(0);
  });

  it('writes several large entries from chunks, sharing its buffers', async () => {
    const big = (seed: string) => Array.from({ length: 40 }, (_, i) => `${seed}${i} `.repeat(3000));
    const names = ['a.xml', 'b.xml', 'c.xml'];
    const packed = entries(await writeZip(names.map((n) => ({ path: n, content: big(n) })), date));
    for (const n of names) expect(inflateRawSync(packed.find((x) => x.name === n)!.data).toString('utf8'), n).toBe(big(n).join(''));
  });
});

describe('gzip parts', () => {
  const bytes = Buffer.from(Array.from({ length: 40 }, (_, i) => i));
  // Every way of cutting 40 bytes into three parts, empty parts included.
  const splits: Buffer[][] = [];
  for (let a = 0; a <= 40; a += 3) for (let b = a; b <= 40; b += 5) splits.push([bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)]);

  it('trims a head and a tail across part boundaries, without copying', () => {
    for (const parts of splits) {
      const kept = trim(parts, 10, 8);
      expect(Buffer.concat(kept).equals(bytes.subarray(10, 32))).toBe(true);
      for (const k of kept) expect(k.buffer).toBe(bytes.buffer);
    }
  });

  it('reads the CRC-32 and size from the last 8 bytes, wherever they fall', () => {
    for (const parts of splits) expect(trailer(parts)).toEqual({ crc: bytes.readUInt32LE(32), size: bytes.readUInt32LE(36) });
  });
});
