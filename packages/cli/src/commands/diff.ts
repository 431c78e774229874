import { statSync } from 'node:fs';
import {
  Corpus,
  CorpusError,
  diffCorpora,
  diffMatrices,
  gapMatrix,
  GapMatrixSchema,
  LIMITS,
  loadCorpusDataAt,
  readTextFile,
  resolveRevision,
  says,
  translator,
  type GapMatrix,
  type Lang,
  type MatrixDiff,
  type MessageKey,
  type RequirementDiff,
  type RequirementState,
  type Status,
} from '@lexharmony/core';
import { articleName, referenceName, summarySentence, words, type Words } from '@lexharmony/core/export';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';
import { UsageError } from '../exit.js';
import { renderWords } from '../words.js';
import { writeOutput } from '../write-output.js';

const FORMATS = ['json', 'docx', 'xlsx', 'html', 'md', 'csv'] as const;
type DiffFormat = (typeof FORMATS)[number];
const TABLES = ['totals', 'articles', 'requirements', 'findings', 'texts'] as const;

export function diffCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'diff <old> [new]',
    t('cli.help.diff'),
    (a) =>
      a
        .positional('old', { type: 'string', demandOption: true, describe: t('cli.help.diff.old') })
        .positional('new', { type: 'string', describe: t('cli.help.diff.new') })
        .option('jurisdictions', { type: 'string', array: true, describe: t('cli.help.diff.jurisdictions') })
        .option('against', { type: 'string', array: true, describe: t('cli.help.diff.against') })
        .option('format', { choices: FORMATS, describe: t('cli.help.diff.format') })
        .option('out', { type: 'string', describe: t('cli.help.diff.out') })
        .option('table', { choices: TABLES, describe: t('cli.help.diff.table') })
        .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: t('cli.help.opt.paper') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.opt.force') })
        .option('date', { type: 'string', describe: t('cli.help.diff.date') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 diff gaps-before.json', t('cli.help.diff.ex1'))
        .example('$0 diff gaps-before.json --lang es --out cambios.docx', t('cli.help.diff.ex2'))
        .example('$0 diff HEAD', t('cli.help.diff.ex3'))
        .example('$0 diff HEAD~1 HEAD --format json', t('cli.help.diff.ex4'))
        .example('$0 diff before.json after.json --out changes.xlsx', t('cli.help.diff.ex5')),
    async (argv) => {
      const lang = argv.lang as Lang;
      const fromOut = argv.out === undefined ? undefined : outFormat(argv.out);
      if (fromOut && argv.format && fromOut !== argv.format) throw new UsageError({ key: 'cli.outVsFormat', params: { out: argv.out, ext: fromOut, format: argv.format } });
      const format: DiffFormat | undefined = argv.format ?? fromOut;
      if (argv.table && format !== 'csv') throw new UsageError({ key: 'cli.tableCsvOnly', params: { format: format ?? { key: 'msg.diff.screen' } } });
      const before = await side(ctx, argv.old, argv.corpus);
      const after = argv.new === undefined ? await current(ctx, argv.corpus, lang) : await side(ctx, argv.new, argv.corpus);
      const labels = { old: before.label, new: after.label };
      let diff: MatrixDiff;
      if (before.corpus && after.corpus) {
        diff = diffCorpora(before.corpus, after.corpus, { jurisdictions: argv.jurisdictions?.map((j) => j.toUpperCase()), references: argv.against, date: argv.date, labels });
      } else {
        if (argv.jurisdictions || argv.against) throw new UsageError({ key: 'msg.diff.usage.matrixOptions' });
        const like = (before.matrix ?? after.matrix)!;
        const matrixOf = (s: Side) => s.matrix ?? gapMatrix(s.corpus!, { jurisdictions: like.columns.map((c) => c.jurisdiction), references: like.references.map((r) => r.id), date: argv.date });
        diff = diffMatrices(matrixOf(before), matrixOf(after), labels);
      }
      const json = () => JSON.stringify(diff, null, 2) + '\n';
      // JSON asked for and no file: the JSON is the output, on stdout, alone.
      if (format === 'json' && argv.out === undefined) {
        ctx.io.out(json());
        return;
      }
      const w = words(lang, { cites: diff.cites, names: diff.names });
      ctx.io.out(renderDiff(diff, w, { color: ctx.io.color && Boolean(process.stdout.isTTY) }));
      if (argv.out === undefined || format === undefined) return;
      const data = async () => {
        if (format === 'json') return json();
        const { reformDiffDocument, renderDocument } = await import('@lexharmony/core/export');
        return renderDocument(reformDiffDocument(diff, { lang, paper: argv.paper }), format, { table: argv.table ?? 'articles' });
      };
      const path = ctx.userPath(argv.out);
      await writeOutput(ctx, { path, format, force: argv.force, lang, data, wrote: w.t('diff.term.wrote', { file: path, format, summary: summarySentence(diff, w) }) });
    },
  );
}

