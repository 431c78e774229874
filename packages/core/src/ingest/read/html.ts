import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { type Block, DropLog, normalizeSpace, type ReadResult } from '../blocks.js';
import { IngestError } from '../errors.js';

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
 * other inert elements are ignored. The tree is walked with an explicit stack, so deeply nested
 * input cannot exhaust the call stack here.
 */
export function readHtml(source: string): ReadResult {
  let tree: Root;
  try {
    tree = unified().use(rehypeParse, { fragment: false }).parse(source);
  } catch (cause) {
    if (cause instanceof RangeError) throw new IngestError('TOO_DEEP', 'the HTML is nested too deeply to read', { cause });
    throw new IngestError('NOT_TEXT', `the HTML cannot be parsed: ${(cause as Error).message}`, { cause });
  }
  const blocks: Block[] = [];
  const dropped = new DropLog();
  let buffer: string[] = [];
  let bufferLine = 0;
  const flush = (kind: Block['kind'], depth?: number) => {
    const text = normalizeSpace(buffer.join(''));
    buffer = [];
    if (text) blocks.push({ kind, text, line: bufferLine, ...(depth ? { depth } : {}) });
  };
  /** Open block elements, innermost last: their kind decides a flushed block's kind. */
  const blockStack: { heading?: number; row: boolean }[] = [];
  const current = () => {
    for (let i = blockStack.length - 1; i >= 0; i--) {
      const b = blockStack[i]!;
      if (b.heading) return { kind: 'heading' as const, depth: b.heading };
    }
    return { kind: 'paragraph' as const, depth: undefined };
  };
  const inRow = () => blockStack.some((b) => b.row);

  const stack: { node: Nodes; exit?: true }[] = [{ node: tree }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      if (!buffer.length) bufferLine = node.position?.start.line ?? bufferLine;
      buffer.push(node.value);
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    const el = node.type === 'element' ? (node as Element) : undefined;
    const name = el?.tagName ?? '';
    if (exit) {
      if (BLOCK.has(name) && !(CELL.has(name) && inRow())) {
        const c = current();
        flush(c.kind, c.depth);
        blockStack.pop();
      } else if (CELL.has(name)) buffer.push(' ');
      continue;
    }
    if (INERT.has(name)) {
      dropped.add(`<${name}> element`);
      continue;
    }
    if (name === 'br') {
      buffer.push('\n');
      continue;
    }
    const isBlock = BLOCK.has(name) && !(CELL.has(name) && inRow());
    if (isBlock) {
      const c = current();
      flush(c.kind, c.depth);
      bufferLine = el?.position?.start.line ?? bufferLine;
      blockStack.push({ ...(HEADING[name] ? { heading: HEADING[name] } : {}), row: name === 'tr' });
    }
    if (el || node.type === 'root') {
      stack.push({ node, exit: true });
      const children = (node as Root | Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes });
    }
  }
  flush('paragraph');
  return { format: 'html', blocks, dropped: dropped.list() };
}
