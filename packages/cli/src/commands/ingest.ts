import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { LIMITS, readRegularFile, readTextFile, translator, writeFileSafely, type Lang, type Said, type Translator } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';
import { userPath } from '../paths.js';
import { helpWords } from '../lang.js';

const FORMATS = ['pdf', 'txt', 'md', 'html'] as const;

export function ingestCommand(y: Argv, ctx: Context): Argv {
  const t = helpWords(y);
  return y.command(
    'ingest <file>',
    t('cli.help.ingest'),
    (a) =>
      a
        .positional('file', { type: 'string', demandOption: true, describe: t('cli.help.ingest.file') })
        .option('profile', { type: 'string', demandOption: true, describe: t('cli.help.ingest.profile') })
        .option('instrument', { type: 'string', demandOption: true, describe: t('cli.help.ingest.instrument') })
        .option('out', { type: 'string', describe: t('cli.help.ingest.out') })
        .option('into', { type: 'string', describe: t('cli.help.ingest.into') })
        .option('format', { choices: FORMATS, describe: t('cli.help.ingest.format') })
        .option('select', { type: 'string', describe: t('cli.help.ingest.select') })
        .option('neighbours', { type: 'number', default: 0, describe: t('cli.help.ingest.neighbours') })
        .option('force', { type: 'boolean', default: false, describe: t('cli.help.ingest.force') })
        .option('translation-of', { type: 'string', describe: t('cli.help.ingest.translationOf') })
        .option('translation-lang', { type: 'string', describe: t('cli.help.ingest.translationLang') })
        .option('by', { type: 'string', describe: t('cli.help.ingest.by') })
        .option('official', { type: 'boolean', default: false, describe: t('cli.help.ingest.official') })
        .example('$0 ingest ../shared/sources/mexico/CPF.pdf --profile mx-federal --instrument mx-cpf --select art-211-bis-1,art-167 --out cpf.yaml', t('cli.help.ingest.ex1'))
        .example('$0 ingest CPF.pdf --profile mx-federal --instrument mx-cpf --select art-211-bis-1 --into corpora/instruments/mx-cpf/provisions.yaml', t('cli.help.ingest.ex2'))
        .example('$0 ingest ets185.en.md --profile coe-treaty --instrument coe-ets-185 --out corpora/instruments/coe-ets-185/provisions.yaml', t('cli.help.ingest.ex3'))
        .example(
          '$0 ingest BOE-A-2010-14221-convenio-ciberdelincuencia.es.md --profile boe-treaty --instrument coe-ets-185 --translation-of corpora/instruments/coe-ets-185/provisions.yaml --translation-lang es --by "España (BOE 17-09-2010)" --official --out corpora/instruments/coe-ets-185/provisions.yaml --force',
          t('cli.help.ingest.ex4'),
        ),
    async (argv) => {
      const tr = translator(argv.lang as Lang);
      const api = await loadIngest();
      const { ingest, formatOf, formatProvisionsFile, selectProvisions, InstrumentIdPattern, schemas } = api;
      const file = argv.file;
      const format = argv.format ?? formatOf(file);
      if (!format) throw new UsageError({ key: 'msg.ingest.usage.format', params: { file, formats: FORMATS.join(', ') } });
      if (!InstrumentIdPattern.test(argv.instrument)) throw new UsageError({ key: 'msg.ingest.usage.instrument', params: { id: argv.instrument } });
      if (argv.neighbours < 0 || !Number.isInteger(argv.neighbours)) throw new UsageError({ key: 'msg.ingest.usage.neighbours' });
      if (argv.neighbours && !argv.select) throw new UsageError({ key: 'msg.ingest.usage.neighboursSelect' });
      if (argv.into !== undefined && argv.out !== undefined) throw new UsageError({ key: 'msg.ingest.usage.intoOut' });
      if (argv.into !== undefined && !argv.select) throw new UsageError({ key: 'msg.ingest.usage.intoSelect' });
      if (argv.select !== undefined && argv.select.split(',').every((s) => !s.trim())) throw new UsageError({ key: 'msg.ingest.usage.selectEmpty' });
      const translationOf = argv['translation-of'];
      if (translationOf !== undefined) {
        const lang = argv['translation-lang'];
        if (!lang || !schemas.LanguageCode.safeParse(lang).success) throw new UsageError({ key: 'msg.ingest.usage.translationLang' });
        if (!argv.by?.trim()) throw new UsageError({ key: 'msg.ingest.usage.translationBy' });
        if (argv.select) throw new UsageError({ key: 'msg.ingest.usage.translationSelect' });
      } else if (argv['translation-lang'] !== undefined || argv.by !== undefined || argv.official) throw new UsageError({ key: 'msg.ingest.usage.translationOptions' });
      const outFormat = argv.out === undefined ? 'yaml' : outputFormat(argv.out);
      const select = argv.select?.split(',').map((s) => s.trim()).filter(Boolean);

      const data = readRegularFile(ctx.userPath(file), { maxBytes: LIMITS.sourceFileBytes, what: 'official text (PDF, text, Markdown or HTML)' });
      // --into: the file is read (and validated) first, so that a wrong file is refused before a long read.
      const into = argv.into === undefined ? undefined : intoTarget(api, ctx, argv.into, argv.instrument, select!, data, file);
      const started = Date.now();
      let shown = false;
      const result = await ingest(data, {
        format,
        profile: argv.profile,
        file,
        // A PDF whose bookmarks locate the articles is read only on their pages; the structural path
        // above them (headings on earlier pages) is the one the file records for the first of them.
        ...(into?.path ? { select, neighbours: argv.neighbours, path: into.path } : {}),
        version: into?.sourceChanged,
        onProgress: (done, total) => {
          // Progress only for reads that take more than a moment.
          if (Date.now() - started < 1000 && !shown) return;
          if (!shown || done === total || done % 25 === 0) ctx.io.err(`\r${tr.t('msg.ingest.progress', { file, done, total })}${done === total ? '\n' : ''}`);
          shown = true;
        },
      });
      let provisions = select ? selectProvisions(result.provisions, select, argv.neighbours) : result.provisions;
      if (into) {
        ctx.io.err(summary(tr, file, result, provisions, undefined));
        ctx.io.err(mergeInto(tr, api, into, argv.instrument, provisions, result));
        return;
      }
      let aligned: Aligned | undefined;
      if (translationOf !== undefined) {
        aligned = await alignInto(ctx, translationOf, argv.instrument, provisions, { lang: argv['translation-lang']!, by: argv.by!.trim(), official: argv.official });
        provisions = aligned.provisions;
      }
      const text = formatProvisionsFile(argv.instrument, provisions, outFormat);
      if (argv.out) writeFileSafely(ctx.userPath(argv.out), text, { force: argv.force });
      else ctx.io.out(text);
      ctx.io.err(aligned ? alignSummary(tr, file, result, aligned, argv.out) : summary(tr, file, result, provisions, argv.out));
    },
  );
}

