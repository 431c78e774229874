import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@lexharmony/core';

describe('bundled corpus', () => {
  it('loads with no argument and knows the Budapest Convention', () => {
    const corpus = loadCorpus();
    expect(corpus.instruments.get('coe-ets-185')?.meta.short).toMatch(/Budapest/);
    expect(corpus.jurisdictions.get('MX')?.federal).toBe(true);
  });
});
