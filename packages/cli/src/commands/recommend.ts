import { gapMatrix, translator, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
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
  return y.command(
    'recommend <jurisdiction>',
    'What to legislate: the recommendations that would close each gap, by priority, with target, model wording and projected status',
    (a) =>
      a
        .positional('jurisdiction', { type: 'string', demandOption: true, describe: 'ISO code, e.g. MX' })
        .option('against', { type: 'string', array: true, describe: 'reference instrument(s), e.g. coe-ets-185 (default: those assessed)' })
        .option('format', { choices: FORMATS, describe: 'output format (default: from --out, else md on screen)' })
        .option('out', { type: 'string', describe: 'file to write (.docx .xlsx .html .md .csv .json)' })
        .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'docx page size' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the output file if it exists' })
        .option('date', { type: 'string', describe: 'date stamped on the document, YYYY-MM-DD (default: today)' })
        .option('corpus', { type: 'string', describe: 'corpora directory (default: the bundled corpus)' })
        .example('$0 recommend MX --lang es', '"Qué legislar" on screen, in Spanish')
        .example('$0 recommend MX --lang es --out que-legislar.docx', 'the same as a Word document')
        .example('$0 recommend MX --format json', 'the document as JSON on stdout'),
    async (argv) => {
      const lang = argv.lang as Lang;
      const jurisdiction = argv.jurisdiction.toUpperCase();
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError(`--out ${argv.out} names a .${fromOut} file but --format is ${argv.format}`);
      const format: RecommendFormat = argv.format ?? fromOut ?? 'md';
      if (argv.out === undefined && !TEXT_FORMATS.includes(format)) throw new UsageError(`--format ${format} writes a file: add --out FILE.${format}`);
      const corpus = ctx.corpus(argv.corpus);
      const matrix = gapMatrix(corpus, { jurisdictions: [jurisdiction], references: argv.against, date: argv.date });
      const { recommendationsDocument, renderDocument } = await import('@lexharmony/core/export');
      const doc = recommendationsDocument(matrix, { lang, paper: argv.paper });
      if (argv.out === undefined) {
        const out = await renderDocument(doc, format, format === 'csv' ? { table: 'recommendations' } : {});
        ctx.io.out(typeof out === 'string' ? out : new TextDecoder().decode(out));
        return;
      }
      const path = userPath(argv.out);
      const wrote = translator(lang).t('rec.term.wrote', { file: path, format, n: matrix.recommendations?.length ?? 0 });
      await writeOutput(ctx, { path, format, force: argv.force, lang, wrote, data: () => renderDocument(doc, format, format === 'csv' ? { table: 'recommendations' } : {}) });
    },
  );
}

function outFormat(path: string): RecommendFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) throw new UsageError(`cannot tell the format of "${path}" from its extension (expected .docx, .xlsx, .html, .md, .csv or .json, or name --format)`);
  return f as RecommendFormat;
}
