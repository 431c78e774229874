import yargs, { type Argv } from 'yargs';
import { commands } from './commands/index.js';
import { makeContext } from './context.js';
import { EXIT } from './exit.js';
import { processIo, reportError, type Io } from './output.js';

declare const __VERSION__: string | undefined;

/** Run the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  const ctx = makeContext(io);
  let usageFailed = false;
  let y: Argv = yargs(argv)
    .scriptName('lexharmony')
    .usage('$0 <command> [options]\n\nCompare national law and strategies with a reference treaty (Budapest Convention) and report the gaps.')
    .option('debug', { type: 'boolean', describe: 'print stack traces on errors', global: true })
    .strict()
    .demandCommand(1, 'Name a command; see the list above.')
    .recommendCommands()
    .completion('completion', 'Print a shell completion script (bash/zsh)')
    .help()
    .alias('h', 'help')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageFailed = true;
      io.err(`${msg}\nRun "lexharmony --help" for usage.\n`);
    });
  for (const add of commands) y = add(y, ctx);
  try {
    await y.parseAsync();
  } catch (error) {
    return reportError(io, error, debug);
  }
  return usageFailed ? EXIT.usage : EXIT.ok;
}
