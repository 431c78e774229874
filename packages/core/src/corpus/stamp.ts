/**
 * Stamping an assessment: each citation of a finding records the hash of the cited provision's
 * text at analysis time, so that a later reform marks the finding stale. `stampAssessment` fills
 * the hashes a citation lacks and, when asked, rewrites the ones whose text has changed. The YAML
 * Document API locates the nodes; the edits are spliced into the original text at those ranges, so
 * every other byte (comments, folded scalars, layout) stays as it was.
 */
import { resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import { CorpusError, says, type Issue } from '../errors.js';
import { normalizeText, textHash } from '../model/hash.js';
import { assemble } from './assemble.js';
import { Corpus } from './corpus.js';
import { readCorpusFiles } from './read.js';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from './yaml.js';

export interface StampedCitation {
  /** Index of the finding and of the citation inside it. */
  finding: number;
  citation: number;
  requirement: string;
  ref: string;
  line: number | undefined;
  /** The hash the file held (absent when it had none). */
  before?: string | undefined;
  /** The hash of the cited provision's current text. */
  after: string;
  /** The citation's quote, if it has one. */
  quote?: string | undefined;
  /** Whether the cited provision's current text holds the quote (whitespace aside); undefined without a quote. */
  quoteInText?: boolean | undefined;
  quoteLine?: number | undefined;
}

export interface StampResult {
  /** The file's new text (equal to the input when nothing was written). */
  text: string;
  /** Citations that had no hash and got one. */
  filled: StampedCitation[];
  /** Citations whose recorded hash differs from the current text's: rewritten only with `refresh`. */
  changed: StampedCitation[];
  /** Citations whose quote the cited provision's current text no longer holds (refused by `refresh`). */
  quotesGone: StampedCitation[];
  /** Whether `text` differs from the input. */
  modified: boolean;
}

export interface StampOptions {
  /**
   * Rewrite hashes that differ from the current text (after the findings were reviewed). Refused,
   * with nothing changed, while a citation quotes words its provision no longer holds.
   */
  refresh?: boolean;
}

/**
 * A corpus file parsed for stamping: its document (edits are spliced into the original text, so
 * comments and layout stay) and the line of a node. Throws `CorpusError` for a file too large to
 * be corpus data or one that is not YAML; `what` names the kind of file expected.
 */
export function parseForStamping(file: string, text: string, what: 'assessment' | 'provisions' | 'recommendations'): { doc: Document.Parsed; lineOf: (node: unknown) => number | undefined } {
  if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    throw new CorpusError([{ code: 'FILE_TOO_LARGE', file, line: 1, ...says('msg.stamp.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }, `msg.stamp.tooLarge.${what}`) }]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lines.linePos(syntax.pos[0]);
    throw new CorpusError([{ code: 'YAML_SYNTAX', file, line: pos.line, column: pos.col, ...says('msg.yaml.syntax', { detail: syntax.message.split('\n')[0] }, 'msg.yaml.syntax.expected') }]);
  }
  // Expanding aliases once bounds the work on a hostile file, as the loader does.
  doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  return { doc, lineOf };
}

/**
 * Fill (and with `refresh`, rewrite) the citation hashes of an assessment file's text.
 * `textOf` gives a provision's current text by reference (`mx-cpf/art-211-bis-1`), or undefined.
 * Throws `CorpusError` (nothing is changed) when the file is not YAML or a citation names no
 * provision, and with `refresh`, when a citation's quote is no longer in its provision's text.
 */
export function stampAssessment(file: string, text: string, textOf: (ref: string) => string | undefined, options: StampOptions = {}): StampResult {
  const { doc, lineOf } = parseForStamping(file, text, 'assessment');

  const findings = doc.get('findings', true);
  if (!isSeq(findings)) {
    throw new CorpusError([{ code: 'SCHEMA', file, line: lineOf(doc.contents) ?? 1, field: 'findings', ...says('msg.stamp.noFindings', {}, 'msg.stamp.noFindings.expected') }]);
  }
  const issues: (Issue & { code: 'SCHEMA' | 'UNKNOWN_REFERENCE' })[] = [];
  const filled: StampedCitation[] = [];
  const changed: StampedCitation[] = [];
  const quotesGone: StampedCitation[] = [];
  const edits: Edit[] = [];
  findings.items.forEach((finding, i) => {
    if (!isMap(finding)) return;
    const requirement = String(finding.get('requirement') ?? '');
    const citations = finding.get('citations', true);
    if (citations === undefined) return;
    if (!isSeq(citations)) {
      issues.push({ code: 'SCHEMA', file, line: lineOf(citations), field: `findings[${i}].citations`, ...says('msg.stamp.citationsNotList', {}, 'msg.stamp.citationsNotList.expected') });
      return;
    }
    citations.items.forEach((citation, k) => {
      const field = `findings[${i}].citations[${k}]`;
      if (!isMap(citation)) {
        issues.push({ code: 'SCHEMA', file, line: lineOf(citation), field, ...says('msg.stamp.citationNotMapping', {}, 'msg.stamp.citationNotMapping.expected') });
        return;
      }
      const ref = citation.get('ref');
      if (typeof ref !== 'string') {
        issues.push({ code: 'SCHEMA', file, line: lineOf(citation), field: `${field}.ref`, ...says('msg.stamp.missingRef', {}, 'msg.stamp.missingRef.expected') });
        return;
      }
      const current = textOf(ref);
      if (current === undefined) {
        issues.push({ code: 'UNKNOWN_REFERENCE', file, line: lineOf(citation), field: `${field}.ref`, ...says('msg.unknown.provision', { value: ref }, 'msg.stamp.unknownProvision.expected') });
        return;
      }
      const after = textHash(current);
      const node = citation.get('hash', true);
      const before = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
      const quoteNode = citation.get('quote', true);
      const quote = isScalar(quoteNode) ? quoteNode.value : undefined;
      const quoted = typeof quote === 'string' ? { quote, quoteLine: lineOf(quoteNode), quoteInText: normalizeText(current).includes(normalizeText(quote)) } : {};
      const entry: StampedCitation = { finding: i, citation: k, requirement, ref, line: lineOf(citation), before, after, ...quoted };
      if (quoted.quoteInText === false) quotesGone.push(entry);
      if (before === undefined) {
        edits.push(insertHash(text, citation, after));
        filled.push(entry);
      } else if (before !== after) {
        changed.push(entry);
        if (options.refresh) edits.push(replaceHash(node, after));
      }
    });
  });
  if (issues.length > 0) throw new CorpusError(issues);
  if (options.refresh && quotesGone.length > 0) {
    // A refresh says "these findings were reviewed against the new text"; a quote the text no longer holds says they were not.
    throw quotesGoneError(file, quotesGone, (c, quote) => ({
      field: `findings[${c.finding}].citations[${c.citation}].quote`,
      ...says('msg.stamp.quoteGone', { requirement: c.requirement, quote, ref: c.ref }, 'msg.stamp.quoteGone.expected'),
    }));
  }
  return { text: splice(text, edits), filled, changed, quotesGone, modified: edits.length > 0 };
}

/**
 * The refusal of `--refresh` while quotes are gone from the texts they quote (findings' citations, recommendations'
 * model wordings): one issue per quote, at its line; `said` gives its field and words, with the quote clipped.
 */
export function quotesGoneError(file: string, gone: readonly StampedCitation[], said: (c: StampedCitation, quote: string) => Pick<Issue, 'field' | 'message' | 'expected' | 'said'>): CorpusError {
  const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
  return new CorpusError(gone.map((c) => ({ code: 'QUOTE_NOT_IN_TEXT', file, line: c.quoteLine ?? c.line, ...said(c, clip(c.quote!)) })));
}

function splice(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

/** A splice of the original text: remove `remove` characters at `at`, then insert `insert`. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** `hash: …` on its own line right after the `after` key's line (or `, hash: …` inside a flow mapping). */
export function insertHash(text: string, citation: YAMLMap, hash: string, after = 'ref'): Edit {
  const pair = citation.items.find((p) => isScalar(p.key) && p.key.value === after)!;
  const key = pair.key as { range: [number, number, number] };
  const value = pair.value as { range: [number, number, number] };
  if (citation.flow) return { at: value.range[1], remove: 0, insert: `, hash: ${hash}` };
  const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
  const indent = ' '.repeat(key.range[0] - lineStart);
  let eol = text.indexOf('\n', value.range[1]);
  if (eol < 0) eol = text.length;
  const cr = text[eol - 1] === '\r' ? '\r' : '';
  return { at: eol - cr.length, remove: 0, insert: `${cr}\n${indent}hash: ${hash}` };
}

/** `key: value` as the last entry of a mapping: a line of its own after its last one (or `, key: value` before a flow mapping's `}`). */
function appendPair(text: string, map: YAMLMap, key: string, value: string): Edit {
  const last = map.items.at(-1)!;
  const end = ((last.value ?? last.key) as { range: [number, number, number] }).range[1];
  if (map.flow) return { at: end, remove: 0, insert: `, ${key}: ${value}` };
  // The first key sits after the item's "- "; the others are written under it, at the same column.
  const first = map.items[0]!.key as { range: [number, number, number] };
  const indent = ' '.repeat(first.range[0] - (text.lastIndexOf('\n', first.range[0] - 1) + 1));
  // A block scalar ends after its last line break; any other value ends on its own line.
  let eol = text[end - 1] === '\n' ? end - 1 : text.indexOf('\n', end);
  if (eol < 0) eol = text.length;
  const cr = text[eol - 1] === '\r' ? '\r' : '';
  return { at: eol - cr.length, remove: 0, insert: `${cr}\n${indent}${key}: ${value}` };
}

/** The existing hash scalar, replaced in place. */
export function replaceHash(node: unknown, hash: string): Edit {
  const range = (node as { range: [number, number, number] }).range;
  return { at: range[0], remove: range[1] - range[0], insert: hash };
}

/**
 * The provisions of a corpora directory, for stamping: every file is read and checked except the
 * assessments (whose hashes are what is being filled) and the recommendations (which answer the
 * assessments' findings). Throws `CorpusError` for any other issue.
 */
export function loadCorpusForStamping(dir: string): Corpus {
  const { files, issues } = readCorpusFiles(resolve(dir));
  const kept = (f: string | undefined) => !f?.startsWith('assessments/') && !f?.startsWith('recommendations/');
  return new Corpus(assemble(files.filter((f) => f.kind !== 'assessment' && f.kind !== 'recommendations'), issues.filter((i) => kept(i.file))));
}

/** A translation that `stampProvisions` stamped, or found stale. */
export interface StampedTranslation {
  /** `mx-cpf/art-211-bis-1.p-2` */
  ref: string;
  lang: string;
  line: number | undefined;
  /** The hash it records (for a stale one), or was given (for a filled one). */
  of: string;
  /** The hash of the provision's current text. */
  current: string;
}

export interface StampProvisionsResult {
  text: string;
  /** Unofficial translations that recorded no `of` and now record the current text's hash. */
  filled: StampedTranslation[];
  /** Translations of an earlier text (`of` differs from the current text's hash): left as they are. */
  stale: StampedTranslation[];
  modified: boolean;
}

/**
 * Fill the `of` (the hash of the text translated) of every unofficial translation of a provisions
 * file's text that has none, as `stampAssessment` fills citation hashes, every other byte kept. A
 * recorded `of` is never rewritten: a translation stops being stale when its translator revises it
 * (and removes its `of`, for this to record the new one). Throws `CorpusError` for a file that is not YAML.
 */
export function stampProvisions(file: string, text: string): StampProvisionsResult {
  const { doc, lineOf } = parseForStamping(file, text, 'provisions');
  const instrument = doc.get('instrument');
  const provisions = doc.get('provisions', true);
  if (typeof instrument !== 'string' || !isSeq(provisions)) {
    throw new CorpusError([{ code: 'SCHEMA', file, line: 1, field: 'provisions', ...says('msg.stamp.notProvisions', {}, 'msg.stamp.notProvisions.expected') }]);
  }
  const filled: StampedTranslation[] = [];
  const stale: StampedTranslation[] = [];
  const edits: Edit[] = [];
  const visit = (node: unknown) => {
    if (!isMap(node)) return;
    const id = node.get('id');
    const own = node.get('text');
    const translations = node.get('translations', true);
    if (typeof id === 'string' && typeof own === 'string' && isSeq(translations)) {
      const current = textHash(own);
      for (const t of translations.items) {
        if (!isMap(t) || t.get('official') !== false) continue;
        const of = t.get('of');
        const line = lineOf(t);
        const entry = { ref: `${instrument}/${id}`, lang: String(t.get('lang') ?? '?'), line, of: typeof of === 'string' ? of : current, current };
        if (of === undefined) {
          edits.push(appendPair(text, t, 'of', current));
          filled.push(entry);
        } else if (of !== current) stale.push(entry);
      }
    }
    const children = node.get('children', true);
    if (isSeq(children)) children.items.forEach(visit);
  };
  provisions.items.forEach(visit);
  return { text: splice(text, edits), filled, stale, modified: edits.length > 0 };
}
