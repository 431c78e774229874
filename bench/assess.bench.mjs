// The status engine and the `gaps` command.
// - in process: assessAll() over the bundled corpus, and over a synthetic corpus at Budapest scale
//   (48 articles, 5 requirements each, 400 national provisions, a finding for every requirement);
// - as a whole process: `lexharmony gaps MX --format json` against bare `node -e 0`, run alternately,
//   from the repository root: the corpus rule finds ./corpora there and checks it against the compiled
//   corpus (it must be current: run `pnpm build` first), so the figure includes what the rule costs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
const jur = bundled.jurisdictions.has('MX') ? 'MX' : bundled.assessments[0]?.jurisdiction;
if (!jur) {
  record('lexharmony gaps --format json vs node -e 0', 'skipped: no MX and no assessment in the bundled corpus', '', '≤ 2.0 ×', true);
} else {
  const runs = 25;
  const time = (args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: root, env: { ...process.env, INIT_CWD: root } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    // A note on stderr means ./corpora is read as YAML: not the fast path this measures.
    if (String(r.stderr).includes('reading ./corpora as YAML')) throw new Error('corpora/ changed since the build: run pnpm build before pnpm bench assess');
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  // The summary on screen in Spanish (what a staffer runs), and the matrix JSON on stdout.
  const summary = [join(root, 'packages/cli/bin.js'), 'gaps', jur, '--lang', 'es', '--date', '2026-01-01'];
  const cli = [join(root, 'packages/cli/bin.js'), 'gaps', jur, '--format', 'json', '--date', '2026-01-01'];
  const bare = [];
  const es = [];
  const gaps = [];
  for (let i = 0; i < 3; i++) time(summary), time(cli);
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    es.push(time(summary));
    gaps.push(time(cli));
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  record(`node -e 0, median of ${runs}`, median(bare), 'ms', '(baseline)', true);
  record(`lexharmony gaps ${jur} --lang es (summary on screen), median of ${runs}`, median(es), 'ms', '(info)', true);
  record(`ratio gaps ${jur} --lang es / node -e 0`, median(es) / median(bare), '×', '≤ 2.0 ×', median(es) / median(bare) <= 2.0);
  record(`lexharmony gaps ${jur} --format json, median of ${runs}`, median(gaps), 'ms', '(info)', true);
  record('ratio gaps --format json / node -e 0', median(gaps) / median(bare), '×', '≤ 2.0 ×', median(gaps) / median(bare) <= 2.0);
}
report();
