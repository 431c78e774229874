import { main } from '../src/index.js';
import { forFile, forTerminal, type Io } from '../src/output.js';

/** Run the CLI in-process, capturing what it writes as a pipe would get it: the exit code, stdout and stderr. */
export async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += forFile(t)), err: (t) => void (err += forTerminal(t, false)), color: false };
  const code = await main(args, io);
  return { code, out, err };
}
