import { renderStrategySummary, strategyMatrix, type Lang } from '@lexharmony/core';
import { renderDocument, strategyDocument } from '@lexharmony/core/export';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { writeOutput } from '../write-output.js';
import { helpWords } from '../lang.js';

const STRATEGY_FORMATS = ['text', 'json', 'md', 'html', 'csv', 'xlsx', 'docx'] as const;
type StrategyFormat = (typeof STRATEGY_FORMATS)[number];

/**
 * `lexharmony strategies`: the national cybersecurity strategies (the ENCS first, then the strategies
 * Mexico named as studied, then the candidates) against the ncss taxonomy or the Budapest Convention,
 * each cell the quoted evidence. Policy, not law: nothing here is a legal finding.
 */
export function strategiesCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'strategies',
    t('cli.help.strategies'),
    (a) =>
      a
        .option('against', { type: 'string', describe: t('cli.help.strategies.against') })
        .option('taxonomy', { type: 'string', describe: t('cli.help.strategies.taxonomy') })
        .option('format', { choices: STRATEGY_FORMATS, describe: t('cli.help.strategies.format') })
        .option('out', { type: 'string', describe: t('cli.help.strategies.out') })
        .option('table', { choices: ['evidence', 'strategies', 'matrix'] as const, describe: t('cli.help.strategies.table') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.opt.force') })
        .option('date', { type: 'string', describe: t('cli.help.opt.date') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 strategies', t('cli.help.strategies.ex1'))
        .example('$0 strategies --against coe-ets-185', t('cli.help.strategies.ex2'))
        .example('$0 strategies --format html --out strategies.html', t('cli.help.strategies.ex3')),
    async (argv) => {
      if (argv.against !== undefined && argv.taxonomy !== undefined) throw new UsageError({ key: 'cli.againstOrTaxonomy' });
      const fromOut = argv.out === undefined ? undefined : formatOf(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError({ key: 'cli.outVsFormat', params: { out: argv.out, ext: fromOut, format: argv.format } });
      const format: StrategyFormat = argv.format ?? fromOut ?? 'text';
      if (argv.table && format !== 'csv') throw new UsageError({ key: 'cli.tableCsvOnly', params: { format } });
      if ((format === 'xlsx' || format === 'docx') && argv.out === undefined) throw new UsageError({ key: 'cli.needsOut', params: { format } });
      if (argv.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(argv.date)) throw new UsageError({ key: 'cli.badDate', params: { value: JSON.stringify(argv.date) } });
      const corpus = ctx.corpus(argv.corpus);
      const by = argv.against !== undefined ? { against: argv.against } : { taxonomy: argv.taxonomy ?? 'ncss' };
      const matrix = strategyMatrix(corpus, { ...by, date: argv.date });
      const lang = argv.lang as Lang;
      // The matrix JSON is the canonical data; every other file format renders the strategy document.
      const data = async () => (format === 'text' ? renderStrategySummary(matrix, lang) : format === 'json' ? JSON.stringify(matrix, null, 2) + '\n' : renderDocument(strategyDocument(matrix, { lang }), format, { table: argv.table ?? 'evidence' }));
      if (argv.out === undefined) ctx.io.out(String(await data()));
      else await writeOutput(ctx, { path: userPath(argv.out), format, force: argv.force, lang, data });
    },
  );
}

const EXT: Record<string, StrategyFormat> = { json: 'json', md: 'md', markdown: 'md', html: 'html', htm: 'html', csv: 'csv', xlsx: 'xlsx', docx: 'docx', txt: 'text' };

function formatOf(path: string): StrategyFormat {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext ? EXT[ext] : undefined;
  if (!f) throw new UsageError({ key: 'cli.unknownExtension', params: { file: path, expected: '.json, .md, .html, .csv, .xlsx, .docx, .txt' } });
  return f;
}