type Api = Awaited<ReturnType<typeof loadIngest>>;

/** An existing provisions file to re-ingest into, and what the instrument beside it records of its official file. */
interface IntoTarget {
  /** As the user typed it, and resolved. */
  shown: string;
  file: string;
  text: string;
  read: ReturnType<Api['readProvisionsFile']>;
  /** The structural path the file records for the first selected article (absent when one is new to the file). */
  path: import('@lexharmony/core').PathSegment[] | undefined;
  instrument?: { shown: string; file: string; text: string } | undefined;
  source: { name: string; sha256: string };
  /** The official file differs from the one the instrument records (or it records none). */
  sourceChanged: boolean;
}

function intoTarget(api: Api, ctx: Context, shown: string, instrument: string, select: string[], data: Uint8Array, sourceFile: string): IntoTarget {
  const file = ctx.userPath(shown);
  const text = readTextFile(file, { maxBytes: LIMITS.corpusFileBytes, what: 'provisions file' });
  const read = api.readProvisionsFile(shown, text, instrument);
  const provisions = read.value.provisions;
  const first = provisions.find((p) => select.includes(p.id));
  const path = select.every((id) => provisions.some((p) => p.id === id)) ? first?.path : undefined;
  const instrumentFile = join(dirname(file), 'instrument.yaml');
  const instrumentShown = join(dirname(shown), 'instrument.yaml');
  const meta = existsSync(instrumentFile) ? { shown: instrumentShown, file: instrumentFile, text: readTextFile(instrumentFile, { maxBytes: LIMITS.corpusFileBytes, what: 'instrument file' }) } : undefined;
  const sha256 = createHash('sha256').update(data).digest('hex');
  const name = sourceFile.split(/[\\/]/).at(-1)!;
  const recorded = meta ? api.updateInstrument(meta.shown, meta.text, name, sha256) : undefined;
  return { shown, file, text, read, path, instrument: meta, source: { name, sha256 }, sourceChanged: Boolean(recorded && !recorded.unknownFile && recorded.changes.length > 0) };
}

