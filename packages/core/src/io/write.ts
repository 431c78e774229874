/**
 * Writing files and directories so that nothing is left half-written and nothing but the target is
 * touched: the bytes go to a temporary file created exclusively (O_EXCL, an unpredictable name) in
 * the target's own directory, which then takes the target's name in one step. Only a regular file
 * (or nothing) is ever replaced, and only with `force`; a symbolic link is written through to the
 * file it names, whose mode and owner are kept. Temporary files are removed on every exit path:
 * on errors here, and on SIGINT/SIGTERM once a program calls `removeTemporariesOnSignals()`.
 */
import { nodeCrypto } from '../model/crypto.js';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';
import type { Params } from '../i18n/translate.js';
import { shortValue } from './limits.js';
import { fileKindSaid } from './read.js';

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is left untouched and an `IoError` is thrown. */
  force?: boolean | undefined;
}

/** Temporary files and directories of writes in progress, removed if the process is interrupted. */
const temporaries = new Set<string>();

function forget(path: string) {
  temporaries.delete(path);
}

/** Remove every temporary file and directory of writes in progress (synchronously: it runs in signal and exit handlers). */
export function removeTemporaries(): void {
  for (const path of temporaries) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Best effort: the process is ending.
    }
  }
  temporaries.clear();
}

let handlersInstalled = false;
/**
 * For programs (the CLI): on SIGINT or SIGTERM, remove the temporary files of writes in progress and
 * exit with 130 or 143, as a shell expects of a program stopped by that signal. `onSignal` may do
 * more first (stop a server). A library does not install signal handlers of its own.
 */
export function removeTemporariesOnSignals(onSignal?: (signal: NodeJS.Signals) => void): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const handler = (signal: NodeJS.Signals, code: number) => () => {
    try {
      onSignal?.(signal);
    } finally {
      removeTemporaries();
      process.exit(code);
    }
  };
  process.on('SIGINT', handler('SIGINT', 130));
  process.on('SIGTERM', handler('SIGTERM', 143));
  process.on('exit', removeTemporaries);
}

/** A name no one can guess, beside `target`: `.informe.docx.3f9a…c1.tmp`. */
function temporaryName(target: string, suffix = 'tmp'): string {
  return join(dirname(target), `.${basename(target)}.${nodeCrypto().randomBytes(8).toString('hex')}.${suffix}`);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Where a write to `path` lands and what is there now: a symbolic link is followed to the file it
 * names (a dangling link is refused); anything but a regular file or nothing is refused.
 */
function resolveTarget(path: string, force: boolean | undefined): { target: string; existing: Stats | undefined } {
  const shown = shortValue(path);
  let target = path;
  let existing = lstatOrUndefined(path);
  if (existing?.isSymbolicLink()) {
    try {
      target = realpathSync(path);
    } catch {
      throw new IoError(path, { key: 'msg.write.danglingLink', params: { path: shown } });
    }
    existing = statSync(target);
  }
  if (existing && !existing.isFile()) throw new IoError(path, { key: 'msg.write.notFile', params: { path: shown, kind: fileKindSaid(existing) } });
  if (existing && !force) throw new IoError(path, { key: 'msg.write.exists', params: { path: shown } });
  return { target, existing };
}

/**
 * Write a file safely (see the module comment). Without `force` an existing file is never replaced:
 * the final step is a hard link, which fails if the name was taken meanwhile.
 */
export function writeFileSafely(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const { target, existing } = resolveTarget(path, options.force);
  const tmp = temporaryName(target);
  let fd: number | undefined;
  temporaries.add(tmp);
  try {
    fd = openSync(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    if (existing) {
      // Keep the replaced file's mode (the umask does not apply to fchmod) and, where allowed, its owner.
      fchmodSync(fd, existing.mode & 0o7777);
      if (typeof process.getuid === 'function' && (existing.uid !== process.getuid() || existing.gid !== process.getgid?.())) {
        try {
          fchownSync(fd, existing.uid, existing.gid);
        } catch {
          // Not permitted for an ordinary user: the new file is the user's own, as any editor would leave it.
        }
      }
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.force) renameSync(tmp, target);
    else {
      linkSync(tmp, target);
      unlinkSync(tmp);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw ioError(path, error);
  } finally {
    forget(tmp);
  }
}

/**
 * Write a directory of files safely: they are written into a fresh temporary directory beside it,
 * which then takes the directory's name; an existing directory is replaced only with `force` (it is
 * moved aside first and removed once the new one is in place).
 */
export function writeDirectorySafely(path: string, files: readonly (readonly [name: string, data: string | Uint8Array])[], options: WriteOptions = {}): void {
  const shown = shortValue(path);
  const existing = lstatOrUndefined(path);
  if (existing && !existing.isDirectory()) throw new IoError(path, { key: 'msg.write.notDirectory', params: { path: shown, kind: existing.isSymbolicLink() ? { key: 'msg.io.kind.link' } : fileKindSaid(existing) } });
  if (existing && !options.force) throw new IoError(path, { key: 'msg.write.exists', params: { path: shown } });
  const tmp = temporaryName(path);
  const old = temporaryName(path, 'old');
  temporaries.add(tmp);
  try {
    mkdirSync(tmp, { mode: 0o755 });
    for (const [name, data] of files) {
      if (name !== basename(name) || name.startsWith('.')) throw new IoError(path, `internal: "${name}" is not a plain file name`);
      writeFileSafely(join(tmp, name), data);
    }
    if (existing) {
      temporaries.add(old);
      renameSync(path, old);
      try {
        renameSync(tmp, path);
      } catch (error) {
        renameSync(old, path);
        throw error;
      }
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error instanceof IoError ? error : ioError(path, error);
  } finally {
    forget(tmp);
    forget(old);
  }
}

function ioError(path: string, error: unknown): IoError {
  if (error instanceof IoError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // The system's reasons, in the catalogue's words (`msg.write.errno.<code>`).
  const known = ['EEXIST', 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EROFS', 'ENOSPC', 'EDQUOT', 'EFBIG'];
  const why = code && known.includes(code) ? { key: `msg.write.errno.${code}` as const } : { key: 'msg.write.errno.other' as const, params: { code: code ?? String(error) } };
  return new IoError(path, { key: 'msg.write.failed', params: { path: shortValue(path), why: why as Params[string] } }, { cause: error });
}
