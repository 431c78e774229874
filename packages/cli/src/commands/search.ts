import { citeParts, formatCite, NotFoundError, pickText, translator, type Corpus, type Lang, type MessageKey } from '@lexharmony/core';
import type { SearchResult } from '@lexharmony/core/search';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { helpWords } from '../lang.js';

const kinds = ['provision', 'requirement', 'strategy'] as const;

export function searchCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'search <query..>',
    t('cli.help.search'),
    (a) =>
      a
        .positional('query', { type: 'string', array: true, demandOption: true, describe: t('cli.help.search.query') })
        .option('in', { type: 'string', describe: t('cli.help.search.in') })
        .option('kind', { choices: kinds, array: true, describe: t('cli.help.search.kind') })
        .option('limit', { type: 'number', default: 10, describe: t('cli.help.search.limit') })
        .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: t('cli.help.opt.outputFormat') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 search acceso ilícito', t('cli.help.search.ex1'))
        .example('$0 search interception --in mx-cpf', t('cli.help.search.ex2'))
        .example('$0 search acceso ilegítimo a sistema informático --in AR', t('cli.help.search.ex3')),
    async (argv) => {
      const lang = argv.lang as Lang;
      const limit = argv.limit;
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError({ key: 'cli.badLimit', params: { value: String(limit) } });
      const query = argv.query.join(' ').trim();
      if (!query) throw new UsageError({ key: 'cli.emptyQuery' });
      const corpus = ctx.corpus(argv.corpus);
      // A country's code stands for every instrument of its law in the corpus.
      const ofCountry = argv.in === undefined || corpus.instruments.has(argv.in) ? [] : [...corpus.instruments.values()].filter((i) => i.meta.jurisdiction === argv.in!.toUpperCase()).map((i) => i.meta.id);
      if (argv.in !== undefined && !corpus.instruments.has(argv.in) && ofCountry.length === 0) {
        const countries = [...new Set([...corpus.instruments.values()].map((i) => i.meta.jurisdiction).filter((j) => j !== 'INT'))];
        throw new NotFoundError(argv.in, { key: 'err.noInstrumentOrCountry', params: { name: argv.in, known: [...corpus.instruments.keys()].join(', '), countries: countries.join(', ') } });
      }
      // fuse.js loads only when a search runs, so the other commands start faster.
      const { buildSearchIndex, fold, snippet } = await import('@lexharmony/core/search');
      const results = buildSearchIndex(corpus).search(query, { in: ofCountry.length ? ofCountry : argv.in, limit, kinds: argv.kind });
      if (argv.format === 'json') {
        ctx.io.out(JSON.stringify({ query, in: argv.in ?? null, results }, null, 2) + '\n');
        return;
      }
      const tr = translator(lang);
      if (results.length === 0) {
        ctx.io.err(tr.t(argv.in ? 'cli.search.noneIn' : 'cli.search.none', { query, in: argv.in }) + '\n');
        return;
      }
      const lines: string[] = [];
      results.forEach((r, i) => {
        const { title, text } = shown(corpus, r, lang);
        lines.push(`${i + 1}. ${title}  [${tr.t(`cli.search.kind.${r.kind}` as MessageKey)}, ${r.score.toFixed(2)}]`, `   ${r.ref}`);
        if (r.matched.length) lines.push(`   ${tr.t('cli.search.matched')} ${r.matched.join(', ')}`);
        lines.push(`   ${text === undefined ? r.snippet : snippet(text, r.matched.map(fold))}`, '');
      });
      ctx.io.out(lines.join('\n'));
    },
  );
}

/**
 * A result as a reader of the output language sees it: its citation and heading (a treaty article's
 * heading from its official translation), and the text to quote from where it exists in that
 * language (the official translation of a treaty; a law's own text otherwise, never translated).
 */
function shown(corpus: Corpus, r: SearchResult, lang: Lang): { title: string; text?: string | undefined } {
  const tr = translator(lang);
  const citation = formatCite(citeParts(corpus, r.ref), tr, { form: 'short' });
  if (r.kind === 'requirement') {
    const q = corpus.requirements.get(r.ref);
    return { title: q ? `${citation} — ${pickText(q.label, lang)}` : citation, text: q?.quote[lang] ?? q?.quote.en };
  }
  const entry = corpus.provisions.get(r.ref);
  if (!entry) return { title: citation };
  const p = entry.provision;
  const official = (p.lang ?? entry.instrument.languages[0]) === lang ? undefined : p.translations.find((x) => x.official && x.lang === lang);
  const heading = official?.heading ?? p.heading;
  // A strategy's citation is its heading already.
  return { title: heading && r.kind !== 'strategy' ? `${citation} — ${heading}` : citation, text: official?.text };
}
