import { gapMatrix, translator, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';
import { UsageError } from '../exit.js';
import { writeOutput } from '../write-output.js';

const FORMATS = ['docx', 'xlsx', 'html', 'md', 'csv', 'json'] as const;
type RecommendFormat = (typeof FORMATS)[number];
/** Formats that can go to a terminal or a pipe; docx and xlsx need a file. */
const TEXT_FORMATS: readonly RecommendFormat[] = ['md', 'html', 'csv', 'json'];

/**
 * `lexharmony recommend MX`: what would close each gap, by priority, then each article's
 * recommendations in full with their model wording quoted and the status each would bring
 * (projected, never current law). On screen as Markdown; --out writes any format.
 */
export function recommendCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'recommend <jurisdiction>',
    t('rec.help.recommend'),
    (a) =>
      a
        .positional('jurisdiction', { type: 'string', demandOption: true, describe: t('cli.help.opt.jurisdiction') })
        .option('against', { type: 'string', array: true, describe: t('cli.help.opt.against') })
        .option('format', { choices: FORMATS, describe: t('rec.help.format') })
        .option('out', { type: 'string', describe: t('rec.help.out') })
        .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: t('cli.help.report.paper') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.opt.force') })
        .option('date', { type: 'string', describe: t('cli.help.opt.date') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 recommend MX --lang es', t('rec.help.ex1'))
        .example('$0 recommend MX --lang es --out que-legislar.docx', t('rec.help.ex2'))
        .example('$0 recommend MX --format json', t('rec.help.ex3')),
    async (argv) => {
      const lang = argv.lang as Lang;
      const jurisdiction = argv.jurisdiction.toUpperCase();
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError({ key: 'cli.outVsFormat', params: { out: argv.out, ext: fromOut, format: argv.format } });
      const format: RecommendFormat = argv.format ?? fromOut ?? 'md';
      if (argv.out === undefined && !TEXT_FORMATS.includes(format)) throw new UsageError({ key: 'rec.formatNeedsOut', params: { format } });
      const corpus = ctx.corpus(argv.corpus);
      const matrix = gapMatrix(corpus, { jurisdictions: [jurisdiction], references: argv.against, date: argv.date });
      const { recommendationsDocument, renderDocument } = await import('@lexharmony/core/export');
      const doc = recommendationsDocument(matrix, { lang, paper: argv.paper });
      if (argv.out === undefined) {
        const out = await renderDocument(doc, format, format === 'csv' ? { table: 'recommendations' } : {});
        ctx.io.out(typeof out === 'string' ? out : new TextDecoder().decode(out));
        return;
      }
      const path = ctx.userPath(argv.out);
      const wrote = translator(lang).t('rec.term.wrote', { file: path, format, n: matrix.recommendations?.length ?? 0 });
      await writeOutput(ctx, { path, format, force: argv.force, lang, wrote, data: () => renderDocument(doc, format, format === 'csv' ? { table: 'recommendations' } : {}) });
    },
  );
}

function outFormat(path: string): RecommendFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) throw new UsageError({ key: 'cli.unknownExtension', params: { file: path, expected: '.docx, .xlsx, .html, .md, .csv, .json' } });
  return f as RecommendFormat;
}
