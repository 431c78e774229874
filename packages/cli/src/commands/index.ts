import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { gapsCommand } from './gaps.js';
import { ingestCommand } from './ingest.js';
import { reportCommand } from './report.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { suggestCommand } from './suggest.js';
import { validateCommand } from './validate.js';
import { viewerCommand } from './viewer.js';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: ((y: Argv, ctx: Context) => Argv)[] = [
  gapsCommand,
  reportCommand,
  validateCommand,
  showCommand,
  searchCommand,
  suggestCommand,
  ingestCommand,
  viewerCommand,
];
