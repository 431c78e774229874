import { comparison, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { writeOutput } from '../write-output.js';
import { helpWords } from '../lang.js';

const FORMATS = ['docx', 'xlsx', 'html', 'md', 'csv', 'json'] as const;
type CompareFormat = (typeof FORMATS)[number];

/**
 * `lexharmony compare coe-ets-185/art-2 --with AR,CO,PE,ES`: how the subject (Mexico) and each
 * comparator wrote one Budapest article or requirement into law. On screen by default; --out writes
 * it as Word, a workbook, html, md, csv or json (the document); --format json alone prints the JSON.
 */
export function compareCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'compare <ref>',
    t('cli.help.compare'),
    (a) =>
      a
        .positional('ref', { type: 'string', demandOption: true, describe: t('cli.help.compare.ref') })
        .option('with', { type: 'string', array: true, describe: t('cli.help.compare.with') })
        .option('subject', { type: 'string', default: 'MX', describe: t('cli.help.compare.subject') })
        .option('format', { choices: FORMATS, describe: t('cli.help.compare.format') })
        .option('out', { type: 'string', describe: t('cli.help.compare.out') })
        .option('table', { choices: ['comparison', 'findings', 'provisions', 'sources', 'method'] as const, describe: t('cli.help.compare.table') })
        .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: t('cli.help.opt.paper') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.opt.force') })
        .option('date', { type: 'string', describe: t('cli.help.compare.date') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 compare coe-ets-185/art-2 --with AR,CO,PE,ES --lang es', t('cli.help.compare.ex1'))
        .example('$0 compare coe-ets-185/art-2#e2 --with AR,CO', t('cli.help.compare.ex2'))
        .example('$0 compare "Convenio art. 6" --with AR,ES --out art6.docx', t('cli.help.compare.ex3')),
    async (argv) => {
      const lang = argv.lang as Lang;
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError({ key: 'cli.outVsFormat', params: { out: argv.out, ext: fromOut, format: argv.format } });
      const format: CompareFormat | undefined = argv.format ?? fromOut;
      if (format && format !== 'json' && argv.out === undefined) throw new UsageError({ key: 'msg.compare.needsOut', params: { format } });
      if (argv.table && format !== 'csv') throw new UsageError({ key: 'msg.compare.tableCsv' });
      const corpus = ctx.corpus(argv.corpus);
      const subject = argv.subject.toUpperCase();
      const named = (argv.with ?? []).flatMap((x) => x.split(',')).map((x) => x.trim().toUpperCase()).filter(Boolean);
      if (argv.with !== undefined && named.length === 0) throw new UsageError({ key: 'msg.compare.withNone' });
      const reference = argv.ref.includes('/') ? argv.ref.slice(0, argv.ref.indexOf('/')) : undefined;
      const others = named.length ? named : corpus.assessments.filter((x) => x.jurisdiction !== subject && (!reference || x.reference === reference || x.alsoCovers.includes(reference))).map((x) => x.jurisdiction);
      const cmp = comparison(corpus, argv.ref, { jurisdictions: [subject, ...others.filter((j) => j !== subject)], date: argv.date });
      const { comparisonDocument, renderDocument } = await import('@lexharmony/core/export');
      const doc = comparisonDocument(cmp, { lang, paper: argv.paper });
      if (format === 'json' && argv.out === undefined) {
        ctx.io.out((await renderDocument(doc, 'json')) as string);
        return;
      }
      if (argv.out === undefined || format === undefined) {
        const { renderDocText } = await import('../doc-text.js');
        ctx.io.out(renderDocText(doc, { color: ctx.io.color && Boolean(process.stdout.isTTY), width: process.stdout.isTTY ? process.stdout.columns || 100 : 0 }));
        return;
      }
      await writeOutput(ctx, { path: userPath(argv.out), format, force: argv.force, lang, data: () => renderDocument(doc, format, { table: argv.table }) });
    },
  );
}

function outFormat(path: string): CompareFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) throw new UsageError({ key: 'msg.diff.usage.format', params: { path } });
  return f as CompareFormat;
}
