import { inflateSync } from 'node:zlib';
import { LIMITS } from '../../io/limits.js';
import { IngestError } from '../errors.js';

/** Deflate expands at most about 1,032 to 1: a stream shorter than this cannot inflate past the limit, and is not inflated here. */
const MAX_RATIO = 1032;

/**
 * Refuse a PDF one of whose compressed streams would inflate past `LIMITS.pdfStreamBytes` (a
 * "deflate bomb"): pdf.js keeps a stream's whole decoded bytes in memory, so a 2 MB page can take
 * gigabytes. Only streams long enough to reach the limit are inflated, each with zlib's own output
 * cap, so an ordinary PDF costs a few milliseconds and a bomb is stopped at the limit.
 */
export function checkPdfStreams(data: Uint8Array, file: string | undefined): void {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const threshold = Math.floor(LIMITS.pdfStreamBytes / MAX_RATIO);
  const START = Buffer.from('stream');
  const END = Buffer.from('endstream');
  let pos = 0;
  for (;;) {
    const at = buf.indexOf(START, pos);
    if (at < 0) return;
    // "endstream" also holds "stream": skip it.
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') {
      pos = at + START.length;
      continue;
    }
    let begin = at + START.length;
    if (buf[begin] === 0x0d) begin++;
    if (buf[begin] === 0x0a) begin++;
    const end = buf.indexOf(END, begin);
    if (end < 0) return;
    pos = end + END.length;
    if (end - begin < threshold) continue;
    const dict = buf.toString('latin1', Math.max(0, at - 512), at);
    if (!/\/FlateDecode/.test(dict.slice(dict.lastIndexOf('<<')))) continue;
    try {
      inflateSync(buf.subarray(begin, end), { maxOutputLength: LIMITS.pdfStreamBytes, finishFlush: 2 /* Z_SYNC_FLUSH: a stream cut short is not an error here */ });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new IngestError('INPUT_TOO_LARGE', { key: 'msg.ingest.read.pdfStream', params: { at, limit: LIMITS.pdfStreamBytes / 1024 / 1024 } }, { file });
      }
      // A damaged stream is pdf.js's to report, with the rest of the file.
    }
  }
}
