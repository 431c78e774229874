import { extname } from 'node:path';
import type { ReadResult, SourceFormat } from '../blocks.js';
import { grouped, IngestError } from '../errors.js';
import { LIMITS } from '../../io/limits.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';

/** Larger inputs are refused before any parsing: no official text comes near it. */
export const MAX_INPUT_BYTES = LIMITS.sourceFileBytes;

const byExtension: Record<string, SourceFormat> = { '.pdf': 'pdf', '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };

/** The format a file name implies, or undefined. */
export function formatOf(file: string): SourceFormat | undefined {
  return byExtension[extname(file).toLowerCase()];
}

export interface ReadOptions {
  /** The name to show in messages. */
  file?: string | undefined;
  /** Called with (done, total) while a long read progresses (PDF pages). */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * PDF only: which pages to read (1-based, ascending), chosen from the document's outline (its
   * bookmarks, in order, each with the page it points to); undefined reads every page.
   */
  pages?: ((outline: OutlineEntry[], pageCount: number) => Promise<number[] | undefined>) | undefined;
}

/** A bookmark of a PDF's outline: its title, and the page it points to (found when asked: a long outline has hundreds). */
export interface OutlineEntry {
  title: string;
  page(): Promise<number | undefined>;
}

/** Read an official text of the given format into blocks. Throws `IngestError` on input it cannot read. */
export async function readSource(data: Uint8Array, format: SourceFormat, options: ReadOptions = {}): Promise<ReadResult> {
  const file = options.file;
  if (data.byteLength === 0) throw new IngestError('EMPTY_INPUT', { key: 'msg.ingest.empty' }, { file });
  if (data.byteLength > MAX_INPUT_BYTES) {
    throw new IngestError('INPUT_TOO_LARGE', { key: 'msg.ingest.read.fileTooLarge', params: { size: (data.byteLength / 1048576).toFixed(0), limit: MAX_INPUT_BYTES / 1048576 } }, { file });
  }
  switch (format) {
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(data, options);
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(checkedText(decodeText(data, file), file, { lines: false }), file);
    }
    case 'md':
      return readMarkdown(checkedText(decodeText(data, file), file), file);
    case 'txt':
      return readText(checkedText(decodeText(data, file), file));
    default:
      throw new IngestError('UNKNOWN_FORMAT', { key: 'msg.ingest.unknownFormat', params: { format: String(format) } }, { file });
  }
}

/** UTF-8 text, or an error: binary data (invalid UTF-8 or NUL bytes) is not an official text. */
export function decodeText(data: Uint8Array, file?: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch (cause) {
    throw new IngestError('NOT_TEXT', { key: 'msg.ingest.notUtf8' }, { file, cause });
  }
  if (text.includes('\u0000')) throw new IngestError('NOT_TEXT', { key: 'msg.ingest.nul' }, { file });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/**
 * A text within the budgets of a source: no line longer than `LIMITS.textLineChars` (not checked
 * for HTML, whose lines are markup) and no word longer than `LIMITS.textTokenChars`. One pass; the
 * segmenters after it are then linear in practice on any input.
 */
function checkedText(text: string, file: string | undefined, { lines = true } = {}): string {
  let line = 1;
  let lineStart = 0;
  let wordStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (lines ? false : c === 60 || c === 62);
    if (space) {
      if (i - wordStart > LIMITS.textTokenChars) {
        throw new IngestError('INPUT_TOO_LARGE', { key: 'msg.ingest.read.longWord', params: { line, length: grouped(i - wordStart), limit: grouped(LIMITS.textTokenChars) } }, { file });
      }
      wordStart = i + 1;
    }
    if (c === 10) {
      if (lines && i - lineStart > LIMITS.textLineChars) {
        throw new IngestError('INPUT_TOO_LARGE', { key: 'msg.ingest.read.longLine', params: { line, length: grouped(i - lineStart), limit: grouped(LIMITS.textLineChars) } }, { file });
      }
      line++;
      lineStart = i + 1;
    }
  }
  return text;
}
