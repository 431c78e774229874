/**
 * Reading a file the user names, with bounds: only a regular file is read (a FIFO would block
 * forever, `/dev/zero` never ends, a directory is a mistake), its size is checked before reading and
 * again while reading (a file that grows past the limit is stopped), and text must be UTF-8.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { IoError, LexharmonyError } from '../errors.js';
import { describeSize, fileKind, shortValue } from './limits.js';

export interface ReadLimits {
  /** The most bytes the file may hold. */
  maxBytes: number;
  /** What the file is, for messages: "corpus file", "official text", "assessment". */
  what?: string | undefined;
}

/** A file whose bytes are not what the reader needs (too large, not UTF-8): invalid data, exit 2. */
export class InputError extends LexharmonyError {
  override name = 'InputError' as const;
  override readonly code: 'INPUT_TOO_LARGE' | 'NOT_UTF8';
  readonly file: string;
  readonly line: number | undefined;
  /** What is wrong, without the file: "invalid UTF-8 at byte 12 (…)". */
  readonly reason: string;
  constructor(code: InputError['code'], file: string, reason: string, options?: { line?: number | undefined; cause?: unknown }) {
    super(code, `${file}${options?.line ? `:${options.line}` : ''}: ${reason}`, { cause: options?.cause });
    this.code = code;
    this.file = file;
    this.line = options?.line;
    this.reason = reason;
  }
}

/**
 * The bytes of a regular file, at most `maxBytes`. Opened without blocking (a FIFO with no writer
 * would otherwise hang the open) and checked with fstat on the open descriptor, so the file checked
 * is the file read. Throws `IoError` (exit 3) when it cannot be opened or is not a regular file, and
 * `InputError` (exit 2) when it is larger than the limit, even if it grows while being read.
 */
export function readRegularFile(path: string, limits: ReadLimits): Buffer {
  const what = limits.what ?? 'file';
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw ioError(path, `cannot read ${shortValue(path)}`, cause);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const reason = `is ${fileKind(stat)}, not a regular file (expected a ${what})`;
      throw new IoError(path, `${shortValue(path)} ${reason}`, { reason });
    }
    const tooLarge = () => new InputError('INPUT_TOO_LARGE', shortValue(path), `is larger than ${describeSize(limits.maxBytes)}, the limit for a ${what}`);
    if (stat.size > limits.maxBytes) throw tooLarge();
    // Read until end of file, never past the limit: a file may grow between the fstat and the read.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Math.min(Math.max(stat.size + 1, 64 * 1024), limits.maxBytes + 1, 16 * 1024 * 1024);
    for (;;) {
      const buf = Buffer.allocUnsafe(chunk);
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (cause) {
        throw ioError(path, `cannot read ${shortValue(path)}`, cause);
      }
      if (n === 0) break;
      total += n;
      if (total > limits.maxBytes) throw tooLarge();
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** A regular file as UTF-8 text (a leading byte-order mark dropped); invalid UTF-8 is refused with the line it is on. */
export function readTextFile(path: string, limits: ReadLimits): string {
  return decodeUtf8(readRegularFile(path, limits), shortValue(path));
}

/** UTF-8 bytes as text, or `InputError` naming the line of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, at);
    throw new InputError('NOT_UTF8', file, `invalid UTF-8 at byte ${at} (expected UTF-8 text; convert the file, e.g. with iconv)`, { line, cause });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes is unreliable (a cut sequence is invalid too): scan sequences instead.
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    if (n > 1) {
      try {
        decoder.decode(b.subarray(i, i + n));
      } catch {
        return i;
      }
    }
    i += n;
  }
  return i;
}

function lineAt(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 0x0a) line++;
  return line;
}

function ioError(path: string, message: string, cause: unknown): IoError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'the name is too long',
    EIO: 'input/output error',
  };
  const reason = `cannot be read: ${why[code ?? ''] ?? code ?? String(cause)}`;
  return new IoError(path, `${message}: ${why[code ?? ''] ?? code ?? String(cause)}`, { cause, reason });
}
