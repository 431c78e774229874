/**
 * Stamping a recommendations file, as `stampAssessment` stamps findings: each answered finding
 * records the finding's fingerprint, each target provision and each model wording the hash of its
 * text, so that a later change marks the recommendation stale. Missing hashes are filled; with
 * `refresh`, changed ones are rewritten. Edits are spliced into the original text (comments and
 * layout stay as they were).
 */
import { resolve } from 'node:path';
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { assemble } from '../corpus/assemble.js';
import { Corpus } from '../corpus/corpus.js';
import { readCorpusFiles } from '../corpus/read.js';
import { insertHash, parseForStamping, quotesGoneError, replaceHash, type Edit, type StampedCitation, type StampOptions, type StampResult } from '../corpus/stamp.js';
import { normalizeText } from '../model/hash.js';
import { CorpusError, says, type Issue } from '../errors.js';
import type { Finding } from '../model/types.js';
import { findingHash } from './fingerprint.js';
import { wordingHash, wordingText } from './wording.js';

/**
 * Fill (and with `refresh`, rewrite) the hashes of a recommendations file's text against `corpus`
 * (which must hold the assessment the file answers). Each entry's `requirement` names the
 * recommendation and the field (`MX-4-data answers`), its `ref` the finding, target or model.
 * Throws `CorpusError` (nothing changed) when the file is not YAML or names what the corpus lacks.
 */
export function stampRecommendations(file: string, text: string, corpus: Corpus, options: StampOptions = {}): StampResult {
  const { doc, lineOf } = parseForStamping(file, text, 'recommendations');
  const recs = doc.get('recommendations', true);
  if (!isSeq(recs)) throw new CorpusError([{ code: 'SCHEMA', file, line: lineOf(doc.contents) ?? 1, field: 'recommendations', ...says('msg.recStamp.noList', {}, 'msg.recStamp.noList.expected') }]);
  const jurisdiction = String(doc.get('jurisdiction') ?? '');
  const reference = String(doc.get('reference') ?? '');
  const findings = new Map<string, Finding>();
  for (const f of corpus.assessmentFor(jurisdiction, reference)?.findings ?? []) findings.set(f.requirement, f);

  const issues: (Issue & { code: 'SCHEMA' | 'UNKNOWN_REFERENCE' })[] = [];
  const filled: StampedCitation[] = [];
  const changed: StampedCitation[] = [];
  const quotesGone: StampedCitation[] = [];
  const edits: Edit[] = [];
  recs.items.forEach((rec, i) => {
    if (!isMap(rec)) return;
    const id = String(rec.get('id') ?? `recommendations[${i}]`);
    const stampList = (field: 'answers' | 'targets' | 'model', key: string, current: (item: YAMLMap, ref: string) => string | undefined | null) => {
      const list = rec.get(field, true);
      if (list === undefined) return;
      if (!isSeq(list)) return issues.push({ code: 'SCHEMA', file, line: lineOf(list), field: `recommendations[${i}].${field}`, ...says('msg.recStamp.notList', { field }, 'msg.recStamp.notList.expected') });
      list.items.forEach((item, k) => {
        const where = `recommendations[${i}].${field}[${k}]`;
        if (!isMap(item)) return issues.push({ code: 'SCHEMA', file, line: lineOf(item), field: where, ...says('msg.recStamp.notMapping', { key }, 'msg.recStamp.notMapping.expected') });
        const ref = item.get(key);
        if (typeof ref !== 'string') return issues.push({ code: 'SCHEMA', file, line: lineOf(item), field: `${where}.${key}`, ...says('msg.recStamp.missing', { key }, 'msg.recStamp.missing.expected') });
        const after = current(item, ref);
        if (after === null) return; // nothing to hash (a structure)
        if (after === undefined) return issues.push({ code: 'UNKNOWN_REFERENCE', file, line: lineOf(item), field: `${where}.${key}`, ...says(
            field === 'answers' ? 'msg.recStamp.noFinding' : field === 'model' && item.get('lang') ? 'msg.recStamp.unknownIn' : 'msg.unknown.provision',
            { code: jurisdiction, value: ref, lang: String(item.get('lang')) },
            field === 'answers' ? 'msg.rec.noFinding.expected' : 'msg.recStamp.provision',
          ),
        });
        const node = item.get('hash', true);
        const before = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
        // A model wording's quote must still be in the text it quotes.
        const quoteNode = field === 'model' ? item.get('quote', true) : undefined;
        const quote = isScalar(quoteNode) && typeof quoteNode.value === 'string' ? quoteNode.value : undefined;
        const wording = quote === undefined ? undefined : wordingText(corpus, ref, typeof item.get('lang') === 'string' ? String(item.get('lang')) : undefined);
        const quoted = quote !== undefined && wording ? { quote, quoteLine: lineOf(quoteNode), quoteInText: normalizeText(wording.text).includes(normalizeText(quote)) } : {};
        const entry: StampedCitation = { finding: i, citation: k, requirement: `${id} ${field}`, ref, line: lineOf(item), before, after, ...quoted };
        if (quoted.quoteInText === false) quotesGone.push(entry);
        if (before === undefined) {
          edits.push(insertHash(text, item, after, key));
          filled.push(entry);
        } else if (before !== after) {
          changed.push(entry);
          if (options.refresh) edits.push(replaceHash(node, after));
        }
      });
    };
    stampList('answers', 'requirement', (_, ref) => {
      const f = findings.get(ref);
      return f && findingHash(f);
    });
    stampList('targets', 'ref', (_, ref) => {
      const e = corpus.provisions.get(ref);
      return e ? wordingHash(wordingText(corpus, ref)!) : corpus.structure(ref) ? null : undefined;
    });
    stampList('model', 'ref', (item, ref) => {
      const w = wordingText(corpus, ref, typeof item.get('lang') === 'string' ? String(item.get('lang')) : undefined);
      return w && wordingHash(w);
    });
  });
  if (issues.length > 0) throw new CorpusError(issues);
  if (options.refresh && quotesGone.length > 0) {
    // A refresh says "these recommendations were reviewed against the new text"; a model quote the text no longer holds says they were not.
    throw quotesGoneError(file, quotesGone, (c, quote) => ({
      field: `recommendations[${c.finding}].model[${c.citation}].quote`,
      ...says('msg.recStamp.quoteGone', { what: c.requirement, quote, ref: c.ref }, 'msg.recStamp.quoteGone.expected'),
    }));
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return { text: out, filled, changed, quotesGone, modified: out !== text };
}

/** The corpus a recommendations file is stamped against: every file read and checked except the recommendations (whose hashes are what is being filled). */
export function loadCorpusForRecommendations(dir: string): Corpus {
  const { files, issues } = readCorpusFiles(resolve(dir));
  const notRecommendations = (f: string | undefined) => !f?.startsWith('recommendations/');
  return new Corpus(assemble(files.filter((f) => f.kind !== 'recommendations'), issues.filter((i) => notRecommendations(i.file))));
}
