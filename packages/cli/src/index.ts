import { translator, type MessageKey } from '@lexharmony/core/engine';
import yargs, { type Argv } from 'yargs';
import { commands } from './commands/index.js';
import { makeContext, type ContextOptions } from './context.js';
import { isCalendarDate } from '@lexharmony/core/engine';
import { EXIT, UsageError } from './exit.js';
import { argvLang } from './lang.js';
import { processIo, reportError, type Io } from './output.js';
import pkg from '../package.json' with { type: 'json' };
// yargs's own words in Spanish (from its locales/es.json, reworded): bundled, yargs cannot read its locale files.
import yargsEs from './yargs-es.json' with { type: 'json' };

/** Run the CLI with the given arguments; resolves to the exit code. `options` stand in for the environment (tests). */
export async function main(argv: string[], io: Io = processIo, options: ContextOptions = {}): Promise<number> {
  const debug = argv.includes('--debug');
  // The output language is known before parsing: help, yargs's own words, notes and errors speak it too.
  const lang = argvLang(argv);
  const ctx = makeContext(io, { lang, ...options });
  const tr = translator(lang);
  const t = tr.t;
  let y: Argv = yargs(argv).locale(lang);
  if (lang === 'es') y = y.updateStrings(yargsEs as unknown as Record<string, string>);
  y = y
    .scriptName('lexharmony')
    .usage(`$0 <command> [options]\n\n${t('cli.help.usage')}`)
    .example('$0 report MX --lang es', t('cli.help.ex.report'))
    .example('$0 show "CPF 211 bis 1"', t('cli.help.ex.showCite'))
    .example('$0 show coe-ets-185/art-2', t('cli.help.ex.show'))
    .example('$0 validate', t('cli.help.ex.validate'))
    .example('$0 completion >> ~/.bashrc', t('cli.help.ex.completion'))
    .epilogue(`${t('cli.help.corpusRule')}\n\n${t('cli.help.epilogue')}`)
    .option('debug', { type: 'boolean', describe: t('cli.help.debug'), global: true })
    .option('lang', {
      choices: ['es', 'en'] as const,
      default: lang,
      defaultDescription: t('cli.help.langDefault'),
      describe: t('cli.help.lang'),
      global: true,
    })
    .strict()
    .demandCommand(1, t('cli.nameCommand'))
    .recommendCommands()
    .completion('completion', t('cli.help.completion'))
    .help()
    .alias('h', 'help')
    .version(pkg.version)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      // Thrown, so that no handler runs after a usage mistake (an unknown option, a missing argument).
      if (err) throw err;
      // yargs's own words (msg) are in its locale already.
      const unknown = argv.find((a) => !a.startsWith('-'));
      const what = unknown && !commands.some((c) => c.command.split(' ')[0] === unknown) && msg.endsWith('?') ? `${t('cli.unknownCommand', { name: unknown })} ${msg}` : msg;
      throw new UsageError(`${what}\n${t('cli.usageHint')}`);
    });
  // Load only the command named on the line; list the others by name (all of them load for their own
  // --help) where they can be needed: for the top-level help, completion, or a name to correct.
  const named = argv.find((a) => !a.startsWith('-'));
  const nameOf = (c: (typeof commands)[number]) => c.command.split(' ')[0]!;
  const known = commands.some((c) => nameOf(c) === named);
  for (const c of commands) {
    const name = nameOf(c);
    if (name === named) y = (await c.load())(y, ctx);
    else if (!known) y = y.command(c.command, tr.has(c.describe) ? t(c.describe as MessageKey) : c.describe, {}, () => Promise.reject(new UsageError(`run "lexharmony ${name} --help"`)));
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
    return reportError(io, error, debug, lang);
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
    if (given > 1) throw new UsageError({ key: 'cli.givenTwice', params: { option: key, n: given } });
  }
  const date = args.date;
  if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isCalendarDate(date))) {
    throw new UsageError({ key: 'cli.badDate', params: { value: JSON.stringify(date) } });
  }
}
