import type { Element, Nodes, Root } from 'hast';
import { type Block, DropLog, normalizeSpace, type ReadResult } from '../blocks.js';
import { grouped, IngestError } from '../errors.js';
import { LIMITS } from '../../io/limits.js';
import { requireOptional } from '../../optional.js';

/** Elements whose content is never text of the document. */
const INERT = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button']);
/** Elements that end a block of text before and after them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'center',
]);
/** Cells of one table row make one block. */
const CELL = new Set(['td', 'th']);
const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * HTML through unified + rehype-parse: headings, paragraphs, list items and table rows become
 * blocks; entities are decoded by the parser, no-break spaces normalised; script, style and
 * other inert elements are ignored; a paragraph that opens with <b> or <strong> is marked `strong`. The tree is walked with an explicit stack, so deeply nested
 * input cannot exhaust the call stack here.
 */
export function readHtml(source: string, file?: string): ReadResult {
  const depth = nestingDepth(source);
  if (depth > LIMITS.htmlDepth) {
    throw new IngestError('TOO_DEEP', { key: 'msg.ingest.read.htmlDepth', params: { depth: grouped(depth), limit: grouped(LIMITS.htmlDepth) } }, { file });
  }
  const parser = htmlParser();
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (cause) {
    if (cause instanceof RangeError) throw new IngestError('TOO_DEEP', { key: 'msg.ingest.read.htmlTooDeep' }, { file, cause });
    throw new IngestError('NOT_TEXT', { key: 'msg.ingest.read.htmlUnparsed', params: { detail: (cause as Error).message } }, { file, cause });
  }
  const blocks: Block[] = [];
  const dropped = new DropLog();
  let buffer = '';
  let bufferLine = 0;
  /** Open block elements, innermost last: the heading depth (0 for other blocks) decides a flushed block's kind. */
  const headings: number[] = [];
  let rows = 0;
  /** Whether the block being read opened with <b> or <strong>. */
  let strong = false;
  const flush = () => {
    const lead = strong;
    strong = false;
    if (!buffer) return;
    const text = normalizeSpace(buffer);
    buffer = '';
    if (!text) return;
    let depth = 0;
    for (let i = headings.length - 1; i >= 0 && !depth; i--) depth = headings[i]!;
    blocks.push(depth ? { kind: 'heading', text, line: bufferLine, depth } : { kind: 'paragraph', text, line: bufferLine, ...(lead ? { strong: true } : {}) });
  };

  // Explicit stack: a node, or EXIT followed by the element being closed.
  const EXIT = null;
  const stack: (Nodes | null)[] = [tree];
  while (stack.length) {
    let node = stack.pop()!;
    let exit = false;
    if (node === EXIT) {
      node = stack.pop()!;
      exit = true;
    }
    if (node.type === 'text') {
      if (!buffer) bufferLine = node.position?.start.line ?? bufferLine;
      buffer += node.value;
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    const name = node.type === 'element' ? node.tagName : '';
    const cellInRow = rows > 0 && CELL.has(name);
    if (exit) {
      if (BLOCK.has(name) && !cellInRow) {
        flush();
        headings.pop();
        if (name === 'tr') rows--;
      } else if (cellInRow) buffer += ' ';
      continue;
    }
    if (INERT.has(name)) {
      dropped.add({ key: 'msg.ingest.skip.element', params: { name } });
      continue;
    }
    if (name === 'br') {
      buffer += '\n';
      continue;
    }
    if (BLOCK.has(name) && !cellInRow) {
      flush();
      bufferLine = node.position?.start.line ?? bufferLine;
      headings.push(HEADING[name] ?? 0);
      if (name === 'tr') rows++;
    }
    if ((name === 'b' || name === 'strong') && !buffer.trim()) strong = true;
    stack.push(node, EXIT);
    const children = (node as Root | Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
  }
  flush();
  return { format: 'html', blocks, dropped: dropped.list() };
}

/** Elements that never hold others (void), or that the parser closes at the next sibling: they add no depth. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'thead', 'tbody', 'tfoot']);

/**
 * How deep the elements of a page nest, counted in one pass over its tags (an upper bound good
 * enough to refuse a hostile page before the parser, which recurses, spends seconds on it).
 * Stops counting once past the limit.
 */
function nestingDepth(source: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const name = m[2]!.toLowerCase();
    if (FLAT.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > LIMITS.htmlDepth) break;
  }
  return max;
}

const HTML_PACKAGES = ['unified', 'rehype-parse'];

/** unified with rehype-parse: optional peers of the core, loaded on the first HTML read. */
function htmlParser() {
  const { unified } = requireOptional<typeof import('unified')>('unified', HTML_PACKAGES, 'reading HTML');
  const rehypeParse = requireOptional<typeof import('rehype-parse')>('rehype-parse', HTML_PACKAGES, 'reading HTML').default;
  return unified().use(rehypeParse, { fragment: false });
}
