import { NotFoundError, pickText, walk, type Corpus, type Provision } from '@lexharmony/core';
import type { Argv } from 'yargs';
import { CORPUS_OPTION, type Context } from '../context.js';

export function showCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'show <ref>',
    'Show a provision: heading, structural path, text, history, translations and requirements',
    (a) =>
      a
        .positional('ref', { type: 'string', demandOption: true, describe: 'instrument/provision, e.g. coe-ets-185/art-2 or mx-cpf/art-211-bis-1' })
        .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
        .option('corpus', CORPUS_OPTION)
        .example('$0 show coe-ets-185/art-2', 'the Budapest article on illegal access, with its requirements')
        .example('$0 show mx-cpf/art-211-bis-1 --format json', 'a Mexican provision as JSON'),
    (argv) => {
      const corpus = ctx.corpus(argv.corpus);
      const view = provisionView(corpus, argv.ref);
      ctx.io.out(argv.format === 'json' ? JSON.stringify(view, null, 2) + '\n' : renderText(view));
    },
  );
}

export function provisionView(corpus: Corpus, ref: string) {
  const entry = corpus.provisions.get(ref);
  if (!entry) {
    const [inst] = ref.split('/');
    const hint = corpus.instruments.has(inst ?? '')
      ? `no provision "${ref}" in ${inst}; ids look like ${[...corpus.provisions.keys()].filter((k) => k.startsWith(inst + '/')).slice(0, 3).join(', ')}`
      : `no instrument "${inst}"; known: ${[...corpus.instruments.keys()].join(', ')}`;
    throw new NotFoundError(ref, hint);
  }
  const ids = new Set<string>();
  walk(entry.provision, (p) => ids.add(p.id));
  const requirements = [...corpus.requirements.values()].filter((r) => r.instrument === entry.instrument.id && ids.has(r.provision));
  return {
    ref,
    instrument: { id: entry.instrument.id, title: Object.values(entry.instrument.titles)[0], version: entry.instrument.version },
    number: entry.provision.number,
    heading: entry.provision.heading,
    path: entry.article.path,
    text: entry.provision.text,
    lang: entry.provision.lang ?? entry.instrument.languages[0],
    translations: entry.provision.translations,
    history: entry.provision.history,
    note: entry.provision.note,
    children: entry.provision.children.map((c: Provision) => ({ id: c.id, number: c.number, text: c.text })),
    requirements: requirements.map((r) => ({ ref: r.ref, kind: r.kind, label: r.label, quote: r.quote, relaxedBy: r.relaxedBy })),
  };
}

function renderText(v: ReturnType<typeof provisionView>): string {
  const lines: string[] = [];
  lines.push(`${v.ref}${v.heading ? ` — ${v.heading}` : ''}`);
  lines.push(`${v.instrument.title} (${v.instrument.version})`);
  if (v.path.length) lines.push(v.path.map((s) => [cap(s.level), s.number, s.title ? `(${s.title})` : ''].filter(Boolean).join(' ')).join(' › '));
  lines.push('', v.text, '');
  for (const t of v.translations) lines.push(`[${t.lang}, ${t.official ? 'official' : 'unofficial'} translation by ${t.by}]`, t.text, '');
  if (v.history.length) lines.push('History: ' + [...new Set(v.history.map((h) => h.raw))].join('; '), '');
  if (v.note) lines.push(`Note: ${v.note}`, '');
  if (v.requirements.length) {
    lines.push('Requirements:');
    for (const r of v.requirements) lines.push(`  ${r.ref}  [${r.kind}] ${pickText(r.label, 'en')}`, ...Object.entries(r.quote).map(([l, q]) => `      ${l}: “${q}”`));
  }
  return lines.join('\n') + '\n';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
