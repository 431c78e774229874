import { loadCorpusData, type CorpusData } from '@lexharmony/core';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { helpWords } from '../lang.js';

export function validateCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'validate',
    helpWords(y)('cli.help.validate'),
    (a) =>
      a
        .option('corpus', CORPUS_OPTION)
        .example('$0 validate', 'check ./corpora')
        .example('$0 validate --corpus ~/my-corpora', 'check your own corpora directory'),
    (argv) => {
      const choice = ctx.choice(argv.corpus);
      const where = ctx.bundled;
      // A directory is read and checked file by file even when the compiled copy stands for it: validating is reading.
      const dir = choice.kind === 'directory' ? choice.dir : where.kind === 'directory' ? where.path : undefined;
      const shown = choice.kind === 'directory' ? choice.shown : 'the bundled corpus';
      const data: CorpusData = dir !== undefined ? loadCorpusData(dir) : ctx.corpus(argv.corpus).data;
      const provisions = data.instruments.reduce((n, i) => n + i.provisions.length, 0);
      const requirements = data.instruments.reduce((n, i) => n + i.requirements.length, 0);
      const findings = data.assessments.reduce((n, a) => n + a.findings.length, 0);
      ctx.io.out(
        `${shown}: valid${dir === undefined ? ' (checked when it was compiled; no ./corpora here to read)' : ''} — ${data.jurisdictions.length} jurisdictions, ${data.instruments.length} instruments, ` +
          `${provisions} provisions, ${requirements} requirements, ${data.assessments.length} assessments (${findings} findings)\n`,
      );
    },
  );
}
