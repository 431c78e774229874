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
  pickText,
  readTextFile,
  resolveRevision,
  type GapMatrix,
  type MatrixDiff,
  type RequirementDiff,
  type Status,
  writeFileSafely,
} from '@lexharmony/core';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';
import { renderWords } from '../words.js';

const FORMATS = ['text', 'json'] as const;

export function diffCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'diff <old> [new]',
    'What changed between two gap matrices, corpora or git revisions of the corpus: statuses, texts, findings',
    (a) =>
      a
        .positional('old', { type: 'string', demandOption: true, describe: 'a gap-matrix JSON file (gaps MX --format json), a corpora directory, or a git revision of the corpus (HEAD~1)' })
        .positional('new', { type: 'string', describe: 'the same kinds (default: the corpus the corpus rule picks, as it is now)' })
        .option('jurisdictions', { type: 'string', array: true, describe: 'jurisdictions to compare, when both sides are corpora (default: those assessed in both)' })
        .option('against', { type: 'string', array: true, describe: 'reference instrument(s), when both sides are corpora (default: those assessed)' })
        .option('format', { choices: FORMATS, default: 'text' as const, describe: 'text (the terminal) or json (the MatrixDiff, docs/schema/matrix-diff.schema.json)' })
        .option('out', { type: 'string', describe: 'write the JSON to this file instead of stdout' })
        .option('force', { type: 'boolean', default: false, describe: 'replace --out if it exists' })
        .option('date', { type: 'string', describe: 'date stamped on matrices computed from corpora, YYYY-MM-DD (default: today)' })
        .option('corpus', CORPUS_OPTION)
        .example('$0 diff gaps-before.json', 'the last report against the corpus as it is now')
        .example('$0 diff HEAD', 'the corpus as last committed against the working copy')
        .example('$0 diff HEAD~1 HEAD --format json', 'two revisions, as JSON')
        .example('$0 diff before.json after.json', 'two saved matrices'),
    async (argv) => {
      if (argv.out !== undefined && argv.format !== 'json') throw new UsageError('--out writes the JSON: add --format json');
      const before = await side(ctx, argv.old, argv.corpus);
      const after = argv.new === undefined ? await current(ctx, argv.corpus) : await side(ctx, argv.new, argv.corpus);
      const labels = { old: before.label, new: after.label };
      let diff: MatrixDiff;
      if (before.corpus && after.corpus) {
        diff = diffCorpora(before.corpus, after.corpus, { jurisdictions: argv.jurisdictions?.map((j) => j.toUpperCase()), references: argv.against, date: argv.date, labels });
      } else {
        if (argv.jurisdictions || argv.against) throw new UsageError('--jurisdictions and --against apply when both sides are corpora: a saved matrix says what it compares');
        const like = (before.matrix ?? after.matrix)!;
        const matrixOf = (s: Side) => s.matrix ?? gapMatrix(s.corpus!, { jurisdictions: like.columns.map((c) => c.jurisdiction), references: like.references.map((r) => r.id), date: argv.date });
        diff = diffMatrices(matrixOf(before), matrixOf(after), labels);
      }
      if (argv.format === 'json') {
        const json = JSON.stringify(diff, null, 2) + '\n';
        if (argv.out !== undefined) {
          writeFileSafely(ctx.userPath(argv.out), json, { force: argv.force });
          ctx.io.err(`wrote ${argv.out} (json): ${summaryLine(diff)}\n`);
        } else ctx.io.out(json);
        return;
      }
      ctx.io.out(renderDiff(diff, { color: ctx.io.color && Boolean(process.stdout.isTTY) }));
    },
  );
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
  if (choice.kind !== 'directory') throw new UsageError(`"${arg}" is not a file or a directory, and a git revision is read from a corpora directory in git: run where ./corpora is, or give --corpus DIR`);
  if (!resolveRevision(choice.dir, arg)) throw new UsageError(`"${arg}" is not a file, a directory, or a git revision of the repository holding ${choice.shown}`);
  return { label: arg, corpus: new Corpus(loadCorpusDataAt(choice.dir, arg)) };
}

