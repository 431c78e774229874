import { loadCorpusData, type CorpusData } from '@lexharmony/core';
import { translator, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';

export function validateCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'validate',
    t('cli.help.validate'),
    (a) =>
      a
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 validate', t('cli.help.validate.ex1'))
        .example('$0 validate --corpus ~/my-corpora', t('cli.help.validate.ex2')),
    (argv) => {
      const choice = ctx.choice(argv.corpus);
      const where = ctx.bundled;
      // A directory is read and checked file by file even when the compiled copy stands for it: validating is reading.
      const dir = choice.kind === 'directory' ? choice.dir : where.kind === 'directory' ? where.path : undefined;
      const tr = translator(argv.lang as Lang);
      const data: CorpusData = dir !== undefined ? loadCorpusData(dir) : ctx.corpus(argv.corpus).data;
      const provisions = data.instruments.reduce((n, i) => n + i.provisions.length, 0);
      const requirements = data.instruments.reduce((n, i) => n + i.requirements.length, 0);
      const findings = data.assessments.reduce((n, a) => n + a.findings.length, 0);
      const shown = choice.kind === 'directory' ? choice.shown : tr.t('msg.validate.bundled');
      const counts = { jurisdictions: data.jurisdictions.length, instruments: data.instruments.length, provisions, requirements, assessments: data.assessments.length, findings };
      ctx.io.out(tr.t(dir === undefined ? 'msg.validate.validCompiled' : 'msg.validate.valid', { shown, ...counts }) + '\n');
    },
  );
}
