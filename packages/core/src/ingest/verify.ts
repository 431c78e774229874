import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import type { Instrument, Provision } from '../model/types.js';
import type { Block, SourceFormat } from './blocks.js';
import { LexharmonyError } from '../errors.js';
import { arInfoleg } from './profiles/ar-infoleg.js';
import { mxFederal } from './profiles/mx-federal.js';
import { formatOf, readSource } from './read/index.js';
import { joinLines, textLines } from './segment/lined.js';
import type { LinedProfile } from './segment/profile.js';

export type VerifyIssueKind = 'mismatch' | 'sha256' | 'source-missing' | 'source-unreadable';

export interface VerifyIssue {
  kind: VerifyIssueKind;
  instrument: string;
  /** What was checked: `provision coe-ets-185/art-2`, `requirement coe-ets-185/art-2#e1`, `finding MX coe-ets-185/art-2#e1 → mx-cpf/art-211-bis-1`, `link mx-encs-2017 #3`. */
  subject?: string;
  /** Where the quote is written in the corpus. */
  origin?: { file: string; line?: number | undefined };
  quote?: string;
  /** The source passage closest to the quote, and the first word where they part. */
  nearest?: string;
  firstDifference?: { quote: string; source: string } | undefined;
  message: string;
}

export interface VerifyReport {
  /** Quotes and texts checked, and how many were found verbatim. */
  checked: number;
  found: number;
  issues: VerifyIssue[];
  /** Instruments with no `source.file`: nothing to check them against (listed, not an error). */
  notVerifiable: string[];
  /** The source file used for each instrument checked. */
  sources: { instrument: string; file: string }[];
}

/** One quote to look for in one instrument's source. */
interface Check {
  instrument: string;
  subject: string;
  originKey: string;
  text: string;
}

/**
 * Find every provision text (each paragraph, each child), requirement quote, finding citation
 * quote and strategy link quote verbatim in the official source its instrument names, after
 * normalising whitespace and line-break hyphenation only. The source is read by the ingest
 * reader, without page headers and reform annotations; its sha256 is checked against the
 * instrument's record.
 */
export async function verifyCorpus(
  corpus: Corpus,
  sourcesDir: string,
  options: { onProgress?: (done: number, total: number, file: string) => void } = {},
): Promise<VerifyReport> {
  const checks = new Map<string, Check[]>();
  const add = (c: Check) => {
    const list = checks.get(c.instrument) ?? [];
    list.push(c);
    checks.set(c.instrument, list);
  };
  for (const inst of corpus.data.instruments) {
    const id = inst.meta.id;
    const visit = (p: Provision) => {
      for (const para of p.text.split(/\n{2,}/)) if (para.trim()) add({ instrument: id, subject: `provision ${id}/${p.id}`, originKey: `provision:${id}/${p.id}`, text: para });
      p.children.forEach(visit);
    };
    inst.provisions.forEach(visit);
    // A requirement's quote in the instrument's own language is in its source; quotes in other languages are in their translations.
    const own = inst.meta.languages[0]!;
    for (const r of inst.requirements) {
      const quote = r.quote[own];
      if (quote) add({ instrument: id, subject: `requirement ${id}/${r.provision}#${r.id}`, originKey: `requirement:${id}/${r.provision}#${r.id}`, text: quote });
    }
    inst.links.forEach((l, i) => {
      const [from] = l.from.split('/');
      add({ instrument: from ?? id, subject: `link ${l.from} (${id} #${i + 1})`, originKey: `link:${id}:${i}`, text: l.quote });
    });
  }
  for (const a of corpus.assessments) {
    for (const f of a.findings) {
      for (const c of f.citations) {
        if (!c.quote) continue;
        const [inst] = c.ref.split('/');
        add({ instrument: inst ?? '', subject: `finding ${a.jurisdiction} ${f.requirement} → ${c.ref}`, originKey: `finding:${a.jurisdiction}:${f.requirement}`, text: c.quote });
      }
    }
  }

  const report: VerifyReport = { checked: 0, found: 0, issues: [], notVerifiable: [], sources: [] };
  const toRead = corpus.data.instruments.filter((i) => i.meta.source.file && checks.get(i.meta.id)?.length).length;
  let read = 0;
  for (const inst of corpus.data.instruments) {
    const list = checks.get(inst.meta.id);
    if (!inst.meta.source.file) {
      report.notVerifiable.push(inst.meta.id);
      continue;
    }
    if (!list?.length) continue;
    options.onProgress?.(read++, toRead, inst.meta.source.file);
    const source = await loadSource(inst.meta, sourcesDir, report);
    if (!source) continue;
    report.sources.push({ instrument: inst.meta.id, file: source.file });
    for (const c of list) {
      report.checked++;
      const needle = canonical(c.text);
      if (source.text.includes(needle)) {
        report.found++;
        continue;
      }
      const near = nearest(source.text, needle);
      report.issues.push({
        kind: 'mismatch',
        instrument: c.instrument,
        subject: c.subject,
        origin: corpus.origin(c.originKey),
        quote: c.text,
        nearest: near?.passage,
        firstDifference: near?.difference,
        message: near?.difference
          ? `not found verbatim in ${source.file}: "${near.difference.quote}" where the source has "${near.difference.source}"`
          : `not found in ${source.file}${near ? '' : ' (no passage shares its words)'}`,
      });
    }
  }
  return report;
}

