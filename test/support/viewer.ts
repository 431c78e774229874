/** Browser-test support: the viewer bundle built from source, and Chromium launched the way toolchain.md §6 says. */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './sources.js';

export const chromiumPath = process.env.LEXHARMONY_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);
if (!haveChromium) console.warn(`[lexharmony tests] ${chromiumPath} not found: browser tests are skipped.`);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const viewerDir = join(repoRoot, 'packages/viewer');

let bundle: Promise<string> | undefined;

/**
 * Build packages/viewer/dist/main.js from the current source (the browser part of the viewer's build),
 * once per test process. Built beside it and renamed into place, so that a test running at the same time
 * (pnpm pack, `viewer build` of the built CLI) reads the old file or the new one, never half of one.
 */
export function buildViewerBundle(): Promise<string> {
  return (bundle ??= (async () => {
    const { build } = await import('tsup');
    const configs = (await import('../../packages/viewer/tsup.config.js')).default as unknown as Record<string, unknown>[];
    const app = configs.find((c) => c.platform === 'browser')!;
    const dist = join(viewerDir, 'dist');
    mkdirSync(dist, { recursive: true });
    // Outside dist/, which pnpm pack may be reading.
    const work = mkdtempSync(join(viewerDir, '.bundle-'));
    try {
      await build({ ...app, entry: { main: join(viewerDir, 'src/app/main.ts') }, outDir: work, silent: true, config: false });
      renameSync(join(work, 'main.js'), join(dist, 'main.js'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return join(dist, 'main.js');
  })());
}

/**
 * Chromium with a fresh profile directory; `close()` removes it. The browser's language is the test's
 * (`locale`, English unless asked), never the machine's: the viewer opens in it when nothing else says one.
 */
export async function launchChromium({ locale = 'en-US' }: { locale?: string } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'lexharmony-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 }, locale });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
