import type { PathSegment, Provision } from '../../model/types.js';
import { type Block, DropLog } from '../blocks.js';
import { parseAnnotation } from './history.js';
import { type LinedProfile, matchItem, type OpenItem, type SegmentResult } from './profile.js';
import { Node } from './tree.js';

/** A line of the law as the engine reads it: a reader's block, or part of one. */
interface Line extends Block {
  /** A bracketed annotation cut out of the text (profiles with `enclosed`). */
  annotation?: boolean;
  /** Text that followed an annotation's closing bracket on the same line: the next block, run on by the source. */
  glued?: boolean;
}

/** A line ends a paragraph when it ends a sentence or clause: ".", ":", ";" (before closing quotes or brackets). */
const ENDS_PARAGRAPH = /[.:;][”"’')\]]{0,3}$/u;
/** A line that can open a paragraph: a capital, a digit, an opening quote or bracket. */
const OPENS_PARAGRAPH = /^[\p{Lu}\d¿¡“"'(«]/u;
/** A line that can be an epigraph: a capital, at most 120 characters, no closing punctuation. */
const HEADING_LINE = /^\p{Lu}[^\n]{0,119}(?<![.:;,])$/u;
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
 * paragraph are re-joined with a space (hyphenated line ends without one).
 */
export function segmentLined(blocks: Block[], profile: LinedProfile): SegmentResult {
  const skipped = new DropLog();
  const lines = readLines(blocks, profile, skipped);
  let articles: Node[] = [];
  let ids = new Set<string>();
  /** The articles before the first signature line (profiles with `signature`): the enacting law's, if articles follow. */
  let enacting: { articles: Node[]; ids: Set<string> } | undefined;
  /** A heading line waiting for the article it heads (profiles with `marked`). */
  let pendingHeading: string | undefined;
  /** Why nothing more is the body, once an `end` line is met. */
  let ended: string | undefined;
  let path: PathSegment[] = [];
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
    const entries = parseAnnotation(annotation.text, profile.gazette);
    const target = annotation.scopeArticle ? article : annotation.node;
    if (target && entries.length) target.history.push(...entries);
    else skipped.add(article ? 'annotation without a date' : 'reform annotation of a heading (not a provision)', annotation.text);
    annotation = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const b = lines[i]!;
    const text = b.text;
    // An annotation wraps onto lines that continue its date list; an editorial note runs to its full stop.
    if (annotation && !profile.enclosed && (DATE_CONTINUATION.test(text) || (/^Nota\b/.test(annotation.text) && !ENDS_PARAGRAPH.test(annotation.text)))) {
      annotation.text += ' ' + text;
      continue;
    }
    closeAnnotation();
    if (ended) {
      skipped.add(ended, text);
      continue;
    }
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
    const end = articles.length ? profile.end?.find((e) => e.pattern.test(text)) : undefined;
    if (end) {
      ended = end.reason;
      article = undefined;
      skipped.add(end.reason, text);
      continue;
    }
    if (b.annotation || (!profile.enclosed && profile.annotation.test(text))) {
      const deepest = stack.at(-1)?.node;
      annotation = { text, node: deepest ?? article, scopeArticle: /^\(?Art[íi]culo/i.test(text) };
      // An annotation ends a structure title, but does not stand for it: "CAPÍTULO III" / "(Epígrafe sustituido …)" / its title.
      if (titleOf?.title) titleOf = undefined;
      fresh = true;
      if (b.annotation && annotation.scopeArticle) {
        // A bracketed note on the article follows its last line: what comes next is not its text.
        annotation.node = article;
        closeAnnotation();
        article = undefined;
        stack = [];
      }
      continue;
    }
    if (profile.signature?.test(text)) {
      // The enacting law's closing formula: its articles end here, and so does any law a database quotes.
      if (!enacting) {
        enacting = { articles, ids };
        articles = [];
        ids = new Set();
      }
      article = undefined;
      stack = [];
      skipped.add('closing formula and signatures of an enacting or amending law', text);
      continue;
    }
    const structure = profile.structure.find((s) => s.pattern.test(text));
    if (structure) {
      const m = structure.pattern.exec(text)!;
      const depth = profile.structure.indexOf(structure);
      const segment: PathSegment = { level: structure.level, number: m[1]! };
      if (m[2]) segment.title = m[2];
      path = [...path.filter((s) => profile.structure.findIndex((x) => x.level === s.level) < depth), segment];
      titleOf = m[2] ? undefined : segment;
      article = undefined;
      stack = [];
      pendingHeading = undefined;
      continue;
    }
    // Where the format marks article headings, an article pattern elsewhere is quoted text, unless
    // it is a bare label ("Art. 536. -" before the note that repealed it): a quoted article has words.
    let a = profile.article.exec(text);
    if (a && !marked(b) && text.slice(a[0].length).trim()) a = null;
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
      article = new Node({ id, number, kind: 'article', heading: pendingHeading, path: path.map((s) => ({ ...s })), line: b.line });
      pendingHeading = undefined;
      articles.push(article);
      stack = [{ node: article, rank: 0, last: new Map() }];
      paragraphs = 0;
      fresh = true;
      let rest = text.slice(a[0].length).trim();
      const own = profile.heading?.exec(rest);
      if (own) {
        article.heading = own[1]; // "ARTICULO 1° — (Objeto)."
        rest = rest.slice(own[0].length).trim();
      }
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
    // Where the format marks headings, the heading of the article that follows: an epigraph on its
    // own line just before it ("Intercepción de correspondencia" / "Art. 234. - …") …
    const following = lines[i + 1];
    const epigraph = profile.marked && HEADING_LINE.test(text) && (!titleOf || titleOf.title) && following !== undefined && marked(following) && profile.article.test(following.text);
    if (!epigraph && titleOf) {
      titleOf.title = titleOf.title ? `${titleOf.title} ${text}` : text;
      continue;
    }
    // … or a bold line that is neither an article nor a group heading, or a short line between articles.
    if (epigraph || (profile.marked && (b.strong || (!article && HEADING_LINE.test(text))))) {
      if (pendingHeading) skipped.add('heading not followed by an article', pendingHeading);
      pendingHeading = text;
      continue;
    }
    if (pendingHeading) {
      skipped.add('heading not followed by an article', pendingHeading);
      pendingHeading = undefined;
    }
    if (!article) {
      skipped.add(articles.length ? 'text outside any article' : 'front matter before the first article', text);
      continue;
    }
    addLine(text, i);
  }
  closeAnnotation();

  /** Whether a line is set apart as a heading could be, where the profile says the format marks them (`marked`). */
  function marked(line: Line): boolean {
    return !profile.marked || line.kind !== 'paragraph' || line.strong === true || line.glued === true;
  }
  if (enacting) {
    // Articles after the signature: those before it were the enacting law's. None after: they were the law itself.
    if (articles.length) for (const a of enacting.articles) skipped.add("article of the enacting law (before its signature; the code it enacts follows)", `${a.number ?? a.id}`);
    else articles = enacting.articles;
  }

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
    // A single paragraph (with no items of its own) is the article itself: no p-1 child, its history goes to the article.
    if (a.children.length === 1 && a.children[0]!.kind === 'paragraph' && a.children[0]!.children.length === 0) {
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
  for (const b of readLines(blocks, profile, new DropLog())) {
    if (profile.enclosed) {
      if (!b.annotation) kept.push(b);
      continue;
    }
    if (annotation !== undefined && (DATE_CONTINUATION.test(b.text) || (/^Nota\b/.test(annotation) && !ENDS_PARAGRAPH.test(annotation)))) {
      annotation += ' ' + b.text;
      continue;
    }
    annotation = profile.annotation.test(b.text) ? b.text : undefined;
    if (annotation === undefined) kept.push(b);
  }
  return kept;
}

/** The lines the engine reads: page furniture out, and bracketed annotations cut out as lines of their own (`enclosed`). */
function readLines(blocks: Block[], profile: LinedProfile, skipped: DropLog): Line[] {
  const lines = dropFurniture(blocks, profile, skipped);
  return profile.enclosed ? cutAnnotations(lines, profile) : lines;
}

/**
 * Cut bracketed annotations out of the text: each from a "(" where the profile's `annotation`
 * matches to the bracket that closes it, across lines. Text before it stays a line; text after
 * its closing bracket on the same line is a line of its own (the source ran the next block on).
 * A bracket left open ends before the next line that starts an article or a group heading.
 */
function cutAnnotations(blocks: Block[], profile: LinedProfile): Line[] {
  const out: Line[] = [];
  let open: { text: string; depth: number; from: Block } | undefined;
  const close = () => {
    out.push({ ...open!.from, text: open!.text, annotation: true });
    open = undefined;
  };
  const startsProvision = (t: string) => profile.article.test(t) || profile.structure.some((s) => s.pattern.test(t));
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (open && startsProvision(b.text)) close();
    // An annotation may open at the very end of a line ("… con él. (Párrafo" / "incorporado por …"): its words are read on.
    const next = [blocks[k + 1]?.text, blocks[k + 2]?.text].filter(Boolean).join(' ');
    let rest: Line = b;
    while (rest.text) {
      if (open) {
        const { at, depth } = closingBracket(rest.text, open.depth);
        const part = at < 0 ? rest.text : rest.text.slice(0, at + 1);
        open.text = open.text ? `${open.text} ${part}` : part;
        open.depth = depth;
        if (at < 0) break;
        close();
        rest = { ...rest, text: rest.text.slice(at + 1).trim(), glued: true };
        continue;
      }
      const at = openingBracket(rest.text, next, profile.annotation);
      if (at < 0) {
        out.push(rest);
        break;
      }
      const before = rest.text.slice(0, at).trim();
      if (before) out.push({ ...rest, text: before });
      open = { text: '', depth: 0, from: rest };
      rest = { ...rest, text: rest.text.slice(at) };
    }
  }
  if (open) close();
  return out;
}

/** Where an annotation opens in a line: the first "(" from which the pattern matches (reading on into `next`), or -1. */
function openingBracket(text: string, next: string, pattern: RegExp): number {
  const at = sticky(pattern);
  const hay = next ? `${text} ${next}` : text;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    at.lastIndex = i;
    if (at.test(hay)) return i;
  }
  return -1;
}

const stickies = new WeakMap<RegExp, RegExp>();
/** The anchored pattern, tried at a given index instead (`lastIndex`): no slicing of the line for each "(". */
function sticky(pattern: RegExp): RegExp {
  let s = stickies.get(pattern);
  if (!s) stickies.set(pattern, (s = new RegExp(pattern.source.replace(/^\^/, ''), pattern.flags.replace(/[gy]/g, '') + 'y')));
  return s;
}

/**
 * The bracket that brings `depth` open brackets to none, or -1 (with the depth reached). An item
 * label quoted inside the annotation ("del texto del inciso 2) fue observado …") closes nothing.
 */
function closingBracket(text: string, depth: number): { at: number; depth: number } {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 1 && /\binc(?:iso|isos|\.)\s[0-9a-zñ]{1,2}$/.test(text.slice(Math.max(0, i - 12), i))) continue;
      if (--depth <= 0) return { at: i, depth: 0 };
    }
  }
  return { at: -1, depth };
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
