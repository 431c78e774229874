import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gapMatrix, IoError } from '@lexharmony/core';
import { FormatError, formatFromPath, gapDocument, renderDocument, writeFileSafely } from '@lexharmony/core/export';
import { toy } from './support/toy.js';

const dir = mkdtempSync(join(tmpdir(), 'lexharmony-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileSafely', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const p = join(dir, 'a.json');
    writeFileSafely(p, '{"a":1}\n');
    expect(readFileSync(p, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('writes bytes as given', () => {
    const p = join(dir, 'b.bin');
    writeFileSafely(p, new Uint8Array([0, 255, 10]));
    expect([...readFileSync(p)]).toEqual([0, 255, 10]);
  });

  it('refuses to replace an existing file unless forced', () => {
    const p = join(dir, 'c.txt');
    writeFileSync(p, 'old');
    expect(() => writeFileSafely(p, 'new')).toThrow(IoError);
    expect(() => writeFileSafely(p, 'new')).toThrow(/already exists; use --force/);
    expect(readFileSync(p, 'utf8')).toBe('old');
    writeFileSafely(p, 'new', { force: true });
    expect(readFileSync(p, 'utf8')).toBe('new');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a directory or an unwritable path is an IoError (exit 3), with no file left', () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    expect(() => writeFileSafely(sub, 'x', { force: true })).toThrow(/is a directory/);
    expect(() => writeFileSafely(join(dir, 'missing', 'x.json'), 'x')).toThrow(/directory does not exist/);
    if (process.getuid?.() !== 0) {
      const ro = join(dir, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      expect(() => writeFileSafely(join(ro, 'x.json'), 'x')).toThrow(IoError);
      expect(readdirSync(ro)).toEqual([]);
    }
  });
});

describe('renderDocument and formatFromPath', () => {
  const m = gapMatrix(toy(), { jurisdictions: ['XT'], date: '2026-01-01' });

  it('renders a document as JSON: its tables with their rows, every cell typed, ids kept', async () => {
    const out = await renderDocument(gapDocument(m, { lang: 'en' }), 'json');
    expect(typeof out).toBe('string');
    const doc = JSON.parse(out as string);
    expect(doc.kind).toBe('gap-matrix');
    const matrix = doc.sections.find((s: { id: string }) => s.id === 'matrix').blocks.find((b: { kind: string }) => b.kind === 'table').table;
    expect(matrix.rows.map((r: { t: string; v: string }[]) => r.at(-1)!.v)).toEqual(m.rows.map((r) => r.ref));
    expect(matrix.rows[1][3]).toMatchObject({ t: 'status', status: 'conditional' });
    expect((out as string).endsWith('}\n')).toBe(true);
  });

  it('tells the format from the extension', () => {
    expect(formatFromPath('out/gaps.XLSX')).toBe('xlsx');
    expect(formatFromPath('gaps.md')).toBe('md');
    expect(formatFromPath('gaps.htm')).toBe('html');
    expect(formatFromPath('gaps.csv')).toBe('csv');
    expect(formatFromPath('informe-MX.docx')).toBe('docx');
    expect(() => formatFromPath('gaps.pdf')).toThrow(FormatError);
    expect(() => formatFromPath('gaps')).toThrow(/cannot tell the format/);
  });

  it('refuses an unknown format by name', async () => {
    await expect(renderDocument(gapDocument(m, { lang: 'en' }), 'pdf' as never)).rejects.toThrow(FormatError);
  });
});