/** Merge the articles read into the file, bring the instrument's record of its source up to date, and say what changed. */
function mergeInto(tr: Translator, api: Api, into: IntoTarget, instrument: string, provisions: import('@lexharmony/core').Provision[], result: Result): string {
  const merged = api.mergeProvisions(into.shown, into.text, instrument, provisions, result.provisions.map((p) => p.id), into.read);
  const update = into.instrument ? api.updateInstrument(into.instrument.shown, into.instrument.text, into.source.name, into.source.sha256, result.version) : undefined;
  // Both files are worked out before either is written.
  if (merged.text !== into.text) writeFileSafely(into.file, merged.text, { force: true });
  if (into.instrument && update && update.text !== into.instrument.text) writeFileSafely(into.instrument.file, update.text, { force: true });
  const lines: string[] = [];
  const where = (a: { before?: [number, number] | undefined; after: [number, number] }) =>
    a.before ? tr.t('msg.ingest.into.linesNow', { from: `${a.before[0]}-${a.before[1]}`, to: `${a.after[0]}-${a.after[1]}` }) : tr.t('msg.ingest.into.lines', { to: `${a.after[0]}-${a.after[1]}` });
  const file = into.shown;
  for (const a of merged.replaced) lines.push(tr.t('msg.ingest.into.replaced', { file, id: a.id, where: where(a), parts: a.changed.join(', ') }));
  for (const a of merged.added) lines.push(tr.t('msg.ingest.into.added', { file, id: a.id, where: where(a) }));
  for (const id of merged.unchanged) lines.push(tr.t('msg.ingest.into.unchanged', { file, id }));
  if (merged.replaced.length || merged.added.length) lines.push('  ' + tr.t('msg.ingest.into.rest', { file }));
  for (const t of merged.staleTranslations) lines.push('  ' + tr.t('msg.ingest.into.staleTranslation', { ref: t.ref, lang: t.lang, file }));
  for (const d of merged.dropped) lines.push('  ' + tr.t('msg.ingest.into.dropped', { what: droppedPart(d.what), ref: d.ref }));
  if (update?.unknownFile) lines.push(tr.t('msg.ingest.into.unknownSource', { file: into.instrument!.shown, name: into.source.name }));
  else if (update?.changes.length) lines.push(`${into.instrument!.shown}: ${update.changes.join('; ')}`);
  if (update && !update.unknownFile && into.sourceChanged && !result.version) lines.push('  ' + tr.t('msg.ingest.into.noVersion', { file: into.instrument!.shown }));
  if (merged.replaced.length || merged.added.length) lines.push(tr.t('msg.ingest.into.next'));
  return lines.join('\n') + '\n';
}

type Aligned = Awaited<ReturnType<typeof alignInto>>;

/**
 * The provisions of `file` (a provisions file of `instrument`, validated) with `translated` aligned
 * to them as translations. Translated text that has no place among them is an error: nothing is written.
 */
