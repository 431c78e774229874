import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import { Lexer, LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { says, type CorpusErrorCode, type Issue } from '../errors.js';

/** Files larger than this are refused before parsing: corpus files are small, and a huge one is a mistake or an attack. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Aliases expand; a few are fine, a "billion laughs" is not. */
export const MAX_ALIAS_COUNT = 50;

export type ParseIssue = Issue & { code: CorpusErrorCode };

export interface ParsedYaml {
  value: unknown;
  /** The parsed document, with the source range of every node (for edits spliced into the text). */
  document: Document;
  /** Line (1-based) of the node at a path inside the document, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parse a corpus file. The values come from js-yaml, about ten times faster than the `yaml`
 * package, which keeps every node's position; the `yaml` package parses the file only when a line
 * is asked for (an error, an origin shown) or when js-yaml refuses the file or meets YAML that the
 * two could read differently (anchors, aliases, tags, directives). Every message therefore comes
 * from the `yaml` package, as before, and the values are those it would give (a test compares them).
 */
export function parseYaml(file: string, text: string): { ok: true; doc: ParsedYaml } | { ok: false; issue: ParseIssue } {
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    return { ok: false, issue: { code: 'FILE_TOO_LARGE', file, line: 1, ...says('msg.yaml.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }, 'msg.yaml.tooLarge.expected') } };
  }
  if (text.trim() === '' || /^(?:\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { ok: false, issue: { code: 'EMPTY_FILE', file, line: 1, ...says('msg.yaml.empty', {}, 'msg.yaml.empty.expected') } };
  }
  const fast = fastValue(text);
  if (fast.ok) {
    let full: ReturnType<typeof parseFull> | undefined;
    const positions = () => (full ??= parseFull(text));
    return {
      ok: true,
      doc: {
        value: fast.value,
        get document() {
          return positions().doc;
        },
        lineOf: (path) => lineOf(positions().doc, positions().lineCounter, path),
      },
    };
  }
  return parseWithPositions(file, text);
}

/** The `yaml` package's reading of a file, positions kept: its errors are the ones reported. */
function parseWithPositions(file: string, text: string): { ok: true; doc: ParsedYaml } | { ok: false; issue: ParseIssue } {
  const { doc, lineCounter } = parseFull(text);
  const err = doc.errors[0];
  if (err) {
    // An unclosed quote is only noticed at the end of the file; point at where it opens instead.
    const at = err.code === 'MISSING_CHAR' ? (unclosedQuote(text) ?? err.pos[0]) : err.pos[0];
    const pos = lineCounter.linePos(at);
    // The parser's own account of the mistake is its English, quoted as data.
    const message = err.code === 'MULTIPLE_DOCS' ? says('msg.yaml.twoDocuments', {}, 'msg.yaml.syntax.expected') : says('msg.yaml.syntax', { detail: firstLine(err.message).replace(/ at line \d+, column \d+:?$/, '') }, 'msg.yaml.syntax.expected');
    return { ok: false, issue: { code: 'YAML_SYNTAX', file, line: pos.line, column: pos.col, ...message } };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    let first: number | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node.range?.[0];
        return visit.BREAK;
      },
    });
    const line = first === undefined ? 1 : lineCounter.linePos(first).line;
    return { ok: false, issue: { code: 'YAML_ALIAS_LIMIT', file, line, ...says('msg.yaml.aliases', { n: MAX_ALIAS_COUNT }, 'msg.yaml.aliases.expected') } };
  }
  return { ok: true, doc: { value, document: doc, lineOf: (path) => lineOf(doc, lineCounter, path) } };
}

function parseFull(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true }), lineCounter };
}

/**
 * YAML 1.2's core schema as the `yaml` package resolves plain scalars (its tests and conversions):
 * js-yaml's own core schema differs at the edges (`0b101` is a number there, `+.5` a string).
 */
function coreSchemaOf(jsyaml: typeof JsYaml): JsYaml.Schema {
  return jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s), construct: (s: string) => s[0] === 't' || s[0] === 'T' }),
    new jsyaml.Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s), construct: intOf }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(s),
      construct: (s: string) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
  });
}

/**
 * js-yaml is an optional peer of @lexharmony/core (the CLI depends on it): it makes reading a corpora
 * directory about three times faster; without it the `yaml` package reads every file, with the same
 * values and messages. Loaded on the first file read.
 */
let fastReader: { jsyaml: typeof JsYaml; schema: JsYaml.Schema } | null | undefined;
function jsYaml(): { jsyaml: typeof JsYaml; schema: JsYaml.Schema } | null {
  if (fastReader === undefined) {
    try {
      const jsyaml = createRequire(import.meta.url)('js-yaml') as typeof JsYaml;
      fastReader = { jsyaml, schema: coreSchemaOf(jsyaml) };
    } catch {
      fastReader = null;
    }
  }
  return fastReader;
}

