import { loadCorpus } from '@lexharmony/core';
import { describe, expect, it } from 'vitest';
import { buildViewerData } from '../src/node/index.js';
import { joinData, splitData } from '../src/shared/split.js';

describe('the site data in files', () => {
  const data = buildViewerData(loadCorpus(), { date: '2026-11-27' });
  const { shell, parts } = splitData(data);

  it('reads back as the same data once every part is joined to data.json', () => {
    expect(joinData(JSON.parse(JSON.stringify(shell)), JSON.parse(JSON.stringify(parts)))).toEqual(data);
  });

  it('keeps the first render small: statuses without their findings, no texts, strategies or search records', () => {
    expect(Object.keys(shell)).not.toContain('provisions');
    const cell = shell.matrix.rows.find((r) => r.ref === 'coe-ets-185/art-2')!.cells.MX!;
    expect(cell.status).toBe(data.matrix.rows.find((r) => r.ref === 'coe-ets-185/art-2')!.cells.MX!.status);
    expect(cell).not.toHaveProperty('findings');
    expect(JSON.stringify(shell).length).toBeLessThan(JSON.stringify(data).length / 5);
  });

  it('reads a part not yet loaded as empty, never as a half of it', () => {
    const early = joinData(shell, {});
    expect(early.provisions).toEqual({});
    expect(early.matrix.rows.every((r) => Object.values(r.cells).every((c) => c.findings.length === 0))).toBe(true);
    expect(joinData(shell, { texts: parts.texts }).matrix.rows).toEqual(data.matrix.rows);
  });
});
