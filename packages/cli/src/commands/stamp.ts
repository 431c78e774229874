import { basename, dirname } from 'node:path';
import { LexharmonyError, LIMITS, loadCorpusForStamping, readTextFile, stampAssessment, writeFileSafely, type StampedCitation } from '@lexharmony/core';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';

export function stampCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'stamp <assessment>',
    helpWords(y)('cli.help.stamp'),
    (a) =>
      a
        .positional('assessment', { type: 'string', demandOption: true, describe: 'an assessment file, e.g. corpora/assessments/MX--coe-ets-185.yaml' })
        .option('corpus', { type: 'string', describe: 'corpora directory holding the cited provisions (default: the one the file sits in, else ./corpora)' })
        .option('refresh', { type: 'boolean', default: false, describe: 'rewrite hashes whose provision text changed (after reviewing those findings)' })
        .example('$0 stamp corpora/assessments/MX--coe-ets-185.yaml', 'fill missing hashes; list citations whose text changed')
        .example('$0 stamp corpora/assessments/MX--coe-ets-185.yaml --refresh', 'also rewrite the changed hashes'),
    (argv) => {
      const file = argv.assessment;
      const corpusDir = argv.corpus ?? (basename(dirname(file)) === 'assessments' ? dirname(dirname(file)) : 'corpora');
      const text = readTextFile(file, { maxBytes: LIMITS.assessmentFileBytes, what: 'assessment file' });
      const corpus = loadCorpusForStamping(corpusDir);
      const result = stampAssessment(file, text, (ref) => corpus.provisions.get(ref)?.provision.text, { refresh: argv.refresh });
      // In place by design: the file's mode and a symbolic link to it are kept (writeFileSafely writes through links).
      if (result.modified) writeFileSafely(file, result.text, { force: true });
      const say = (c: StampedCitation) => `  ${file}:${c.line ?? '?'} ${c.requirement} → ${c.ref}`;
      for (const c of result.filled) ctx.io.err(`filled${say(c)}\n`);
      for (const c of result.changed) ctx.io.err(`${argv.refresh ? 'refreshed' : 'changed'}${say(c)}  (${c.before} → ${c.after})\n`);
      ctx.io.out(
        `${file}: ${result.filled.length} hash(es) filled, ${result.changed.length} changed` +
          (result.changed.length && !argv.refresh ? ' (review those findings, then run again with --refresh)' : '') +
          '\n',
      );
      if (result.changed.length && !argv.refresh) throw new StaleCitationsError(file, result.changed);
    },
  );
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
