// Use lexharmony as a library: load a corpus, assess one jurisdiction, build the gap matrix.
// Run it from the repository root with a TypeScript runner, e.g. `npx tsx examples/library-use.ts`
// (or import the same names from a plain .mjs file after `pnpm build`).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assess, gapMatrix, loadCorpus } from '@lexharmony/core';
import { words } from '@lexharmony/core/engine';

/** One line per article: status, number, heading, why (the engine's reasons are messages; `words` says them in English or Spanish). */
export function summarize(corporaDir: string, jurisdiction: string, reference: string, lang: 'en' | 'es' = 'en'): string[] {
  const corpus = loadCorpus(corporaDir);
  const result = assess(corpus, jurisdiction, reference);
  // The citation parts and names a sentence needs come with the gap matrix.
  const m = gapMatrix(corpus, { jurisdictions: [jurisdiction], references: [reference], date: '2026-01-01' });
  const w = words(lang, { cites: m.cites, names: { [jurisdiction]: m.columns[0]!.names } });
  return result.articles.map((a) => `${a.status.padEnd(14)} Art. ${a.number} ${a.heading}: ${w.say(a.reasons[0]!)}${a.stale ? ' [stale]' : ''}`);
}

/** The gap matrix as an object; every output format (json, csv, md, html, xlsx) renders exactly this. */
export function matrixOf(corporaDir: string, jurisdiction: string) {
  return gapMatrix(loadCorpus(corporaDir), { jurisdictions: [jurisdiction], date: '2026-01-01' });
}

// Run as a script: print the toy country's summary.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('./toy-country/corpora', import.meta.url));
  for (const line of summarize(dir, 'XT', 'toy-convention')) console.log(line);
  const m = matrixOf(dir, 'XT');
  console.log(`\n${m.rows.length} rows, totals:`, m.totals.byColumn.XT);
}
