// Strategy matrix: building it (by taxonomy and against Budapest) and rendering every format,
// on the bundled corpus. Targets: interactive use (the CLI answers well under a second).
import { loadCorpus, renderStrategySummary, strategyMatrix } from '../packages/core/dist/index.js';
import { renderDocument, strategyDocument } from '../packages/core/dist/export/index.js';
import { measure, peakRssMb, record, report } from './lib.mjs';

const corpus = loadCorpus();
const opts = { date: '2026-11-27' };
const tax = await measure(() => strategyMatrix(corpus, { taxonomy: 'ncss', ...opts }), { runs: 50 });
record('strategyMatrix by ncss taxonomy, median', tax.median, 'ms', '< 50 ms', tax.median < 50);
const ref = await measure(() => strategyMatrix(corpus, { against: 'coe-ets-185', ...opts }), { runs: 50 });
record('strategyMatrix against coe-ets-185, median', ref.median, 'ms', '< 50 ms', ref.median < 50);
const m = strategyMatrix(corpus, { against: 'coe-ets-185', ...opts });
const text = await measure(() => renderStrategySummary(m), { runs: 30 });
record('render text (terminal), median', text.median, 'ms', '< 50 ms', text.median < 50);
const json = await measure(() => JSON.stringify(m, null, 2), { runs: 30 });
record('render json (the matrix), median', json.median, 'ms', '< 50 ms', json.median < 50);
// Every other format renders the strategy document, built afresh each time (in the language of the output).
for (const format of ['md', 'html', 'csv', 'xlsx', 'docx']) {
  const heavy = format === 'xlsx' || format === 'docx';
  const r = await measure(() => renderDocument(strategyDocument(m, { lang: 'es' }), format, { table: 'evidence' }), { runs: heavy ? 10 : 30 });
  record(`document + render ${format}, median`, r.median, 'ms', heavy ? '< 500 ms' : '< 50 ms', r.median < (heavy ? 500 : 50));
}
record('peak RSS', peakRssMb(), 'MB', '< 300 MB', peakRssMb() < 300);
report();
