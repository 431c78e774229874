import { renderText, strategyMatrix, type Lang } from '@lexharmony/core';
import { renderDocument, strategyDocument } from '@lexharmony/core/export';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { writeOutput } from '../write-output.js';

const STRATEGY_FORMATS = ['text', 'json', 'md', 'html', 'csv', 'xlsx', 'docx'] as const;
type StrategyFormat = (typeof STRATEGY_FORMATS)[number];

/**
 * `lexharmony strategies`: the national cybersecurity strategies (the ENCS first, then the strategies
 * Mexico named as studied, then the candidates) against the ncss taxonomy or the Budapest Convention,
 * each cell the quoted evidence. Policy, not law: nothing here is a legal finding.
 */
export function strategiesCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'strategies',
    'Compare the national cybersecurity strategies by taxonomy area or against the Budapest Convention, with quoted evidence',
    (a) =>
      a
        .option('against', { type: 'string', describe: 'reference instrument for the rows, e.g. coe-ets-185' })
        .option('taxonomy', { type: 'string', describe: 'taxonomy for the rows (default: ncss)' })
        .option('format', { choices: STRATEGY_FORMATS, describe: 'output format (default: from --out, else text)' })
        .option('out', { type: 'string', describe: 'file to write (default: stdout; required for xlsx)' })
        .option('table', { choices: ['evidence', 'strategies', 'matrix'] as const, describe: 'csv only: one record per quote (default), per strategy, or the counts' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the output file if it exists' })
        .option('date', { type: 'string', describe: 'date stamped on the output, YYYY-MM-DD (default: today)' })
        .option('corpus', CORPUS_OPTION)
        .example('$0 strategies', 'a terminal summary by taxonomy area')
        .example('$0 strategies --against coe-ets-185', 'the strategies against the parts of the Budapest Convention')
        .example('$0 strategies --format html --out strategies.html', 'one standalone web page'),
    async (argv) => {
      if (argv.against !== undefined && argv.taxonomy !== undefined) throw new UsageError('give --against or --taxonomy, not both');
      const fromOut = argv.out === undefined ? undefined : formatOf(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError(`--out ${argv.out} names a .${fromOut} file but --format is ${argv.format}`);
      const format: StrategyFormat = argv.format ?? fromOut ?? 'text';
      if (argv.table && format !== 'csv') throw new UsageError(`--table applies to csv only, and the format is ${format}`);
      if ((format === 'xlsx' || format === 'docx') && argv.out === undefined) throw new UsageError(`${format} needs --out FILE`);
      if (argv.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(argv.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${argv.date}"`);
      const corpus = ctx.corpus(argv.corpus);
      const by = argv.against !== undefined ? { against: argv.against } : { taxonomy: argv.taxonomy ?? 'ncss' };
      const matrix = strategyMatrix(corpus, { ...by, date: argv.date });
      const lang = argv.lang as Lang;
      // The matrix JSON is the canonical data; every other file format renders the strategy document.
      const data = async () => (format === 'text' ? renderText(matrix) : format === 'json' ? JSON.stringify(matrix, null, 2) + '\n' : renderDocument(strategyDocument(matrix, { lang }), format, { table: argv.table ?? 'evidence' }));
      if (argv.out === undefined) ctx.io.out(String(await data()));
      else await writeOutput(ctx, { path: userPath(argv.out), format, force: argv.force, lang, data });
    },
  );
}

const EXT: Record<string, StrategyFormat> = { json: 'json', md: 'md', markdown: 'md', html: 'html', htm: 'html', csv: 'csv', xlsx: 'xlsx', docx: 'docx', txt: 'text' };

function formatOf(path: string): StrategyFormat {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext ? EXT[ext] : undefined;
  if (!f) throw new UsageError(`cannot tell the format of "${path}" from its extension; use .json, .md, .html, .csv, .xlsx, .docx or --format`);
  return f;
}
