/** Browser-test support: the viewer bundle built from source, and Chromium launched the way toolchain.md §6 says. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './sources.js';

export const chromiumPath = process.env.LEXHARMONY_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);
if (!haveChromium) console.warn(`[lexharmony tests] ${chromiumPath} not found: browser tests are skipped.`);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const viewerDir = join(repoRoot, 'packages/viewer');

/** Build packages/viewer/dist/main.js from the current source (the browser part of the viewer's build). */
export async function buildViewerBundle(): Promise<string> {
  const { build } = await import('tsup');
  const configs = (await import('../../packages/viewer/tsup.config.js')).default as unknown as Record<string, unknown>[];
  const app = configs.find((c) => c.platform === 'browser')!;
  await build({ ...app, entry: { main: join(viewerDir, 'src/app/main.ts') }, outDir: join(viewerDir, 'dist'), silent: true, config: false });
  return join(viewerDir, 'dist/main.js');
}

/** Chromium with a fresh profile directory; `close()` removes it. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'lexharmony-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