function outFormat(path: string): DiffFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  const f = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  if (!f || !(FORMATS as readonly string[]).includes(f)) throw new UsageError({ key: 'msg.diff.usage.format', params: { path } });
  return f as DiffFormat;
}

/** One side of the comparison: a saved matrix, or a corpus to compute one from. */
interface Side {
  label: string;
  matrix?: GapMatrix | undefined;
  corpus?: Corpus | undefined;
}

/** A file (a gap matrix), a directory (a corpus), or else a git revision of the corpus the rule picks. */
async function side(ctx: Context, arg: string, option: string | undefined): Promise<Side> {
  const path = ctx.userPath(arg);
  const stat = statOrUndefined(path);
  if (stat?.isFile()) return { label: arg, matrix: readMatrix(arg, path) };
  if (stat?.isDirectory()) {
    await ctx.prepare(arg);
    return { label: arg, corpus: ctx.corpus(arg) };
  }
  const choice = ctx.choice(option);
  if (choice.kind !== 'directory') throw new UsageError({ key: 'msg.diff.usage.noRepository', params: { arg } });
  if (!resolveRevision(choice.dir, arg)) throw new UsageError({ key: 'msg.diff.usage.noRevision', params: { arg, shown: choice.shown } });
  return { label: arg, corpus: new Corpus(loadCorpusDataAt(choice.dir, arg)) };
}

/** The corpus the rule picks, as it is now. */
async function current(ctx: Context, option: string | undefined, lang: Lang): Promise<Side> {
  await ctx.prepare(option);
  const choice = ctx.choice(option);
  return { label: choice.kind === 'directory' ? choice.shown : translator(lang).t('msg.validate.bundled'), corpus: ctx.corpus(option) };
}

const statOrUndefined = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** A gap-matrix JSON file, checked against its schema: one line naming the file and the first field that is wrong. */
function readMatrix(shown: string, path: string): GapMatrix {
  const expected = 'msg.diff.matrix.expected' as const;
  const text = readTextFile(path, { maxBytes: LIMITS.matrixFileBytes, what: 'gap matrix' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CorpusError([{ code: 'SCHEMA', file: shown, ...says('msg.diff.matrix.notJson', { detail: (e as Error).message.split('\n')[0] }, expected) }]);
  }
  const parsed = GapMatrixSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new CorpusError([{ code: 'SCHEMA', file: shown, field: field || undefined, ...says('msg.diff.matrix.invalid', { detail: issue.message.replace(/^Invalid input: /, '') }, expected) }]);
  }
  return parsed.data;
}

/**
 * The diff on screen, in the words of the reform diff document (its catalogue keys, its citations,
 * its summary sentence): the articles that changed, their requirements, the texts with a word diff,
 * the findings added and removed, the totals.
 */
