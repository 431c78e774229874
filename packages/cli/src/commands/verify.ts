import { join } from 'node:path';
import { LexharmonyError, translationStates, translator, type Corpus, type Lang, type Said, type Translator } from '@lexharmony/core';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { helpWords } from '../lang.js';

/** Verification found quotes that are not in their sources: exit 2 (invalid data). */
class VerifyFailed extends LexharmonyError {
  override name = 'VerifyFailed' as const;
  constructor(message: Said) {
    super('VERIFY_MISMATCH', message);
  }
}

export function verifyCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'verify',
    t('cli.help.verify'),
    (a) =>
      a
        .option('sources', { type: 'string', default: '../shared/sources', describe: t('cli.help.verify.sources') })
        .option('corpus', { type: 'string', describe: t('cli.help.opt.corpus') })
        .example('$0 verify', t('cli.help.verify.ex1'))
        .example('$0 verify --sources ~/sources --corpus ~/my-corpora', t('cli.help.verify.ex2')),
    async (argv) => {
      const tr = translator(argv.lang as Lang);
      const { verifyCorpus } = await import('@lexharmony/core/ingest');
      const corpus = ctx.corpus(argv.corpus);
      const choice = ctx.choice(argv.corpus);
      const base = choice.kind === 'directory' ? choice.shown : '';
      // Reading the official PDFs takes seconds: after the first second, say which file is being read.
      const started = Date.now();
      let shown = false;
      const report = await verifyCorpus(corpus, argv.sources, {
        onProgress: (done, total, file) => {
          if (Date.now() - started < 1000) return;
          ctx.io.err(`\r${tr.t('msg.verify.progress', { file, n: done + 1, total })}`.padEnd(72));
          shown = true;
        },
      });
      if (shown) ctx.io.err('\n');
      const lines: string[] = [];
      for (const i of report.issues) {
        const where = i.origin ? `${base ? join(base, i.origin.file) : i.origin.file}${i.origin.line ? `:${i.origin.line}` : ''}: ` : '';
        const said = i.said;
        const subject = said?.subject ? tr.t(said.subject.key, said.subject.params) : (i.subject ?? i.instrument);
        lines.push(`${where}${subject}: ${said ? tr.t(said.message.key, said.message.params) : i.message}`);
        if (i.quote) lines.push(`    ${tr.t('msg.verify.quote')}  ${clip(i.quote)}`);
        if (i.nearest) lines.push(`    ${tr.t('msg.verify.source')} ${clip(i.nearest)}`);
      }
      if (report.notVerifiable.length) lines.push(tr.t('msg.verify.notVerifiable', { ids: report.notVerifiable.join(', ') }));
      lines.push(...translationLines(tr, corpus, base));
      const errors = report.issues.length;
      lines.push(tr.t('msg.verify.total', { found: report.found, checked: report.checked, files: report.sources.length }) + (errors ? tr.t('msg.verify.problems', { n: errors }) : ''));
      ctx.io.out(lines.join('\n') + '\n');
      if (errors) throw new VerifyFailed({ key: 'msg.verify.failed', params: { n: errors } });
    },
  );
}

/**
 * Unofficial translations that no longer translate their provision's text (listed, not a failure:
 * every output labels them "translation of an earlier text" until the translator revises them), and
 * the project's translations of law that record no text hash, so that nobody can tell.
 */
function translationLines(tr: Translator, corpus: Corpus, base: string): string[] {
  const unofficial = translationStates(corpus).filter((t) => !t.official);
  const where = (t: (typeof unofficial)[number]) => (t.origin ? `${base ? join(base, t.origin.file) : t.origin.file}${t.origin.line ? `:${t.origin.line}` : ''}: ` : '');
  const stale = unofficial.filter((t) => t.stale);
  const lines = stale.map((t) => `${where(t)}${tr.t('msg.verify.staleTranslation', { ref: t.ref, lang: t.lang, of: t.of, current: t.current })}`);
  if (stale.length) lines.push(tr.t('msg.verify.staleCount', { n: stale.length }));
  // A strategy's translations are quoted from a third party (the ITU's English of the ENCS), not the project's.
  const unrecorded = unofficial.filter((t) => t.of === undefined && corpus.instruments.get(t.ref.split('/')[0]!)?.meta.kind !== 'strategy');
  if (unrecorded.length) {
    const files = [...new Set(unrecorded.map((t) => t.ref.split('/')[0]))].map((id) => `${base || 'corpora'}/instruments/${id}/provisions.yaml`);
    lines.push(tr.t('msg.verify.unrecorded', { n: unrecorded.length, files: files.join(' ') }));
  }
  return lines;
}

const clip = (s: string) => (s.length > 240 ? s.slice(0, 237) + '…' : s);