function intOf(s: string): number {
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  const digits = s.slice(sign.length);
  const n = digits.startsWith('0o') ? parseInt(digits.slice(2), 8) : digits.startsWith('0x') ? parseInt(digits.slice(2), 16) : parseInt(digits, 10);
  return sign === '-' ? -1 * n : n;
}

/**
 * YAML the two readers may read differently, left to the `yaml` package (a look-alike inside a text
 * costs only speed): an indented top level, tabs in indentation, directives (`%YAML 1.1` changes the schema), tags, explicit and collection
 * keys, and null or empty keys (js-yaml names such a key "null", the `yaml` package "").
 */
function mayReadDifferently(text: string): boolean {
  // Each test looks for a rare character first: a regular expression over the whole text costs more.
  return (
    /^(?:[ ]*(?:#.*)?\r?\n)*[ ]+\S/.test(text) ||
    (text.includes('%') && /^%/m.test(text)) ||
    (text.includes('\t') && /^[ \t]*\t/m.test(text)) ||
    (text.includes('!') && /(?:^|[\s[{,])!/m.test(text)) ||
    (text.includes('?') && /(?:^|[\s[{,])\?(?:\s|$)/m.test(text)) ||
    /[\]}][ \t]*:(?:\s|$)/.test(text) ||
    // (?=(…))\1 takes the indentation whole, as an atomic group would: giving its spaces back one by
    // one to the [ \t]* that follows matches nothing more and cost a third of the look-alike checks.
    /^(?=([ ]*(?:- +)*))\1(?:~|null|Null|NULL)?[ \t]*:(?:\s|$)/m.test(text) ||
    /[[{,](?=([ ]*))\1(?:~|null|Null|NULL)?[ \t]*:(?:\s|$)/.test(text)
  );
}

/** The file's value by js-yaml, or not ok when it refuses the file or the file uses YAML the two readers may treat differently. */
function fastValue(text: string): { ok: true; value: unknown } | { ok: false } {
  const reader = jsYaml();
  if (!reader || mayReadDifferently(text)) return { ok: false };
  const { jsyaml, schema } = reader;
  let plain = true;
  const starts: number[] = [];
  // js-yaml's loading state holds the anchor of the node just read and where it stands; its published types omit the anchor.
  function listener(this: JsYaml.State, event: JsYaml.EventType, state: JsYaml.State) {
    if (event === 'open') return void starts.push(state.position);
    const start = starts.pop()!;
    // Anchors (an alias needs one) are left to the `yaml` package and its limit on alias expansion;
    // so is a quoted text or flow collection whose lines are not indented past its key (js-yaml lets them be).
    if ((state as JsYaml.State & { anchor: string | null }).anchor !== null || !flowLinesIndented(text, start, state.position)) plain = false;
  }
  try {
    const value = jsyaml.load(text, { schema, listener });
    return plain ? { ok: true, value } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/**
 * Whether a node read from `from` to `to` is not a quoted scalar or flow collection over several
 * lines, or is one whose every further line is indented more than the key (or list item) on its
 * first line: more than YAML asks, and what the `yaml` package requires where js-yaml does not.
 */
const BEFORE_NODE = /(?:[ \t\r\n]|#[^\n]*)*/y;

function flowLinesIndented(text: string, from: number, to: number): boolean {
  BEFORE_NODE.lastIndex = from;
  const at = from + BEFORE_NODE.exec(text)![0].length;
  const c = text[at];
  if (c !== '"' && c !== "'" && c !== '[' && c !== '{') return true;
  let eol = text.indexOf('\n', at);
  if (eol === -1 || eol >= to) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const base = /^[ ]*(?:- +)*/.exec(text.slice(lineStart, at))![0].length;
  while (eol !== -1 && eol < to) {
    const next = eol + 1;
    let k = next;
    while (text[k] === ' ') k++;
    if (text[k] !== '\n' && text[k] !== '\r' && k - next <= base) return false;
    eol = text.indexOf('\n', next);
  }
  return true;
}

function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    if (n === 0 && doc.contents && isNode(doc.contents) && doc.contents.range) return lc.linePos(doc.contents.range[0]).line;
  }
  return undefined;
}

/** Offset of a quoted scalar that never closes, if any. */
function unclosedQuote(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const q = token[0];
    if ((q === '"' || q === "'") && (token.length === 1 || !token.endsWith(q) || (q === '"' && /(^|[^\\])(\\\\)*\\"$/.test(token)))) return offset;
    // The lexer's control tokens (document start, scalar marker, flow end) take no room in the source.
    if (!/^[\x02\x18\x1f]$/.test(token)) offset += token.length;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** `findings[3].coverage` from ['findings', 3, 'coverage']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}
