import { gapMatrix, pick, type GapMatrix, type Status } from '@lexharmony/core/engine';
import { formatFromPath, renderMatrix, writeFileSafely, FORMATS, type Format } from '@lexharmony/core/export';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';

/** The format written when neither --out nor --format says otherwise. The workbook is what legislators' staff circulate. */
export const DEFAULT_FORMAT: Format = 'xlsx';

export function gapsCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'gaps [jurisdictions..]',
    'Article by article: where a jurisdiction\'s law meets, partly meets or misses the reference treaty; writes the gap matrix',
    (a) =>
      a
        .positional('jurisdictions', { type: 'string', array: true, describe: 'ISO codes, e.g. MX (default: every jurisdiction with an assessment)' })
        .option('against', { type: 'string', array: true, describe: 'reference instrument(s), e.g. coe-ets-185 (default: those assessed)' })
        .option('format', { choices: FORMATS, describe: `output format (default: from --out, else ${DEFAULT_FORMAT})` })
        .option('out', { type: 'string', describe: 'file to write (its extension decides the format)' })
        .option('force', { type: 'boolean', default: false, describe: 'replace the output file if it exists' })
        .option('corpus', CORPUS_OPTION)
        .option('date', { type: 'string', describe: 'date stamped on the matrix, YYYY-MM-DD (default: today), for reproducible output' })
        .example('$0 gaps MX', `summary on screen, matrix written to lexharmony-gaps-MX.${DEFAULT_FORMAT}`)
        .example('$0 gaps MX --out gaps.xlsx', 'the matrix as a workbook')
        .example('$0 gaps MX --format json > gaps.json', 'the matrix as JSON on stdout, no summary')
        .example('$0 gaps --corpus examples/toy-country/corpora', 'a corpus of your own'),
    async (argv) => {
      const corpus = ctx.corpus(argv.corpus);
      const matrix = gapMatrix(corpus, { jurisdictions: argv.jurisdictions?.map((j) => j.toUpperCase()), references: argv.against, date: argv.date });
      const format: Format = argv.format ?? (argv.out !== undefined ? outFormat(argv.out) : DEFAULT_FORMAT);
      if (argv.out !== undefined && argv.format !== undefined && outFormat(argv.out) !== argv.format) {
        throw new UsageError(`--out ${argv.out} names a .${outFormat(argv.out)} file but --format is ${argv.format}`);
      }
      // JSON asked for and no file: the JSON is the output, on stdout, alone.
      if (argv.format === 'json' && argv.out === undefined) {
        ctx.io.out(String(await renderMatrix(matrix, 'json')));
        return;
      }
      const out = argv.out ?? `lexharmony-gaps-${matrix.columns.map((c) => c.key).join('-')}.${format}`;
      const data = await renderMatrix(matrix, format);
      writeFileSafely(out, data, { force: argv.force });
      ctx.io.out(renderSummary(matrix, { color: ctx.io.color && Boolean(process.stdout.isTTY) }));
      ctx.io.err(`wrote ${out} (${format})\n`);
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

const WORDS: Record<Status, string> = {
  full: 'full',
  'full-as-assessed': 'full as assessed',
  conditional: 'conditional',
  partial: 'partial',
  none: 'none',
  'not-assessed': 'not assessed',
  'not-applicable': 'n/a',
};
const COLORS: Record<Status, string> = { full: '32', 'full-as-assessed': '32', conditional: '36', partial: '33', none: '31', 'not-assessed': '2', 'not-applicable': '2' };

/** The article-by-article summary a reader sees on screen: one block per jurisdiction. */
export function renderSummary(m: GapMatrix, { color }: { color: boolean }): string {
  const paint = (s: Status, text: string) => (color ? `\x1b[${COLORS[s]}m${text}\x1b[0m` : text);
  const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
  const width = Math.max(...Object.values(WORDS).map((w) => w.length));
  const lines: string[] = [];
  for (const col of m.columns) {
    lines.push(`${col.name} (${col.jurisdiction}) against ${m.references.map((r) => r.title).join(' + ')}`);
    lines.push(dim(`${col.position} · corpus ${m.generated.corpus} · ${m.generated.date}`));
    let group = '';
    let reference = '';
    for (const row of m.rows) {
      const cell = row.cells[col.key]!;
      if (m.references.length > 1 && row.reference !== reference) {
        reference = row.reference;
        const r = m.references.find((x) => x.id === row.reference);
        lines.push('', `── ${r?.title ?? row.reference} (${row.reference})`);
      }
      const g = m.groups.find((x) => x.ref === row.group);
      if (g && g.ref !== group) {
        group = g.ref;
        lines.push('', g.label);
      }
      const stale = cell.stale ? ' [STALE: cited text changed, review]' : '';
      const provisions = cell.provisions.length ? ` — ${cell.provisions.join(', ')}` : '';
      lines.push(`  ${paint(cell.status, `${cell.symbol} ${WORDS[cell.status].padEnd(width)}`)}  Art. ${row.number}${row.heading ? ` ${row.heading}` : ''}${provisions}${stale}`);
      if (cell.status !== 'not-applicable') lines.push(dim(`  ${' '.repeat(width + 2)}  ${cell.reason}`));
    }
    const t = m.totals.byColumn[col.key]!;
    const stale = m.rows.filter((r) => r.cells[col.key]!.stale).length;
    lines.push(
      '',
      `Totals for ${col.jurisdiction}: ${(['full', 'full-as-assessed', 'conditional', 'partial', 'none'] as const).map((s) => `${t[s]} ${WORDS[s]}`).join(', ')}; ` +
        `${t['not-assessed']} not assessed (no finding yet, not a gap); ${t['not-applicable']} not applicable` +
        (stale ? `; ${stale} STALE (cited text changed since the finding)` : ''),
    );
    for (const l of col.limits) lines.push(dim(`Limit: ${pick(l, 'en').text}`));
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
