/**
 * Running the built CLI as a process under a watchdog, for tests of hostile input: the child is
 * killed when it passes its time or memory bound, and the result says how long it ran and the
 * highest resident memory seen (VmHWM, read from /proc while it runs).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './sources.js';

export const bin = join(repoRoot, 'packages/cli/bin.cjs');

export interface Bounded {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the child, in MB. */
  peakMb: number;
  /** Killed by the watchdog for passing a bound. */
  overrun: 'time' | 'memory' | undefined;
}

export interface BoundOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeMs?: number;
  memoryMb?: number;
  /** Called once the child runs, with its pid (to signal it). */
  onStart?: (pid: number) => void;
  /** Arguments for node itself, before the script. */
  command?: string[];
}

function peakOf(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Run `lexharmony ...args` (or `command`) with bounds; resolves when it ends or is killed. */
export function runBounded(args: string[], options: BoundOptions = {}): Promise<Bounded> {
  const { timeMs = 10_000, memoryMb = 1024 } = options;
  return new Promise((resolve) => {
    const started = Date.now();
    const argv = options.command ?? [process.execPath, bin, ...args];
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd ?? repoRoot, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakMb = 0;
    let overrun: Bounded['overrun'];
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout.length < 1_000_000 ? (stdout += c) : undefined));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr.length < 1_000_000 ? (stderr += c) : undefined));
    const watch = setInterval(() => {
      peakMb = Math.max(peakMb, peakOf(child.pid!));
      if (peakMb > memoryMb) overrun ??= 'memory';
      else if (Date.now() - started > timeMs) overrun ??= 'time';
      if (overrun) child.kill('SIGKILL');
    }, 25);
    if (child.pid) options.onStart?.(child.pid);
    child.on('close', (code, signal) => {
      clearInterval(watch);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, peakMb: Math.round(peakMb), overrun });
    });
  });
}
