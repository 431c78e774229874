/** Support for the report tests: the Mexican report rendered in-process, and the text a reader sees in each format. */
import { inflateRawSync } from 'node:zlib';
import { gapMatrix, loadCorpus, type GapMatrix, type Lang } from '@lexharmony/core';
import { gapDocument, renderDocument, type DocFormat } from '@lexharmony/core/export';

export const DATE = '2026-11-27';
const corpus = loadCorpus();
export const mxMatrix: GapMatrix = gapMatrix(corpus, { jurisdictions: ['MX'], date: DATE });
export { corpus };

/** `lexharmony report MX --lang <lang>` in one format, as bytes. */
export async function mxReport(format: DocFormat, lang: Lang, paper: 'a4' | 'letter' = 'a4'): Promise<Buffer> {
  const out = await renderDocument(gapDocument(mxMatrix, { lang, detail: true, corpus, paper }), format);
  return Buffer.from(typeof out === 'string' ? Buffer.from(out, 'utf8') : out);
}

/** The files of a zip, by name (a docx, an xlsx): read here, independently of the writer. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(bytes);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out = new Map<string, Buffer>();
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const name = b.toString('utf8', at + 46, at + 46 + b.readUInt16LE(at + 28));
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + b.readUInt32LE(at + 20));
    out.set(name, b.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/** The text a reader sees in a rendered report, format by format (tags and markup left out). */
export function visibleText(format: DocFormat, bytes: Buffer): string {
  switch (format) {
    case 'html':
      return unescape(bytes.toString('utf8').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' '));
    case 'md':
    case 'csv':
      return bytes.toString('utf8').replace(/\\([\\`*_[\]|~#+=.-])/g, '$1');
    case 'json': {
      const strings: string[] = [];
      const walk = (v: unknown, key: string) => {
        if (typeof v === 'string') {
          if (!['t', 'kind', 'status', 'lang', 'ref', 'href', 'id', 'type', 'style', 'role', 'level', 'paper', 'tool'].includes(key)) strings.push(v);
        } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
        else if (v && typeof v === 'object') {
          // An id cell's text is an id, not words.
          if ((v as { t?: string }).t === 'id') return;
          for (const [k, x] of Object.entries(v)) walk(x, k);
        }
      };
      walk(JSON.parse(bytes.toString('utf8')), '');
      return strings.join('\n');
    }
    case 'xlsx':
      return [...unzip(bytes)].filter(([n]) => n.startsWith('xl/worksheets/sheet')).map(([, x]) => unescape(x.toString('utf8').replace(/<c [^>]*s="5"[^>]*>[\s\S]*?<\/c>/g, '').replace(/<[^>]+>/g, ' '))).join('\n');
    case 'docx':
      return unescape([...unzip(bytes).get('word/document.xml')!.toString('utf8').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  }
}

/** Every string the corpus gives a report (prose in any language, texts, titles, labels, quotes): what a scan for the tool's own words must leave aside. */
export function corpusStrings(m: GapMatrix): string[] {
  const out = new Set<string>(dataStrings(m));
  for (const r of m.references) for (const p of corpus.instruments.get(r.id)!.provisions) for (const line of [p.text, ...p.translations.map((t) => t.text)].join('\n').split(/\n+/)) if (line.trim()) out.add(line.trim());
  // Longest first, so that a string is removed before any string inside it.
  return [...out].sort((a, b) => b.length - a.length);
}

/** The text lines a command's JSON carries as data (corpus prose, quotes, names), not its codes and not the tool's own words kept in English for programs. */
export function dataStrings(data: unknown, alsoSkip: readonly string[] = []): string[] {
  const out = new Set<string>();
  const skip = new Set(['key', 'status', 'symbol', 'ref', 'requirement', 'reference', 'jurisdiction', 'kind', 'level', 'number', 'lang', 'hash', 'sha256', 'corpus', 'tool', 'date', 'group', 'instrument', 'coverage', 'relationship', 'confidence', 'method', 'id', 'n', 'moment', ...alsoSkip]);
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if (!skip.has(key)) for (const line of v.split(/\n+/)) if (line.trim().length > 2) out.add(line.trim());
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object' && !alsoSkip.includes(key)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(data, '');
  return [...out].sort((a, b) => b.length - a.length);
}

export { englishFragments, englishLeft } from './english.js';
