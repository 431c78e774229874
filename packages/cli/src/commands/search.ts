import { NotFoundError } from '@lexharmony/core';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';
import { UsageError } from '../exit.js';

const kinds = ['provision', 'requirement', 'strategy'] as const;

export function searchCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'search <query..>',
    'Search provisions, requirements and strategies, in Spanish or English, with or without accents',
    (a) =>
      a
        .positional('query', { type: 'string', array: true, demandOption: true, describe: 'words to look for (quotes optional)' })
        .option('in', { type: 'string', describe: "only this instrument, e.g. mx-cpf or coe-ets-185, or a country's law: AR, CO, PE, ES, MX" })
        .option('kind', { choices: kinds, array: true, describe: 'only these kinds of result' })
        .option('limit', { type: 'number', default: 10, describe: 'at most this many results' })
        .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
        .option('corpus', CORPUS_OPTION)
        .example('$0 search acceso ilícito', 'CPF 211 bis 1 and Budapest Art. 2 (the glossary carries "acceso ilícito" to "illegal access")')
        .example('$0 search interception --in mx-cpf', 'Mexican provisions only')
        .example('$0 search acceso ilegítimo a sistema informático --in AR', "Argentina's law only (Código Penal art. 153 bis first)"),
    async (argv) => {
      const limit = argv.limit;
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, got ${String(limit)}`);
      const query = argv.query.join(' ').trim();
      if (!query) throw new UsageError('the query is empty');
      const corpus = ctx.corpus(argv.corpus);
      // A country's code stands for every instrument of its law in the corpus.
      const ofCountry = argv.in === undefined || corpus.instruments.has(argv.in) ? [] : [...corpus.instruments.values()].filter((i) => i.meta.jurisdiction === argv.in!.toUpperCase()).map((i) => i.meta.id);
      if (argv.in !== undefined && !corpus.instruments.has(argv.in) && ofCountry.length === 0) {
        const countries = [...new Set([...corpus.instruments.values()].map((i) => i.meta.jurisdiction).filter((j) => j !== 'INT'))];
        throw new NotFoundError(argv.in, `no instrument "${argv.in}"; known: ${[...corpus.instruments.keys()].join(', ')}; or a country's code: ${countries.join(', ')}`);
      }
      // fuse.js loads only when a search runs, so the other commands start faster.
      const { buildSearchIndex } = await import('@lexharmony/core/search');
      const results = buildSearchIndex(corpus).search(query, { in: ofCountry.length ? ofCountry : argv.in, limit, kinds: argv.kind });
      if (argv.format === 'json') {
        ctx.io.out(JSON.stringify({ query, in: argv.in ?? null, results }, null, 2) + '\n');
        return;
      }
      if (results.length === 0) {
        ctx.io.err(`No results for "${query}"${argv.in ? ` in ${argv.in}` : ''}.\n`);
        return;
      }
      const lines: string[] = [];
      results.forEach((r, i) => {
        lines.push(`${i + 1}. ${r.ref}  ${r.title}  [${r.kind}, ${r.score.toFixed(2)}]`);
        if (r.matched.length) lines.push(`   matched: ${r.matched.join(', ')}`);
        lines.push(`   ${r.snippet}`, '');
      });
      ctx.io.out(lines.join('\n'));
    },
  );
}
