// The status engine and the `gaps` command.
// - in process: assessAll() over the bundled corpus, and over a synthetic corpus at Budapest scale
//   (48 articles, 5 requirements each, 400 national provisions, a finding for every requirement);
// - as a whole process: `lexharmony gaps MX --lang es`, `gaps MX --format json` and `gaps MX AR CO PE ES`
//   (issues 11, 12 and 15: each ≤ 2.0 × bare `node -e 0`), run alternately with `node -e 0`, with the
//   start script's compiled code (packages/cli/scripts/bundle-start.mjs),
//   from the repository root: the corpus rule finds ./corpora there and checks it against the compiled
//   corpus (it must be current: run `pnpm build` first), so the figure includes what the rule costs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { measure, record, report } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = await import(join(root, 'packages/core/dist/index.js'));

const hash = (t) => 'sha256:' + createHash('sha256').update(t.normalize('NFC').replace(/\s+/gu, ' ').trim()).digest('hex');

/** A corpus the size of the real one, built in memory: Budapest-like articles, one jurisdiction, every requirement assessed. */
function synthetic() {
  const source = { url: 'https://example.org/', publisher: 'bench', alternates: [] };
  const provisions = Array.from({ length: 400 }, (_, i) => ({ id: `art-${i + 1}`, number: String(i + 1), path: [], text: `Artículo ${i + 1}. `.padEnd(1500, 'texto de la ley '), translations: [], history: [], children: [] }));
  const articles = Array.from({ length: 48 }, (_, i) => ({ id: `art-${i + 1}`, number: String(i + 1), heading: `Article ${i + 1}`, path: [{ level: 'chapter', number: String(1 + Math.floor(i / 12)) }], text: 'Each Party shall …', translations: [], history: [], children: [] }));
  const requirements = articles.slice(1, 35).flatMap((a) => ['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => ({ id, provision: a.id, kind: 'element', label: `${a.id} ${id}`, quote: 'x', relaxedBy: [] })));
  const coverages = ['met', 'met', 'narrower', 'missing', 'broader'];
  const findings = requirements.map((r, i) => ({
    requirement: `ref/${r.provision}#${r.id}`,
    coverage: coverages[i % 5],
    relationship: 'equivalent-to',
    citations: [{ ref: `nat/art-${(i % 400) + 1}`, hash: hash(provisions[i % 400].text) }],
    acceptableWith: [],
    rationale: 'bench',
    confidence: 'high',
    method: 'human',
    date: '2026-01-01',
  }));
  return {
    version: 1,
    jurisdictions: [{ code: 'XB', names: { en: 'Benchland' }, federal: true, events: [], positions: [] }],
    instruments: [
      { meta: { id: 'ref', kind: 'treaty', jurisdiction: 'INT', titles: { en: 'Reference' }, languages: ['en'], version: '1', source }, provisions: articles, requirements, links: [] },
      { meta: { id: 'nat', kind: 'code', jurisdiction: 'XB', titles: { en: 'Code' }, languages: ['es'], version: '1', source }, provisions, requirements: [], links: [] },
    ],
    assessments: [{ jurisdiction: 'XB', reference: 'ref', alsoCovers: [], date: '2026-01-01', authors: [], limits: [], findings }],
    taxonomies: [],
    glossaries: [],
    origins: {},
  };
}

const bundled = core.loadCorpus();
const findings = bundled.assessments.reduce((n, a) => n + a.findings.length, 0);
const b = await measure(() => core.assessAll(bundled), { runs: 50, warmup: 5 });
record(`assessAll, bundled corpus (${bundled.assessments.length} assessments, ${findings} findings), median`, b.median, 'ms', '≤ 20 ms', b.median <= 20);
const syn = synthetic();
// Cold: a freshly loaded corpus each time (no provision hashed yet), as in one CLI run.
// Wall time and this process's CPU time: on a shared machine the wall clock also measures the neighbours.
const cold = [];
const coldCpu = [];
for (let i = 0; i < 30; i++) {
  const fresh = structuredClone(syn);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  core.assessAll(fresh);
  const c = process.cpuUsage(c0);
  cold.push(performance.now() - t0);
  coldCpu.push((c.user + c.system) / 1000);
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
record('assessAll, synthetic Budapest-scale corpus (170 findings, 400 provisions), cold, wall median', med(cold), 'ms', '(info: includes waiting for the CPU)', true);
record('assessAll, same, cold, CPU median', med(coldCpu), 'ms', '≤ 20 ms', med(coldCpu) <= 20);
const s = await measure(() => core.assessAll(syn), { runs: 50, warmup: 5 });
record('assessAll, synthetic corpus, warm (texts already hashed), median', s.median, 'ms', '≤ 20 ms', s.median <= 20);
const m = await measure(() => core.gapMatrix(syn, { jurisdictions: ['XB'], date: '2026-01-01' }), { runs: 50, warmup: 5 });
record('gapMatrix, synthetic corpus, median', m.median, 'ms', '(info)', true);

// The whole `gaps` process against bare node, alternately, so that both see the same machine load.
// Wall time is the target; the CPU time of each child (from /proc, where there is one) is printed beside
// it, as a figure a busy machine disturbs less.
const jur = bundled.jurisdictions.has('MX') ? 'MX' : bundled.assessments[0]?.jurisdiction;
if (!jur) {
  record('lexharmony gaps --format json vs node -e 0', 'skipped: no MX and no assessment in the bundled corpus', '', '≤ 2.0 ×', true);
} else {
  const runs = 25;
  const childCpu = childCpuReader();
  const time = (args) => {
    const t0 = process.hrtime.bigint();
    const c0 = childCpu?.();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: root, env: { ...process.env, INIT_CWD: root } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    // A note on stderr means ./corpora is read as YAML: not the fast path this measures.
    if (String(r.stderr).includes('reading ./corpora as YAML')) throw new Error('corpora/ changed since the build: run pnpm build before pnpm bench assess');
    return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: c0 === undefined ? undefined : childCpu() - c0 };
  };
  const bin = join(root, 'packages/cli/bin.cjs');
  // The command runs one script with the code V8 compiled for it at build time: measure that, not a compile from scratch.
  const taken = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(bin)}).loadStart().script.cachedDataRejected))`], { encoding: 'utf8' }).stdout;
  if (taken !== 'false') throw new Error(`the start script's compiled code is not taken (${taken}): run pnpm build before pnpm bench assess`);
  // The summary on screen in Spanish (what a staffer runs), the matrix JSON on stdout, and Mexico beside the four comparators.
  const others = ['AR', 'CO', 'PE', 'ES'].filter((j) => bundled.assessments.some((a) => a.jurisdiction === j));
  const cases = [
    { name: `gaps ${jur} --lang es (summary on screen)`, args: [bin, 'gaps', jur, '--lang', 'es', '--date', '2026-01-01'] },
    { name: `gaps ${jur} --format json`, args: [bin, 'gaps', jur, '--format', 'json', '--date', '2026-01-01'] },
    ...(others.length ? [{ name: `gaps ${[jur, ...others].join(' ')} (summary on screen)`, args: [bin, 'gaps', jur, ...others, '--date', '2026-01-01'] }] : []),
  ];
  for (let i = 0; i < 3; i++) for (const c of cases) time(c.args);
  const bare = [];
  const samples = cases.map(() => []);
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    cases.forEach((c, k) => samples[k].push(time(c.args)));
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  // CPU from /proc is counted in ticks (10 ms): the mean of all runs, not a median of coarse values.
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const base = median(bare.map((t) => t.wall));
  const baseCpu = childCpu ? mean(bare.map((t) => t.cpu)) : undefined;
  record(`node -e 0, median of ${runs}`, base, 'ms', '(baseline)', true);
  if (baseCpu !== undefined) record('node -e 0, CPU time (mean)', baseCpu, 'ms', '(baseline)', true);
  cases.forEach((c, k) => {
    const wall = median(samples[k].map((t) => t.wall));
    record(`lexharmony ${c.name}, median of ${runs}`, wall, 'ms', '(info)', true);
    record(`ratio ${c.name} / node -e 0`, wall / base, '×', '≤ 2.0 ×', wall / base <= 2.0);
    if (baseCpu !== undefined) record(`CPU ratio ${c.name} / node -e 0 (mean CPU ${mean(samples[k].map((t) => t.cpu)).toFixed(1)} ms)`, mean(samples[k].map((t) => t.cpu)) / baseCpu, '×', '(info)', true);
  });
  record('load average (1 min) during the run', loadavg()[0], '', 'report only', true);
}

/** CPU time (ms) of this process's finished children so far, from /proc/self/stat; undefined where there is no /proc. */
function childCpuReader() {
  const read = () => {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces): cutime and cstime are the 14th and 15th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
  };
  try {
    read();
    return read;
  } catch {
    return undefined;
  }
}
report();
