/**
 * Writing the static site: index.html, main.js, styles.css, data.json and its parts (shared/split.ts)
 * in one directory, with relative URLs only, so that any static host (or a file copy) serves it. Nothing is fetched from
 * the network at run time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { IoError, readTextFile, writeDirectorySafely } from '@lexharmony/core';
import { PART_NAMES, partFile, splitData, type SiteShell } from '../shared/split.js';
import type { ViewerData } from '../shared/types.js';
import type { SiteFile } from './downloads.js';

/** The files of the built site, in the order they are written (data.json last, as the sign of a complete site). */
export const SITE_FILES = ['index.html', 'main.js', 'styles.css', ...PART_NAMES.map(partFile), 'data.json'] as const;

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
 * Write the site into `outDir`: into a fresh temporary directory beside it first, which then takes
 * its name, so that a failure or an interruption leaves no half-written site. An existing directory
 * is replaced only with `force`.
 */
export function writeSite(
  outDir: string,
  data: ViewerData,
  options: { force?: boolean | undefined; downloads?: readonly SiteFile[] | undefined } = {},
): { dir: string; files: { name: string; bytes: number }[] } {
  const dir = resolve(outDir);
  const assets = assetPaths();
  const { shell, parts } = splitData(data);
  const partFiles = PART_NAMES.map((name) => ({ name, file: partFile(name), body: JSON.stringify(parts[name]) }));
  const where = Object.fromEntries(partFiles.map((p) => [p.name, { file: p.file, version: createHash('sha256').update(p.body).digest('hex').slice(0, 16) }])) as SiteShell['parts'];
  const contents: [string, string | Uint8Array][] = [
    ['index.html', readFileSync(assets.html)],
    ['main.js', readFileSync(assets.script)],
    ['styles.css', readFileSync(assets.styles)],
    ...(options.downloads ?? []).map((f): [string, string | Uint8Array] => [f.name, f.body]),
    ...partFiles.map((p): [string, string] => [p.file, p.body]),
    ['data.json', JSON.stringify({ ...shell, parts: where } satisfies SiteShell)],
  ];
  writeDirectorySafely(dir, contents, { force: options.force });
  return { dir, files: contents.map(([name, body]) => ({ name, bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength })) };
}

/** Whether `dir` holds a complete built site. */
export function isSiteBuilt(dir: string): boolean {
  return SITE_FILES.every((f) => existsSync(join(dir, f)));
}

/** The corpus version a built site was made from (its data.json's `generated.corpus`), or undefined when unreadable. */
export function builtCorpusVersion(dir: string): string | undefined {
  try {
    const text = readTextFile(join(dir, 'data.json'), { maxBytes: 256 * 1024 * 1024 });
    const generated = (JSON.parse(text) as { generated?: { corpus?: unknown } }).generated;
    return typeof generated?.corpus === 'string' ? generated.corpus : undefined;
  } catch {
    return undefined;
  }
}
