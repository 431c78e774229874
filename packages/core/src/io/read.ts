/**
 * Reading a file the user names, with bounds: only a regular file is read (a FIFO would block
 * forever, `/dev/zero` never ends, a directory is a mistake), its size is checked before reading and
 * again while reading (a file that grows past the limit is stopped), and text must be UTF-8.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { IoError, LexharmonyError, type Said } from '../errors.js';
import { translator, type Params } from '../i18n/translate.js';
import { describeSize, shortValue } from './limits.js';

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
  /** `reason` as catalogue words, where it has them. */
  readonly reasonSaid: Said | undefined;
  constructor(code: InputError['code'], file: string, reason: string | Said, options?: { line?: number | undefined; cause?: unknown }) {
    const where = `${file}${options?.line ? `:${options.line}` : ''}`;
    super(code, typeof reason === 'string' ? `${where}: ${reason}` : { key: 'msg.io.at', params: { where, reason } }, { cause: options?.cause });
    this.code = code;
    this.file = file;
    this.line = options?.line;
    this.reason = typeof reason === 'string' ? reason : translator('en').t(reason.key, reason.params);
    this.reasonSaid = typeof reason === 'string' ? undefined : reason;
  }
}

/** What a file that is not a regular file is, in words ("a FIFO (named pipe)"), for messages. */
export function fileKind(s: Stats): string {
  return translator('en').t(fileKindKey(s));
}

/** `fileKind` as catalogue words, said in the output language. */
export function fileKindSaid(s: Stats): Said {
  return { key: fileKindKey(s) };
}

function fileKindKey(s: Stats) {
  if (s.isDirectory()) return 'msg.io.kind.directory' as const;
  if (s.isFIFO()) return 'msg.io.kind.fifo' as const;
  if (s.isCharacterDevice()) return 'msg.io.kind.characterDevice' as const;
  if (s.isBlockDevice()) return 'msg.io.kind.blockDevice' as const;
  if (s.isSocket()) return 'msg.io.kind.socket' as const;
  return 'msg.io.kind.other' as const;
}

/** What a file is for ("corpus file"), as catalogue words where the catalogue has them (`msg.io.what.corpus-file`). */
function whatWords(what: string): Params[string] {
  const key = `msg.io.what.${what.replace(/\W+/g, '-').replace(/-$/, '')}`;
  return translator('en').has(key) ? { key: key as Said['key'] } : what;
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
    throw ioError(path, cause);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const reason: Said = { key: 'msg.io.notRegular', params: { kind: { key: fileKindKey(stat) }, what: whatWords(what) } };
      throw new IoError(path, { key: 'msg.io.pathReason', params: { path: shortValue(path), reason } }, { reason });
    }
    const tooLarge = () => new InputError('INPUT_TOO_LARGE', shortValue(path), { key: 'msg.io.tooLarge', params: { size: describeSize(limits.maxBytes), what: whatWords(what) } });
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
        throw ioError(path, cause);
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
    throw new InputError('NOT_UTF8', file, { key: 'msg.io.notUtf8', params: { at } }, { line, cause });
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

/** The system's reasons a file cannot be opened, in the catalogue's words (`msg.io.errno.<code>`). */
const ERRNO_WORDS = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ELOOP', 'ENAMETOOLONG', 'EIO']);

function ioError(path: string, cause: unknown): IoError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const why: Params[string] = code && ERRNO_WORDS.has(code) ? { key: `msg.io.errno.${code}` as Said['key'] } : (code ?? String(cause));
  const reason: Said = { key: 'msg.io.cannotBeRead', params: { why } };
  return new IoError(path, { key: 'msg.io.cannotRead', params: { path: shortValue(path), why } }, { cause, reason });
}
