import { basename, dirname, join } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import {
  earlierKey,
  earlierTexts,
  LexharmonyError,
  LIMITS,
  loadCorpusForRecommendations,
  loadCorpusForStamping,
  pickText,
  readTextFile,
  stampAssessment,
  stampProvisions,
  stampRecommendations,
  translationStale,
  wordDiff,
  writeFileSafely,
  type Corpus,
  type StampedCitation,
} from '@lexharmony/core';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { helpWords } from '../lang.js';
import { UsageError } from '../exit.js';
import { renderWords } from '../words.js';

export function stampCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'stamp <assessment>',
    helpWords(y)('cli.help.stamp'),
    (a) =>
      a
        .positional('assessment', { type: 'string', demandOption: true, describe: 'an assessment file (corpora/assessments/MX--coe-ets-185.yaml), a recommendations file (corpora/recommendations/…), or a provisions file (fills its translations\' `of`)' })
        .option('corpus', CORPUS_OPTION)
        .option('refresh', { type: 'boolean', default: false, describe: 'rewrite hashes whose provision text changed (after reviewing those findings); refused while a quote is gone from its text' })
        .example('$0 stamp corpora/assessments/MX--coe-ets-185.yaml', 'fill missing hashes; show each changed provision as a word diff, with the findings that cite it')
        .example('$0 stamp corpora/assessments/MX--coe-ets-185.yaml --refresh', 'after review: record the new hashes')
        .example('$0 stamp corpora/recommendations/MX--coe-ets-185.yaml', 'the same for recommendations: findings answered, targets, model wording')
        .example('$0 stamp corpora/instruments/mx-cpf/provisions.yaml', 'record the text hash each unofficial translation translates'),
    (argv) => {
      const file = ctx.userPath(argv.assessment);
      // A recommendations file is stamped against the findings it answers and the texts it names.
      const recommendations = basename(dirname(file)) === 'recommendations';
      const text = readTextFile(file, { maxBytes: LIMITS.assessmentFileBytes, what: recommendations ? 'recommendations file' : 'assessment file' });
      if (/(^|\n)provisions:/.test(text) && !/(^|\n)findings:/.test(text)) return stampTranslations(ctx, argv.assessment, file, text);
      const { corpus, dir } = corpusFor(ctx, file, argv.corpus, recommendations);
      if (recommendations) return stampRecommendationsFile(ctx, argv.assessment, file, text, corpus, argv.refresh);
      const textOf = (ref: string) => corpus.provisions.get(ref)?.provision.text;
      // The report comes first, so that a refused refresh still shows what changed.
      const result = stampAssessment(argv.assessment, text, textOf);
      const color = ctx.io.color && Boolean(process.stdout.isTTY);
      ctx.io.out(reformReport(argv.assessment, corpus, dir, result.changed, color));
      const done = argv.refresh ? stampAssessment(argv.assessment, text, textOf, { refresh: true }) : result;
      // In place by design: the file's mode and a symbolic link to it are kept (writeFileSafely writes through links).
      if (done.modified) writeFileSafely(file, done.text, { force: true });
      const say = (c: StampedCitation) => `  ${argv.assessment}:${c.line ?? '?'} ${c.requirement} → ${c.ref}`;
      for (const c of done.filled) ctx.io.err(`filled${say(c)}\n`);
      for (const c of done.changed) ctx.io.err(`${argv.refresh ? 'refreshed' : 'changed'}${say(c)}  (${c.before} → ${c.after})\n`);
      ctx.io.out(
        `${argv.assessment}: ${done.filled.length} hash(es) filled, ${done.changed.length} changed` +
          (done.changed.length && !argv.refresh ? ' (review those findings, then run again with --refresh)' : '') +
          '\n',
      );
      if (done.changed.length && !argv.refresh) throw new StaleCitationsError(argv.assessment, done.changed);
    },
  );
}

/**
 * The corpus holding the cited provisions, by the corpus rule; an assessment that sits in another
 * corpora directory than the one the rule picks is refused (its citations would be checked against
 * the wrong texts). The assessments of a directory read as YAML are left out: their hashes are what is stamped.
 */
function corpusFor(ctx: Context, file: string, option: string | undefined, recommendations: boolean): { corpus: Corpus; dir: string | undefined } {
  const choice = ctx.choice(option);
  const home = dirname(dirname(file));
  const sitsInCorpora = ['assessments', 'recommendations'].includes(basename(dirname(file))) && existsSync(join(home, 'jurisdictions.yaml'));
  if (sitsInCorpora && (choice.kind === 'bundled' || realpathSync(home) !== realpathSync(choice.dir))) {
    const read = choice.kind === 'bundled' ? 'the bundled corpus' : choice.shown;
    throw new UsageError(`${file} belongs to the corpora directory ${home}, but the corpus read is ${read}: run from the directory holding it, or pass --corpus ${home}`);
  }
  if (choice.kind === 'bundled' || choice.compiled) return { corpus: ctx.corpus(option), dir: choice.kind === 'directory' ? choice.dir : undefined };
  if (choice.note) ctx.io.err(choice.note);
  return { corpus: recommendations ? loadCorpusForRecommendations(choice.dir) : loadCorpusForStamping(choice.dir), dir: choice.dir };
}