async function alignInto(ctx: Context, file: string, instrument: string, translated: Result['provisions'], label: { lang: string; by: string; official: boolean }) {
  const { readCorpusFile, CorpusError, says } = await import('@lexharmony/core');
  const { alignTranslation, IngestError } = await import('@lexharmony/core/ingest');
  const path = ctx.userPath(file);
  const text = readTextFile(path, { maxBytes: LIMITS.corpusFileBytes, what: 'provisions file' });
  const read = readCorpusFile(file, text, 'provisions');
  if ('issues' in read) throw new CorpusError(read.issues as ConstructorParameters<typeof CorpusError>[0]);
  if (read.value.instrument !== instrument) {
    throw new CorpusError([{ code: 'MISMATCHED_ID', file, line: read.lineOf(['instrument']), field: 'instrument', ...says('msg.ingest.align.otherInstrument', { held: read.value.instrument, instrument }, 'msg.ingest.align.otherInstrument.expected') }]);
  }
  const result = alignTranslation(read.value.provisions, translated, label);
  if (result.unmatched.length) {
    // The first ten reasons, each in catalogue words, joined so that the whole list is said in the output language.
    const reasons: (Said | string)[] = [...result.unmatched.slice(0, 10).map((m) => m.said), ...(result.unmatched.length > 10 ? ['…'] : [])];
    const list = reasons.reduce((a, b): Said => ({ key: 'msg.ingest.align.joined', params: { a, b } }));
    throw new IngestError('NOT_ALIGNED', { key: 'msg.ingest.align.unmatched', params: { n: result.unmatched.length, file, list } });
  }
  return { ...result, file };
}

function alignSummary(tr: Translator, file: string, result: Result, aligned: Aligned, out: string | undefined): string {
  const lines = [
    tr.t('msg.ingest.align.summary', { file, n: aligned.aligned, of: aligned.file }) +
      (aligned.untranslated.length ? tr.t('msg.ingest.align.untranslatedCount', { n: aligned.untranslated.length }) : '') +
      (out ? ` → ${out}` : ''),
  ];
  for (const u of aligned.untranslated.slice(0, 20)) lines.push('  ' + tr.t('msg.ingest.align.untranslated', { reason: u.said }));
  lines.push(...skippedLines(tr, result));
  return lines.join('\n') + '\n';
}

/** What a merge dropped ("note", "translation (es, en)"), in the output language. */
function droppedPart(what: string) {
  const langs = /^translation \((.*)\)$/.exec(what)?.[1];
  return what === 'note' ? { key: 'msg.ingest.into.part.note' as const } : langs !== undefined ? { key: 'msg.ingest.into.part.translation' as const, params: { langs } } : what;
}

/** What the reader left out of the text, with an example of each. */
function skippedLines(tr: Translator, result: Result): string[] {
  return [...result.dropped, ...result.skipped].map((d) => '  ' + tr.t(d.example ? 'msg.ingest.skippedExample' : 'msg.ingest.skipped', { n: d.count, reason: d.said ?? d.reason, example: d.example }));
}

/** The ingest module, loaded only when an ingest command runs (it brings pdf.js and unified). */
async function loadIngest() {
  const mod = await import('@lexharmony/core/ingest');
  const { schemas } = await import('@lexharmony/core');
  return { ...mod, schemas, InstrumentIdPattern: { test: (s: string) => schemas.InstrumentId.safeParse(s).success } };
}

function outputFormat(out: string): 'yaml' | 'json' {
  const ext = extname(out).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new UsageError({ key: 'msg.ingest.usage.out', params: { out } });
}

type Result = Awaited<ReturnType<Awaited<ReturnType<typeof loadIngest>>['ingest']>>;

/** `1, 70-71`: page numbers, runs joined. */
function pageList(tr: Translator, pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j > i ? `${pages[i]}-${pages[j]}` : String(pages[i]));
    i = j;
  }
  return tr.t('msg.ingest.pages', { n: pages.length, list: runs.join(', ') });
}

function summary(tr: Translator, file: string, result: Result, kept: Result['provisions'], out: string | undefined): string {
  let children = 0;
  let history = 0;
  const count = (p: Result['provisions'][number]) => {
    history += p.history.length;
    for (const c of p.children) {
      children++;
      count(c);
    }
  };
  for (const p of kept) count(p);
  const lines = [
    tr.t('msg.ingest.summary.found', { file, n: result.provisions.length, blocks: result.blocks }) +
      (result.pages ? tr.t('msg.ingest.summary.pages', { read: result.pages.read.length, total: result.pages.total, pages: pageList(tr, result.pages.read) }) : '') +
      (kept.length !== result.provisions.length ? tr.t('msg.ingest.summary.selected', { n: kept.length }) : '') +
      tr.t('msg.ingest.summary.parts', { children, history }) +
      (out ? ` → ${out}` : ''),
  ];
  lines.push(...skippedLines(tr, result));
  return lines.join('\n') + '\n';
}