export function renderDiff(d: MatrixDiff, w: Words, { color }: { color: boolean }): string {
  const { t } = w;
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const lines: string[] = [
    t('diff.term.from', { old: d.old.label, oldCorpus: d.old.corpus, oldDate: d.old.date, new: d.new.label, newCorpus: d.new.corpus, newDate: d.new.date }),
    t('diff.term.against', { jurisdictions: w.tr.list(d.columns.map((c) => w.jurisdiction(c))), references: w.tr.list(d.references.map((r) => referenceName(w, r.id, r.titles, r.short))) }),
  ];
  if (d.onlyIn.old.length || d.onlyIn.new.length) lines.push(dim(t('diff.onlyIn', { old: d.onlyIn.old.join(', ') || '—', new: d.onlyIn.new.join(', ') || '—' })));
  const texts = new Map(d.provisions.map((p) => [p.ref, p]));
  const stale = (s: boolean) => (s ? ` [${t('stale.word')}]` : '');
  const state = (s: { status: Status; stale: boolean } | undefined) => (s ? `${w.status(s.status)}${stale(s.stale)}` : t('diff.absent'));
  for (const a of d.articles.filter((x) => x.changed)) {
    for (const col of d.columns) {
      const c = a.cells[col]!;
      if (c.changes.length === 0) continue;
      lines.push('', bold(`${articleName(w, a)}${d.columns.length > 1 ? ` (${w.jurisdiction(col)})` : ''}: ${state(c.old)} → ${state(c.new)}`));
      for (const r of c.requirements) lines.push(`  ${requirementLine(w, r)}`);
      const cited = [...new Set([...(c.old?.provisions ?? []), ...(c.new?.provisions ?? [])])].filter((p) => texts.has(p));
      for (const ref of cited) lines.push(`  ${t('diff.term.textChanged', { ref: w.cite(ref) })} ${renderWords(texts.get(ref)!.words, { color })}`);
    }
  }
  const coverage = (c: string | undefined) => (c ? t(`coverage.${c}` as MessageKey) : '');
  if (d.findings.added.length) lines.push('', t('diff.term.findingsAdded'), ...d.findings.added.map((f) => `  ${f.requirement} ${w.requirement(f.requirement)}: ${coverage(f.coverage)}`));
  if (d.findings.removed.length) lines.push('', t('diff.term.findingsRemoved'), ...d.findings.removed.map((f) => `  ${f.requirement} ${w.requirement(f.requirement)}: ${coverage(f.coverage)}`));
  const translations = d.provisions.flatMap((p) => p.translations.filter((x) => x.stale).map((x) => `${w.cite(p.ref)} (${x.lang})`));
  if (translations.length) lines.push('', t('diff.translationsStale', { list: translations.join('; ') }));
  lines.push('');
  const statuses = Object.keys(d.totals[d.columns[0]!]?.old ?? {}) as Status[];
  for (const col of d.columns) {
    const tot = d.totals[col]!;
    const moves = statuses.filter((s) => tot.old[s] !== tot.new[s]).map((s) => `${w.status(s)} ${tot.old[s]} → ${tot.new[s]}`);
    lines.push(t('diff.term.totals', { jurisdiction: w.jurisdiction(col), moves: moves.length ? moves.join(', ') : t('diff.term.unchanged') }));
  }
  lines.push(summarySentence(d, w));
  return lines.join('\n') + '\n';
}

function requirementLine(w: Words, r: RequirementDiff): string {
  const { t } = w;
  const s = (x: RequirementState | undefined) => (x ? `${w.status(x.status)}${x.coverage ? ` (${t(`coverage.${x.coverage}` as MessageKey)})` : ''}${x.stale ? ` [${t('stale.word')}]` : ''}` : t('diff.absent'));
  const what = r.changes.filter((c) => c !== 'status' && c !== 'stale').map((c) => t(`diff.requirement.${c}` as MessageKey));
  return `${r.requirement} ${w.requirement(r.requirement)}: ${s(r.old)} → ${s(r.new)}${what.length ? `; ${t('diff.term.changed', { list: w.tr.list(what) })}` : ''}`;
}
