import { gapMatrix } from '@lexharmony/core';
import { formatFromPath, renderMatrix, writeFileSafely, FORMATS, TABLE_NAMES, type Format } from '@lexharmony/core/export';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';

/**
 * `lexharmony report MX`: the full gap report of one jurisdiction, to circulate and re-run after each
 * reform: the matrix, every finding with its rationale and quotes, the texts cited, the sources, the
 * limits, the method, the date and the corpus version. A workbook unless --out or --format says otherwise.
 */
export function reportCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'report <jurisdiction>',
    'Write the full gap report of a jurisdiction (xlsx, html, md, csv or json): matrix, findings, quoted texts, sources, method',
    (a) =>
      a
        .positional('jurisdiction', { type: 'string', demandOption: true, describe: 'ISO code, e.g. MX' })
        .option('against', { type: 'string', describe: 'reference instrument, e.g. coe-ets-185 (default: those assessed)' })
        .option('format', { choices: FORMATS, describe: 'output format (default: from --out, else xlsx)' })
        .option('out', { type: 'string', describe: 'file to write; its extension decides the format (default: lexharmony-report-<JUR>.<format>)' })
        .option('table', { choices: TABLE_NAMES, describe: 'csv only: which table (default: matrix)' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the output file if it exists' })
        .option('date', { type: 'string', describe: 'date stamped on the report, YYYY-MM-DD (default: today); fix it for identical bytes' })
        .option('corpus', CORPUS_OPTION)
        .example('$0 report MX', 'the workbook lexharmony-report-MX.xlsx')
        .example('$0 report MX --out mx.html', 'one standalone web page that prints well')
        .example('$0 report MX --out findings.csv --table findings', 'one table as CSV')
        .example('$0 report MX --date 2026-11-27 --force', 'the same bytes on every run'),
    async (argv) => {
      const jurisdiction = argv.jurisdiction.toUpperCase();
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError(`--out ${argv.out} names a .${fromOut} file but --format is ${argv.format}`);
      const format: Format = argv.format ?? fromOut ?? 'xlsx';
      if (argv.table && format !== 'csv') throw new UsageError(`--table applies to csv only, and the format is ${format}`);
      const matrix = gapMatrix(ctx.corpus(argv.corpus), { jurisdictions: [jurisdiction], references: argv.against ? [argv.against] : undefined, date: argv.date });
      const data = await renderMatrix(matrix, format, { table: argv.table });
      const out = argv.out ?? `lexharmony-report-${jurisdiction}.${format}`;
      writeFileSafely(out, data, { force: argv.force });
      // Each cell lists every requirement of its article; those with a coverage carry a finding.
      const requirements = matrix.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => c.findings));
      const findings = requirements.filter((f) => f.coverage !== undefined).length;
      ctx.io.err(
        `wrote ${out} (${format}): ${matrix.rows.length} articles, ${requirements.length} requirements, ${findings} findings, ${matrix.provisions.length} texts cited; ` +
          `corpus ${matrix.generated.corpus}, ${matrix.generated.date}\n`,
      );
    },
  );
}

function outFormat(path: string): Format {
  try {
    return formatFromPath(path);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
