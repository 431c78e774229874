// A valid corpus file read on js-yaml's fast path is not parsed again by the `yaml` package (three
// quarters of a validation's time when it was): its positions and document are made when asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return { ...yaml, parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => (calls.n++, yaml.parseDocument(...args)) };
});

const { loadCorpusData } = await import('../src/corpus/load.js');
const { readCorpusFile } = await import('../src/corpus/read.js');
const corpora = join(import.meta.dirname, '../../../corpora');

describe('reading a valid corpus', () => {
  it('parses no file with the yaml package; a file’s document and lines are made on demand, once', () => {
    calls.n = 0;
    expect(loadCorpusData(corpora).instruments.length).toBeGreaterThan(10);
    expect(calls.n).toBe(0);
    const text = readFileSync(join(corpora, 'instruments/coe-ets-185/instrument.yaml'), 'utf8');
    const f = readCorpusFile('instruments/coe-ets-185/instrument.yaml', text, 'instrument', 'coe-ets-185');
    if (!('kind' in f)) throw new Error('expected the file to read');
    expect(calls.n).toBe(0);
    expect(f.document.get('id')).toBe('coe-ets-185');
    expect(f.lineOf(['id'])).toBeGreaterThan(0);
    expect(calls.n).toBe(1);
  });
});
