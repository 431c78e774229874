import { type Block, DropLog, normalizeSpace, type ReadResult } from '../blocks.js';
import { grouped, IngestError } from '../errors.js';
import { LIMITS } from '../../io/limits.js';
import { importOptional } from '../../optional.js';
import { checkPdfStreams } from './pdf-budget.js';
import type { OutlineEntry, ReadOptions } from './index.js';

type PDFDocumentProxy = Awaited<ReturnType<(typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['getDocument']>['promise']>;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * PDF through pdf.js (legacy build, for Node): one `getTextContent` per page, no rendering, no
 * font loading, no eval. Items become lines in content order (a new line at each end-of-line
 * mark or change of baseline). Running headers and footers (lines repeated at the top or bottom
 * of most pages, and page numbers "12 de 250") are dropped.
 */
export async function readPdf(data: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const file = options.file;
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new IngestError('NOT_A_PDF', { key: 'msg.ingest.notPdf' }, { file });
  checkPdfStreams(data, file);
  const pdfjs = await importOptional(() => import('pdfjs-dist/legacy/build/pdf.mjs'), ['pdfjs-dist'], 'reading PDF');
  // pdf.js may transfer (detach) the buffer it gets: give it a copy.
  let task: ReturnType<typeof pdfjs.getDocument>;
  try {
    task = pdfjs.getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: true,
    verbosity: 0,
    });
  } catch (cause) {
    throw new IngestError('PDF_DAMAGED', { key: 'msg.ingest.read.pdfUnopened', params: { detail: (cause as Error).message } }, { file, cause });
  }
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (cause) {
    await task.destroy().catch(() => undefined);
    const name = (cause as Error | undefined)?.name;
    if (name === 'PasswordException') throw new IngestError('PDF_ENCRYPTED', { key: 'msg.ingest.encrypted' }, { file, cause });
    throw new IngestError('PDF_DAMAGED', { key: 'msg.ingest.read.pdfUnreadable', params: { detail: (cause as Error).message } }, { file, cause });
  }
  const pages: PageLine[][] = [];
  if (doc.numPages > LIMITS.pdfPages) {
    await doc.destroy();
    throw new IngestError('INPUT_TOO_LARGE', { key: 'msg.ingest.read.pdfPages', params: { pages: grouped(doc.numPages), limit: grouped(LIMITS.pdfPages) } }, { file });
  }
  const total = doc.numPages;
  let numbers: number[] | undefined;
  try {
    numbers = options.pages ? (await options.pages(await outlineOf(doc), total))?.filter((n) => n >= 1 && n <= total) : undefined;
    const wanted = numbers ?? Array.from({ length: total }, (_, i) => i + 1);
    for (const [k, n] of wanted.entries()) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items as TextItem[], n));
      page.cleanup();
      options.onProgress?.(k + 1, wanted.length);
    }
  } catch (cause) {
    throw new IngestError('PDF_DAMAGED', { key: 'msg.ingest.read.pdfUnreadable', params: { detail: (cause as Error).message } }, { file, cause });
  } finally {
    await doc.destroy();
  }
  return { ...dropFurniture(pages, numbers !== undefined), ...(numbers ? { pages: { read: numbers, total } } : {}) };
}

/** The outline's bookmarks, depth first, each resolving the page it points to when asked (undefined where it points nowhere). */
async function outlineOf(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const out: OutlineEntry[] = [];
  const visit = (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>) => {
    for (const item of items ?? []) {
      out.push({
        title: item.title,
        page: async () => {
          try {
            const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
            const ref = dest?.[0];
            return typeof ref === 'number' ? ref + 1 : ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as never)) + 1 : undefined;
          } catch {
            // A bookmark that points nowhere is no guide to where an article is.
            return undefined;
          }
        },
      });
      visit(item.items);
    }
  };
  visit(await doc.getOutline());
  return out;
}

/** Text items of one page as lines, in content order. */
function linesOf(items: TextItem[], page: number): PageLine[] {
  const lines: PageLine[] = [];
  let parts: string[] = [];
  let y: number | undefined;
  let endX = 0;
  const end = () => {
    const text = normalizeSpace(parts.join(''));
    if (text) lines.push({ kind: 'line', text, line: lines.length + 1, page, y: y ?? 0 });
    parts = [];
    y = undefined;
  };
  for (const it of items) {
    if (typeof it.str !== 'string') continue;
    const x = it.transform[4] ?? 0;
    const iy = it.transform[5] ?? 0;
    const size = Math.abs(it.transform[3] ?? it.height) || 1;
    if (y !== undefined && Math.abs(iy - y) > size * 0.5) end();
    if (it.str) {
      // A visible gap between items with no space of their own is a word boundary.
      if (parts.length && x - endX > size * 0.15 && !/\s$/.test(parts.at(-1)!) && !/^\s/.test(it.str)) parts.push(' ');
      parts.push(it.str);
      y ??= iy;
      endX = x + it.width;
    }
    if (it.hasEOL) end();
  }
  end();
  return lines;
}

/** A line and its baseline height on the page, for telling headers and footers. */
type PageLine = Block & { y: number };

const PAGE_NUMBER = /^(?:\d{1,4} de \d{1,4}|Page \d{1,4}(?: of \d{1,4})?|\d{1,4}(?: \/ \d{1,4})?)$/i;
/** How many lines at the top and at the bottom of a page (by height, not content order) may be headers or footers. */
const TOP = 5;
const BOTTOM = 3;

/** Whether a line sits among the top or bottom lines of its page. */
function edgeTest(lines: PageLine[]): (b: PageLine) => boolean {
  const ys = lines.map((l) => l.y).sort((a, b) => b - a);
  const top = ys[Math.min(TOP, ys.length) - 1] ?? Infinity;
  const bottom = ys[Math.max(0, ys.length - BOTTOM)] ?? -Infinity;
  return (b) => b.y >= top || b.y <= bottom;
}

/** Drop page numbers and lines repeated at the top or bottom of most pages; keep the rest in order. */
function dropFurniture(pages: PageLine[][], partial: boolean): ReadResult {
  const dropped = new DropLog();
  const key = (t: string) => t.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    const atEdge = edgeTest(lines);
    for (const b of lines) if (atEdge(b)) seen.add(key(b.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // A few pages read out of many (the pages of one article) repeat their header on each of them: twice is enough.
  const least = partial ? 2 : 3;
  const threshold = Math.max(least, Math.ceil(pages.length * 0.5));
  const blocks: Block[] = [];
  for (const lines of pages) {
    const edge = edgeTest(lines);
    for (const { y: _y, ...b } of lines) {
      const atEdge = edge({ ...b, y: _y });
      if (atEdge && PAGE_NUMBER.test(b.text)) dropped.add({ key: 'msg.ingest.skip.pageNumber' }, b.text);
      else if (atEdge && pages.length >= least && (counts.get(key(b.text)) ?? 0) >= threshold) dropped.add({ key: 'msg.ingest.skip.runningHeader' }, b.text);
      else blocks.push(b);
    }
  }
  return { format: 'pdf', blocks, dropped: dropped.list() };
}
