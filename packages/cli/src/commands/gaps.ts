import { gapMatrix, type GapMatrix, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { renderSummary, type OnlyFilter } from '../summary.js';
import { writeOutput } from '../write-output.js';

const FORMATS = ['xlsx', 'csv', 'html', 'md', 'json'] as const;
type GapsFormat = (typeof FORMATS)[number];
const ONLY = ['gaps', 'conditional', 'stale', 'not-assessed'] as const;

/**
 * `lexharmony gaps MX`: the article-by-article summary on screen. With --out, also the gap matrix
 * in a file: the canonical JSON (.json), or the matrix as a workbook, csv, html or md (the tables
 * only; `lexharmony report` writes the whole report). Writes nothing without --out.
 */
export function gapsCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'gaps [jurisdictions..]',
    "Article by article on screen: where a jurisdiction's law meets, partly meets or misses the reference treaty; --out keeps the gap matrix",
    (a) =>
      a
        .positional('jurisdictions', { type: 'string', array: true, describe: 'ISO codes, e.g. MX (default: every jurisdiction with an assessment)' })
        .option('against', { type: 'string', array: true, describe: 'reference instrument(s), e.g. coe-ets-185 (default: those assessed)' })
        .option('only', { choices: ONLY, array: true, describe: 'only the articles that need action: gaps (partial, no provision), conditional, stale, not-assessed' })
        .option('format', { choices: FORMATS, describe: 'format of --out (default: its extension); --format json alone prints the matrix JSON on stdout' })
        .option('out', { type: 'string', describe: 'also write the gap matrix to this file (.json: the canonical matrix; .xlsx .csv .html .md: its tables)' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the output file if it exists' })
        .option('corpus', CORPUS_OPTION)
        .option('date', { type: 'string', describe: 'date stamped on the matrix, YYYY-MM-DD (default: today), for reproducible output' })
        .example('$0 gaps MX', 'the summary on screen, in the language of LANG (or --lang)')
        .example('$0 gaps MX --lang es --only gaps', 'only the articles whose law falls short, in Spanish')
        .example('$0 gaps MX --out matriz.xlsx', 'the summary, and the matrix as a workbook')
        .example('$0 gaps MX --format json > gaps.json', 'the canonical gap matrix as JSON on stdout, no summary'),
    async (argv) => {
      const lang = argv.lang as Lang;
      const corpus = ctx.corpus(argv.corpus);
      if (argv.out !== undefined && argv.format !== undefined && outFormat(argv.out) !== argv.format) {
        throw new UsageError(`--out ${argv.out} names a .${outFormat(argv.out)} file but --format is ${argv.format}`);
      }
      const format: GapsFormat | undefined = argv.format ?? (argv.out !== undefined ? outFormat(argv.out) : undefined);
      const matrix = gapMatrix(corpus, { jurisdictions: argv.jurisdictions?.map((j) => j.toUpperCase()), references: argv.against, date: argv.date });
      // JSON asked for and no file: the JSON is the output, on stdout, alone.
      if (argv.format === 'json' && argv.out === undefined) {
        ctx.io.out(JSON.stringify(matrix, null, 2) + '\n');
        return;
      }
      ctx.io.out(renderSummary(matrix, { lang, color: ctx.io.color && Boolean(process.stdout.isTTY), width: process.stdout.isTTY ? process.stdout.columns || 100 : 0, only: argv.only as OnlyFilter[] | undefined }));
      if (argv.out === undefined || format === undefined) {
        ctx.io.err(await note(lang, matrix));
        return;
      }
      await writeOutput(ctx, { path: userPath(argv.out), format, force: argv.force, lang, data: async () => (format === 'json' ? JSON.stringify(matrix, null, 2) + '\n' : renderMatrixDocument(matrix, format, lang)) });
    },
  );
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
    throw new UsageError(`cannot tell the format of "${path}" from its extension (expected .xlsx, .csv, .html, .md or .json${ext === 'docx' ? '; a Word document is the full report: lexharmony report' : ''}, or name --format)`);
  }
  return f as GapsFormat;
}
