import * as XLSX from '@e965/xlsx';

/** Every file of a zip (an xlsx), by path, read back by SheetJS's own zip reader. */
export function zipEntries(bytes: Uint8Array): Map<string, Buffer> {
  const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
  const out = new Map<string, Buffer>();
  cfb.FileIndex.forEach((f: { type: number; content?: unknown }, i: number) => {
    if (f.type === 2 && f.content) out.set(cfb.FullPaths[i]!.replace(/^[^/]*\//, ''), Buffer.from(f.content as Uint8Array));
  });
  return out;
}