/** The corpus the rule picks, as it is now. */
async function current(ctx: Context, option: string | undefined): Promise<Side> {
  await ctx.prepare(option);
  const choice = ctx.choice(option);
  return { label: choice.kind === 'directory' ? choice.shown : 'the bundled corpus', corpus: ctx.corpus(option) };
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
  const expected = 'a gap matrix as `lexharmony gaps MX --format json` writes it';
  const text = readTextFile(path, { maxBytes: LIMITS.matrixFileBytes, what: 'gap matrix' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CorpusError([{ code: 'SCHEMA', file: shown, message: `not JSON (${(e as Error).message.split('\n')[0]})`, expected }]);
  }
  const parsed = GapMatrixSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new CorpusError([{ code: 'SCHEMA', file: shown, field: field || undefined, message: issue.message.replace(/^Invalid input: /, ''), expected }]);
  }
  return parsed.data;
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

const summaryLine = (d: MatrixDiff) =>
  `${d.summary.articles} article(s), ${d.summary.requirements} requirement(s) and ${d.summary.provisions} cited text(s) changed; ` +
  `${d.summary.findingsAdded} finding(s) added, ${d.summary.findingsRemoved} removed`;

/** The diff for the terminal: the articles that changed, their requirements, the texts with a word diff, the totals. */
export function renderDiff(d: MatrixDiff, { color }: { color: boolean }): string {
  const bold = (t: string) => (color ? `\x1b[1m${t}\x1b[0m` : t);
  const dim = (t: string) => (color ? `\x1b[2m${t}\x1b[0m` : t);
  const lines: string[] = [
    `From ${d.old.label} (corpus ${d.old.corpus}, ${d.old.date}) to ${d.new.label} (corpus ${d.new.corpus}, ${d.new.date})`,
    `${d.columns.join(', ')} against ${d.references.map((r) => pickText(r.titles, 'en')).join(' + ')}`,
  ];
  for (const side of ['old', 'new'] as const) if (d.onlyIn[side].length) lines.push(dim(`only in ${d[side].label}, not compared: ${d.onlyIn[side].join(', ')}`));
  const texts = new Map(d.provisions.map((p) => [p.ref, p]));
  const state = (s: { status: Status; symbol: string; stale: boolean } | undefined) => (s ? `${s.symbol} ${WORDS[s.status]}${s.stale ? ' [STALE]' : ''}` : '(absent)');
  for (const a of d.articles.filter((x) => x.changed)) {
    for (const col of d.columns) {
      const c = a.cells[col]!;
      if (c.changes.length === 0) continue;
      lines.push('', bold(`Art. ${a.number}${a.headings.en ? ` ${a.headings.en}` : ''}${d.columns.length > 1 ? ` (${col})` : ''}: ${state(c.old)} → ${state(c.new)}`));
      for (const r of c.requirements) lines.push(`  ${requirementLine(r)}`);
      const cited = [...new Set([...(c.old?.provisions ?? []), ...(c.new?.provisions ?? [])])].filter((p) => texts.has(p));
      for (const ref of cited) lines.push(`  ${ref}, text changed: ${renderWords(texts.get(ref)!.words, { color })}`);
    }
  }
  if (d.findings.added.length) lines.push('', 'Findings added:', ...d.findings.added.map((f) => `  ${f.requirement} “${pickText(f.label, 'en')}”: ${f.coverage}`));
  if (d.findings.removed.length) lines.push('', 'Findings removed:', ...d.findings.removed.map((f) => `  ${f.requirement} “${pickText(f.label, 'en')}”: was ${f.coverage}`));
  const stale = d.provisions.flatMap((p) => p.translations.filter((t) => t.stale).map((t) => `${p.ref} (${t.lang})`));
  if (stale.length) lines.push('', `Translations of an earlier text: ${stale.join(', ')}`);
  lines.push('');
  for (const col of d.columns) {
    const t = d.totals[col]!;
    const moved = (Object.keys(WORDS) as Status[]).filter((s) => t.old[s] !== t.new[s]).map((s) => `${WORDS[s]} ${t.old[s]} → ${t.new[s]}`);
    lines.push(`Totals for ${col}: ${moved.length ? moved.join(', ') : 'unchanged'}`);
  }
  const unchanged = d.articles.length - d.summary.articles;
  lines.push(d.summary.articles ? `${summaryLine(d)}; ${unchanged} article(s) unchanged` : `No change: all ${d.articles.length} articles as they were`);
  return lines.join('\n') + '\n';
}

function requirementLine(r: RequirementDiff): string {
  const label = `${r.requirement} “${pickText(r.label, 'en')}”`;
  const s = (x: RequirementDiff['old']) => (x ? `${WORDS[x.status]}${x.coverage ? ` (${x.coverage})` : ''}${x.stale ? ' [STALE]' : ''}` : '(absent)');
  const what = r.changes.filter((c) => c !== 'status' && c !== 'stale').map((c) => (c === 'text' ? 'cited text changed' : c === 'added' ? 'finding added' : c === 'removed' ? 'finding removed' : `${c} changed`));
  return `${label}: ${s(r.old)} → ${s(r.new)}${what.length ? `; ${what.join(', ')}` : ''}`;
}
