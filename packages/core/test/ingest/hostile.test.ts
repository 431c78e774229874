import { randomBytes } from 'node:crypto';
import { IngestError, ingest, readSource, type SourceFormat } from '@lexharmony/core/ingest';
import { describe, expect, it } from 'vitest';
import { makePdf } from './support/pdf.js';

async function failure(data: Uint8Array, format: SourceFormat, profile = 'mx-federal'): Promise<IngestError> {
  try {
    await ingest(data, { format, profile, file: `input.${format}` });
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected an IngestError');
}

const text = (s: string) => new TextEncoder().encode(s);

describe('hostile input gets a typed IngestError, never a crash or a hang', () => {
  it('empty file, in every format', async () => {
    for (const f of ['pdf', 'txt', 'md', 'html'] as const) expect((await failure(new Uint8Array(), f)).code).toBe('EMPTY_INPUT');
  });

  it('a .pdf that is not a PDF', async () => {
    const e = await failure(text('<html>not a pdf</html>'), 'pdf');
    expect(e.code).toBe('NOT_A_PDF');
    expect(e.message).toBe('input.pdf: the file is not a PDF (no %PDF- header)');
  });

  it('a PDF made by code reads, and its text segments', async () => {
    const pdf = makePdf([['Artículo 1o.- Este Código se aplicará en toda la República.', 'Artículo 2o.- Se aplicará, asimismo:', 'I.- Por los delitos que se inicien.']]);
    const r = await ingest(pdf, { format: 'pdf', profile: 'mx-federal' });
    expect(r.provisions.map((p) => p.id)).toEqual(['art-1', 'art-2']);
    expect(r.provisions[1]!.children.map((c) => c.id)).toEqual(['art-2.p-1', 'art-2.fr-i']);
  });

  it('an encrypted PDF', async () => {
    const e = await failure(makePdf([['Artículo 1o.- Texto.']], { encrypt: true }), 'pdf');
    expect(e.code).toBe('PDF_ENCRYPTED');
  });

  it('a truncated PDF', async () => {
    const whole = makePdf([['Artículo 1o.- Texto del primer artículo.'], ['Artículo 2o.- Texto del segundo.']]);
    for (const cut of [20, 200, Math.floor(whole.length / 2)]) {
      const e = await failure(whole.subarray(0, cut), 'pdf');
      expect(['PDF_DAMAGED', 'NO_TEXT', 'NO_PROVISIONS']).toContain(e.code);
    }
  });

  it('50 MB of random bytes, as each format', async () => {
    const junk = randomBytes(50 * 1024 * 1024);
    expect((await failure(junk, 'pdf')).code).toBe('NOT_A_PDF');
    for (const f of ['txt', 'md', 'html'] as const) expect((await failure(junk, f)).code).toBe('NOT_TEXT');
  }, 60_000);

  it('HTML nested 100,000 levels deep', async () => {
    const html = '<div>'.repeat(100_000) + 'Artículo 1o.- Texto.' + '</div>'.repeat(100_000);
    const started = Date.now();
    let result: unknown;
    try {
      result = await ingest(text(html), { format: 'html', profile: 'mx-federal' });
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect(['TOO_DEEP', 'NO_PROVISIONS']).toContain((error as IngestError).code);
      result = error;
    }
    expect(result).toBeDefined();
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 60_000);

  it('HTML full of <script> and <style>: no text, nothing run', async () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const html = '<html><head><style>p{}</style></head><body>' + '<script>globalThis.pwned = true</script>'.repeat(20_000) + '</body></html>';
    expect((await failure(text(html), 'html')).code).toBe('NO_TEXT');
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
  });

  it('text with no articles', async () => {
    expect((await failure(text('Hola.\nNada aquí.\n'), 'txt')).code).toBe('NO_PROVISIONS');
  });

  it('reader errors name the file', async () => {
    await expect(readSource(text('\u0000\u0001'), 'txt', { file: 'x.txt' })).rejects.toThrow('x.txt: the file holds NUL bytes');
  });
});
