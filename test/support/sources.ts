import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The official source texts beside the project (`../shared/sources`); absent on a user's fresh clone. */
export const sourcesDir = process.env.LEXHARMONY_SOURCES ?? join(repoRoot, '../shared/sources');
export const haveSources = existsSync(sourcesDir);

if (!haveSources) {
  console.warn(`[lexharmony tests] ${sourcesDir} not found: tests that read the official source texts are skipped.`);
}
