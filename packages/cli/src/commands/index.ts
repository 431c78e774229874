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
  describe: string;
  load: () => Promise<AddCommand>;
}

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: CommandEntry[] = [
  { command: 'gaps [jurisdictions..]', describe: "Article by article on screen: where a jurisdiction's law meets, partly meets or misses the reference treaty; --out keeps the gap matrix", load: async () => (await import('./gaps.js')).gapsCommand },
  { command: 'report <jurisdictions..>', describe: 'Write the whole gap report of a jurisdiction, or of several side by side (docx, xlsx, html, md, csv or json): summary, matrix, each article with its findings and texts, sources, method', load: async () => (await import('./report.js')).reportCommand },
  { command: 'compare <ref>', describe: 'How Parties worded one treaty article or requirement: the treaty text, then each country\'s provisions quoted, status, findings, declarations and reservations', load: async () => (await import('./compare.js')).compareCommand },
  { command: 'strategies', describe: 'Compare the national cybersecurity strategies by taxonomy area or against the Budapest Convention, with quoted evidence', load: async () => (await import('./strategies.js')).strategiesCommand },
  { command: 'validate', describe: 'Validate a corpora directory: every file against its schema, every reference across files', load: async () => (await import('./validate.js')).validateCommand },
  { command: 'show <ref>', describe: 'Show a provision, by id or by citation ("CPF 211 bis 1"): heading, structure, text, translations, history, requirements', load: async () => (await import('./show.js')).showCommand },
  { command: 'search <query..>', describe: 'Search provisions, requirements and strategies, in Spanish or English, with or without accents', load: async () => (await import('./search.js')).searchCommand },
  { command: 'suggest <ref>', describe: 'Propose national provisions that may carry a requirement or article (candidates for an analyst, not findings)', load: async () => (await import('./suggest.js')).suggestCommand },
  { command: 'ingest <file>', describe: 'Read an official text (PDF, text, Markdown, HTML) and write its provisions as a corpus file', load: async () => (await import('./ingest.js')).ingestCommand },
  { command: 'verify', describe: 'Check every provision text and quote of the corpus verbatim against the official sources', load: async () => (await import('./verify.js')).verifyCommand },
  { command: 'diff <old> [new]', describe: 'What changed between two gap matrices, corpora or git revisions of the corpus: statuses, texts, findings', load: async () => (await import('./diff.js')).diffCommand },
  { command: 'stamp <assessment>', describe: "Fill each finding citation's text hash from the current corpus; with --refresh, rewrite the ones whose text changed", load: async () => (await import('./stamp.js')).stampCommand },
  { command: 'viewer <command>', describe: 'Build or serve the web viewer: gap matrix, side-by-side texts, strategies, treaty status, search', load: async () => (await import('./viewer.js')).viewerCommand },
];
