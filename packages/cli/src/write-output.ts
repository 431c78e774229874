import type { Lang } from '@lexharmony/core/engine';
import type { Context } from './context.js';

/**
 * Write a command's file safely (whole or not at all; never over an existing file without
 * --force). An existing file is kept and the error says how to replace it or where else to write,
 * after whatever the command printed on screen.
 */
export async function writeOutput(ctx: Context, o: { path: string; format: string; force: boolean; lang: Lang; data: () => Promise<string | Uint8Array>; wrote?: string }): Promise<void> {
  const { writeFileSafely } = await import('@lexharmony/core/export');
  const { IoError, translator } = await import('@lexharmony/core/engine');
  const t = translator(o.lang).t;
  const { statSync } = await import('node:fs');
  let exists = false;
  try {
    exists = statSync(o.path).isFile();
  } catch {
    exists = false;
  }
  if (exists && !o.force) throw new IoError(o.path, t('term.exists', { file: o.path }));
  writeFileSafely(o.path, await o.data(), { force: o.force });
  ctx.io.err((o.wrote ?? t('term.wrote', { file: o.path, format: o.format })) + '\n');
}
