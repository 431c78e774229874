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
import { translator, type Lang, type Translator } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';
import { UsageError } from '../exit.js';
import { renderWords } from '../words.js';

export function stampCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'stamp <assessment>',
    t('cli.help.stamp'),
    (a) =>
      a
        .positional('assessment', { type: 'string', demandOption: true, describe: t('cli.help.stamp.assessment') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .option('refresh', { type: 'boolean', default: false, describe: t('cli.help.stamp.refresh') })
        .example('$0 stamp corpora/assessments/MX--coe-ets-185.yaml', t('cli.help.stamp.ex1'))
        .example('$0 stamp corpora/assessments/MX--coe-ets-185.yaml --refresh', t('cli.help.stamp.ex2'))
        .example('$0 stamp corpora/recommendations/MX--coe-ets-185.yaml', t('cli.help.stamp.ex4'))
        .example('$0 stamp corpora/instruments/mx-cpf/provisions.yaml', t('cli.help.stamp.ex3')),
    (argv) => {
      const tr = translator(argv.lang as Lang);
      const file = ctx.userPath(argv.assessment);
      // A recommendations file is stamped against the findings it answers and the texts it names.
      const recommendations = basename(dirname(file)) === 'recommendations';
      const text = readTextFile(file, { maxBytes: LIMITS.assessmentFileBytes, what: recommendations ? 'recommendations file' : 'assessment file' });
      if (/(^|\n)provisions:/.test(text) && !/(^|\n)findings:/.test(text)) return stampTranslations(ctx, tr, argv.assessment, file, text);
      const { corpus, dir } = corpusFor(ctx, file, argv.corpus, recommendations);
      if (recommendations) return stampRecommendationsFile(ctx, tr, argv.assessment, file, text, corpus, argv.refresh);
      const textOf = (ref: string) => corpus.provisions.get(ref)?.provision.text;
      // The report comes first, so that a refused refresh still shows what changed.
      const result = stampAssessment(argv.assessment, text, textOf);
      const color = ctx.io.color && Boolean(process.stdout.isTTY);
      ctx.io.out(reformReport(tr, argv.assessment, corpus, dir, result.changed, color));
      const done = argv.refresh ? stampAssessment(argv.assessment, text, textOf, { refresh: true }) : result;
      // In place by design: the file's mode and a symbolic link to it are kept (writeFileSafely writes through links).
      if (done.modified) writeFileSafely(file, done.text, { force: true });
      sayStamped(ctx, tr, argv.assessment, done, argv.refresh, 'findings');
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
    const read = choice.kind === 'bundled' ? { key: 'msg.validate.bundled' as const } : choice.shown;
    throw new UsageError({ key: 'msg.stamp.otherCorpus', params: { file, home, read } });
  }
  if (choice.kind === 'bundled' || choice.compiled) return { corpus: ctx.corpus(option), dir: choice.kind === 'directory' ? choice.dir : undefined };
  if (choice.note) ctx.io.err(choice.note);
  return { corpus: recommendations ? loadCorpusForRecommendations(choice.dir) : loadCorpusForStamping(choice.dir), dir: choice.dir };
}

/** `stamp recommendations/….yaml`: the hash of each finding answered, target and model wording. */
function stampRecommendationsFile(ctx: Context, tr: Translator, shown: string, file: string, text: string, corpus: Corpus, refresh: boolean): void {
  const done = stampRecommendations(shown, text, corpus, { refresh });
  if (done.modified) writeFileSafely(file, done.text, { force: true });
  sayStamped(ctx, tr, shown, done, refresh, 'recommendations');
}

/** Each hash filled or changed on stderr, the counts on stdout; changed hashes without --refresh end in an error. */
function sayStamped(ctx: Context, tr: Translator, shown: string, done: { filled: StampedCitation[]; changed: StampedCitation[] }, refresh: boolean, what: 'findings' | 'recommendations'): void {
  const say = (c: StampedCitation) => `  ${shown}:${c.line ?? '?'} ${c.requirement} → ${c.ref}`;
  for (const c of done.filled) ctx.io.err(`${tr.t('msg.stamp.filled')}${say(c)}\n`);
  for (const c of done.changed) ctx.io.err(`${tr.t(refresh ? 'msg.stamp.refreshed' : 'msg.stamp.changed')}${say(c)}  (${c.before} → ${c.after})\n`);
  const review = done.changed.length && !refresh ? tr.t(`msg.stamp.review.${what}`) : '';
  ctx.io.out(tr.t('msg.stamp.counts', { file: shown, filled: done.filled.length, changed: done.changed.length, review }) + '\n');
  if (done.changed.length && !refresh) throw new StaleCitationsError(shown, done.changed);
}

/**
 * For each cited provision whose text changed: the word diff from the text the findings were made on
 * (read from git history: the newest committed version with the recorded hash) to the current one,
 * its translations, and every finding that cites it, with whether the finding's quote is still there.
 */
function reformReport(tr: Translator, file: string, corpus: Corpus, dir: string | undefined, changed: StampedCitation[], color: boolean): string {
  if (changed.length === 0) return '';
  const earlier = dir ? earlierTexts(dir, changed.map((c) => ({ ref: c.ref, hash: c.before! }))) : new Map();
  const byRef = new Map<string, StampedCitation[]>();
  for (const c of changed) (byRef.get(c.ref) ?? byRef.set(c.ref, []).get(c.ref)!).push(c);
  const lines: string[] = [];
  for (const [ref, citations] of byRef) {
    const entry = corpus.provisions.get(ref)!;
    lines.push(tr.t('msg.stamp.report.changed', { ref }));
    for (const before of new Set(citations.map((c) => c.before!))) {
      const old = earlier.get(earlierKey(ref, before));
      if (old) lines.push('  ' + tr.t('msg.stamp.report.from', { file: old.file, revision: old.revision, subject: old.subject }), `  ${renderWords(wordDiff(old.text, entry.provision.text), { color })}`);
      else lines.push('  ' + tr.t(dir ? 'msg.stamp.report.notInGit' : 'msg.stamp.report.notInGitBundled', { hash: before, text: entry.provision.text }));
    }
    for (const t of entry.provision.translations) {
      const state = t.of === undefined ? 'msg.stamp.report.noOf' : translationStale(entry.provision, t) ? 'msg.stamp.report.staleTranslation' : 'msg.stamp.report.currentTranslation';
      lines.push('  ' + tr.t('msg.stamp.report.translation', { lang: t.lang, kind: { key: t.official ? 'msg.stamp.report.official' : 'msg.stamp.report.unofficial' }, state: { key: state } }));
    }
    lines.push('  ' + tr.t('msg.stamp.report.citedBy'));
    for (const c of citations) {
      const label = corpus.requirements.get(c.requirement)?.label;
      lines.push(`    ${file}:${c.line ?? '?'}  ${c.requirement}${label ? ` “${pickText(label, tr.lang)}”` : ''}`);
      if (c.quote !== undefined) lines.push('      ' + tr.t(c.quoteInText ? 'msg.stamp.report.quoteKept' : 'msg.stamp.report.quoteGone', { quote: c.quote }));
    }
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

/** `stamp provisions.yaml`: record the text hash each unofficial translation translates; list those of an earlier text. */
function stampTranslations(ctx: Context, tr: Translator, shown: string, file: string, text: string): void {
  const result = stampProvisions(shown, text);
  if (result.modified) writeFileSafely(file, result.text, { force: true });
  for (const t of result.stale) ctx.io.err(tr.t('msg.stamp.staleTranslation', { where: `${shown}:${t.line ?? '?'}`, ref: t.ref, lang: t.lang, of: t.of, current: t.current }) + '\n');
  ctx.io.out(tr.t('msg.stamp.translationCounts', { file: shown, filled: result.filled.length, stale: result.stale.length }) + '\n');
}

/** Cited provisions whose text changed since the findings were made: the findings need review. */
export class StaleCitationsError extends LexharmonyError {
  override name = 'StaleCitationsError' as const;
  readonly file: string;
  readonly citations: StampedCitation[];
  constructor(file: string, citations: StampedCitation[]) {
    super('STALE_CITATIONS', { key: 'msg.stamp.stale', params: { file, n: citations.length } });
    this.file = file;
    this.citations = citations;
  }
}
