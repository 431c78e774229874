import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Instrument } from '../model/types.js';
import type { Block, SourceFormat } from './blocks.js';
import { LexharmonyError, type Said } from '../errors.js';
import { translator, type Params } from '../i18n/translate.js';
import { LIMITS } from '../io/limits.js';
import { readRegularFile } from '../io/read.js';
import { arInfoleg } from './profiles/ar-infoleg.js';
import { mxFederal } from './profiles/mx-federal.js';
import { formatOf, readSource } from './read/index.js';
import { joinLines, textLines } from './segment/lined.js';
import type { LinedProfile } from './segment/profile.js';

/** Why an instrument's source could not be used as it is. */
export interface SourceIssue {
  kind: 'sha256' | 'source-missing' | 'source-unreadable';
  instrument: string;
  message: string;
  /** `message` as catalogue words (it is then their English), to say it in the output language. */
  said?: { message: Said } | undefined;
}

/** An issue's message from the catalogue: its English, and the words to say it in another language. */
export function verifyMessage(key: Said['key'], params?: Params): { message: string; said: { message: Said } } {
  return { message: translator('en').t(key, params), said: { message: { key, params } } };
}

/** An instrument's official text as one canonical string (see `canonical`), and the file it was read from. */
export interface SourceText {
  file: string;
  text: string;
}

/**
 * Whitespace collapsed, soft hyphens dropped, a hyphenated line break joined: how texts are
 * compared. A soft hyphen before a line break is where a typesetter cut a word ("Te\u00ad\nlecomunicaciones"):
 * the word is joined again.
 */
export function canonical(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00ad\s+/g, '')
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ')
    .replace(/(\p{L})- (?=\p{Ll})/gu, '$1-')
    .trim();
}

const TEXT_FORMATS = new Set(['txt', 'md', 'html']);

/**
 * Read the official source an instrument names (`source.file`, else the first `alternates` file
 * found) with the ingest reader, without page furniture and reform annotations, as one canonical
 * string. With `preferText`, a text extraction among the files (`.txt`, `.md`, `.html`) is read
 * before a PDF: the same words in a fraction of the time. A file whose sha256 differs from the
 * record is still read, and reported.
 */
export async function readSourceText(
  meta: Instrument,
  dir: string,
  options: { preferText?: boolean } = {},
): Promise<{ source?: SourceText; issues: SourceIssue[] }> {
  let candidates = [{ file: meta.source.file!, sha256: meta.source.sha256 }, ...meta.source.alternates];
  if (options.preferText) {
    const isText = (f: string) => TEXT_FORMATS.has(formatOf(f) ?? '');
    candidates = [...candidates.filter((c) => isText(c.file)), ...candidates.filter((c) => !isText(c.file))];
  }
  return readSourceFile(meta.id, candidates, dir, (format) => profileFor(meta, format));
}

/**
 * The first readable file of `candidates` (relative to `dir`), its sha256 checked against the
 * record, read as ingest reads it (without the page furniture and annotations of the profile
 * `profileOf` gives for its format, if any) and canonicalised. Used for an instrument's own source
 * and for the source of an official translation.
 */
export async function readSourceFile(
  instrument: string,
  candidates: readonly { file: string; sha256?: string | undefined }[],
  dir: string,
  profileOf: (format: SourceFormat) => LinedProfile | undefined = () => undefined,
): Promise<{ source?: SourceText; issues: SourceIssue[] }> {
  const issues: SourceIssue[] = [];
  let data: Buffer | undefined;
  let chosen: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    try {
      data = readRegularFile(join(dir, c.file), { maxBytes: LIMITS.sourceFileBytes, what: 'official source text' });
      chosen = c;
      break;
    } catch {
      // try the next one
    }
  }
  if (!data || !chosen) {
    issues.push({ kind: 'source-missing', instrument, ...verifyMessage('msg.verify.sourceMissing', { files: candidates.map((c) => join(dir, c.file)).join(', ') }) });
    return { issues };
  }
  const digest = createHash('sha256').update(data).digest('hex');
  if (chosen.sha256 && chosen.sha256 !== digest) {
    issues.push({ kind: 'sha256', instrument, ...verifyMessage('msg.verify.sha256', { file: chosen.file, digest, recorded: chosen.sha256 }) });
  }
  const format = formatOf(chosen.file);
  if (!format) {
    issues.push({ kind: 'source-unreadable', instrument, ...verifyMessage('msg.verify.unknownFormat', { file: chosen.file }) });
    return { issues };
  }
  const profile = profileOf(format);
  const read = readTexts.get(profile ?? NO_PROFILE) ?? new Map<string, string>();
  readTexts.set(profile ?? NO_PROFILE, read);
  const key = `${format}:${digest}`;
  const known = read.get(key);
  if (known !== undefined) return { source: { file: chosen.file, text: known }, issues };
  try {
    const text = canonical(joinBlocks((await readSource(data, format, { file: chosen.file })).blocks, profile));
    if (read.size >= READ_TEXTS_KEPT) read.delete(read.keys().next().value!);
    read.set(key, text);
    return { source: { file: chosen.file, text }, issues };
  } catch (error) {
    if (!(error instanceof LexharmonyError)) throw error;
    issues.push({ kind: 'source-unreadable', instrument, message: error.message, said: error.said ? { message: error.said } : undefined });
    return { issues };
  }
}

/**
 * The canonical texts already read in this process, by profile, then by format and sha256 of the file:
 * the same bytes read the same way give the same text, and a PDF takes seconds to read (verify reads
 * every source of the corpus; a second verify in one process, as after an edit, reads only what changed).
 */
const readTexts = new WeakMap<object, Map<string, string>>();
const NO_PROFILE = {};
const READ_TEXTS_KEPT = 100;

/** The blocks of a source as one string, without the profile's furniture and annotations. */
function joinBlocks(read: Block[], profile: LinedProfile | undefined): string {
  const blocks: Block[] = profile ? textLines(read, profile) : read;
  // Lines join as the segmenter joins them (a hyphenated line end without a space); blocks with a space.
  const parts: string[] = [];
  blocks.forEach((b, i) => {
    const prev = blocks[i - 1];
    if (prev) parts.push(b.kind === 'line' && joinLines(prev.text, b.text).length === prev.text.length + b.text.length ? '' : ' ');
    parts.push(b.text);
  });
  return parts.join('');
}

/**
 * Which profile's furniture and annotations a source of an instrument carries: the Cámara de
 * Diputados' PDFs and their text extractions, InfoLEG's Markdown.
 */
function profileFor(meta: Instrument, format: SourceFormat): LinedProfile | undefined {
  if (meta.kind === 'strategy') return undefined;
  if (meta.jurisdiction === 'MX' && (format === 'pdf' || format === 'txt')) return mxFederal;
  if (meta.jurisdiction === 'AR' && format === 'md') return arInfoleg;
  return undefined;
}
