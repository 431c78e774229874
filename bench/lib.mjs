// Small timing helpers shared by the benchmarks.
import { performance } from 'node:perf_hooks';

/** Time `fn` `runs` times after `warmup` runs; returns milliseconds. */
export async function measure(fn, { runs = 20, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { runs, min: times[0], median: q(0.5), p95: q(0.95), max: times[times.length - 1] };
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}

const rows = [];
/** Record one figure against its target; `ok` decides whether the target is met. */
export function record(name, value, unit, target, ok) {
  rows.push({ name, value, unit, target, ok });
}

/** Print the recorded figures as a Markdown table; exit 1 if a target was missed. */
export function report() {
  console.log('| measure | value | target | met |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${typeof r.value === 'number' ? r.value.toFixed(r.value < 10 ? 2 : 1) : r.value} ${r.unit} | ${r.target} | ${r.ok ? 'yes' : '**no**'} |`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}
