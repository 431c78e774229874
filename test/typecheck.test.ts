// The whole repository type-checks under its own configurations: the packages, tests and scripts
// (tsconfig.json) and the viewer's browser app, which has no Node types (packages/viewer/tsconfig.app.json).
// vitest strips types without checking them, so a type error would otherwise pass the suite unseen.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/sources.js';

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

describe('the type checker', () => {
  it.each(['tsconfig.json', 'packages/viewer/tsconfig.app.json'])('finds no error under %s', (config) => {
    const r = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
