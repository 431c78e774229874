import { gapMatrix, type GapMatrix, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { printSummary, type OnlyFilter } from '../summary.js';
import { writeOutput } from '../write-output.js';
import { helpWords } from '../lang.js';

const FORMATS = ['xlsx', 'csv', 'html', 'md', 'json'] as const;
type GapsFormat = (typeof FORMATS)[number];
const ONLY = ['gaps', 'conditional', 'stale', 'not-assessed'] as const;

/**
 * `lexharmony gaps MX`: the article-by-article summary on screen. With --out, also the gap matrix
 * in a file: the canonical JSON (.json), or the matrix as a workbook, csv, html or md (the tables
 * only; `lexharmony report` writes the whole report). Writes nothing without --out.
 */
export function gapsCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'gaps [jurisdictions..]',
    t('cli.help.gaps'),
    (a) =>
      a
        .positional('jurisdictions', { type: 'string', array: true, describe: t('cli.help.opt.jurisdictions') })
        .option('against', { type: 'string', array: true, describe: t('cli.help.opt.against') })
        .option('only', { choices: ONLY, array: true, describe: t('cli.help.gaps.only') })
        .option('format', { choices: FORMATS, describe: t('cli.help.gaps.format') })
        .option('out', { type: 'string', describe: t('cli.help.gaps.out') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.opt.force') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .option('date', { type: 'string', describe: t('cli.help.opt.date') })
        .option('assume', { type: 'string', array: true, describe: t('rec.help.assume') })
        .example('$0 gaps MX', t('cli.help.gaps.ex1'))
        .example('$0 gaps MX --lang es --only gaps', t('cli.help.gaps.ex2'))
        .example('$0 gaps MX --out matriz.xlsx', t('cli.help.gaps.ex3'))
        .example('$0 gaps MX --format json > gaps.json', t('cli.help.gaps.ex4'))
        .example('$0 gaps MX --assume all', t('rec.help.assumeEx')),
    async (argv) => {
      const lang = argv.lang as Lang;
      const corpus = ctx.corpus(argv.corpus);
      if (argv.out !== undefined && argv.format !== undefined && outFormat(argv.out) !== argv.format) {
        throw new UsageError({ key: 'cli.outVsFormat', params: { out: argv.out, ext: outFormat(argv.out), format: argv.format } });
      }
      const format: GapsFormat | undefined = argv.format ?? (argv.out !== undefined ? outFormat(argv.out) : undefined);
      // The summary alone shows no recommendation: leave them out of the matrix, which is then faster to make.
      const summaryOnly = argv.out === undefined && argv.format !== 'json';
      const matrix = gapMatrix(corpus, { jurisdictions: argv.jurisdictions?.map((j) => j.toUpperCase()), references: argv.against, date: argv.date, assume: assumeOption(argv.assume), recommendations: !summaryOnly });
      // JSON asked for and no file: the JSON is the output, on stdout, alone.
      if (argv.format === 'json' && argv.out === undefined) {
        ctx.io.out(JSON.stringify(matrix, null, 2) + '\n');
        return;
      }
      printSummary(ctx.io, matrix, { lang, only: argv.only as OnlyFilter[] | undefined });
      if (argv.out === undefined || format === undefined) {
        ctx.io.err(await note(lang, matrix));
        return;
      }
      await writeOutput(ctx, { path: userPath(argv.out), format, force: argv.force, lang, data: async () => (format === 'json' ? JSON.stringify(matrix, null, 2) + '\n' : renderMatrixDocument(matrix, format, lang)) });
    },
  );
}

/** `--assume all` (alone), or recommendation ids (`--assume MX-2-declare MX-4-data`, or comma-separated). */
function assumeOption(values: string[] | undefined): string[] | 'all' | undefined {
  if (values === undefined) return undefined;
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError({ key: 'msg.gaps.assumeNone' });
  if (ids.includes('all')) {
    if (ids.length > 1) throw new UsageError({ key: 'msg.gaps.assumeAll' });
    return 'all';
  }
  return ids;
}

async function note(lang: Lang, m: GapMatrix): Promise<string> {
  const { translator } = await import('@lexharmony/core/engine');
  return translator(lang).t('term.noFile', { jurisdiction: m.columns[0]?.jurisdiction ?? 'MX' }) + '\n';
}

async function renderMatrixDocument(m: GapMatrix, format: Exclude<GapsFormat, 'json'>, lang: Lang) {
  const { gapDocument, renderDocument } = await import('@lexharmony/core/export');
  return renderDocument(gapDocument(m, { lang }), format);
}

function outFormat(path: string): GapsFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) {
    throw new UsageError(ext === 'docx' ? { key: 'cli.wordIsReport', params: { file: path } } : { key: 'cli.unknownExtension', params: { file: path, expected: '.xlsx, .csv, .html, .md, .json' } });
  }
  return f as GapsFormat;
}
