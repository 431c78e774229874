import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { CorpusError, IoError, says } from '../errors.js';
import { catalogue, type MessageKey } from '../i18n/translate.js';
import { InputError, readTextFile } from '../io/read.js';
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
    if (parts[0] === 'recommendations') return { kind: 'recommendations' };
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
    throw new CorpusError([{ code: 'IO', file: root, ...says('msg.read.noDirectory', {}, 'msg.read.noDirectory.expected') }]);
  }
  if (!stat.isDirectory()) {
    throw new CorpusError([{ code: 'IO', file: root, ...says('msg.read.notDirectory', {}, 'msg.read.notDirectory.expected') }]);
  }
  const files: ReadFile[] = [];
  const issues: ParseIssue[] = [];
  const names = listYamlFiles(root);
  if (names.length === 0) {
    throw new CorpusError([{ code: 'NOT_FOUND', file: root, ...says('msg.read.empty', {}, 'msg.read.empty.expected') }]);
  }
  for (const rel of names) {
    const cls = classify(rel);
    if (!cls) {
      issues.push({ code: 'UNKNOWN_FILE', file: rel, line: 1, ...says('msg.read.unknownFile', {}, 'msg.read.unknownFile.expected') });
      continue;
    }
    let text: string;
    try {
      text = readTextFile(join(root, rel), { maxBytes: MAX_FILE_BYTES, what: 'corpus file' });
    } catch (error) {
      // Reported against the file's name inside the corpus, like every other issue.
      if (error instanceof InputError) {
        const code = error.code === 'INPUT_TOO_LARGE' ? 'FILE_TOO_LARGE' : 'NOT_UTF8';
        const said = error.reasonSaid ?? { key: 'msg.io.plain', params: { text: error.reason } };
        issues.push({ code, file: rel, line: error.line ?? 1, ...says(said.key, said.params, error.code === 'INPUT_TOO_LARGE' ? 'msg.yaml.tooLarge.expected' : undefined) });
        continue;
      }
      if (error instanceof IoError) {
        const said = error.reasonSaid;
        issues.push({ code: 'IO', file: rel, line: 1, ...(said ? says(said.key, said.params) : { message: error.reason ?? error.message }) });
        continue;
      }
      throw error;
    }
    const read = readCorpusFile(rel, text, cls.kind, cls.dir);
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
    return { issues: [{ code: 'SCHEMA', file, line: doc.lineOf([]) ?? 1, ...says('msg.read.notMapping', { kind: { key: `msg.fileKind.${kind}` as MessageKey } }, 'msg.read.notMapping.expected') }] };
  }
  const unsafe = unsafeValues(doc.value).map((u): ParseIssue => ({ file, line: doc.lineOf(u.path), field: fieldPath(u.path) || undefined, ...u.issue }));
  if (unsafe.length > 0) return { issues: unsafe.slice(0, 20) };
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
  // The document is made when asked for (ingest --into edits it): a valid file read by js-yaml needs no positions.
  return {
    kind,
    file,
    dir,
    value: result.data as ReadFile<K>['value'],
    lineOf: doc.lineOf,
    get document() {
      return doc.document;
    },
  };
}

/** Zod's issue as "what is wrong" and "what was expected", in the words of a corpus author (catalogue words, said in the output language). */
function describeIssue(i: z.core.$ZodIssue, schema: string): Pick<ParseIssue, 'message' | 'expected' | 'said'> {
  const got = i.input === undefined ? undefined : JSON.stringify(i.input)?.slice(0, 80);
  switch (i.code) {
    case 'invalid_type': {
      // Every record of the schemas is text by language (prose, names, titles) or a like mapping.
      const expected = i.expected === 'record' ? 'msg.schema.prose' : 'msg.schema.type';
      return got === undefined ? says('msg.schema.missing', { type: i.expected }, expected) : says('msg.schema.wrongType', { got, type: i.expected }, expected);
    }
    case 'invalid_value':
      return says('msg.schema.invalidValue', { got }, 'msg.schema.oneOf', { values: i.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return says('msg.schema.unknownField', {}, 'msg.schema.onlyFields', { schema });
    case 'invalid_format':
    case 'custom': {
      // The schemas' own words for a rule ("a lower-case id such as …"), said in the catalogue's where it has them.
      const rule = schemaRule(i.message);
      return rule ? says('msg.schema.invalidValue', { got }, rule) : { ...says('msg.schema.invalidValue', { got }), expected: i.message };
    }
    case 'too_small':
    case 'too_big': {
      const limit = 'minimum' in i ? i.minimum : i.maximum;
      const key = `msg.schema.${i.code === 'too_small' ? 'tooSmall' : 'tooBig'}.${i.origin}` as MessageKey;
      const words = { ...says(key, { n: Number(limit) }) };
      // Zod's own English stands where the catalogue has no words for the case (an exclusive bound, another origin).
      const english = i.message.replace(/^Too (small|big): /, 'too $1: ');
      return words.message === english ? words : { message: english };
    }
    default:
      return i.message === 'Invalid input' ? says('msg.schema.invalid') : { message: i.message.replace(/^Invalid input: /, '') };
  }
}

/** The catalogue key of a schema rule's English words (`msg.schema.rule.*`), if it has one. */
function schemaRule(english: string): MessageKey | undefined {
  const en = catalogue('en');
  RULES ??= new Map(Object.keys(en).filter((k) => k.startsWith('msg.schema.rule.')).map((k) => [en[k] as string, k as MessageKey]));
  return RULES.get(english);
}
let RULES: Map<string, MessageKey> | undefined;

/** Keys that name an object's prototype machinery: never data, whatever the schema would accept. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Control characters other than tab and newline (C0, DEL, C1): a text of the law holds none. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Prototype keys and control characters anywhere in a parsed file, with their paths. */
function unsafeValues(root: unknown): { path: PropertyKey[]; issue: Omit<ParseIssue, 'file'> }[] {
  const out: { path: PropertyKey[]; issue: Omit<ParseIssue, 'file'> }[] = [];
  // Iterative, so that a deeply nested file cannot overflow the stack.
  const stack: [unknown, PropertyKey[]][] = [[root, []]];
  while (stack.length > 0 && out.length < 20) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const m = CONTROL.exec(value);
      if (m) {
        const hex = m[0].charCodeAt(0).toString(16).padStart(4, '0');
        out.push({ path, issue: { code: 'CONTROL_CHARACTER', ...says('msg.read.control', { code: hex.toUpperCase(), at: m.index + 1 }, 'msg.read.control.expected') } });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (PROTOTYPE_KEYS.has(key)) out.push({ path: [...path, key], issue: { code: 'SCHEMA', ...says('msg.read.prototypeKey', { key }, 'msg.read.prototypeKey.expected') } });
        else if (CONTROL.test(key)) out.push({ path: [...path, key], issue: { code: 'CONTROL_CHARACTER', ...says('msg.read.controlKey', {}, 'msg.read.controlKey.expected') } });
        else stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
      }
    }
  }
  return out;
}
