import type { Argv } from 'yargs';
import type { Context } from '../context.js';

export type AddCommand = (y: Argv, ctx: Context) => Argv;

/**
 * A command of the CLI: its usage and one line for the top-level `--help`, and a loader for its module,
 * imported only when the command runs, so that start-up loads one command and not every dependency.
 */
export interface CommandEntry {
  /** Its name and positionals as `--help` shows them: `show <ref>`. */
  command: string;
  /** Its line in `--help`: a catalogue key (`cli.help.gaps`), said in the output language. */
  describe: string;
  load: () => Promise<AddCommand>;
}

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: CommandEntry[] = [
  { command: 'gaps [jurisdictions..]', describe: 'cli.help.gaps', load: async () => (await import('./gaps.js')).gapsCommand },
  { command: 'report <jurisdictions..>', describe: 'cli.help.report', load: async () => (await import('./report.js')).reportCommand },
  { command: 'compare <ref>', describe: 'How Parties worded one treaty article or requirement: the treaty text, then each country\'s provisions quoted, status, findings, declarations and reservations', load: async () => (await import('./compare.js')).compareCommand },
  { command: 'recommend <jurisdiction>', describe: 'rec.help.recommend', load: async () => (await import('./recommend.js')).recommendCommand },
  { command: 'strategies', describe: 'cli.help.strategies', load: async () => (await import('./strategies.js')).strategiesCommand },
  { command: 'validate', describe: 'cli.help.validate', load: async () => (await import('./validate.js')).validateCommand },
  { command: 'show <ref>', describe: 'cli.help.show', load: async () => (await import('./show.js')).showCommand },
  { command: 'search <query..>', describe: 'cli.help.search', load: async () => (await import('./search.js')).searchCommand },
  { command: 'suggest <ref>', describe: 'cli.help.suggest', load: async () => (await import('./suggest.js')).suggestCommand },
  { command: 'ingest <file>', describe: 'cli.help.ingest', load: async () => (await import('./ingest.js')).ingestCommand },
  { command: 'verify', describe: 'cli.help.verify', load: async () => (await import('./verify.js')).verifyCommand },
  { command: 'diff <old> [new]', describe: 'cli.help.diff', load: async () => (await import('./diff.js')).diffCommand },
  { command: 'stamp <assessment>', describe: 'cli.help.stamp', load: async () => (await import('./stamp.js')).stampCommand },
  { command: 'viewer <command>', describe: 'cli.help.viewer', load: async () => (await import('./viewer.js')).viewerCommand },
];
