import { gapMatrix, translator, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { printSummary } from '../summary.js';
import { writeOutput } from '../write-output.js';
import { helpWords } from '../lang.js';

const FORMATS = ['docx', 'xlsx', 'html', 'md', 'csv', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];
const TABLES = ['summary', 'matrix', 'findings', 'recommendations', 'provisions', 'sources', 'method'] as const;

/**
 * `lexharmony report MX` (or `report MX AR CO PE ES`, one column each): the whole gap report, the document to circulate and
 * re-run after each reform: cover and provenance, executive summary, the matrix, a section per
 * article with the treaty text, the provisions quoted and every finding's rationale, the texts
 * cited, the sources, the method and limits. A Word document unless --out or --format says otherwise.
 */
export function reportCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'report <jurisdictions..>',
    t('cli.help.report'),
    (a) =>
      a
        .positional('jurisdictions', { type: 'string', array: true, demandOption: true, describe: t('cli.help.report.jurisdictions') })
        .option('against', { type: 'string', describe: t('cli.help.opt.against') })
        .option('format', { choices: FORMATS, describe: t('cli.help.report.format') })
        .option('out', { type: 'string', describe: t('cli.help.report.out') })
        .option('table', { choices: TABLES, describe: t('cli.help.report.table') })
        .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: t('cli.help.report.paper') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.opt.force') })
        .option('summary', { type: 'boolean', default: true, describe: t('cli.help.report.summary') })
        .option('date', { type: 'string', describe: t('cli.help.report.date') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 report MX --lang es', t('cli.help.report.ex1'))
        .example('$0 report MX --out mx.html', t('cli.help.report.ex2'))
        .example('$0 report MX --out mx.xlsx', t('cli.help.report.ex3'))
        .example('$0 report MX --out findings.csv --table findings', t('cli.help.report.ex4'))
        .example('$0 report MX AR CO PE ES --lang es', t('cli.help.report.ex6'))
        .example('$0 report MX --date 2026-11-27 --force', t('cli.help.report.ex5')),
    async (argv) => {
      const lang = argv.lang as Lang;
      const jurisdictions = [...new Set(argv.jurisdictions.map((j) => j.toUpperCase()))];
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError({ key: 'cli.outVsFormat', params: { out: argv.out, ext: fromOut, format: argv.format } });
      const format: ReportFormat = argv.format ?? fromOut ?? 'docx';
      if (argv.table && format !== 'csv') throw new UsageError({ key: 'cli.tableCsvOnly', params: { format } });
      const corpus = ctx.corpus(argv.corpus);
      const matrix = gapMatrix(corpus, { jurisdictions, references: argv.against ? [argv.against] : undefined, date: argv.date });
      const { gapDocument, renderDocument } = await import('@lexharmony/core/export');
      const doc = gapDocument(matrix, { lang, detail: true, corpus, paper: argv.paper });
      const name = `${lang === 'es' ? 'informe' : 'report'}-${jurisdictions.join('-')}-${matrix.generated.date}.${format}`;
      const path = userPath(argv.out ?? name);
      // Each cell lists every requirement of its article; those with a coverage carry a finding.
      const requirements = matrix.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.findings));
      const findings = requirements.filter((f) => f.coverage !== undefined).length;
      // The summary first, so that it shows even when the file exists and is kept.
      if (argv.summary) printSummary(ctx.io, matrix, { lang });
      const wrote = translator(lang).t('term.reportWrote', { file: path, format, articles: matrix.rows.length, requirements: requirements.length, findings, texts: matrix.provisions.length, corpus: matrix.generated.corpus, date: matrix.generated.date });
      await writeOutput(ctx, { path, format, force: argv.force, lang, wrote, data: () => renderDocument(doc, format, { table: argv.table }) });
    },
  );
}

function outFormat(path: string): ReportFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) throw new UsageError({ key: 'cli.unknownExtension', params: { file: path, expected: '.docx, .xlsx, .html, .md, .csv, .json' } });
  return f as ReportFormat;
}
