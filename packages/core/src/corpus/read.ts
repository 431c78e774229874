import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { CorpusError } from '../errors.js';
import { fileKinds, type FileKind } from '../model/schemas.js';
import { listYamlFiles } from './fingerprint.js';
import { fieldPath, MAX_FILE_BYTES, parseYaml, type ParseIssue } from './yaml.js';

export { listYamlFiles };

/** A corpus file, parsed and validated against the schema of its kind. */
export interface ReadFile<K extends FileKind = FileKind> {
  kind: K;
  /** Path relative to the corpora directory, with forward slashes. */
  file: string;
  /** For files inside `instruments/<id>/`: that id. */
  dir?: string | undefined;
  value: z.infer<(typeof fileKinds)[K]>;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The YAML document it was read from, with the source range of every node. */
  document: Document;
}

/** Which kind a file is, from where it sits in the corpora directory. */
export function classify(rel: string): { kind: FileKind; dir?: string } | undefined {
  const parts = rel.split('/');
  if (parts.length === 1 && parts[0] === 'jurisdictions.yaml') return { kind: 'jurisdictions' };
  if (parts.length === 3 && parts[0] === 'instruments') {
    const kinds: Record<string, FileKind> = {
      'instrument.yaml': 'instrument',
      'provisions.yaml': 'provisions',
      'requirements.yaml': 'requirements',
      'links.yaml': 'links',
    };
    const kind = kinds[parts[2]!];
    return kind ? { kind, dir: parts[1]! } : undefined;
  }
  if (parts.length === 2 && parts[1]!.endsWith('.yaml')) {
    if (parts[0] === 'assessments') return { kind: 'assessment' };
    if (parts[0] === 'taxonomies') return { kind: 'taxonomy' };
    if (parts[0] === 'glossary') return { kind: 'glossary' };
  }
  return undefined;
}

/** Read and validate every file of a corpora directory. Collects every issue rather than stopping at the first. */
export function readCorpusFiles(root: string): { files: ReadFile[]; issues: ParseIssue[] } {
  let stat;
  try {
    stat = statSync(root);
  } catch {
    throw new CorpusError([{ code: 'IO', file: root, message: 'corpora directory not found', expected: 'a directory holding jurisdictions.yaml and instruments/' }]);
  }
  if (!stat.isDirectory()) {
    throw new CorpusError([{ code: 'IO', file: root, message: 'not a directory', expected: 'a corpora directory' }]);
  }
  const files: ReadFile[] = [];
  const issues: ParseIssue[] = [];
  for (const rel of listYamlFiles(root)) {
    const cls = classify(rel);
    if (!cls) {
      issues.push({ code: 'UNKNOWN_FILE', file: rel, line: 1, message: 'not a corpus file kind', expected: 'jurisdictions.yaml, instruments/<id>/{instrument,provisions,requirements,links}.yaml, assessments/*.yaml, taxonomies/*.yaml or glossary/*.yaml' });
      continue;
    }
    const full = join(root, rel);
    if (statSync(full).size > MAX_FILE_BYTES) {
      issues.push({ code: 'FILE_TOO_LARGE', file: rel, line: 1, message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, expected: 'a corpus file of a few hundred KB at most' });
      continue;
    }
    const read = readCorpusFile(rel, readFileSync(full, 'utf8'), cls.kind, cls.dir);
    if ('issues' in read) issues.push(...read.issues);
    else files.push(read);
  }
  return { files, issues };
}

/** Parse and validate one file's text as a given kind. */
export function readCorpusFile<K extends FileKind>(file: string, text: string, kind: K, dir?: string): ReadFile<K> | { issues: ParseIssue[] } {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { issues: [parsed.issue] };
  const { doc } = parsed;
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    return { issues: [{ code: 'SCHEMA', file, line: doc.lineOf([]) ?? 1, message: 'the file must be a YAML mapping', expected: `the fields of ${kind === 'instrument' || kind === 'assessment' ? 'an' : 'a'} ${kind} file` }] };
  }
  const result = fileKinds[kind].safeParse(doc.value, { reportInput: true });
  if (!result.success) {
    const schema = `docs/schema/${kind}.schema.json`;
    const issues = result.error.issues.flatMap((i): ParseIssue[] => {
      // One issue per unknown field, pointing at the field itself.
      const paths = i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [i.path];
      return paths.map((path) => ({ code: 'SCHEMA', file, line: doc.lineOf(path), field: fieldPath(path) || undefined, ...describeIssue(i, schema) }));
    });
    return { issues: issues.slice(0, 20) };
  }
  return { kind, file, dir, value: result.data as ReadFile<K>['value'], lineOf: doc.lineOf, document: doc.document };
}

/** Zod's issue as "what is wrong" and "what was expected", in the words of a corpus author. */
function describeIssue(i: z.core.$ZodIssue, schema: string): { message: string; expected?: string } {
  const got = i.input === undefined ? undefined : JSON.stringify(i.input)?.slice(0, 80);
  switch (i.code) {
    case 'invalid_type': {
      // Every record of the schemas is text by language (prose, names, titles) or a like mapping.
      const expected = i.expected === 'record' ? 'text by language, such as { en: "…", es: "…" }' : `a value of type ${i.expected}`;
      return got === undefined ? { message: 'missing required field', expected } : { message: `wrong type: ${got}`, expected };
    }
    case 'invalid_value':
      return { message: `invalid value ${got}`, expected: `one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'unrecognized_keys':
      return { message: 'unknown field', expected: `only the fields of ${schema}` };
    case 'invalid_format':
    case 'custom':
      return { message: `invalid value ${got}`, expected: i.message };
    case 'too_small':
    case 'too_big':
      return { message: i.message.replace(/^Too (small|big): /, 'too $1: ') };
    default:
      return { message: i.message.replace(/^Invalid input: /, '') };
  }
}
