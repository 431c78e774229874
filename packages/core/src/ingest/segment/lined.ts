import type { PathSegment, Provision } from '../../model/types.js';
import type { Said } from '../../errors.js';
import { type Block, DropLog, type Reason } from '../blocks.js';
import { parseAnnotation } from './history.js';
import { follows, type LinedProfile, matchItem, type OpenItem, type SegmentResult } from './profile.js';
import { Node } from './tree.js';

/** A line of the law as the engine reads it: a reader's block, or part of one. */
interface Line extends Block {
  /** A bracketed annotation cut out of the text (profiles with `enclosed`). */
  annotation?: boolean;
  /** Text that followed an annotation's closing bracket on the same line: the next block, run on by the source. */
  glued?: boolean;
}

/** A line ends a paragraph when it ends a sentence or clause: ".", ":", ";" or an ellipsis "…" (before closing quotes or brackets). */
const ENDS_PARAGRAPH = /[.:;…][”"’')\]]{0,3}$/u;
/** A line that can open a paragraph: a capital, a digit, an opening quote or bracket. */
const OPENS_PARAGRAPH = /^[\p{Lu}\d¿¡“"'(«]/u;
/** A line that can be an epigraph: a capital (a Latin maxim in quotation marks: "In dubio pro reo"), at most 120 characters, no closing punctuation. */
const HEADING_LINE = /^["“«]?\p{Lu}[^\n]{0,119}(?<![.:;,])$/u;
/**
 * An annotation of a whole article ("Artículo reformado DOF …", "(Artículo sustituido por …)",
 * "Disposición modificada …"); no word boundary, for InfoLEG's run-together "(Artículoy título …)".
 */
const ARTICLE_SCOPE = /^\(?(?:Art[íi]culo|Disposici[óo]n)/i;
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
 * Profiles name the layouts of their databases: bracketed annotations anywhere in a line
 * (`enclosed`), article headings set apart by the format (`marked`), an enacting law before the
 * code it enacts (`signature`), items of an amending law (`amendments`), quoted new texts (`quoted`).
 * `path` is the structural path in effect where the text starts.
 */
export function segmentLined(blocks: Block[], profile: LinedProfile, options: { path?: readonly PathSegment[] | undefined } = {}): SegmentResult {
  const skipped = new DropLog();
  const lines = readLines(blocks, profile, skipped);
  const label = profile.label ?? labelOf;
  const titled = titlesArticles(lines, profile);
  let articles: Node[] = [];
  let ids = new Set<string>();
  /** The articles before the first signature line (profiles with `signature`): the enacting law's, if articles follow. */
  let enacting: { articles: Node[]; ids: Set<string> } | undefined;
  /** A heading line waiting for the article it heads (profiles with `marked`). */
  let pendingHeading: string | undefined;
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
  /** body: the law's articles; own: its decree's transitory articles; closed: signatures and reform decrees after them. */
  let part: 'body' | 'own' | 'closed' = 'body';
  /** The last line of text added, to tell whether it closed its paragraph. */
  let previous = '';
  /** Why nothing more is the body, once an `end` line is met. */
  let ended: Reason | undefined;
  /** Set while the items of the amending law being read belong to another law: why its articles are left out. */
  let foreign: Reason | undefined;
  /** Whether the article's quoted text (amending laws) has opened. */
  let quoteOpen = false;

  const closeAnnotation = () => {
    if (!annotation) return;
    const entries = parseAnnotation(annotation.text, profile.history);
    const target = annotation.scopeArticle ? article : annotation.node;
    if (target && entries.length) target.history.push(...entries);
    else skipped.add(article ? { key: 'msg.ingest.skip.undatedAnnotation' } : { key: 'msg.ingest.skip.headingAnnotation' }, annotation.text);
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
    const end = articles.length ? profile.end?.find((e) => e.pattern.test(text)) : undefined;
    if (end) {
      ended = end.reason;
      article = undefined;
      skipped.add(end.reason, text);
      continue;
    }
    if (profile.amendments?.item.test(text)) {
      foreign = profile.amendments.target.test(text) ? undefined : profile.amendments.reason;
      skipped.add({ key: 'msg.ingest.skip.amendingItem' }, text);
      // Each item places its text anew in the code it amends.
      path = [];
      article = undefined;
      titleOf = undefined;
      continue;
    }
    if (b.annotation || (!profile.enclosed && profile.annotation.test(text))) {
      const deepest = stack.at(-1)?.node;
      annotation = { text, node: deepest ?? article, scopeArticle: ARTICLE_SCOPE.test(text) };
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
      skipped.add({ key: 'msg.ingest.skip.closingFormula' }, text);
      continue;
    }
    const structure = part === 'body' ? profile.structure.find((s) => s.pattern.test(text)) : undefined;
    if (structure) {
      const m = structure.pattern.exec(text)!;
      const depth = profile.structure.indexOf(structure);
      // "Capítulo 1 Acción penal": a title printed after the number (capture 2) stands; else it follows.
      const segment: PathSegment = { level: structure.level, number: m[1]! };
      if (m[2]) segment.title = m[2];
      path = [...path.filter((s) => profile.structure.findIndex((x) => x.level === s.level) < depth), segment];
      titleOf = m[2] ? undefined : segment;
      article = undefined;
      stack = [];
      pendingHeading = undefined;
      continue;
    }
    let a = profile.articlesInHeadings && b.kind !== 'heading' ? undefined : startOf(text);
    // Where the format marks article headings, an article pattern elsewhere is quoted text, unless
    // it is a bare label ("Art. 536. -" before the note that repealed it): a quoted article has words.
    if (a && !marked(b) && (text.slice(a.length).trim() || a.heading !== undefined)) a = undefined;
    if (a && foreign) {
      skipped.add(foreign, text);
      article = undefined;
      titleOf = undefined;
      continue;
    }
    if (a) {
      titleOf = undefined;
      quoteOpen = false;
      const { number, id: first } = a;
      let id = first;
      if (ids.has(id)) {
        skipped.add({ key: 'msg.ingest.skip.articleRepeatedBody' }, text);
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
      if (a.heading !== undefined) {
        article.heading = a.heading; // "Artículo 269A: Acceso abusivo a un sistema informático. El que …", "ARTICULO 1° — (Objeto)."
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
      if (pendingHeading) skipped.add({ key: 'msg.ingest.skip.headingAlone' }, pendingHeading);
      pendingHeading = text;
      continue;
    }
    if (pendingHeading) {
      skipped.add({ key: 'msg.ingest.skip.headingAlone' }, pendingHeading);
      pendingHeading = undefined;
    }
    if (!article) {
      skipped.add(foreign ?? (articles.length ? { key: 'msg.ingest.skip.outsideArticle' } : { key: 'msg.ingest.skip.beforeFirstArticle' }), text);
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
  if (enacting) {
    // Articles after the signature: those before it were the enacting law's. None after: they were the law itself.
    if (articles.length) for (const a of enacting.articles) skipped.add({ key: 'msg.ingest.skip.enactingArticle' }, `${a.number ?? a.id}`);
    else articles = enacting.articles;
  }

  /** Whether a line is set apart as a heading could be, where the profile says the format marks them (`marked`). */
  function marked(line: Line): boolean {
    return !profile.marked || line.kind !== 'paragraph' || line.strong === true || line.glued === true;
  }

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
    // Only lines (PDF, text, a Markdown paragraph read line by line, every block with `lines: 'blocks'`) are re-joined: a Markdown or HTML paragraph is one.
    const line = lines[i]!.kind === 'line' || profile.lines === 'blocks';
    if (fresh || !line || (ENDS_PARAGRAPH.test(after) && OPENS_PARAGRAPH.test(text))) {
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
    // A single paragraph (with no items of its own) is the article itself: no p-1 child, its history goes to the article.
    if (a.children.length === 1 && a.children[0]!.kind === 'paragraph' && a.children[0]!.children.length === 0) {
      a.history.unshift(...a.children[0]!.history);
      a.children.length = 0;
    }
    const p = a.toProvision();
    if (p) out.push(p);
    else skipped.add({ key: 'msg.ingest.skip.emptyArticle' }, `${a.number ?? a.id}`);
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

const REFORM_DECREES: Said = { key: 'msg.ingest.skip.reformDecrees' };

/** "DÉCIMO PRIMERO" → "Décimo Primero", "Sexto" stays, "1º" stays. */
function ordinalLabel(printed: string): string {
  return printed
    .split(' ')
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join(' ');
}

/** Markdown paragraphs as their source lines, each a line block of its own (`lines: 'source'`). */
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

/** The lines the engine reads: each source line of a paragraph (`lines: 'source'`), page furniture out, bracketed annotations cut out as lines of their own (`enclosed`). */
function readLines(blocks: Block[], profile: LinedProfile, skipped: DropLog): Line[] {
  const lines = dropFurniture(profile.lines === 'source' ? sourceLinesOf(blocks) : blocks, profile, skipped);
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
    else if (running.has(b.text) && (isFurniture[i - 1] || isFurniture[i + 1])) skipped.add({ key: 'msg.ingest.skip.runningTitle' }, b.text);
    else kept.push(b);
  });
  return kept;
}
