import { type Block, normalizeSpace, type ReadResult } from '../blocks.js';

/** Plain text: one block per non-empty line. Page furniture is the segmenter profile's business. */
export function readText(source: string): ReadResult {
  const blocks: Block[] = [];
  let line = 0;
  for (const raw of source.split(/\r\n|\r|\n|\f/)) {
    line++;
    const text = normalizeSpace(raw);
    if (text) blocks.push({ kind: 'line', text, line });
  }
  return { format: 'txt', blocks, dropped: [] };
}
