/**
 * Writing the static site: index.html, main.js, styles.css and data.json in one directory, with
 * relative URLs only, so that any static host (or a file copy) serves it. Nothing is fetched from
 * the network at run time.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { IoError } from '@lexharmony/core';
import type { ViewerData } from '../shared/types.js';

/** The files of the built site, in the order they are written (data.json last, as the sign of a complete site). */
export const SITE_FILES = ['index.html', 'main.js', 'styles.css', 'data.json'] as const;

/** Where the viewer's static files live, resolved through this package's `exports`. */
export function assetPaths(): { html: string; script: string; styles: string } {
  const require = createRequire(import.meta.url);
  const script = require.resolve('@lexharmony/viewer/main.js');
  if (!existsSync(script)) {
    throw new IoError(script, `${script}: the viewer bundle is not built; run "pnpm build" (or "pnpm --filter @lexharmony/viewer build")`);
  }
  return { html: require.resolve('@lexharmony/viewer/index.html'), script, styles: require.resolve('@lexharmony/viewer/styles.css') };
}

/**
 * Write the site into `outDir`. Files are written to a sibling temporary directory first and moved
 * in at the end, so that a failure leaves no half-written site.
 */
export function writeSite(outDir: string, data: ViewerData): { dir: string; files: { name: string; bytes: number }[] } {
  const dir = resolve(outDir);
  const assets = assetPaths();
  const contents: [string, string | Buffer][] = [
    ['index.html', readFileSync(assets.html)],
    ['main.js', readFileSync(assets.script)],
    ['styles.css', readFileSync(assets.styles)],
    ['data.json', JSON.stringify(data)],
  ];
  const tmp = `${dir}.tmp-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    for (const [name, body] of contents) writeFileSync(join(tmp, name), body);
    mkdirSync(dir, { recursive: true });
    for (const [name] of contents) renameSync(join(tmp, name), join(dir, name));
  } catch (error) {
    throw new IoError(dir, `${dir}: cannot write the viewer site: ${(error as Error).message}`, { cause: error });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { dir, files: contents.map(([name, body]) => ({ name, bytes: Buffer.byteLength(body) })) };
}

/** Whether `dir` holds a complete built site. */
export function isSiteBuilt(dir: string): boolean {
  return SITE_FILES.every((f) => existsSync(join(dir, f)));
}