/** `stamp recommendations/….yaml`: the hash of each finding answered, target and model wording. */
function stampRecommendationsFile(ctx: Context, shown: string, file: string, text: string, corpus: Corpus, refresh: boolean): void {
  const done = stampRecommendations(shown, text, corpus, { refresh });
  if (done.modified) writeFileSafely(file, done.text, { force: true });
  const say = (c: StampedCitation) => `  ${shown}:${c.line ?? '?'} ${c.requirement} → ${c.ref}`;
  for (const c of done.filled) ctx.io.err(`filled${say(c)}\n`);
  for (const c of done.changed) ctx.io.err(`${refresh ? 'refreshed' : 'changed'}${say(c)}  (${c.before} → ${c.after})\n`);
  ctx.io.out(
    `${shown}: ${done.filled.length} hash(es) filled, ${done.changed.length} changed` + (done.changed.length && !refresh ? ' (review those recommendations, then run again with --refresh)' : '') + '\n',
  );
  if (done.changed.length && !refresh) throw new StaleCitationsError(shown, done.changed);
}

/**
 * For each cited provision whose text changed: the word diff from the text the findings were made on
 * (read from git history: the newest committed version with the recorded hash) to the current one,
 * its translations, and every finding that cites it, with whether the finding's quote is still there.
 */
function reformReport(file: string, corpus: Corpus, dir: string | undefined, changed: StampedCitation[], color: boolean): string {
  if (changed.length === 0) return '';
  const earlier = dir ? earlierTexts(dir, changed.map((c) => ({ ref: c.ref, hash: c.before! }))) : new Map();
  const byRef = new Map<string, StampedCitation[]>();
  for (const c of changed) (byRef.get(c.ref) ?? byRef.set(c.ref, []).get(c.ref)!).push(c);
  const lines: string[] = [];
  for (const [ref, citations] of byRef) {
    const entry = corpus.provisions.get(ref)!;
    lines.push(`${ref} changed since its findings were made`);
    for (const before of new Set(citations.map((c) => c.before!))) {
      const old = earlier.get(earlierKey(ref, before));
      if (old) lines.push(`  from the text of ${old.file} at commit ${old.revision} (“${old.subject}”):`, `  ${renderWords(wordDiff(old.text, entry.provision.text), { color })}`);
      else lines.push(`  the text it had (${before}) is not in the git history of ${dir ? 'the corpus' : 'the bundled corpus (not in git)'}; it now reads: “${entry.provision.text}”`);
    }
    for (const t of entry.provision.translations) {
      const state = t.of === undefined ? 'records no `of`: cannot tell' : translationStale(entry.provision, t) ? 'a translation of the earlier text: revise it' : 'of the current text';
      lines.push(`  translation (${t.lang}, ${t.official ? 'official' : 'unofficial'}): ${state}`);
    }
    lines.push('  cited by:');
    for (const c of citations) {
      const label = corpus.requirements.get(c.requirement)?.label;
      lines.push(`    ${file}:${c.line ?? '?'}  ${c.requirement}${label ? ` “${pickText(label, 'en')}”` : ''}`);
      if (c.quote !== undefined) lines.push(`      quote “${c.quote}”: ${c.quoteInText ? 'still in the text' : 'not in the new text (edit the finding before --refresh)'}`);
    }
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

/** `stamp provisions.yaml`: record the text hash each unofficial translation translates; list those of an earlier text. */
function stampTranslations(ctx: Context, shown: string, file: string, text: string): void {
  const result = stampProvisions(shown, text);
  if (result.modified) writeFileSafely(file, result.text, { force: true });
  for (const t of result.stale) ctx.io.err(`stale  ${shown}:${t.line ?? '?'} ${t.ref} (${t.lang}): a translation of an earlier text (of ${t.of}, text now ${t.current}); revise it and remove its \`of\`\n`);
  ctx.io.out(`${shown}: ${result.filled.length} translation hash(es) filled, ${result.stale.length} translation(s) of an earlier text\n`);
}

/** Cited provisions whose text changed since the findings were made: the findings need review. */
export class StaleCitationsError extends LexharmonyError {
  override name = 'StaleCitationsError' as const;
  readonly file: string;
  readonly citations: StampedCitation[];
  constructor(file: string, citations: StampedCitation[]) {
    super('STALE_CITATIONS', `${file}: ${citations.length} cited provision(s) changed since their findings were made (listed above); review them, then run again with --refresh`);
    this.file = file;
    this.citations = citations;
  }
}
