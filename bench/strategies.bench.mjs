// Strategy matrix: building it (by taxonomy and against Budapest) and rendering every format,
// on the bundled corpus. Targets: interactive use (the CLI answers well under a second).
import { loadCorpus, renderStrategyMatrix, strategyMatrix } from '../packages/core/dist/index.js';
import { measure, peakRssMb, record, report } from './lib.mjs';

const corpus = loadCorpus();
const opts = { date: '2026-11-27' };
const tax = await measure(() => strategyMatrix(corpus, { taxonomy: 'ncss', ...opts }), { runs: 50 });
record('strategyMatrix by ncss taxonomy, median', tax.median, 'ms', '< 50 ms', tax.median < 50);
const ref = await measure(() => strategyMatrix(corpus, { against: 'coe-ets-185', ...opts }), { runs: 50 });
record('strategyMatrix against coe-ets-185, median', ref.median, 'ms', '< 50 ms', ref.median < 50);
const m = strategyMatrix(corpus, { against: 'coe-ets-185', ...opts });
for (const format of ['text', 'json', 'md', 'html', 'csv', 'xlsx']) {
  const r = await measure(() => renderStrategyMatrix(m, format), { runs: format === 'xlsx' ? 10 : 30 });
  record(`render ${format}, median`, r.median, 'ms', format === 'xlsx' ? '< 500 ms' : '< 50 ms', r.median < (format === 'xlsx' ? 500 : 50));
}
record('peak RSS', peakRssMb(), 'MB', '< 300 MB', peakRssMb() < 300);
report();
