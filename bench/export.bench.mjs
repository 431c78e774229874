// Export benchmark. A synthetic corpus: the Budapest Convention as bundled (48 articles, every one of
// its 156 requirements), and N jurisdictions, each with a code of 1,000 provisions and an assessment
// with a finding for every requirement, citing 1–3 provisions. Timed: gapMatrix (the engine) +
// renderDocument(gapDocument(…), 'xlsx') (the styled workbook). Targets: N = 200 in ≤ 3 s with peak RSS ≤ 500 MB (the process, corpus
// included); N = 400 takes at most twice as long as N = 200.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundledCorpusLocation, corpusDigest, gapMatrix, readCompiledCorpus, textHash } from '../packages/core/dist/index.js';
import { gapDocument, renderDocument } from '../packages/core/dist/export/index.js';
import { peakRssMb, record, report } from './lib.mjs';

const REFERENCE = 'coe-ets-185';
const PROVISIONS = 1000;
const COVERAGE = [['met', 'equivalent-to'], ['narrower', 'subset-of'], ['met', 'equivalent-to'], ['missing', 'no-relationship'], ['broader', 'superset-of']];
const WORDS = 'quien sin autorización acceda sistema equipo informática protegido mecanismo seguridad conozca copie modifique destruya provoque pérdida información contenida se le impondrán prisión días multa'.split(' ');

/** Deterministic filler text of about `n` characters (placeholder words, not law). */
function filler(seed, n) {
  const out = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const w = WORDS[(seed * 7919 + i * 104729) % WORDS.length];
    out.push(w);
    len += w.length + 1;
  }
  return `${seed} ${out.join(' ')}`;
}

const source = (title) => ({ title, evidence: 'unverified' });
const meta = (id, kind, jurisdiction, title) => ({ id, kind, jurisdiction, titles: { en: title }, short: id, languages: ['es'], version: 'synthetic 2026', source: { url: `https://example.org/${id}`, publisher: 'synthetic', alternates: [] }, coverage: { en: 'synthetic' } });
const provision = (id, number, heading, text) => ({ id, number, kind: 'article', heading, path: [], text, translations: [], history: [], children: [] });

/**
 * The corpus data for `n` jurisdictions, as a load would give it. Its digest is computed here, as the
 * build computes it for the compiled corpus (it is a property of the corpus, not of a matrix), and
 * timed apart.
 */
export function syntheticCorpus(n) {
  // Only the reference is taken from the compiled corpus; the rest of it is not kept.
  const reference = { ...readCompiledCorpus(bundledCorpusLocation().path).instruments.find((i) => i.meta.id === REFERENCE) };
  const requirements = reference.requirements;
  const instruments = [reference];
  const jurisdictions = [];
  const assessments = [];
  for (let j = 0; j < n; j++) {
    const code = String.fromCharCode(65 + Math.floor(j / 26) % 26, 65 + (j % 26)) + (j >= 676 ? j : '');
    const inst = `j${j}-code`;
    const provisions = Array.from({ length: PROVISIONS }, (_, p) => provision(`art-${p + 1}`, String(p + 1), `Heading ${p + 1}`, filler(j * PROVISIONS + p, 400)));
    instruments.push({ meta: meta(inst, 'code', code, `Penal code of ${code}`), provisions, requirements: [], links: [] });
    jurisdictions.push({ code, names: { en: `Jurisdiction ${code}` }, federal: false, events: [{ instrument: REFERENCE, type: 'ratification', date: '2020-01-01', source: source('synthetic') }], positions: [] });
    const findings = requirements.map((r, i) => {
      const [coverage, relationship] = COVERAGE[(i + j) % COVERAGE.length];
      const cites = coverage === 'missing' ? [] : Array.from({ length: 1 + ((i + j) % 3) }, (_, c) => provisions[(i * 7 + c * 13 + j) % PROVISIONS]);
      return {
        requirement: `${REFERENCE}/${r.provision}#${r.id}`,
        coverage,
        relationship,
        citations: cites.map((p) => ({ ref: `${inst}/${p.id}`, hash: textHash(p.text), quote: p.text.slice(0, 120) })),
        acceptableWith: [],
        rationale: { en: filler(i + j, 200) },
        confidence: 'medium',
        method: 'human',
        date: '2026-01-01',
      };
    });
    assessments.push({ jurisdiction: code, reference: REFERENCE, alsoCovers: [], title: { en: 'synthetic' }, date: '2026-01-01', authors: ['bench'], limits: [{ en: 'synthetic data' }], findings });
  }
  return { version: 1, jurisdictions, instruments, assessments, taxonomies: [], glossaries: [], origins: {} };
}

