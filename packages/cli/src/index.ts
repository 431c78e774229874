import { langFromEnv } from '@lexharmony/core/engine';
import yargs, { type Argv } from 'yargs';
import { commands } from './commands/index.js';
import { CORPUS_RULE, makeContext, type ContextOptions } from './context.js';
import { isCalendarDate } from '@lexharmony/core/engine';
import { EXIT, UsageError } from './exit.js';
import { processIo, reportError, type Io } from './output.js';
import pkg from '../package.json' with { type: 'json' };

/** Run the CLI with the given arguments; resolves to the exit code. `options` stand in for the environment (tests). */
export async function main(argv: string[], io: Io = processIo, options: ContextOptions = {}): Promise<number> {
  const debug = argv.includes('--debug');
  const ctx = makeContext(io, options);
  let y: Argv = yargs(argv)
    .scriptName('lexharmony')
    .usage('$0 <command> [options]\n\nCompare national law and strategies with a reference treaty (Budapest Convention) and report the gaps.')
    .example('$0 validate', 'check ./corpora: every file against its schema, every reference across files')
    .example('$0 show coe-ets-185/art-2', 'a Budapest article with its requirements')
    .example('$0 show "CPF 211 bis 1"', 'a provision by the citation people use')
    .example('$0 report MX --lang es', 'the gap report of Mexico as a Word document, in Spanish')
    .example('$0 completion >> ~/.bashrc', 'enable tab completion in bash')
    .epilogue(`${CORPUS_RULE}\n\nExit codes: 0 ok, 1 usage, 2 invalid data, 3 input/output. Docs: docs/corpus-authoring.md`)
    .option('debug', { type: 'boolean', describe: 'print stack traces on errors', global: true })
    .option('lang', {
      choices: ['es', 'en'] as const,
      default: langFromEnv(process.env),
      defaultDescription: 'from LC_ALL, LC_MESSAGES or LANG (es_MX.UTF-8 → es), else en',
      describe: 'language of the output: the summary on screen, every report format, messages',
      global: true,
    })
    .strict()
    .demandCommand(1, 'Name a command, such as validate or show.')
    .recommendCommands()
    .completion('completion', 'Print a shell completion script (bash/zsh)')
    .help()
    .alias('h', 'help')
    .version(pkg.version)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      // Thrown, so that no handler runs after a usage mistake (an unknown option, a missing argument).
      if (err) throw err;
      const what = msg.startsWith('Did you mean') ? `Unknown command "${argv.find((a) => !a.startsWith('-'))}". ${msg}` : msg;
      throw new UsageError(`${what}\nRun "lexharmony --help" for usage.`);
    });
  // Load only the command named on the line; list the others by name (all of them load for their own
  // --help) where they can be needed: for the top-level help, completion, or a name to correct.
  const named = argv.find((a) => !a.startsWith('-'));
  const nameOf = (c: (typeof commands)[number]) => c.command.split(' ')[0]!;
  const known = commands.some((c) => nameOf(c) === named);
  for (const c of commands) {
    const name = nameOf(c);
    if (name === named) y = (await c.load())(y, ctx);
    else if (!known) y = y.command(c.command, c.describe, {}, () => Promise.reject(new UsageError(`run "lexharmony ${name} --help"`)));
  }
  // yargs lays the whole help text of a command out before running it, kept in case the command fails
  // later (tens of milliseconds: a fifth of a fast command); failures here never show help, so it is not kept.
  const usage = (y as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
  // Before a handler runs: refuse usage mistakes yargs lets through, then load the corpus reader if the command will read a corpora directory.
  // getOptions() is yargs's own (not in its types): the options of the command being run, by kind.
  const withOptions = y as Argv & { getOptions(): { array: string[] } };
  y = y.middleware((args) => checkUsage(args, argv, withOptions.getOptions().array));
  y = y.middleware(async (args) => ctx.prepare(typeof args.corpus === 'string' ? args.corpus : undefined));
  try {
    // The callback collects what yargs itself prints (help, version, completion), so that it goes through io.
    let output = '';
    await y.parseAsync(argv, {}, (_err, _argv, text) => void (output = text));
    if (output) io.out(output.endsWith('\n') ? output : output + '\n');
  } catch (error) {
    return reportError(io, error, debug);
  }
  return EXIT.ok;
}

/**
 * Usage mistakes yargs accepts: an option given twice that takes one value (`--out a --out b` would
 * silently become a list), and a `--date` that is no day of the calendar (2026-13-45).
 */
function checkUsage(args: Record<string, unknown>, raw: readonly string[], arrays: readonly string[]): void {
  for (const [key, value] of Object.entries(args)) {
    if (key === '_' || key === '$0' || !Array.isArray(value) || arrays.includes(key)) continue;
    const given = raw.filter((a) => a === `--${key}` || a.startsWith(`--${key}=`)).length;
    if (given > 1) throw new UsageError(`--${key} is given ${given} times; give it once`);
  }
  const date = args.date;
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isCalendarDate(date))) {
    throw new UsageError(`--date ${JSON.stringify(date)} is not a day of the calendar (expected YYYY-MM-DD, such as 2026-12-01)`);
  }
}
