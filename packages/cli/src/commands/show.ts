import { citeParts, formatCite, nearestReferences, NotFoundError, pickText, resolveReference, shortValue, translator, walk, type Corpus, type Lang, type MessageKey, type Provision } from '@lexharmony/core';
import { words } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';

export function showCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'show <ref>',
    t('cli.help.show'),
    (a) =>
      a
        .positional('ref', { type: 'string', demandOption: true, describe: t('cli.help.show.ref') })
        .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: t('cli.help.opt.outputFormat') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 show "CPF 211 bis 1"', t('cli.help.show.ex1'))
        .example('$0 show "Convenio art. 2"', t('cli.help.show.ex2'))
        .example('$0 show mx-cpf/art-211-bis-1 --format json', t('cli.help.show.ex3')),
    (argv) => {
      const corpus = ctx.corpus(argv.corpus);
      const lang = argv.lang as Lang;
      const view = provisionView(corpus, argv.ref, lang);
      ctx.io.out(argv.format === 'json' ? JSON.stringify(view, null, 2) + '\n' : renderText(view, lang));
    },
  );
}

export function provisionView(corpus: Corpus, input: string, lang: Lang = 'en') {
  const t = translator(lang).t;
  const ref = resolveReference(corpus, input);
  if (!ref) {
    const inst = input.includes('/') ? input.slice(0, input.indexOf('/')) : undefined;
    if (inst && !corpus.instruments.has(inst)) throw new NotFoundError(input, t('err.noInstrument', { name: inst, known: [...corpus.instruments.keys()].join(', ') }));
    const nearest = nearestReferences(corpus, input);
    throw new NotFoundError(input, t('show.notFound', { ref: shortValue(input) }) + (nearest.length ? `; ${t('show.nearest', { refs: nearest.join(', ') })}` : ''));
  }
  const entry = corpus.provisions.get(ref)!;
  const ids = new Set<string>();
  walk(entry.provision, (p) => ids.add(p.id));
  const requirements = corpus.requirementsOf(entry.instrument.id).filter((r) => ids.has(r.provision));
  const tr = translator(lang);
  return {
    ref,
    citation: formatCite(citeParts(corpus, ref), tr),
    instrument: { id: entry.instrument.id, short: entry.instrument.short, title: entry.instrument.titles[lang] ?? Object.values(entry.instrument.titles)[0], version: entry.instrument.version, caveat: pickText(entry.instrument.caveat, lang) },
    number: entry.provision.number,
    heading: entry.provision.heading,
    path: entry.article.path,
    text: entry.provision.text,
    lang: entry.provision.lang ?? entry.instrument.languages[0],
    translations: entry.provision.translations,
    history: entry.provision.history,
    note: entry.provision.note,
    children: entry.provision.children.map((c: Provision) => ({ id: c.id, number: c.number, text: c.text })),
    requirements: requirements.map((r) => ({ ref: r.ref, citation: formatCite(citeParts(corpus, r.ref), tr), kind: r.kind, label: r.label, quote: r.quote, relaxedBy: r.relaxedBy })),
  };
}

function renderText(v: ReturnType<typeof provisionView>, lang: Lang): string {
  const w = words(lang, { cites: {}, names: {} });
  const { t } = w;
  const lines: string[] = [];
  lines.push(`${v.citation}${v.heading ? ` — ${v.heading}` : ''}`, `  ${v.ref}`);
  lines.push(`${v.instrument.title} (${v.instrument.version})`);
  if (v.instrument.caveat) lines.push(`${t('show.caveat')} ${v.instrument.caveat}`);
  if (v.path.length) lines.push(w.path(v.path));
  lines.push('', v.text, '');
  for (const tr of v.translations) {
    const kind = t(tr.official ? 'show.official' : 'show.unofficial');
    lines.push(`[${t('show.translation', { kind, lang: t(`lang.${tr.lang}` as MessageKey), by: tr.by })}]`, tr.text, '');
  }
  if (v.history.length) lines.push(`${t('show.history')} ${[...new Set(v.history.map((h) => h.raw))].join('; ')}`, '');
  if (v.note) lines.push(`${t('show.note')} ${v.note}`, '');
  if (v.requirements.length) {
    lines.push(t('show.requirements'));
    for (const r of v.requirements) lines.push(`  ${r.citation} — ${t(`kind.${r.kind}` as MessageKey)}: ${pickText(r.label, lang)}`, `      ${r.ref}`, ...Object.entries(r.quote).map(([l, q]) => `      ${l}: “${q}”`));
  }
  return lines.join('\n') + '\n';
}
