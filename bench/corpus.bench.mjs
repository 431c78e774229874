// Corpus loading: the bundled (compiled) corpus in-process, and validating the whole corpora/ directory.
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Corpus, bundledCorpusLocation, loadCorpus, loadCorpusData, readCompiledCorpus } from '../packages/core/dist/index.js';
import { measure, peakRssMb, record, report } from './lib.mjs';

const corpora = join(dirname(fileURLToPath(import.meta.url)), '../corpora');

// First call, as a program pays it: read data/corpus.json, parse, index (each instrument's provisions are read when first asked for).
const t0 = performance.now();
const corpus = loadCorpus();
const first = performance.now() - t0;
const where = bundledCorpusLocation();
if (where.kind !== 'compiled') throw new Error('no compiled corpus: run pnpm build first');

// The same work repeated (loadCorpus caches its result, so this bypasses the cache).
const again = await measure(() => new Corpus(readCompiledCorpus(where.path)), { runs: 30, warmup: 3 });
const validate = await measure(() => loadCorpusData(corpora), { runs: 10, warmup: 2 });
// CPU time of one validation: what it costs on an idle machine, whatever else shares the cores.
const cpu = [];
for (let i = 0; i < 10; i++) {
  const c0 = process.cpuUsage();
  loadCorpusData(corpora);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
cpu.sort((a, b) => a - b);
const cpuMedian = cpu[Math.floor(cpu.length / 2)];

const size = `${corpus.provisions.size} provisions, ${corpus.requirements.size} requirements`;
record(`load bundled corpus, first call (${size})`, first, 'ms', '≤ 30 ms', first <= 30);
record('load bundled corpus, median of 30', again.median, 'ms', '≤ 30 ms', again.median <= 30);
record('validate corpora/ (read, parse, schema, references), median of 10', validate.median, 'ms', '≤ 300 ms', validate.median <= 300);
record('validate corpora/, p95', validate.p95, 'ms', 'report only', true);
record('validate corpora/, CPU time (median of 10)', cpuMedian, 'ms', 'report only', true);
record('peak RSS', peakRssMb(), 'MB', 'report only', true);
// Timings on a shared machine depend on what else runs; say how busy it was.
record('load average (1 min) during the run', loadavg()[0], '', 'report only', true);
report();
