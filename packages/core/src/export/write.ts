import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is left untouched and an `IoError` is thrown. */
  force?: boolean | undefined;
}

/**
 * Write a file safely: the bytes go to a temporary file in the target directory, which then takes
 * the target's name in one step, so an interrupted run never leaves a half-written file. Without
 * `force` an existing file is never replaced (the final step is a hard link, which fails if the name exists).
 */
export function writeFileSafely(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const existing = statOrUndefined(path);
  if (existing?.isDirectory()) throw new IoError(path, `${path} is a directory (expected a file name such as gaps.xlsx)`);
  if (existing && !options.force) throw new IoError(path, `${path} already exists; use --force to replace it`);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.force) renameSync(tmp, path);
    else {
      linkSync(tmp, path);
      unlinkSync(tmp);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was created, or it is already gone.
    }
    throw ioError(path, error);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function ioError(path: string, error: unknown): IoError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why: Record<string, string> = {
    EEXIST: 'already exists; use --force to replace it',
    ENOENT: 'cannot be written: its directory does not exist',
    EACCES: 'cannot be written: permission denied',
    EPERM: 'cannot be written: operation not permitted',
    EISDIR: 'is a directory',
    EROFS: 'cannot be written: read-only file system',
    ENOSPC: 'cannot be written: no space left on the device',
  };
  return new IoError(path, `${path} ${why[code ?? ''] ?? `cannot be written (${code ?? String(error)})`}`, { cause: error });
}
