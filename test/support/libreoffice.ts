import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCsv } from './csv.js';

/** LibreOffice Calc, the independent reader of the xlsx export; absent on most machines, so tests say so and skip. */
export const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0);
export const haveSoffice = soffice !== undefined;
/** Writer (to open the Word report) is its own Debian package beside Calc: its module must be there. */
export const haveWriter = haveSoffice && ['/usr/lib/libreoffice/program/libswlo.so', '/opt/libreoffice/program/libswlo.so'].some((f) => existsSync(f));
if (haveSoffice && !haveWriter) console.warn('[lexharmony tests] LibreOffice Writer (Debian libreoffice-writer) not found: the tests that open the Word report in LibreOffice are skipped.');
if (!haveSoffice) console.warn('[lexharmony tests] soffice (LibreOffice) not found: tests that open the xlsx export in LibreOffice are skipped.');

/**
 * Every sheet of a workbook as LibreOffice Calc reads it, through `--convert-to csv` (filter option
 * -1 writes one file per sheet, `<name>-<Sheet>.csv`). Runs with its own HOME and user profile in
 * `work`, so it never collides with a running LibreOffice.
 */
export function sheetsByLibreOffice(xlsx: Uint8Array, work: string): Map<string, string[][]> {
  mkdirSync(work, { recursive: true });
  const file = join(work, 'book.xlsx');
  writeFileSync(file, xlsx);
  const run = spawnSync(
    soffice!,
    [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', work, file],
    { env: { ...process.env, HOME: work }, encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  const out = new Map<string, string[][]>();
  for (const f of readdirSync(work)) {
    const m = /^book-(.+)\.csv$/.exec(f);
    if (m) out.set(m[1]!, parseCsv(readFileSync(join(work, f), 'utf8')));
  }
  if (out.size === 0) throw new Error(`soffice wrote no csv: ${run.stdout} ${run.stderr}`);
  return out;
}

/**
 * A document (docx, xlsx) converted to PDF by LibreOffice, with its headings as PDF bookmarks; returns
 * the PDF's path. Its own HOME and user profile in `work`, as above.
 */
export function pdfByLibreOffice(bytes: Uint8Array, name: string, work: string): string {
  mkdirSync(work, { recursive: true });
  const file = join(work, name);
  writeFileSync(file, bytes);
  const filter = name.endsWith('.docx') ? 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"}}' : 'pdf';
  const run = spawnSync(soffice!, [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', work, file], { env: { ...process.env, HOME: work }, encoding: 'utf8', timeout: 170_000 });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return file.replace(/\.[a-z]+$/, '.pdf');
}

/** Page count, page size (points), text and bookmarks of a PDF, read by poppler (pdfinfo, pdftotext, pdftohtml). */
export function readPdf(pdf: string): { pages: number; width: number; height: number; text: string; outline: string[] } {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const xml = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const outline = [...xml.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  return { pages, width: Number(width), height: Number(height), text, outline };
}
