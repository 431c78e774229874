/**
 * What a corpora directory holds, file by file, so that a compiled corpus can tell cheaply whether
 * it still stands for the directory it was compiled from. Size and modification time decide for a
 * file that is untouched; a file whose time changed is hashed (a checkout or a copy touches every
 * file without changing a byte). Node built-ins only: this runs on the CLI's fast path, before
 * (and instead of) the YAML reader.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { nodeCrypto } from '../model/crypto.js';

/** One corpus file as the build saw it. */
export interface CorpusFileStamp {
  /** Path relative to the corpora directory, with forward slashes. */
  file: string;
  size: number;
  mtimeMs: number;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
}

/** How many folders deep corpus files are looked for (the layout needs two: `instruments/<id>/`). */
const MAX_DEPTH = 4;

/** The files a compiled corpus was compiled from, and the directory that held them. */
export interface CorpusFingerprint {
  /** The corpora directory, absolute, as it was at build time. */
  dir: string;
  files: CorpusFileStamp[];
}

/**
 * Every `.yaml`/`.yml` file under a directory (dot-files and dot-folders left out), sorted, as paths
 * relative to it. A corpus is three levels deep: folders below `MAX_DEPTH` are not read, so a symbolic
 * link that loops cannot make the walk endless.
 */
export function listYamlFiles(root: string): string[] {
  return yamlFiles(root, (a, b) => a.localeCompare(b));
}

/**
 * The same files in directory order, or in the order `compare` gives. The fingerprint compares sets,
 * and a first `localeCompare` costs tens of milliseconds (it loads the collation data): the fast path
 * does without it. Names are read without their types (a file system that does not give them makes
 * Node stat every entry): a name that is not a YAML file is tried as a directory.
 */
function yamlFiles(root: string, compare?: (a: string, b: string) => number): string[] {
  const out: string[] = [];
  const visit = (dir: string, prefix: string, depth: number) => {
    const top = depth === 0;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (e) {
      // Below the root, a name that is not a directory is a file that is not YAML (or a dangling link).
      const code = (e as NodeJS.ErrnoException).code;
      if (!top && (code === 'ENOTDIR' || code === 'ENOENT')) return;
      throw e;
    }
    if (compare) names.sort(compare);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      if (/\.ya?ml$/i.test(name)) out.push(prefix + name);
      else if (depth < MAX_DEPTH) visit(`${dir}/${name}`, `${prefix}${name}/`, depth + 1);
    }
  };
  visit(root, '', 0);
  return out;
}

const sha256 = (data: Uint8Array) => nodeCrypto().createHash('sha256').update(data).digest('hex');

/** Stamp every corpus file of a directory (what the build records beside the compiled corpus). */
export function fingerprintCorpus(dir: string): CorpusFingerprint {
  const files = yamlFiles(dir)
    .sort()
    .map((file) => {
      const path = `${dir}/${file}`;
      const st = statSync(path);
      return { file, size: st.size, mtimeMs: st.mtimeMs, sha256: sha256(readFileSync(path)) };
    });
  return { dir, files };
}

/**
 * The files of `dir` that differ from the recorded ones: changed, added or removed (empty when the
 * directory holds exactly the recorded bytes). An unreadable directory differs in every file.
 */
export function changedCorpusFiles(dir: string, recorded: readonly CorpusFileStamp[]): string[] {
  let files: string[];
  try {
    files = yamlFiles(dir);
  } catch {
    return recorded.map((r) => r.file);
  }
  const byName = new Map(recorded.map((r) => [r.file, r]));
  const changed: string[] = [];
  for (const file of files) {
    const r = byName.get(file);
    byName.delete(file);
    if (!r) {
      changed.push(file);
      continue;
    }
    const path = `${dir}/${file}`;
    const st = statSync(path);
    if (st.size !== r.size) changed.push(file);
    else if (st.mtimeMs !== r.mtimeMs && sha256(readFileSync(path)) !== r.sha256) changed.push(file);
  }
  changed.push(...byName.keys());
  return changed.sort();
}
