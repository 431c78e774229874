// Search: index build time, serialised size, and query latency (a mix of 1-3-word Spanish and
// English queries) over the bundled corpus; where the official texts are at hand (../shared/sources),
// also over a full-size proxy: every article of the seven Mexican laws and the strategies in pieces
// of about a paragraph, split roughly by pattern (a size stand-in, not corpus data).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Corpus, loadCorpus } from '../packages/core/dist/index.js';
import { buildSearchIndex, loadSearchIndex } from '../packages/core/dist/search/index.js';
import { measure, peakRssMb, record, report } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = process.env.LEXHARMONY_SOURCES ?? join(root, '../shared/sources');

const queries = [
  'acceso ilicito', 'illegal access', 'interceptación', 'illegal interception', 'pornografía infantil', 'child pornography',
  'datos de tráfico', 'traffic data', 'proveedor de servicios', 'service provider', 'sistema de cómputo', 'computer system',
  'asistencia jurídica mutua', 'mutual assistance', 'extradición', 'expedited preservation', 'conservación de datos',
  'ciberseguridad', 'critical infrastructure', 'fraude', 'derechos de autor', 'copyright', 'cateo', 'search and seizure',
  'tiempo real', 'jurisdiction', 'tentativa', 'corporate liability', 'personas morales', 'incident response',
  'geolocalización', 'without right', 'sin autorización', 'password', 'datos personales', 'awareness',
];

async function bench(name, corpus) {
  const glossary = corpus.glossaries.size;
  let index;
  const build = await measure(() => void (index = buildSearchIndex(corpus)), { runs: 5, warmup: 1 });
  const json = JSON.stringify(index);
  const bytes = Buffer.byteLength(json);
  const load = await measure(() => void loadSearchIndex(JSON.parse(json)), { runs: 5, warmup: 1 });
  // One timing per query run: p95 over the whole mix (first round is warm-up). The garbage of the
  // builds above is collected first. Wall time and this process's CPU time are both kept: on a
  // shared machine wall time also counts the other processes' turns.
  globalThis.gc?.();
  const times = [];
  const cpu = [];
  for (let round = 0; round < 6; round++) {
    for (const q of queries) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      index.search(q, { limit: 10 });
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (round > 0) times.push(t), cpu.push((c.user + c.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const q = (p, list = times) => list[Math.min(list.length - 1, Math.floor(p * list.length))];
  const n = index.records.length;
  record(`${name}: records (glossaries: ${glossary})`, n, '', '–', true);
  record(`${name}: build index (median)`, build.median, 'ms', '–', true);
  record(`${name}: load serialised index (median)`, load.median, 'ms', '–', true);
  record(`${name}: serialised index`, bytes / 1048576, `MB (${(gzipSync(json).length / 1048576).toFixed(2)} MB gzip)`, '–', true);
  record(`${name}: query p50, wall / CPU`, q(0.5), `ms / ${q(0.5, cpu).toFixed(2)} ms`, '–', true);
  record(`${name}: query p95, CPU (${cpu.length} runs, ${queries.length} queries)`, q(0.95, cpu), 'ms', '≤ 20 ms', q(0.95, cpu) <= 20);
  record(`${name}: query p95, wall (not judged: see the load average)`, q(0.95), 'ms', '–', true);
}

await bench('bundled corpus', loadCorpus());

if (existsSync(sources)) {
  const bundled = loadCorpus();
  const instruments = [...bundled.data.instruments];
  const base = { languages: ['es'], version: 'proxy', source: { url: 'https://example.org/', publisher: 'proxy' } };
  for (const f of readdirSync(join(sources, 'mexico')).filter((f) => f.endsWith('.txt'))) {
    const id = `proxy-${f.replace('.txt', '').toLowerCase()}`;
    const parts = readFileSync(join(sources, 'mexico', f), 'utf8').split(/^(?=Artículo \d+[^\n]{0,20}?\.-)/m).slice(1);
    // The last article runs on into the transitory provisions: cut at 8,000 characters, about the longest real articles.
    const provisions = parts.map((text, i) => ({ id: `art-${i + 1}`, number: /^Artículo ([^\n]*?)\.-/.exec(text)?.[1], path: [], text: text.slice(0, 8000), translations: [], history: [], children: [] }));
    instruments.push({ meta: { ...base, id, kind: 'code', jurisdiction: 'MX', titles: { es: f } }, provisions, requirements: [], links: [] });
  }
  for (const dir of readdirSync(join(sources, 'strategies'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(sources, 'strategies', dir.name)).filter((f) => f.endsWith('.txt'))) {
      // The text extractions have few blank lines: pieces of about 600 characters stand in for paragraphs.
      const paras = [];
      let piece = '';
      for (const line of readFileSync(join(sources, 'strategies', dir.name, f), 'utf8').split('\n')) {
        piece += line + '\n';
        if (piece.length > 600) paras.push(piece.trim()), (piece = '');
      }
      if (piece.trim()) paras.push(piece.trim());
      const provisions = paras.map((text, i) => ({ id: `p-${i + 1}`, path: [], text, translations: [], history: [], children: [] }));
      instruments.push({ meta: { ...base, id: `proxy-${f.replace('.txt', '').replace(/[^a-z0-9]+/g, '-')}`, kind: 'strategy', jurisdiction: 'INT', titles: { en: f }, languages: ['en'] }, provisions, requirements: [], links: [] });
    }
  }
  const glossaries = bundled.data.glossaries;
  await bench('full-size proxy', new Corpus({ ...bundled.data, instruments, glossaries }));
} else {
  console.log(`(${sources} not found: full-size proxy skipped)`);
}
record('peak RSS', peakRssMb(), 'MB', '–', true);
record('load average (1 min) at the end, 2 cores', (await import('node:os')).loadavg()[0], '', '–', true);
report();