/** Whitespace collapsed, soft hyphens dropped, a hyphenated line break joined: how texts are compared. */
export function canonical(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ')
    .replace(/(\p{L})- (?=\p{Ll})/gu, '$1-')
    .trim();
}

/** Which profile's furniture and annotations a source of an instrument carries: the Cámara de Diputados' PDFs and their text, InfoLEG's Markdown. */
function profileFor(meta: Instrument, format: SourceFormat): LinedProfile | undefined {
  if (meta.kind === 'strategy') return undefined;
  if (meta.jurisdiction === 'MX' && (format === 'pdf' || format === 'txt')) return mxFederal;
  if (meta.jurisdiction === 'AR' && format === 'md') return arInfoleg;
  return undefined;
}

async function loadSource(meta: Instrument, dir: string, report: VerifyReport): Promise<{ file: string; text: string } | undefined> {
  const candidates = [{ file: meta.source.file!, sha256: meta.source.sha256 }, ...meta.source.alternates];
  let data: Buffer | undefined;
  let chosen: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    try {
      data = await readFile(join(dir, c.file));
      chosen = c;
      break;
    } catch {
      // try the next one
    }
  }
  if (!data || !chosen) {
    report.issues.push({ kind: 'source-missing', instrument: meta.id, message: `source file not found: ${candidates.map((c) => join(dir, c.file)).join(', ')}` });
    return undefined;
  }
  const digest = createHash('sha256').update(data).digest('hex');
  if (chosen.sha256 && chosen.sha256 !== digest) {
    report.issues.push({ kind: 'sha256', instrument: meta.id, message: `${chosen.file}: sha256 is ${digest}, the instrument records ${chosen.sha256}` });
  }
  const format = formatOf(chosen.file);
  if (!format) {
    report.issues.push({ kind: 'source-unreadable', instrument: meta.id, message: `${chosen.file}: unknown source format` });
    return undefined;
  }
  try {
    const read = await readSource(data, format, { file: chosen.file });
    const profile = profileFor(meta, format);
    const blocks: Block[] = profile ? textLines(read.blocks, profile) : read.blocks;
    // Lines are joined as the segmenter joins them; blocks (paragraphs, headings) with a space.
    // Lines join as the segmenter joins them (a hyphenated line end without a space); blocks with a space.
    const parts: string[] = [];
    blocks.forEach((b, i) => {
      const prev = blocks[i - 1];
      if (prev) parts.push(b.kind === 'line' && joinLines(prev.text, b.text).length === prev.text.length + b.text.length ? '' : ' ');
      parts.push(b.text);
    });
    return { file: chosen.file, text: canonical(parts.join('')) };
  } catch (error) {
    if (!(error instanceof LexharmonyError)) throw error;
    report.issues.push({ kind: 'source-unreadable', instrument: meta.id, message: error.message });
    return undefined;
  }
}

/**
 * The source passage nearest to a quote that is not in it, and the first word where they part:
 * the longest start of the quote the source holds, then the next word on each side. Where even
 * the first word differs, the passage is found from a later run of the quote's words.
 */
export function nearest(haystack: string, needle: string): { passage: string; difference?: { quote: string; source: string } } | undefined {
  const words = needle.split(' ');
  let k = 0;
  let at = -1;
  while (k < words.length) {
    const i = haystack.indexOf(words.slice(0, k + 1).join(' '));
    if (i < 0) break;
    at = i;
    k++;
  }
  const excerpt = (from: number) => haystack.slice(Math.max(0, from - 60), from + needle.length + 60);
  if (k > 0) {
    if (k === words.length) return { passage: excerpt(at) };
    // Of the places holding that start (a bounded number), the one whose next words share most of the rest.
    const prefix = words.slice(0, k).join(' ');
    let best = { at, score: -1 };
    for (let i = haystack.indexOf(prefix), n = 0; i >= 0 && n < 200; i = haystack.indexOf(prefix, i + 1), n++) {
      const score = inOrder(words.slice(k), haystack.slice(i, i + needle.length + 100).split(' ').slice(k));
      if (score > best.score) best = { at: i, score };
    }
    const source = haystack.slice(best.at, best.at + needle.length + 200).split(' ')[k] ?? '(end of the source)';
    return { passage: excerpt(best.at), difference: { quote: words[k]!, source } };
  }
  for (const size of [5, 3, 2, 1]) {
    for (let s = 1; s + size <= words.length; s++) {
      const i = haystack.indexOf(words.slice(s, s + size).join(' '));
      if (i < 0) continue;
      const before = haystack.slice(Math.max(0, i - 200), i).trimEnd().split(' ');
      return { passage: excerpt(i), difference: { quote: words[0]!, source: before[before.length - s] ?? '(start of the source)' } };
    }
  }
  return undefined;
}

/** How many of `quote`'s words `source` holds in the same order, each within a few words of the last. */
function inOrder(quote: string[], source: string[]): number {
  let score = 0;
  let j = 0;
  for (const w of quote) {
    for (let d = 0; d < 4 && j + d < source.length; d++) {
      if (source[j + d] === w) {
        score++;
        j += d + 1;
        break;
      }
    }
  }
  return score;
}
