import { loadCorpusData } from '@lexharmony/core';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';

export function validateCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'validate',
    helpWords(y)('cli.help.validate'),
    (a) =>
      a
        .option('corpus', { type: 'string', describe: 'corpora directory (default: the bundled corpus sources, ./corpora)', default: 'corpora' })
        .example('$0 validate', 'check ./corpora')
        .example('$0 validate --corpus ~/my-corpora', 'check your own corpora directory'),
    (argv) => {
      const data = loadCorpusData(argv.corpus);
      const provisions = data.instruments.reduce((n, i) => n + i.provisions.length, 0);
      const requirements = data.instruments.reduce((n, i) => n + i.requirements.length, 0);
      const findings = data.assessments.reduce((n, a) => n + a.findings.length, 0);
      ctx.io.out(
        `${argv.corpus}: valid — ${data.jurisdictions.length} jurisdictions, ${data.instruments.length} instruments, ` +
          `${provisions} provisions, ${requirements} requirements, ${data.assessments.length} assessments (${findings} findings)\n`,
      );
    },
  );
}
