/**
 * The compiled corpus, as the build writes it into `packages/core/data/` and the CLI reads it:
 *
 *   corpus.json            the corpus data without provisions, findings and origins, with its digest
 *   provisions/<id>.json   each instrument's provisions, and the text hash of each and of its translations (depth first)
 *   assessments/<n>.json   each assessment file but its jurisdiction and references (which corpus.json holds),
 *                          and the fingerprint of each finding (what recommendations record, ../recommend/fingerprint.ts)
 *   assessments/<n>.prose.json  the rationale and reviews of each of its findings
 *   origins.json           where each record was read (for messages only)
 *   source.json            the corpora files it was compiled from (see ./fingerprint.ts)
 *
 * Provisions, assessments and origins are read the first time they are asked for: a gap matrix of
 * Mexico reads the reference treaties, the laws it cites and Mexico's assessment, not the strategies
 * or other countries' codes and assessments. The
 * text hashes and finding fingerprints are the build's, so that a matrix need not hash (nor load node:crypto)
 * to tell stale findings and recommendations.
 *
 * The files are ASCII: every other character is written as a JSON escape (\u00e1). Reading ASCII
 * skips the UTF-8 decoding of a Spanish text, which costs as much as parsing it (see `readJson`).
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { provisionHash } from '../model/hash.js';
import { findingHash } from '../recommend/fingerprint.js';
import { FINDING_HASHES, LAYOUT, readCompiledFiles } from './compiled-data.js';
import type { Provision } from '../model/types.js';
import { walk } from './corpus.js';
import { corpusDigest } from './digest.js';
import type { CorpusData } from './data.js';
import type { CorpusFingerprint } from './fingerprint.js';

/** Write the compiled corpus into `dir` (replacing an earlier one). */
export function writeCompiledCorpus(dir: string, data: CorpusData, source: CorpusFingerprint): void {
  for (const sub of ['provisions', 'assessments']) {
    rmSync(join(dir, sub), { recursive: true, force: true });
    mkdirSync(join(dir, sub), { recursive: true });
  }
  const { origins, ...rest } = data;
  for (const inst of data.instruments) {
    const hashes: string[] = [];
    // Per provision, the hashes of its translations (0 for none: most national provisions have one, many treaty ones two).
    const translationHashes: (string[] | 0)[] = [];
    for (const p of inst.provisions) {
      walk(p, (x) => {
        hashes.push(provisionHash(x));
        translationHashes.push(x.translations.length ? x.translations.map((t) => provisionHash(t)) : 0);
      });
    }
    writeFileSync(join(dir, 'provisions', `${inst.meta.id}.json`), asciiJson({ provisions: inst.provisions, hashes, translationHashes }));
  }
  const instruments = data.instruments.map(({ provisions: _provisions, ...inst }) => inst);
  // What tells which assessment is which stays in corpus.json; the rest of each is a file of its own.
  const fields: string[][] = [];
  const assessments = data.assessments.map(({ jurisdiction, reference, alsoCovers, ...body }, i) => {
    // Each finding's prose (its rationale and reviews, about half the file) goes in a file of its own, read when
    // first asked for: the summary on screen prints none of it. The 0s keep each finding's keys in their order.
    const findings = body.findings.map((f) => ({ ...f, rationale: 0, reviews: 0 }));
    writeFileSync(join(dir, 'assessments', `${i}.json`), asciiJson({ ...body, findings, [FINDING_HASHES]: body.findings.map((f) => findingHash(f)) }));
    writeFileSync(join(dir, 'assessments', `${i}.prose.json`), asciiJson(body.findings.map((f) => [f.rationale, f.reviews])));
    fields.push(Object.keys(body));
    return { jurisdiction, reference, alsoCovers };
  });
  // The digest goes with the data: the gap matrix stamps it, and the CLI need not hash the whole corpus at each run.
  writeFileSync(join(dir, 'corpus.json'), asciiJson({ ...rest, instruments, assessments, digest: corpusDigest(data), [LAYOUT]: { assessmentFields: fields } }));
  writeFileSync(join(dir, 'origins.json'), asciiJson(origins));
  writeFileSync(join(dir, 'source.json'), asciiJson(source));
}

/** JSON with every character outside printable ASCII escaped: the same value, in bytes that need no UTF-8 decoding. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * A JSON file of the compiled corpus. ASCII bytes (what the build writes) are read as Latin-1, a
 * copy; anything else (a file written by an earlier build) is decoded as UTF-8, so either reads right.
 */
function readJson(path: string): unknown {
  const bytes = readFileSync(path);
  return JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));
}

/** The files the compiled corpus in `dir` was compiled from, or undefined when it records none. */
export function readCompiledSource(dir: string): CorpusFingerprint | undefined {
  try {
    return readJson(join(dir, 'source.json')) as CorpusFingerprint;
  } catch {
    return undefined;
  }
}

/** The compiled corpus in `dir` as corpus data; each instrument's provisions, and the origins, read on first use. */
export function readCompiledCorpus(dir: string): CorpusData {
  return readCompiledFiles((file) => readJson(join(dir, file)));
}
