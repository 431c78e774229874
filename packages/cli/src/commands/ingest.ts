import { readFile, rename, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { IoError } from '@lexharmony/core';
import type { Argv } from 'yargs';
import type { Context } from '../context.js';
import { UsageError } from '../exit.js';

const FORMATS = ['pdf', 'txt', 'md', 'html'] as const;

export function ingestCommand(y: Argv, ctx: Context): Argv {
  return y.command(
    'ingest <file>',
    'Read an official text (PDF, text, Markdown, HTML) and write its provisions as a corpus file',
    (a) =>
      a
        .positional('file', { type: 'string', demandOption: true, describe: 'the official text (.pdf, .txt, .md, .html/.htm)' })
        .option('profile', { type: 'string', demandOption: true, describe: 'segmentation profile: mx-federal, coe-treaty, ar-infoleg' })
        .option('instrument', { type: 'string', demandOption: true, describe: 'the instrument id written to the file, e.g. mx-cpf' })
        .option('out', { type: 'string', describe: 'write to this file (.yaml, .yml or .json); default: YAML on stdout' })
        .option('format', { choices: FORMATS, describe: 'the input format, when the extension does not say it' })
        .option('select', { type: 'string', describe: 'keep only these articles, comma-separated: art-211-bis-1,art-167' })
        .option('neighbours', { type: 'number', default: 0, describe: 'with --select: also keep N articles on each side of each' })
        .example('$0 ingest ../shared/sources/mexico/CPF.pdf --profile mx-federal --instrument mx-cpf --select art-211-bis-1,art-167 --out cpf.yaml', 'two CPF articles')
        .example('$0 ingest ets185.en.md --profile coe-treaty --instrument coe-ets-185 --out corpora/instruments/coe-ets-185/provisions.yaml', 'the Budapest Convention'),
    async (argv) => {
      const { ingest, formatOf, formatProvisionsFile, selectProvisions, InstrumentIdPattern } = await loadIngest();
      const file = argv.file;
      const format = argv.format ?? formatOf(file);
      if (!format) throw new UsageError(`cannot tell the format of "${file}" from its extension; name it with --format (${FORMATS.join(', ')})`);
      if (!InstrumentIdPattern.test(argv.instrument)) throw new UsageError(`--instrument "${argv.instrument}" is not an instrument id such as "mx-cpf"`);
      if (argv.neighbours < 0 || !Number.isInteger(argv.neighbours)) throw new UsageError('--neighbours takes a whole number of articles, 0 or more');
      if (argv.neighbours && !argv.select) throw new UsageError('--neighbours needs --select');
      const outFormat = argv.out === undefined ? 'yaml' : outputFormat(argv.out);

      let data: Uint8Array;
      try {
        data = await readFile(file);
      } catch (cause) {
        throw new IoError(file, `cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
      }
      const started = Date.now();
      let shown = false;
      const result = await ingest(data, {
        format,
        profile: argv.profile,
        file,
        onProgress: (done, total) => {
          // Progress only for reads that take more than a moment.
          if (Date.now() - started < 1000 && !shown) return;
          if (!shown || done === total || done % 25 === 0) ctx.io.err(`\rreading ${file}: page ${done} of ${total}${done === total ? '\n' : ''}`);
          shown = true;
        },
      });
      const provisions = argv.select
        ? selectProvisions(result.provisions, argv.select.split(',').map((s) => s.trim()).filter(Boolean), argv.neighbours)
        : result.provisions;
      const text = formatProvisionsFile(argv.instrument, provisions, outFormat);
      if (argv.out) {
        // Write beside the target, then rename: never a half-written file.
        const tmp = `${argv.out}.${process.pid}.tmp`;
        try {
          await writeFile(tmp, text);
          await rename(tmp, argv.out);
        } catch (cause) {
          throw new IoError(argv.out, `cannot write ${argv.out}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
        }
      } else ctx.io.out(text);
      ctx.io.err(summary(file, result, provisions, argv.out));
    },
  );
}

/** The ingest module, loaded only when an ingest command runs (it brings pdf.js and unified). */
async function loadIngest() {
  const mod = await import('@lexharmony/core/ingest');
  const { schemas } = await import('@lexharmony/core');
  return { ...mod, InstrumentIdPattern: { test: (s: string) => schemas.InstrumentId.safeParse(s).success } };
}

function outputFormat(out: string): 'yaml' | 'json' {
  const ext = extname(out).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new UsageError(`--out "${out}": name a .yaml, .yml or .json file`);
}

type Result = Awaited<ReturnType<Awaited<ReturnType<typeof loadIngest>>['ingest']>>;

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
      (kept.length !== result.provisions.length ? `, ${kept.length} selected` : '') +
      `; ${children} paragraphs/items, ${history} history entries` +
      (out ? ` → ${out}` : ''),
  ];
  for (const d of [...result.dropped, ...result.skipped]) {
    lines.push(`  skipped ${d.count} × ${d.reason}${d.example ? ` (e.g. "${d.example}")` : ''}`);
  }
  return lines.join('\n') + '\n';
}
