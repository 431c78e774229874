import { LIMITS, readRegularFile } from '@lexharmony/core/engine';
import { userPath } from '../paths.js';
import { basename, extname } from 'node:path';
import { IoError, LexharmonyError, type Provision } from '@lexharmony/core';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { helpWords } from '../lang.js';

/** The part of `@lexharmony/core/ingest` this command uses (loaded only with --source). */
interface IngestApi {
  ingest(data: Uint8Array, options: { format: string; profile: string; file?: string }): Promise<{ provisions: Provision[] }>;
  formatOf(file: string): string | undefined;
}

export function suggestCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'suggest <ref>',
    t('cli.help.suggest'),
    (a) =>
      a
        .positional('ref', { type: 'string', demandOption: true, describe: t('cli.help.suggest.ref') })
        .option('in', { type: 'string', describe: t('cli.help.suggest.in') })
        .option('source', { type: 'string', describe: t('cli.help.suggest.source') })
        .option('profile', { type: 'string', describe: t('cli.help.suggest.profile') })
        .option('limit', { type: 'number', default: 10, describe: t('cli.help.suggest.limit') })
        .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: t('cli.help.opt.outputFormat') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 suggest coe-ets-185/art-2 --in mx-cpf', t('cli.help.suggest.ex1'))
        .example('$0 suggest coe-ets-185/art-2 --source CPF.pdf --profile mx-federal', t('cli.help.suggest.ex2')),
    async (argv) => {
      const limit = argv.limit;
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError({ key: 'cli.badLimit', params: { value: String(limit) } });
      if (Boolean(argv.in) === Boolean(argv.source)) throw new UsageError({ key: 'msg.suggest.where' });
      if (argv.source && !argv.profile) throw new UsageError({ key: 'msg.suggest.profile' });
      if (argv.profile && !argv.source) throw new UsageError({ key: 'msg.suggest.source' });
      const corpus = ctx.corpus(argv.corpus);
      const { suggest } = await import('@lexharmony/core/suggest');
      const scope = argv.source
        ? { provisions: await ingestSource(argv.source, argv.profile!), instrument: instrumentIdOf(argv.source) }
        : { in: argv.in! };
      const result = suggest(corpus, argv.ref, scope, { limit });
      if (argv.format === 'json') {
        ctx.io.out(JSON.stringify(result, null, 2) + '\n');
        return;
      }
      const lines = [`Candidates for ${result.reference.ref} (${result.reference.title}) in ${result.scope}`, result.notice, ''];
      if (result.candidates.length === 0) lines.push('No provision shares a term with the reference.', '');
      result.candidates.forEach((c, i) => {
        lines.push(`${i + 1}. ${c.ref}  ${c.title}  [score ${c.score.toFixed(2)}]`);
        for (const m of c.matched) lines.push(`   ${m.provision.join(', ')}  ← ${m.reference.join(', ')}${m.count > 1 ? ` (×${m.count})` : ''}`);
        lines.push(`   ${c.snippet}`, '');
      });
      ctx.io.out(lines.join('\n'));
    },
  );
}

async function ingestSource(file: string, profile: string): Promise<Provision[]> {
  const data = readRegularFile(userPath(file), { maxBytes: LIMITS.sourceFileBytes, what: 'official text (PDF, text, Markdown or HTML)' });
  // The ingest readers (pdf.js, unified) load only here.
  const api = (await import('@lexharmony/core/ingest')) as unknown as Partial<IngestApi>;
  if (typeof api.ingest !== 'function' || typeof api.formatOf !== 'function') {
    throw new LexharmonyError('NO_INGEST', { key: 'msg.suggest.noIngest' });
  }
  const format = api.formatOf(file);
  if (!format) throw new UsageError({ key: 'msg.suggest.format', params: { file } });
  return (await api.ingest(data, { format, profile, file })).provisions;
}

/** `../shared/sources/mexico/CPF.txt` → `cpf`: the instrument part of the candidates' references. */
function instrumentIdOf(file: string): string {
  const id = basename(file, extname(file))
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return /^[a-z]/.test(id) ? id : `source-${id || 'file'}`;
}
