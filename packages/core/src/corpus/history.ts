/**
 * A corpora directory in git: its files as they were at a revision, and the earlier texts of its
 * provisions. Law texts are ingested from the official sources and committed, so git already holds
 * every version of them verbatim; the reform report and the reform diff read them from there
 * rather than from a second copy kept beside the findings.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { LexharmonyError, type Said } from '../errors.js';
import { textHash } from '../model/hash.js';
import { assemble } from './assemble.js';
import type { CorpusData } from './data.js';
import { classify, readCorpusFile, type ReadFile } from './read.js';
import { MAX_ALIAS_COUNT, type ParseIssue } from './yaml.js';

/** Git could not do what was asked: no repository, an unknown revision. */
export class GitError extends LexharmonyError {
  override name = 'GitError' as const;
  constructor(message: string | Said, options?: { cause?: unknown }) {
    super('GIT', message, options);
  }
}

function git(cwd: string, args: string[], input?: string): string {
  try {
    return execFileSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (cause) {
    const stderr = String((cause as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    throw new GitError(stderr || `git ${args[0]} failed: ${(cause as Error).message}`, { cause });
  }
}

/** The repository holding a directory, and the directory's path inside it; undefined when it is not in one (or git is missing). */
export function gitLocation(dir: string): { top: string; path: string } | undefined {
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
  const path = relative(realpathSync(top), realpathSync(dir)).split(sep).join('/');
  return { top, path };
}

/** The full commit id a revision names (`HEAD~1`, a tag, a hash), or undefined when it names no commit. */
export function resolveRevision(dir: string, revision: string): string | undefined {
  if (revision.startsWith('-')) return undefined;
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The corpus data of a corpora directory as it was at a git revision: every file read from git into
 * memory, validated and checked as `loadCorpusData` does. Throws `GitError` for a directory that is
 * not in git or a revision that is not there, `CorpusError` for files that do not validate.
 */
export function loadCorpusDataAt(dir: string, revision: string): CorpusData {
  const where = gitLocation(dir);
  if (!where) throw new GitError({ key: 'msg.git.noRepository', params: { dir } });
  const commit = resolveRevision(dir, revision);
  if (!commit) throw new GitError({ key: 'msg.git.noRevision', params: { revision, dir } });
  const prefix = where.path ? `${where.path}/` : '';
  const names = git(where.top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', where.path || '.'])
    .split('\0')
    .filter((n) => n.startsWith(prefix) && /\.ya?ml$/i.test(n) && !n.slice(prefix.length).split('/').some((part) => part.startsWith('.')));
  if (names.length === 0) throw new GitError({ key: 'msg.git.noFiles', params: { revision, under: where.path || { key: 'msg.git.root' } } });
  const texts = catFiles(where.top, names.map((n) => `${commit}:${n}`));
  const files: ReadFile[] = [];
  const issues: ParseIssue[] = [];
  names.forEach((name, i) => {
    const rel = name.slice(prefix.length);
    const cls = classify(rel);
    if (!cls) {
      issues.push({ code: 'UNKNOWN_FILE', file: `${revision}:${rel}`, line: 1, message: 'not a corpus file kind', expected: 'a corpus file (see docs/corpus-authoring.md)' });
      return;
    }
    const read = readCorpusFile(rel, texts[i]!, cls.kind, cls.dir);
    if ('issues' in read) issues.push(...read.issues.map((x) => ({ ...x, file: `${revision}:${x.file}` })));
    else files.push(read);
  });
  return assemble(files, issues);
}

/** Several blobs in one `git cat-file --batch`, as UTF-8 text, in the order asked. */
function catFiles(cwd: string, objects: string[]): string[] {
  const out = Buffer.from(execFileSync('git', ['cat-file', '--batch'], { cwd, input: objects.join('\n') + '\n', maxBuffer: 256 * 1024 * 1024 }));
  const texts: string[] = [];
  let at = 0;
  for (const object of objects) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) throw new GitError(`git cannot read ${object}: ${header}`);
    texts.push(out.subarray(eol + 1, eol + 1 + Number(size)).toString('utf8'));
    at = eol + 1 + Number(size) + 1;
  }
  return texts;
}

/** An earlier text of a provision, and the revision it was read from. */
export interface EarlierText {
  text: string;
  /** The short id of the commit it was read at, and that commit's subject line. */
  revision: string;
  subject: string;
  /** The provisions file it was read from, relative to the repository root. */
  file: string;
}

/**
 * Earlier texts of provisions by their text hash (what a citation recorded): for each wanted
 * provision, the newest committed version of its instrument's provisions file whose text has that
 * hash (the commits that changed the file, newest first, at most `depth`).
 * Provisions whose text is in none of them are left out; so is everything when the directory is not in git.
 */
export function earlierTexts(dir: string, wanted: readonly { ref: string; hash: string }[], depth = 50): Map<string, EarlierText> {
  const found = new Map<string, EarlierText>();
  const where = gitLocation(dir);
  if (!where) return found;
  const byInstrument = new Map<string, Set<string>>();
  for (const w of wanted) {
    const id = w.ref.slice(0, w.ref.indexOf('/'));
    const key = `${w.ref} ${w.hash}`;
    (byInstrument.get(id) ?? byInstrument.set(id, new Set()).get(id)!).add(key);
  }
  for (const [id, keys] of byInstrument) {
    const file = join(where.path, 'instruments', id, 'provisions.yaml').split(sep).join('/');
    let revisions: { commit: string; subject: string }[];
    try {
      revisions = git(where.top, ['log', '--format=%h %s', `-n${depth}`, '--', file])
        .split('\n')
        .filter(Boolean)
        .map((line) => ({ commit: line.slice(0, line.indexOf(' ')), subject: line.slice(line.indexOf(' ') + 1) }));
    } catch {
      continue;
    }
    for (const rev of revisions) {
      if (keys.size === 0) break;
      let text: string;
      try {
        text = git(where.top, ['show', `${rev.commit}:${file}`]);
      } catch {
        continue;
      }
      let doc: unknown;
      try {
        doc = parse(text, { maxAliasCount: MAX_ALIAS_COUNT });
      } catch {
        continue;
      }
      const visit = (p: unknown) => {
        if (!p || typeof p !== 'object') return;
        const { id: pid, text: t, children } = p as { id?: unknown; text?: unknown; children?: unknown };
        if (typeof pid === 'string' && typeof t === 'string') {
          const key = `${id}/${pid} ${textHash(t)}`;
          if (keys.has(key)) {
            keys.delete(key);
            found.set(key, { text: t, revision: rev.commit, subject: rev.subject, file });
          }
        }
        if (Array.isArray(children)) children.forEach(visit);
      };
      const provisions = (doc as { provisions?: unknown } | null)?.provisions;
      if (Array.isArray(provisions)) provisions.forEach(visit);
    }
  }
  return found;
}

/** The key of `earlierTexts`' map for a provision and the hash it had. */
export const earlierKey = (ref: string, hash: string) => `${ref} ${hash}`;
