import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { LIMITS, readRegularFile, readTextFile, writeFileSafely } from '@lexharmony/core/engine';
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
      const api = await loadIngest();
      const { ingest, formatOf, formatProvisionsFile, selectProvisions, InstrumentIdPattern, schemas } = api;
      const file = argv.file;
      const format = argv.format ?? formatOf(file);
      if (!format) throw new UsageError(`cannot tell the format of "${file}" from its extension; name it with --format (${FORMATS.join(', ')})`);
      if (!InstrumentIdPattern.test(argv.instrument)) throw new UsageError(`--instrument "${argv.instrument}" is not an instrument id such as "mx-cpf"`);
      if (argv.neighbours < 0 || !Number.isInteger(argv.neighbours)) throw new UsageError('--neighbours takes a whole number of articles, 0 or more');
      if (argv.neighbours && !argv.select) throw new UsageError('--neighbours needs --select');
      if (argv.into !== undefined && argv.out !== undefined) throw new UsageError('give --into (merge into an existing provisions file) or --out (write a new one), not both');
      if (argv.into !== undefined && !argv.select) throw new UsageError('--into needs --select: the articles to re-ingest');
      if (argv.select !== undefined && argv.select.split(',').every((s) => !s.trim())) throw new UsageError('--select names no article (expected ids such as art-211-bis-1,art-167)');
      const translationOf = argv['translation-of'];
      if (translationOf !== undefined) {
        const lang = argv['translation-lang'];
        if (!lang || !schemas.LanguageCode.safeParse(lang).success) throw new UsageError('--translation-of needs --translation-lang, the two-letter code of the translation\'s language (es)');
        if (!argv.by?.trim()) throw new UsageError('--translation-of needs --by, who made the translation ("España (BOE 17-09-2010)")');
        if (argv.select) throw new UsageError('--translation-of aligns a whole text: it does not take --select');
      } else if (argv['translation-lang'] !== undefined || argv.by !== undefined || argv.official) throw new UsageError('--translation-lang, --by and --official go with --translation-of');
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
          if (!shown || done === total || done % 25 === 0) ctx.io.err(`\rreading ${file}: page ${done} of ${total}${done === total ? '\n' : ''}`);
          shown = true;
        },
      });
      let provisions = select ? selectProvisions(result.provisions, select, argv.neighbours) : result.provisions;
      if (into) {
        ctx.io.err(summary(file, result, provisions, undefined));
        ctx.io.err(mergeInto(api, into, argv.instrument, provisions, result));
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
      ctx.io.err(aligned ? alignSummary(file, result, aligned, argv.out) : summary(file, result, provisions, argv.out));
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
function mergeInto(api: Api, into: IntoTarget, instrument: string, provisions: import('@lexharmony/core').Provision[], result: Result): string {
  const merged = api.mergeProvisions(into.shown, into.text, instrument, provisions, result.provisions.map((p) => p.id), into.read);
  const update = into.instrument ? api.updateInstrument(into.instrument.shown, into.instrument.text, into.source.name, into.source.sha256, result.version) : undefined;
  // Both files are worked out before either is written.
  if (merged.text !== into.text) writeFileSafely(into.file, merged.text, { force: true });
  if (into.instrument && update && update.text !== into.instrument.text) writeFileSafely(into.instrument.file, update.text, { force: true });
  const lines: string[] = [];
  const where = (a: { before?: [number, number] | undefined; after: [number, number] }) =>
    a.before ? `lines ${a.before[0]}-${a.before[1]}, now ${a.after[0]}-${a.after[1]}` : `lines ${a.after[0]}-${a.after[1]}`;
  for (const a of merged.replaced) lines.push(`${into.shown}: replaced ${a.id} (${where(a)}): text changed in ${a.changed.join(', ')}`);
  for (const a of merged.added) lines.push(`${into.shown}: added ${a.id} (${where(a)}), new to the file`);
  for (const id of merged.unchanged) lines.push(`${into.shown}: ${id} unchanged (the official text gives it as the file holds it)`);
  if (merged.replaced.length || merged.added.length) lines.push(`  every other line of ${into.shown} is as it was`);
  for (const t of merged.staleTranslations) lines.push(`  translation kept, now of an earlier text: ${t.ref} (${t.lang}); revise it, then remove its \`of\` and run lexharmony stamp ${into.shown}`);
  for (const d of merged.dropped) lines.push(`  dropped: the ${d.what} of ${d.ref}, which the new text no longer has`);
  if (update?.unknownFile) lines.push(`${into.instrument!.shown}: ${into.source.name} is not the official file it records (source.file or an alternate): its sha256 is not recorded`);
  else if (update?.changes.length) lines.push(`${into.instrument!.shown}: ${update.changes.join('; ')}`);
  if (update && !update.unknownFile && into.sourceChanged && !result.version) lines.push(`  the text's version line was not found: set version and versionDate in ${into.instrument!.shown}`);
  if (merged.replaced.length || merged.added.length) lines.push('next: lexharmony stamp on each assessment shows the findings that cite what changed');
  return lines.join('\n') + '\n';
}

type Aligned = Awaited<ReturnType<typeof alignInto>>;

/**
 * The provisions of `file` (a provisions file of `instrument`, validated) with `translated` aligned
 * to them as translations. Translated text that has no place among them is an error: nothing is written.
 */
async function alignInto(ctx: Context, file: string, instrument: string, translated: Result['provisions'], label: { lang: string; by: string; official: boolean }) {
  const { readCorpusFile, CorpusError } = await import('@lexharmony/core');
  const { alignTranslation, IngestError } = await import('@lexharmony/core/ingest');
  const path = ctx.userPath(file);
  const text = readTextFile(path, { maxBytes: LIMITS.corpusFileBytes, what: 'provisions file' });
  const read = readCorpusFile(file, text, 'provisions');
  if ('issues' in read) throw new CorpusError(read.issues as ConstructorParameters<typeof CorpusError>[0]);
  if (read.value.instrument !== instrument) {
    throw new CorpusError([{ code: 'MISMATCHED_ID', file, line: read.lineOf(['instrument']), field: 'instrument', message: `the file holds "${read.value.instrument}"`, expected: `the provisions of --instrument ${instrument}` }]);
  }
  const result = alignTranslation(read.value.provisions, translated, label);
  if (result.unmatched.length) {
    const list = result.unmatched.slice(0, 10).map((m) => m.reason).join('; ');
    throw new IngestError('NOT_ALIGNED', `${result.unmatched.length} provision${result.unmatched.length === 1 ? '' : 's'} of the translation cannot be aligned to ${file}: ${list}${result.unmatched.length > 10 ? '; …' : ''}`);
  }
  return { ...result, file };
}

function alignSummary(file: string, result: Result, aligned: Aligned, out: string | undefined): string {
  const lines = [
    `${file}: ${aligned.aligned} provisions aligned as translations of ${aligned.file}` +
      (aligned.untranslated.length ? `; ${aligned.untranslated.length} without a counterpart in the translation` : '') +
      (out ? ` → ${out}` : ''),
  ];
  for (const u of aligned.untranslated.slice(0, 20)) lines.push(`  untranslated: ${u.reason}`);
  for (const d of [...result.dropped, ...result.skipped]) lines.push(`  skipped ${d.count} × ${d.reason}${d.example ? ` (e.g. "${d.example}")` : ''}`);
  return lines.join('\n') + '\n';
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
  throw new UsageError(`--out "${out}": name a .yaml, .yml or .json file`);
}

type Result = Awaited<ReturnType<Awaited<ReturnType<typeof loadIngest>>['ingest']>>;

/** `1, 70-71`: page numbers, runs joined. */
function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j > i ? `${pages[i]}-${pages[j]}` : String(pages[i]));
    i = j;
  }
  return `page${pages.length === 1 ? '' : 's'} ${runs.join(', ')}`;
}

function summary(file: string, result: Result, kept: Result['provisions'], out: string | undefined): string {
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
    `${file}: ${result.provisions.length} provisions found (${result.blocks} blocks of text)` +
      (result.pages ? ` on ${result.pages.read.length} of its ${result.pages.total} pages (${pageList(result.pages.read)}, found from its bookmarks)` : '') +
      (kept.length !== result.provisions.length ? `, ${kept.length} selected` : '') +
      `; ${children} paragraphs/items, ${history} history entries` +
      (out ? ` → ${out}` : ''),
  ];
  for (const d of [...result.dropped, ...result.skipped]) {
    lines.push(`  skipped ${d.count} × ${d.reason}${d.example ? ` (e.g. "${d.example}")` : ''}`);
  }
  return lines.join('\n') + '\n';
}
