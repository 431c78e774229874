import { translator, type Lang } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import { userPath } from '../paths.js';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { helpWords } from '../lang.js';

/** Where `viewer build` and `viewer serve` write the site when --out is not given. */
export const DEFAULT_VIEWER_DIR = 'lexharmony-viewer';

export function viewerCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command('viewer <command>', t('cli.help.viewer'), (v) =>
    v
      .command(
        'build',
        t('cli.help.viewer.build'),
        (a) =>
          a
            .option('out', { type: 'string', default: DEFAULT_VIEWER_DIR, describe: t('cli.help.viewer.buildOut') })
            .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
            .option('date', { type: 'string', describe: t('cli.help.viewer.date') })
            .option('force', { type: 'boolean', default: false, describe: t('cli.help.viewer.force') })
            .example('$0 viewer build --out site', t('cli.help.viewer.ex1'))
            .example('$0 viewer build --force', t('cli.help.viewer.ex2')),
        async (argv) => {
          const site = await buildViewer(ctx, argv);
          const files = site.files.map((f) => `${f.name} (${kb(f.bytes)})`).join(', ');
          ctx.io.err(`${translator(argv.lang as Lang).t('cli.viewer.wrote', { dir: site.dir, files })}\n`);
        },
      )
      .command(
        'serve',
        t('cli.help.viewer.serve'),
        (a) =>
          a
            .option('port', { type: 'number', default: 8180, describe: t('cli.help.viewer.port') })
            .option('out', { type: 'string', default: DEFAULT_VIEWER_DIR, describe: t('cli.help.viewer.serveOut') })
            .option('rebuild', { type: 'boolean', default: false, describe: t('cli.help.viewer.rebuild') })
            .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
            .example('$0 viewer serve', t('cli.help.viewer.ex3')),
        async (argv) => {
          const server = await serveViewer(ctx, { ...argv, lang: argv.lang as Lang });
          ctx.io.err(`${translator(argv.lang as Lang).t('cli.viewer.stop')}\n`);
          await new Promise<void>((done) => {
            const stop = () => void server.close().then(done);
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
        },
      )
      .demandCommand(1, t('cli.help.viewer.which')),
  );
}

/** `viewer build`: compute the data from the corpus and write the site. */
export async function buildViewer(ctx: Context, options: { out: string; corpus?: string | undefined; date?: string | undefined; force?: boolean | undefined }) {
  const viewer = await import('@lexharmony/viewer');
  await ctx.prepare(options.corpus);
  const site = await viewer.buildSite(ctx.corpus(options.corpus), { date: options.date });
  return viewer.writeSite(userPath(options.out), site.data, { force: options.force, downloads: site.files });
}

/** `viewer serve`: build if needed, then serve; resolves once listening, after printing the address on stdout. */
export async function serveViewer(ctx: Context, options: { out: string; port: number; rebuild?: boolean | undefined; corpus?: string | undefined; lang?: Lang | undefined }) {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new UsageError({ key: 'cli.viewer.port', params: { port: String(options.port) } });
  const { t } = translator(options.lang ?? 'en');
  const viewer = await import('@lexharmony/viewer');
  const dir = userPath(options.out);
  const built = viewer.isSiteBuilt(dir);
  // A built site is served as it is only while it shows the corpus asked for: a different corpus digest rebuilds it.
  let why = options.rebuild ? '--rebuild' : built ? undefined : t('cli.viewer.noSite');
  if (!why) {
    await ctx.prepare(options.corpus);
    const { corpusDigest } = await import('@lexharmony/core');
    const want = corpusDigest(ctx.corpus(options.corpus).data);
    const have = viewer.builtCorpusVersion(dir);
    if (have !== want) why = t('cli.viewer.corpusChanged', { have: have ?? t('cli.viewer.unreadable'), want });
  }
  if (why) {
    // A site serve built may be rebuilt over; any other directory of that name is left alone (writeSite refuses it).
    const site = await buildViewer(ctx, { out: dir, corpus: options.corpus, force: built });
    ctx.io.err(`${t('cli.viewer.built', { dir: site.dir, why })}\n`);
  }
  const server = await viewer.serveSite(dir, options.port);
  ctx.io.out(`${server.url}\n`);
  return server;
}

const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
