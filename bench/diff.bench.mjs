// The reform diff: `diffMatrices` over two full Mexico matrices (ETS 185 + ETS 189, every finding),
// in process. The "after" corpus is the bundled one with a reform applied: five cited provisions
// with words changed (so five word diffs), one finding's coverage revised, one finding dropped.
// Also, for information, `lexharmony diff before.json after.json` as a whole process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus, diffMatrices, gapMatrix, loadCorpus } from '../packages/core/dist/index.js';
import { measure, record, report } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = loadCorpus();
const opts = { jurisdictions: ['MX'], date: '2026-01-01' };
const before = gapMatrix(bundled, opts);

// The reform, on a copy of the corpus data.
const data = structuredClone(bundled.data);
const after = new Corpus(data);
const cited = before.provisions.filter((p) => p.instrument === 'mx-cpf').slice(0, 5).map((p) => p.ref);
for (const ref of cited) {
  const p = after.provisions.get(ref).provision;
  p.text = p.text.replace(/\b(\p{L}{6,})\b/u, 'reformado').replace(/\.$/, ', salvo disposición en contrario.');
}
const findings = data.assessments[0].findings;
findings.find((f) => f.coverage === 'narrower').coverage = 'met';
findings.splice(findings.findIndex((f) => f.coverage === 'missing'), 1);
const reformed = gapMatrix(after, { ...opts, date: '2026-01-02' });

const d = diffMatrices(before, reformed);
if (d.summary.provisions !== cited.length || d.summary.findingsRemoved !== 1) throw new Error(`the reform did not show as expected: ${JSON.stringify(d.summary)}`);
const rows = before.rows.length;
const requirements = before.rows.reduce((n, r) => n + r.cells.MX.findings.length, 0);
const t = await measure(() => diffMatrices(before, reformed), { runs: 30, warmup: 5 });
record(`diffMatrices, MX matrices (${rows} articles, ${requirements} requirements, ${before.provisions.length} cited texts; ${cited.length} texts changed), median of 30`, t.median, 'ms', '≤ 50 ms', t.median <= 50);
record('diffMatrices, same, p95', t.p95, 'ms', '(info)', true);
const same = await measure(() => diffMatrices(before, gapMatrix(bundled, opts)), { runs: 10, warmup: 2 });
record('gapMatrix + diffMatrices of two equal matrices, median (the matrix is most of it)', same.median, 'ms', '(info)', true);

// The whole command, for information: two JSON files read, checked against the schema, diffed, printed.
const dir = mkdtempSync(join(tmpdir(), 'lexharmony-bench-diff-'));
writeFileSync(join(dir, 'before.json'), JSON.stringify(before));
writeFileSync(join(dir, 'after.json'), JSON.stringify(reformed));
const times = [];
for (let i = 0; i < 7; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'packages/cli/bin.cjs'), 'diff', join(dir, 'before.json'), join(dir, 'after.json')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
record('lexharmony diff before.json after.json, whole process, median of 7', times[3], 'ms', '(info)', true);
report();
