import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from '../corpus/corpus.js';
import type { Instrument, Provision } from '../model/types.js';
import type { Block } from './blocks.js';
import { LexharmonyError } from '../errors.js';
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
export async function verifyCorpus(corpus: Corpus, sourcesDir: string): Promise<VerifyReport> {
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
    for (const r of inst.requirements) add({ instrument: id, subject: `requirement ${id}/${r.provision}#${r.id}`, originKey: `requirement:${id}/${r.provision}#${r.id}`, text: r.quote });
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
  for (const inst of corpus.data.instruments) {
    const list = checks.get(inst.meta.id);
    if (!inst.meta.source.file) {
      report.notVerifiable.push(inst.meta.id);
      continue;
    }
    if (!list?.length) continue;
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

/** Which profile's furniture and annotations a source of an instrument carries. */
function profileFor(meta: Instrument): LinedProfile | undefined {
  return meta.jurisdiction === 'MX' && meta.kind !== 'strategy' ? mxFederal : undefined;
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
    const profile = profileFor(meta);
    const blocks: Block[] = profile && read.blocks.some((b) => b.kind === 'line') ? textLines(read.blocks, profile) : read.blocks;
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
 * The source passage nearest to a quote that is not in it: anchor on the first run of words
 * the source does hold, then walk word by word to the first one that differs.
 */
export function nearest(haystack: string, needle: string): { passage: string; difference?: { quote: string; source: string } } | undefined {
  const words = needle.split(' ');
  for (const size of [8, 5, 3, 2, 1]) {
    if (size > words.length) continue;
    for (let s = 0; s + size <= words.length; s++) {
      const at = haystack.indexOf(words.slice(s, s + size).join(' '));
      if (at < 0) continue;
      const before = haystack.slice(Math.max(0, at - needle.length - 200), at).split(' ');
      if (before.at(-1) === '') before.pop();
      const after = haystack.slice(at).split(' ', words.length - s + 1);
      let difference: { quote: string; source: string } | undefined;
      // Backwards from the anchor to the quote's start, then forwards from it to the end.
      for (let k = s - 1, j = before.length - 1; k >= 0 && !difference; k--, j--) if (words[k] !== before[j]) difference = { quote: words[k]!, source: before[j] ?? '(start of the source)' };
      for (let k = s, j = 0; k < words.length && !difference; k++, j++) if (words[k] !== after[j]) difference = { quote: words[k]!, source: after[j] ?? '(end of the source)' };
      const start = Math.max(0, at - 120);
      return { passage: haystack.slice(start, at + needle.length + 60), ...(difference ? { difference } : {}) };
    }
  }
  return undefined;
}
