import { Lexer, LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { CorpusErrorCode, Issue } from '../errors.js';

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

export function parseYaml(file: string, text: string): { ok: true; doc: ParsedYaml } | { ok: false; issue: ParseIssue } {
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    return { ok: false, issue: { code: 'FILE_TOO_LARGE', file, line: 1, message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, expected: 'a corpus file of a few hundred KB at most' } };
  }
  if (text.trim() === '' || /^(?:\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { ok: false, issue: { code: 'EMPTY_FILE', file, line: 1, message: 'file is empty', expected: 'a YAML mapping' } };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const err = doc.errors[0];
  if (err) {
    // An unclosed quote is only noticed at the end of the file; point at where it opens instead.
    const at = err.code === 'MISSING_CHAR' ? (unclosedQuote(text) ?? err.pos[0]) : err.pos[0];
    const pos = lineCounter.linePos(at);
    const message = err.code === 'MULTIPLE_DOCS' ? 'a corpus file holds one YAML document; remove the second "---"' : `YAML syntax: ${firstLine(err.message).replace(/ at line \d+, column \d+:?$/, '')}`;
    return { ok: false, issue: { code: 'YAML_SYNTAX', file, line: pos.line, column: pos.col, message, expected: 'valid YAML' } };
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
    return { ok: false, issue: { code: 'YAML_ALIAS_LIMIT', file, line, message: 'YAML aliases expand too far (a "billion laughs" document?)', expected: `at most ${MAX_ALIAS_COUNT} alias expansions` } };
  }
  return { ok: true, doc: { value, document: doc, lineOf: (path) => lineOf(doc, lineCounter, path) } };
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