/** CPU milliseconds (user + system, every thread) since `from`: steadier than wall time on a loaded machine. */
const cpuMs = (from) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function run(n) {
  const data = syntheticCorpus(n);
  const d0 = performance.now();
  data.digest = corpusDigest(data);
  const digestWall = performance.now() - d0;
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const matrix = gapMatrix(data, { date: '2026-11-27' });
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  // The matrix's document (what `gaps --out x.xlsx` writes: its tables, styled) and its workbook.
  const bytes = await renderDocument(gapDocument(matrix, { lang: 'en' }), 'xlsx');
  const t2 = performance.now();
  const r = { n, digestWall, wall: t2 - t0, cpu: cpuMs(c0), matrixWall: t1 - t0, matrixCpu: cpuMs(c0) - cpuMs(c1), xlsxWall: t2 - t1, xlsxCpu: cpuMs(c1) };
  const findings = matrix.rows.reduce((s, row) => s + Object.values(row.cells).reduce((k, c) => k + c.findings.length, 0), 0);
  console.log(
    `${n} jurisdictions: ${matrix.rows.length} articles, ${findings} findings, ${matrix.provisions.length} texts cited, ${(bytes.length / 1e6).toFixed(1)} MB xlsx; ` +
      `gapMatrix ${r.matrixWall.toFixed(0)} ms (cpu ${r.matrixCpu.toFixed(0)}), xlsx ${r.xlsxWall.toFixed(0)} ms (cpu ${r.xlsxCpu.toFixed(0)})`,
  );
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === '--one') await one(Number(process.argv[3]));
  else await main();
}

/**
 * One timed run in a process of its own, as a user's one command would be: a small warm-up run
 * (SheetJS loaded, hot paths compiled), then `n` jurisdictions; prints the figures and the peak RSS.
 */
async function one(n) {
  await run(5);
  const r = await run(n);
  console.log(JSON.stringify({ ...r, peakRss: peakRssMb() }));
}

function spawnOne(n) {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--one', String(n)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`run of ${n} jurisdictions failed:\n${child.stderr}`);
  const lines = child.stdout.trim().split('\n');
  for (const line of lines.slice(0, -1)) if (!line.startsWith('5 ')) console.log(line);
  return JSON.parse(lines.at(-1));
}

async function main() {
  const os = await import('node:os');
  console.log(`load average at start: ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);
  // Each run in a fresh process, the sizes alternating so that whatever else the machine does
  // weighs on both alike; the fastest of three of each.
  const runs = { 200: [], 400: [] };
  for (let i = 0; i < 3; i++) for (const n of [200, 400]) runs[n].push(spawnOne(n));
  const fastest = (rs) => rs.reduce((x, y) => (y.wall < x.wall ? y : x));
  const a = fastest(runs[200]);
  const b = fastest(runs[400]);
  const peakRss = Math.max(...runs[200].map((r) => r.peakRss));
  record('200 jurisdictions: gapMatrix + xlsx, wall (fastest of 3)', a.wall / 1000, 's', '≤ 3 s', a.wall <= 3000);
  record('200 jurisdictions: xlsx alone, wall', a.xlsxWall / 1000, 's', 'info', true);
  record('200 jurisdictions: gapMatrix + xlsx, cpu', a.cpu / 1000, 's', 'info', true);
  record('200 jurisdictions: corpus digest (once per corpus, before the timing), wall', a.digestWall / 1000, 's', 'info', true);
  record('peak RSS of a process making the 200-jurisdiction corpus, its matrix and xlsx (highest of 3)', peakRss, 'MB', '≤ 500 MB', peakRss <= 500);
  record('wall time 400 / 200 jurisdictions (fastest of 3 each)', b.wall / a.wall, '×', '≤ 2', b.wall / a.wall <= 2);
  record('xlsx alone, wall time 400 / 200', b.xlsxWall / a.xlsxWall, '×', 'info', true);
  report();
}
