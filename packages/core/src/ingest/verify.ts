import type { Corpus } from '../corpus/corpus.js';
import type { Said } from '../errors.js';
import { translator } from '../i18n/translate.js';
import type { Provision } from '../model/types.js';
import { canonical, readSourceFile, readSourceText, verifyMessage } from './source-text.js';

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
  /** `subject` and `message` as catalogue words (they are then their English), to say them in the output language. */
  said?: { subject?: Said | undefined; message: Said } | undefined;
}


export interface VerifyReport {
  /** Quotes and texts checked, and how many were found verbatim. */
  checked: number;
  found: number;
  issues: VerifyIssue[];
  /** Instruments with no `source.file`: nothing to check them against (listed, not an error). */
  notVerifiable: string[];
  /** The source file used for each instrument checked. */
  sources: { instrument: string; file: string; lang?: string }[];
}

/** One quote to look for in one instrument's source. */
interface Check {
  instrument: string;
  subject: Said;
  originKey: string;
  text: string;
}

/**
 * Find every provision text (each paragraph, each child), requirement quote, finding citation
 * quote, recommendation model wording and strategy link quote verbatim in the official source its instrument names, after
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
      for (const para of p.text.split(/\n{2,}/)) if (para.trim()) add({ instrument: id, subject: { key: 'msg.verify.subject.provision', params: { ref: `${id}/${p.id}` } }, originKey: `provision:${id}/${p.id}`, text: para });
      p.children.forEach(visit);
    };
    inst.provisions.forEach(visit);
    // A requirement's quote in the instrument's own language is in its source; quotes in other languages are in their translations.
    const own = inst.meta.languages[0]!;
    for (const r of inst.requirements) {
      const quote = r.quote[own];
      if (quote) add({ instrument: id, subject: { key: 'msg.verify.subject.requirement', params: { ref: `${id}/${r.provision}#${r.id}` } }, originKey: `requirement:${id}/${r.provision}#${r.id}`, text: quote });
    }
    inst.links.forEach((l, i) => {
      const [from] = l.from.split('/');
      add({ instrument: from ?? id, subject: { key: 'msg.verify.subject.link', params: { ref: l.from, id, n: i + 1 } }, originKey: `link:${id}:${i}`, text: l.quote });
    });
  }
  for (const a of corpus.assessments) {
    for (const f of a.findings) {
      for (const c of f.citations) {
        if (!c.quote) continue;
        const [inst] = c.ref.split('/');
        add({ instrument: inst ?? '', subject: { key: 'msg.verify.subject.finding', params: { code: a.jurisdiction, requirement: f.requirement, ref: c.ref } }, originKey: `finding:${a.jurisdiction}:${f.requirement}`, text: c.quote });
      }
    }
  }

  // A recommendation's model wording in the provision's own language is in its instrument's source (in a translation: below).
  for (const file of corpus.recommendationFiles) {
    for (const r of file.recommendations) {
      for (const m of r.model) {
        const [inst] = m.ref.split('/');
        const own = corpus.instruments.get(inst ?? '')?.meta.languages[0];
        if (m.lang === undefined || m.lang === own) add({ instrument: inst ?? '', subject: { key: 'msg.verify.subject.model', params: { id: r.id, ref: m.ref } }, originKey: `recommendation:${r.id}`, text: m.quote });
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
    const { source, issues } = await readSourceText(inst.meta, sourcesDir);
    report.issues.push(...issues);
    if (!source) continue;
    report.sources.push({ instrument: inst.meta.id, file: source.file });
    findAll(list, source, corpus, report);
  }
  await verifyTranslations(corpus, sourcesDir, report);
  return report;
}

/** Look for each check's text in the source; a text not found is a mismatch with its place in the corpus and the nearest passage. */
function findAll(list: Check[], source: { file: string; text: string }, corpus: Corpus, report: VerifyReport): void {
  for (const c of list) {
    report.checked++;
    const needle = canonical(c.text);
    if (source.text.includes(needle)) {
      report.found++;
      continue;
    }
    const near = nearest(source.text, needle);
    const message = near?.difference
      ? verifyMessage('msg.verify.notVerbatim', { file: source.file, quote: near.difference.quote, source: near.difference.source })
      : verifyMessage(near ? 'msg.verify.notFound' : 'msg.verify.notFoundAtAll', { file: source.file });
    report.issues.push({
      kind: 'mismatch',
      instrument: c.instrument,
      subject: translator('en').t(c.subject.key, c.subject.params),
      origin: corpus.origin(c.originKey),
      quote: c.text,
      nearest: near?.passage,
      firstDifference: near?.difference,
      message: message.message,
      said: { subject: c.subject, message: message.said!.message },
    });
  }
}

