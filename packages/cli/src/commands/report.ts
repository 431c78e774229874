import { gapMatrix, translator, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { writeOutput } from '../write-output.js';

const FORMATS = ['docx', 'xlsx', 'html', 'md', 'csv', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];
const TABLES = ['summary', 'matrix', 'findings', 'provisions', 'sources', 'method'] as const;

/**
 * `lexharmony report MX` (or `report MX AR CO PE ES`, one column each): the whole gap report, the document to circulate and
 * re-run after each reform: cover and provenance, executive summary, the matrix, a section per
 * article with the treaty text, the provisions quoted and every finding's rationale, the texts
 * cited, the sources, the method and limits. A Word document unless --out or --format says otherwise.
 */
export function reportCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'report <jurisdictions..>',
    'Write the whole gap report of a jurisdiction, or of several side by side (docx, xlsx, html, md, csv or json): summary, matrix, each article with its findings and texts, sources, method',
    (a) =>
      a
        .positional('jurisdictions', { type: 'string', array: true, demandOption: true, describe: 'ISO codes, e.g. MX, or MX AR CO PE ES for one column each (a jurisdiction without an assessment is a column of not assessed)' })
        .option('against', { type: 'string', describe: 'reference instrument, e.g. coe-ets-185 (default: those assessed)' })
        .option('format', { choices: FORMATS, describe: 'output format (default: from --out, else docx)' })
        .option('out', { type: 'string', describe: 'file to write (default: informe-<JUR>-<date>.docx in Spanish, report-<JUR>-<date>.docx in English)' })
        .option('table', { choices: TABLES, describe: 'csv only: which table (default matrix)' })
        .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'docx page size' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the output file if it exists' })
        .option('date', { type: 'string', describe: 'date stamped on the report, YYYY-MM-DD (default: today); fix it for identical bytes' })
        .option('corpus', CORPUS_OPTION)
        .example('$0 report MX --lang es', 'the Word report informe-MX-<date>.docx, in Spanish')
        .example('$0 report MX --out mx.html', 'one standalone web page that prints and mails')
        .example('$0 report MX --out mx.xlsx', 'the workbook: summary, matrix, findings, texts, sources, method')
        .example('$0 report MX --out findings.csv --table findings', 'one table as CSV')
        .example('$0 report MX AR CO PE ES --lang es', 'Mexico and four Parties side by side: informe-MX-AR-CO-PE-ES-<date>.docx')
        .example('$0 report MX --date 2026-11-27 --force', 'the same bytes on every run'),
    async (argv) => {
      const lang = argv.lang as Lang;
      const jurisdictions = [...new Set(argv.jurisdictions.map((j) => j.toUpperCase()))];
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError(`--out ${argv.out} names a .${fromOut} file but --format is ${argv.format}`);
      const format: ReportFormat = argv.format ?? fromOut ?? 'docx';
      if (argv.table && format !== 'csv') throw new UsageError(`--table applies to csv only, and the format is ${format}`);
      const corpus = ctx.corpus(argv.corpus);
      const matrix = gapMatrix(corpus, { jurisdictions, references: argv.against ? [argv.against] : undefined, date: argv.date });
      const { gapDocument, renderDocument } = await import('@lexharmony/core/export');
      const doc = gapDocument(matrix, { lang, detail: true, corpus, paper: argv.paper });
      const name = `${lang === 'es' ? 'informe' : 'report'}-${jurisdictions.join('-')}-${matrix.generated.date}.${format}`;
      const path = userPath(argv.out ?? name);
      // Each cell lists every requirement of its article; those with a coverage carry a finding.
      const requirements = matrix.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.findings));
      const findings = requirements.filter((f) => f.coverage !== undefined).length;
      const wrote = translator(lang).t('term.reportWrote', { file: path, format, articles: matrix.rows.length, requirements: requirements.length, findings, texts: matrix.provisions.length, corpus: matrix.generated.corpus, date: matrix.generated.date });
      await writeOutput(ctx, { path, format, force: argv.force, lang, wrote, data: () => renderDocument(doc, format, { table: argv.table }) });
    },
  );
}

function outFormat(path: string): ReportFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) throw new UsageError(`cannot tell the format of "${path}" from its extension (expected .docx, .xlsx, .html, .md, .csv or .json, or name --format)`);
  return f as ReportFormat;
}
