import type { PathSegment, Provision } from '../../model/types.js';
import { type Block, DropLog } from '../blocks.js';
import { parseAnnotation } from './history.js';
import { follows, type LinedProfile, matchItem, type OpenItem, type SegmentResult } from './profile.js';
import { Node } from './tree.js';

/** A line ends a paragraph when it ends a sentence or clause: ".", ":", ";" (before closing quotes or brackets). */
const ENDS_PARAGRAPH = /[.:;][”"’')\]]{0,3}$/u;
/** A line that can open a paragraph: a capital, a digit, an opening quote or bracket. */
const OPENS_PARAGRAPH = /^[\p{Lu}\d¿¡“"'(«]/u;
/**
 * Text cut at a line end, not a heading: it ends on an article, preposition or conjunction ("…
 * los autorizados que determine la"), or it is long and opens like a sentence ("El Pleno es el
 * órgano máximo …"). Headings are noun phrases ("Deber de secrecía"); the few that open with an
 * article are short ("La Plataforma Única de Identidad").
 */
const DANGLING = /(?:^|\s)(?:a|al|ante|como|con|de|del|e|el|en|entre|la|las|lo|los|o|para|por|que|se|sin|sobre|su|sus|u|un|una|y)$/u;
const SENTENCE_START = /^(?:A|Además|Al|Con|Cuando|De|Del|El|En|Es|La|Las|Lo|Los|No|Para|Por|Quien|Quienes|Se|Si|Sin|Son|Toda|Todas|Todo|Todos|Un|Una)\s/u;
const cutText = (heading: string) => DANGLING.test(heading) || (heading.length > 55 && SENTENCE_START.test(heading));
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
 * paragraph are re-joined with a space (hyphenated line ends without one). The law's own
 * transitory articles ("Sexto. …") follow the body as `trans-sexto`, path level `transitory`;
 * the reform decrees reprinted after them, with their own transitorios, are reported, not written.
 */
export function segmentLined(blocks: Block[], profile: LinedProfile): SegmentResult {
  const skipped = new DropLog();
  const lines = dropFurniture(profile.sourceLines ? sourceLinesOf(blocks) : blocks, profile, skipped);
  const label = profile.label ?? labelOf;
  const titled = titlesArticles(lines, profile);
  const articles: Node[] = [];
  const ids = new Set<string>();
  let path: PathSegment[] = [];
  let titleOf: PathSegment | undefined;
  let article: Node | undefined;
  let stack: OpenItem<Node>[] = [];
  let paragraphs = 0;
  /** The annotation being read (it may wrap onto date-only lines), and the node it belongs to. */
  let annotation: { text: string; node: Node | undefined; scopeArticle: boolean } | undefined;
  /** Whether the next text line starts a new paragraph. */
  let fresh = true;
  /** body: the law's articles; own: its decree's transitory articles; closed: signatures and reform decrees after them. */
  let part: 'body' | 'own' | 'closed' = 'body';
  /** The last line of text added, to tell whether it closed its paragraph. */
  let previous = '';
  /** After an `end` line: what follows is not an article until the next one starts. */
  let ended = false;
  /** Set while the items of the amending law being read belong to another law: why its articles are left out. */
  let foreign: string | undefined;
  /** Whether the article's quoted text (amending laws) has opened. */
  let quoteOpen = false;

  const closeAnnotation = () => {
    if (!annotation) return;
    const entries = parseAnnotation(annotation.text, profile.history);
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
    if (part === 'closed') {
      skipped.add(REFORM_DECREES, text);
      continue;
    }
    if (part === 'own' && profile.transitoryEnd?.test(text)) {
      part = 'closed';
      article = undefined;
      skipped.add(REFORM_DECREES, text);
      continue;
    }
    if (part === 'body' && article && profile.transitory?.test(text)) {
      // "ARTÍCULOS TRANSITORIOS DE DECRETOS DE REFORMA" right after the body: the law prints none of its own.
      // A profile that does not read transitory articles keeps everything after the heading apart.
      part = !profile.transitoryArticle || profile.transitoryEnd?.test(text) ? 'closed' : 'own';
      path = [{ level: 'transitory', title: text.replace(/:$/, '') }];
      article = undefined;
      titleOf = undefined;
      stack = [];
      if (part === 'closed') skipped.add(REFORM_DECREES, text);
      continue;
    }
    const end = profile.end?.find((e) => e.pattern.test(text));
    if (end) {
      skipped.add(end.reason, text);
      article = undefined;
      titleOf = undefined;
      ended = true;
      continue;
    }
    if (profile.amendments?.item.test(text)) {
      foreign = profile.amendments.target.test(text) ? undefined : profile.amendments.reason;
      skipped.add('item of the amending law (its own words, not the amended text)', text);
      // Each item places its text anew in the code it amends.
      path = [];
      article = undefined;
      titleOf = undefined;
      continue;
    }
    if (profile.annotation.test(text)) {
      const deepest = stack.at(-1)?.node;
      annotation = { text, node: deepest ?? article, scopeArticle: /^(?:Art[íi]culo|Disposici[óo]n)\b/i.test(text) };
      titleOf = undefined;
      fresh = true;
      continue;
    }
    const structure = part === 'body' ? profile.structure.find((s) => s.pattern.test(text)) : undefined;
    if (structure) {
      const number = structure.pattern.exec(text)![1]!;
      const depth = profile.structure.indexOf(structure);
      path = [...path.filter((s) => profile.structure.findIndex((x) => x.level === s.level) < depth), { level: structure.level, number }];
      titleOf = path.at(-1);
      article = undefined;
      stack = [];
      continue;
    }
    const a = profile.articlesInHeadings && b.kind !== 'heading' ? undefined : startOf(text);
    if (a && foreign) {
      skipped.add(foreign, text);
      article = undefined;
      titleOf = undefined;
      continue;
    }
    if (a) {
      titleOf = undefined;
      ended = false;
      quoteOpen = false;
      const { number, id: first } = a;
      let id = first;
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
      if (a.heading !== undefined) {
        article.heading = a.heading; // "Artículo 269A: Acceso abusivo a un sistema informático. El que …"
        const rest = text.slice(a.length).trim();
        if (rest) addLine(rest, i);
        continue;
      }
      const heading = titled ? headingAt(lines, i, a, profile, (t) => startOf(t) !== undefined) : undefined;
      if (heading && !cutText(heading.text)) {
        article.heading = heading.text; // "Artículo 10. Principio de igualdad ante la ley"
        i += heading.lines - 1;
      } else {
        const rest = text.slice(a.length).trim();
        if (rest) addLine(rest, i);
      }
      continue;
    }
    if (titleOf) {
      titleOf.title = titleOf.title ? `${titleOf.title} ${text}` : text;
      continue;
    }
    if (!article) {
      skipped.add(foreign ?? (ended ? 'text after the end of the articles' : articles.length ? 'text outside any article' : 'front matter before the first article'), text);
      continue;
    }
    if (profile.articlesInHeadings && profile.article.test(text)) {
      // The heading of an article of another law, quoted by an amending provision: a paragraph of its own.
      fresh = true;
      addLine(text, i);
      fresh = true;
      continue;
    }
    if (profile.quoted) {
      // «1. El que …» : the amending law's quotation marks around the article's new text.
      const { open, close } = profile.quoted;
      let line = text;
      if (!quoteOpen && article.isEmpty && line.startsWith(open)) {
        line = line.slice(open.length).trimStart();
        quoteOpen = true;
      }
      const closes = quoteOpen && line.endsWith(close);
      if (closes) line = line.slice(0, -close.length).trimEnd();
      if (line) addLine(line, i);
      if (closes) {
        article = undefined;
        quoteOpen = false;
      }
      continue;
    }
    addLine(text, i);
  }
  closeAnnotation();

  /** The article a line starts, if any: a body article, or in the law's own transitorios a transitory article. */
  function startOf(text: string): { number: string; id: string; punctuation: string; length: number; heading?: string | undefined } | undefined {
    if (part === 'own') {
      const t = profile.transitoryArticle?.exec(text);
      if (!t) return undefined;
      const printed = (t[1] ?? t[2])!.replace(/\s+/g, ' ');
      return { number: ordinalLabel(printed), id: profile.transitoryId!(printed), punctuation: t[3]!, length: t[0].length };
    }
    const m = profile.article.exec(text);
    return m ? { number: label(m[1]!), id: profile.articleId(m[1]!, path), punctuation: m[2] ?? '', length: m[0].length, heading: m.groups?.heading?.trim() } : undefined;
  }

  /** Whether a line is the first item of a list one rank below `rank` ("a)" under a fracción). */
  function opensSubItems(rank: number, line: string): boolean {
    return profile.items.some((l) => {
      const m = l.rank === rank + 1 ? l.pattern.exec(line) : null;
      return m !== null && follows(l.sequence, undefined, m[1]!);
    });
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
    // Only lines (PDF, text, a Markdown paragraph read line by line) are re-joined: a Markdown or HTML paragraph is one.
    if (fresh || lines[i]!.kind !== 'line' || (ENDS_PARAGRAPH.test(after) && OPENS_PARAGRAPH.test(text))) {
      const item = profile.paragraphs === 'item' && stack[1]?.rank === 1 ? stack[1] : undefined;
      if (item) {
        // Spanish style: the apartado holds the paragraphs after it; items below it close.
        item.node.add(text);
        stack = stack.slice(0, 2);
        fresh = false;
        return;
      }
      // "I. De los delitos del orden federal." / "Son delitos del orden federal:" / "a) …": a line that
      // opens the incisos of the fracción before it is that fracción's second paragraph, not the article's.
      const open = stack.at(-1);
      if (open && open.rank > 0 && open.node.kind !== 'paragraph' && /:$/.test(text) && opensSubItems(open.rank, lines[i + 1]?.text ?? '')) {
        open.node.add(text);
        fresh = false;
        return;
      }
      paragraphs++;
      const id = `${article!.id}.p-${paragraphs}`;
      ids.add(id);
      const node = new Node({ id, number: String(paragraphs), kind: 'paragraph', parent: article, line: lines[i]!.line });
      node.add(text);
      // Spanish style: items never hang on an unnumbered paragraph.
      stack = [stack[0]!, { node, rank: profile.paragraphs === 'item' ? Number.POSITIVE_INFINITY : 1, last: new Map() }];
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

/**
 * Whether the law titles its articles ("Artículo 10. Principio de igualdad ante la ley"): then most
 * article lines carry a heading. In a law that does not, an article's first line that looks like one
 * ("Artículo 183. Los concesionarios … que determine la" / "Comisión, deberán:") is its wrapped text.
 */
function titlesArticles(lines: Block[], profile: LinedProfile): boolean {
  let articles = 0;
  let headed = 0;
  const isArticle = (t: string) => profile.article.test(t);
  lines.forEach((b, i) => {
    const m = profile.article.exec(b.text);
    if (!m) return;
    articles++;
    if (!m.groups?.heading && headingAt(lines, i, { punctuation: m[2] ?? '', length: m[0].length }, profile, isArticle)) headed++;
  });
  return headed * 2 > articles;
}

/**
 * The heading on the article line at `i`, if its rest reads as one: "Artículo 10." and a short
 * phrase that does not end a sentence or clause, before a line that opens the text (a heading
 * annotation, "Epígrafe reformado DOF …", may stand between). It wraps onto a second short line
 * that starts in lower case, or whatever its case when the first ends in a word no heading ends
 * in ("… en los estados y la" / "Ciudad de México").
 */
function headingAt(lines: Block[], i: number, a: { punctuation: string; length: number }, profile: LinedProfile, isArticle: (t: string) => boolean): { text: string; lines: number } | undefined {
  const rest = lines[i]!.text.slice(a.length).trim();
  if (!rest || a.punctuation !== '.' || ENDS_PARAGRAPH.test(rest) || /,$/.test(rest) || rest.length > 120) return undefined;
  const textAt = (k: number) => {
    const t = lines[k]?.text ?? '';
    return HEADING_NOTE.test(t) ? (lines[k + 1]?.text ?? '') : t;
  };
  const opensText = (t: string) => OPENS_PARAGRAPH.test(t) && !profile.annotation.test(t) && !isArticle(t) && !profile.structure.some((s) => s.pattern.test(t));
  const next = lines[i + 1]?.text ?? '';
  const open = profile.openWords?.has(rest.split(' ').at(-1)!.toLowerCase()) ?? false;
  const wraps = (open || /^\p{Ll}/u.test(next)) && next.length <= 80 && !ENDS_PARAGRAPH.test(next) && !/,$/.test(next) && opensText(textAt(i + 2));
  if (wraps) return { text: `${rest} ${next}`, lines: 2 };
  return !open && opensText(textAt(i + 1)) ? { text: rest, lines: 1 } : undefined;
}

/** An annotation of an article's heading: the text opens after it. */
const HEADING_NOTE = /^(?:Ep[íi]grafe|Encabezado)\s\p{Ll}/u;

const REFORM_DECREES = 'signatures of the decree, reform decrees and their transitory articles (not written)';

/** "DÉCIMO PRIMERO" → "Décimo Primero", "Sexto" stays, "1º" stays. */
function ordinalLabel(printed: string): string {
  return printed
    .split(' ')
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}

/** Markdown paragraphs as their source lines, each a line block of its own (`sourceLines`). */
function sourceLinesOf(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => (b.lines ? b.lines.map((text, k): Block => ({ kind: 'line', text, line: b.line + k })) : [b]));
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
