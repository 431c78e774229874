// References a gap matrix cannot be made against: refused with one line and exit 2, nothing written.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'lexharmony-refusals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a reference with no requirements', () => {
  it('gaps MX --against coe-cets-224 (metadata only): exit 2 and why, not an empty matrix', async () => {
    const out = join(dir, 'x.md');
    const r = await run('gaps', 'MX', '--against', 'coe-cets-224', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe('lexharmony: coe-cets-224 has no requirements in the corpus: its text is not available\n');
    expect(r.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('report refuses it the same way', async () => {
    const r = await run('report', 'MX', '--against', 'coe-cets-224', '--format', 'json', '--out', join(dir, 'r.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('coe-cets-224 has no requirements in the corpus: its text is not available');
  });
});