/**
 * Official translations (Spain's BOE text of a treaty) against the file `source.translations`
 * names for their language: every translation text, paragraph by paragraph, its heading and the
 * titles of its path, and every requirement quote in that language. An official translation in a
 * language with no recorded source is an error: it could not be checked.
 */
async function verifyTranslations(corpus: Corpus, sourcesDir: string, report: VerifyReport): Promise<void> {
  for (const inst of corpus.data.instruments) {
    const id = inst.meta.id;
    const byLang = new Map<string, Check[]>();
    const add = (lang: string, c: Check) => {
      const list = byLang.get(lang) ?? [];
      list.push(c);
      byLang.set(lang, list);
    };
    const visit = (p: Provision) => {
      for (const t of p.translations) {
        if (!t.official) continue;
        const check = (part: Said, text: string) => add(t.lang, { instrument: id, subject: { key: 'msg.verify.subject.translation', params: { part, lang: t.lang, ref: `${id}/${p.id}` } }, originKey: `translation:${id}/${p.id}:${t.lang}`, text });
        for (const para of t.text.split(/\n{2,}/)) if (para.trim()) check({ key: 'msg.verify.part.translation' }, para);
        if (t.heading) check({ key: 'msg.verify.part.heading' }, t.heading);
        for (const s of t.path ?? []) if (s.title) check({ key: 'msg.verify.part.title', params: { level: s.level } }, s.title);
      }
      p.children.forEach(visit);
    };
    inst.provisions.forEach(visit);
    const own = inst.meta.languages[0]!;
    for (const r of inst.requirements) {
      for (const [lang, quote] of Object.entries(r.quote)) {
        if (lang === own) continue;
        add(lang, { instrument: id, subject: { key: 'msg.verify.subject.requirementIn', params: { ref: `${id}/${r.provision}#${r.id}`, lang } }, originKey: `requirement:${id}/${r.provision}#${r.id}`, text: quote });
      }
    }
    // Model wording quoted from an official translation (the Convention in the BOE's Spanish) is in that translation's source.
    for (const file of corpus.recommendationFiles) {
      for (const r of file.recommendations) {
        for (const m of r.model) if (m.lang && m.lang !== own && m.ref.startsWith(`${id}/`)) add(m.lang, { instrument: id, subject: { key: 'msg.verify.subject.modelIn', params: { id: r.id, ref: m.ref, lang: m.lang } }, originKey: `recommendation:${r.id}`, text: m.quote });
      }
    }
    for (const [lang, list] of byLang) {
      const recorded = (inst.meta.source.translations ?? []).find((t) => t.lang === lang);
      if (!recorded) {
        report.issues.push({ kind: 'source-missing', instrument: id, ...verifyMessage('msg.verify.noTranslationSource', { id, n: list.length, lang }) });
        continue;
      }
      const { source, issues } = await readSourceFile(id, [recorded], sourcesDir);
      report.issues.push(...issues);
      if (!source) continue;
      report.sources.push({ instrument: id, file: source.file, lang });
      findAll(list, source, corpus, report);
    }
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
