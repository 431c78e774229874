import type { PathSegment, Provision } from '../../model/types.js';
import { type Block, DropLog } from '../blocks.js';
import { parseAnnotation } from './history.js';
import { type LinedProfile, matchItem, type OpenItem, type SegmentResult } from './profile.js';
import { Node } from './tree.js';

/** A line ends a paragraph when it ends a sentence or clause: ".", ":", ";" (before closing quotes or brackets). */
const ENDS_PARAGRAPH = /[.:;][”"’')\]]{0,3}$/u;
/** A line that can open a paragraph: a capital, a digit, an opening quote or bracket. */
const OPENS_PARAGRAPH = /^[\p{Lu}\d¿¡“"'(«]/u;
/** A date list continuing an annotation on the next line: "18-07-2016, 05-11-2018". */
const DATE_CONTINUATION = /^(?:DOF\s)?\d{2}-\d{2}-\d{4}\b|^\([^()]{0,120}\)\sDOF\s\d{2}-\d{2}-\d{4}/;

/** Join two lines of one paragraph: a word broken with a hyphen at line end joins without a space, hyphen kept. */
export function joinLines(before: string, after: string): string {
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) ? before + after : `${before} ${after}`;
}

/**
 * Segment line-based statute text (a PDF or its text extraction): page furniture out, structure
 * headings into the path, "Artículo N.-" lines start articles, fracciones and incisos become
 * children, unlabelled paragraphs become `p-N`, reform annotations become history. Lines of one
 * paragraph are re-joined with a space (hyphenated line ends without one). `path` is the structural
 * path in effect where the text starts.
 */
export function segmentLined(blocks: Block[], profile: LinedProfile, options: { path?: readonly PathSegment[] | undefined } = {}): SegmentResult {
  const skipped = new DropLog();
  const lines = dropFurniture(blocks, profile, skipped);
  const articles: Node[] = [];
  const ids = new Set<string>();
  // Where the text starts mid-way (a PDF read from a page on), the headings above it are the caller's.
  let path: PathSegment[] = (options.path ?? []).map((s) => ({ ...s }));
  let titleOf: PathSegment | undefined;
  let article: Node | undefined;
  let stack: OpenItem<Node>[] = [];
  let paragraphs = 0;
  /** The annotation being read (it may wrap onto date-only lines), and the node it belongs to. */
  let annotation: { text: string; node: Node | undefined; scopeArticle: boolean } | undefined;
  /** Whether the next text line starts a new paragraph. */
  let fresh = true;
  let transitory = false;
  /** The last line of text added, to tell whether it closed its paragraph. */
  let previous = '';

  const closeAnnotation = () => {
    if (!annotation) return;
    const entries = parseAnnotation(annotation.text);
    const target = annotation.scopeArticle ? article : annotation.node;
    if (target && entries.length) target.history.push(...entries);
    else skipped.add(article ? 'annotation without a date' : 'reform annotation of a heading (not a provision)', annotation.text);
    annotation = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const b = lines[i]!;
    const text = b.text;
    // An annotation wraps onto lines that continue its date list; an editorial note runs to its full stop.
    if (annotation && (DATE_CONTINUATION.test(text) || (/^Nota\b/.test(annotation.text) && !ENDS_PARAGRAPH.test(annotation.text)))) {
      annotation.text += ' ' + text;
      continue;
    }
    closeAnnotation();
    if (transitory) {
      skipped.add('transitory provisions and reform decrees (kept apart from the body)', text);
      continue;
    }
    if (article && profile.transitory.test(text)) {
      transitory = true;
      article = undefined;
      skipped.add('transitory provisions and reform decrees (kept apart from the body)', text);
      continue;
    }
    if (profile.annotation.test(text)) {
      const deepest = stack.at(-1)?.node;
      annotation = { text, node: deepest ?? article, scopeArticle: /^Art[íi]culo\b/i.test(text) };
      titleOf = undefined;
      fresh = true;
      continue;
    }
    const structure = profile.structure.find((s) => s.pattern.test(text));
    if (structure) {
      const number = structure.pattern.exec(text)![1]!;
      const depth = profile.structure.indexOf(structure);
      path = [...path.filter((s) => profile.structure.findIndex((x) => x.level === s.level) < depth), { level: structure.level, number }];
      titleOf = path.at(-1);
      article = undefined;
      stack = [];
      continue;
    }
    const a = profile.article.exec(text);
    if (a) {
      titleOf = undefined;
      const number = labelOf(a[1]!);
      let id = profile.articleId(a[1]!);
      if (ids.has(id)) {
        skipped.add('article number repeated in the body (kept with a -dup suffix)', text);
        let k = 2;
        while (ids.has(`${id}-dup-${k}`)) k++;
        id = `${id}-dup-${k}`;
      }
      ids.add(id);
      article = new Node({ id, number, kind: 'article', path: path.map((s) => ({ ...s })), line: b.line });
      articles.push(article);
      stack = [{ node: article, rank: 0, last: new Map() }];
      paragraphs = 0;
      fresh = true;
      const rest = text.slice(a[0].length).trim();
      const next = lines[i + 1]?.text ?? '';
      const opensText = (t: string) => OPENS_PARAGRAPH.test(t) && !profile.annotation.test(t) && !profile.article.test(t) && !profile.structure.some((s) => s.pattern.test(t));
      // A heading may wrap onto one short lower-case line before the text opens:
      // "Artículo 303. Localización geográfica … de datos" / "conservados" / "Cuando el Ministerio Público …".
      const wraps = /^\p{Ll}/u.test(next) && next.length <= 80 && !ENDS_PARAGRAPH.test(next) && !/,$/.test(next) && opensText(lines[i + 2]?.text ?? '');
      const heading = wraps ? `${rest} ${next}` : rest;
      if (rest && a[2] === '.' && !ENDS_PARAGRAPH.test(rest) && !/,$/.test(rest) && rest.length <= 120 && (wraps || opensText(next))) {
        article.heading = heading; // "Artículo 10. Principio de igualdad ante la ley"
        if (wraps) i++;
      } else if (rest) {
        addLine(rest, i);
      }
      continue;
    }
    if (titleOf) {
      titleOf.title = titleOf.title ? `${titleOf.title} ${text}` : text;
      continue;
    }
    if (!article) {
      skipped.add(articles.length ? 'text outside any article' : 'front matter before the first article', text);
      continue;
    }
    addLine(text, i);
  }
  closeAnnotation();

  function addLine(text: string, i: number) {
    const item = matchItem(profile.items, text, stack);
    if (item?.fits) {
      let parent = stack[item.at]!;
      let id = `${parent.node.id}.${item.level.id(item.number)}`;
      if (ids.has(id)) {
        // A second list in the same article ("I." again after a paragraph): it hangs on that paragraph.
        const para = article!.children.filter((c) => c.kind === 'paragraph').at(-1);
        if (para) {
          parent = { node: para, rank: 0, last: new Map() };
          id = `${para.id}.${item.level.id(item.number)}`;
        }
        let k = 2;
        const base = id;
        while (ids.has(id)) id = `${base}-${k++}`;
      }
      ids.add(id);
      parent.last.set(item.level.kind, item.number);
      const node = new Node({ id, number: item.number, kind: item.level.kind, parent: parent.node, line: lines[i]!.line });
      node.add(text, text.slice(item.label.length).trim());
      const at = stack.indexOf(parent);
      stack = [...(at >= 0 ? stack.slice(0, at + 1) : stack.slice(0, 1)), { node, rank: item.level.rank, last: new Map() }];
      fresh = false;
      previous = text;
      return;
    }
    const after = previous;
    previous = text;
    if (fresh || (ENDS_PARAGRAPH.test(after) && OPENS_PARAGRAPH.test(text))) {
      paragraphs++;
      const id = `${article!.id}.p-${paragraphs}`;
      ids.add(id);
      const node = new Node({ id, number: String(paragraphs), kind: 'paragraph', parent: article, line: lines[i]!.line });
      node.add(text);
      stack = [stack[0]!, { node, rank: 1, last: new Map() }];
      fresh = false;
      return;
    }
    article!.extend(joinLines, text);
  }


  const out: Provision[] = [];
  for (const a of articles) {
    // A single paragraph is the article itself: no p-1 child, its history goes to the article.
    if (a.children.length === 1 && a.children[0]!.kind === 'paragraph') {
      a.history.unshift(...a.children[0]!.history);
      a.children.length = 0;
    }
    const p = a.toProvision();
    if (p) out.push(p);
    else skipped.add('article heading without text', `${a.number ?? a.id}`);
  }
  return { provisions: out, skipped: skipped.list() };
}

/** "211 bis 1" → "211 Bis 1", "112 Quáter" stays; "1o" stays: the label as printed, suffix capitalised. */
function labelOf(raw: string): string {
  return raw.replace(/\s+/g, ' ').replace(/(\d)-/, '$1 ').replace(/\b(\p{L})(\p{L}+)/gu, (_, f: string, r: string) => f.toUpperCase() + r.toLowerCase());
}

/**
 * The lines that are text of the law: page furniture out, reform annotations (with the lines
 * they wrap onto) out. What `verify` searches quotes in.
 */
export function textLines(blocks: Block[], profile: LinedProfile): Block[] {
  const kept: Block[] = [];
  let annotation: string | undefined;
  for (const b of dropFurniture(blocks, profile, new DropLog())) {
    if (annotation !== undefined && (DATE_CONTINUATION.test(b.text) || (/^Nota\b/.test(annotation) && !ENDS_PARAGRAPH.test(annotation)))) {
      annotation += ' ' + b.text;
      continue;
    }
    annotation = profile.annotation.test(b.text) ? b.text : undefined;
    if (annotation === undefined) kept.push(b);
  }
  return kept;
}

/**
 * Drop page furniture: lines the profile names (page headers, page numbers), and the running
 * title: a line that stands next to such furniture again and again (the law's name above the
 * page header).
 */
function dropFurniture(blocks: Block[], profile: LinedProfile, skipped: DropLog): Block[] {
  const reasonOf = (t: string) => profile.furniture.find((f) => f.pattern.test(t))?.reason;
  const isFurniture = blocks.map((b) => reasonOf(b.text) !== undefined);
  const neighbours = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (isFurniture[i]) return;
    if (isFurniture[i - 1] || isFurniture[i + 1]) neighbours.set(b.text, (neighbours.get(b.text) ?? 0) + 1);
  });
  const pages = isFurniture.filter(Boolean).length;
  const running = new Set([...neighbours].filter(([, n]) => n >= 3 && n >= pages / 8).map(([t]) => t));
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    const reason = reasonOf(b.text);
    if (reason) skipped.add(reason, b.text);
    else if (running.has(b.text) && (isFurniture[i - 1] || isFurniture[i + 1])) skipped.add('running title of the page header', b.text);
    else kept.push(b);
  });
  return kept;
}
