import type { PathSegment } from '../../model/types.js';
import type { Block, Dropped, Reason } from '../blocks.js';
import type { Provision } from '../../model/types.js';

/**
 * A segmentation profile is data: the patterns that recognise a jurisdiction's headings,
 * articles, sub-divisions and annotations, and the level names they map to. Adding a country
 * means writing a profile for one of the two engines, not a new segmenter.
 *
 * Every pattern is anchored at the start of a block or line and has no nested quantifiers, so
 * matching is linear in the length of the text (no catastrophic backtracking on hostile input).
 */
export type Sequence = 'arabic' | 'latin' | 'roman';

/** A numbered sub-division of an article: paragraph "1.", item "a)", fracción "IV.-". */
export interface ItemLevel {
  /** Provision kind written to the corpus: paragraph, item, subitem, fraccion, inciso. */
  kind: string;
  /** Depth among the item levels: 1 under the article, 2 under a level-1 item … */
  rank: number;
  /** Anchored; capture 1 is the number; the whole match is the label removed from the child's text. */
  pattern: RegExp;
  sequence: Sequence;
  /** The id segment from the number: `p-1`, `a`, `fr-iv`, `inc-a`. */
  id: (number: string) => string;
}

/** A structural group heading: capture 1 is its number; the title follows (next heading or line) or is capture 2. */
export interface StructureLevel {
  level: PathSegment['level'];
  pattern: RegExp;
}

/** The heading-structured engine: treaties published as Markdown or HTML headings. */
export interface HeadedProfile {
  engine: 'headed';
  name: string;
  description: string;
  /** Structure headings; their title is capture 2 when the pattern has one, else the next heading. */
  structure: StructureLevel[];
  /** The article heading; capture 1 is its number, capture 2 (if any) its title, else the next heading is. */
  article: RegExp;
  articleId: (number: string) => string;
  /**
   * Text before the first structure or article. `strip` removes a leading word ("Preamble ");
   * `heading` is the heading it is given, or the pattern of the source heading that opens it
   * (whose text becomes its heading; without that heading in the source it has none).
   */
  preamble: { id: string; strip?: RegExp; heading: string | RegExp };
  /**
   * The heading where the treaty's own text begins (a gazette prints the act of ratification first):
   * when given, every block before the first heading it matches is reported with its reason, not kept.
   */
  begin?: { pattern: RegExp; reason: Reason };
  /** Blocks that end the articles (the testimonium "IN WITNESS WHEREOF …"): reported, not kept. */
  end: { pattern: RegExp; reason: Reason }[];
  items: ItemLevel[];
}

/** The line-based engine: statutes whose articles start inside running text ("Artículo 4o.- …"). */
export interface LinedProfile {
  engine: 'lined';
  name: string;
  description: string;
  /** Structural headings, each on its own line: "TÍTULO NOVENO", "CAPÍTULO II", "LIBRO PRIMERO". Title on the following line(s). */
  structure: StructureLevel[];
  /**
   * The article start; capture 1 is the number label ("211 Bis 1"); the rest of the line is text.
   * A named group `heading`, where it matches, is the article's heading: run into the line
   * ("Artículo 269A: Acceso abusivo a un sistema informático. El que …") or in brackets after the
   * number ("ARTICULO 1° — (Objeto)."). Without it, a heading is read as the law prints it: the
   * rest of a short line before the text ("Artículo 10. Principio de igualdad ante la ley"), or an
   * epigraph set apart (`marked`).
   */
  article: RegExp;
  /** The article id from its number and the groups it sits in (complementary provisions restart their numbering in each group). */
  articleId: (number: string, path: PathSegment[]) => string;
  /** The number as printed ("9-A", "197 bis"); by default suffixes are capitalised ("211 Bis 1"). */
  label?: (number: string) => string;
  /** Article starts are only read in headings: the same words in a paragraph are quoted text of another law. */
  articlesInHeadings?: boolean;
  /**
   * What the engine reads as a line where a mirror broke the law's paragraphs. `source`: each source
   * line of a Markdown paragraph (a mirror that dropped the blank lines between paragraphs);
   * `blocks`: each block the reader gives (a mirror that set a blank line after every line of the
   * text). Either way lines are re-joined into paragraphs where a line does not close its sentence.
   * By default a Markdown or HTML paragraph is a paragraph of its own; only lines (PDF, text) are re-joined.
   */
  lines?: 'source' | 'blocks';
  /**
   * Unnumbered paragraphs. `article` (the default, Mexican style): every one is a paragraph of the
   * article (`p-N`), and items may hang on it. `item` (Spanish style): one after a numbered item is
   * that item's next paragraph (an apartado holds its paragraphs); before any item it is a paragraph
   * of the article, and items never hang on it.
   */
  paragraphs?: 'article' | 'item';
  /**
   * An amending law quotes each article's new text: the opening mark at the start of the article's
   * first line of text and the closing mark at the end of a later line are not text; the closing one
   * ends the article.
   */
  quoted?: { open: string; close: string };
  /**
   * An amending law read for the code it amends: lines that open an item of the amending law
   * ("Artículo 2°. Adiciónese al artículo 58 del Código Penal …") end the article before them and are
   * not text; the articles after an item that does not match `target` belong to another law and are
   * left out with `reason`.
   */
  amendments?: { item: RegExp; target: RegExp; reason: Reason };
  /**
   * Lines that start the transitory articles ("TRANSITORIOS", "Artículos Transitorios"). With
   * `transitoryArticle`, the law's own come next and are written; without, everything after is kept apart.
   */
  transitory?: RegExp;
  /**
   * A transitory article of the law's own decree: "Primero.", "ARTÍCULO SEGUNDO.-", "Único.-",
   * "Artículo 1o.-", "1º.-". Capture 1 or 2 is its number, capture 3 the punctuation after it.
   */
  transitoryArticle?: RegExp;
  /** The id of a transitory article from its number: "Décimo Primero" → `trans-decimo-primero`. */
  transitoryId?: (number: string) => string;
  /**
   * A line that ends the law's own transitory articles: its decree's signatures ("Ciudad de
   * México, a 1 de julio de 2025.- …") or a reform decree reprinted after it. What follows is
   * reported, never written: the transitorios of reform decrees belong to those decrees.
   */
  transitoryEnd?: RegExp;
  /**
   * Lines after which nothing is the body, once an article has been read: the signatures after the
   * last article, a further annex, a database's list of amending laws. They and all that follows
   * are reported with `reason`, not kept.
   */
  end?: { pattern: RegExp; reason: Reason }[];
  /**
   * The line that closes an enacting law ("DADA EN LA SALA DE SESIONES …"): it ends the article
   * before it. When articles follow the first one, the articles before it were the enacting
   * law's, not the code it enacts, and are kept apart.
   */
  signature?: RegExp;
  /** Reform annotations ("Artículo adicionado DOF 17-05-1999"): go to `history`, never to text. */
  annotation: RegExp;
  /**
   * Annotations set in brackets anywhere in a line ("… de datos. (Inciso incorporado por … B.O.
   * 25/6/2008)"): `annotation` is tried at each "(" and the annotation runs to the bracket that
   * closes it, across lines if need be; the text on either side stays text.
   */
  enclosed?: boolean;
  /** How annotations give dates and where they were published (default: the DOF, "DOF 17-05-1999"). */
  history?: AnnotationStyle;
  /** Lines that are never text (page headers, page numbers, running titles). */
  furniture: { pattern: RegExp; reason: Reason }[];
  items: ItemLevel[];
  /** A PDF bookmark that names an article ("Artículo_211_bis_1"): capture 1 is its number, words joined by `_`. */
  bookmark?: RegExp | undefined;
  /** The line that states the text's version ("Última reforma publicada DOF 28-11-2025"): captures 1-3 are day, month, year. */
  version?: RegExp | undefined;
  /**
   * Article headings are set apart by the format: a heading, or a paragraph that opens in bold.
   * In Markdown and HTML an article pattern at the start of any other paragraph is quoted text
   * (InfoLEG prints the amending law inside the article it amends); plain-text lines carry no
   * such mark and may always start an article. An epigraph on a line of its own before the
   * article, or in bold, is the article's heading.
   */
  marked?: boolean;
  /** Lower-case words no article heading ends in (articles, prepositions, conjunctions): a heading ending in one goes on. */
  openWords?: ReadonlySet<string>;
}

/** How a profile's reform annotations write their dates, and the gazette they name. */
export interface AnnotationStyle {
  /** The gazette of the amending acts ("DOF", "El Peruano", "B.O."). */
  gazette: string;
  /**
   * `words`: "publicado el 21 de diciembre de 2023", one action and date per clause (";"). A
   * pattern: the dates as printed, found anywhere in the annotation (global, unanchored), capture 1
   * the day, 2 the month, 3 the year: "DOF 17-05-1999", "B.O. 25/6/2008".
   */
  dates: 'words' | RegExp;
}

export type Profile = HeadedProfile | LinedProfile;

export interface SegmentResult {
  provisions: Provision[];
  /** What the segmenter did not keep, and why. */
  skipped: Dropped[];
}

export type Segmenter = (blocks: Block[], profile: Profile) => SegmentResult;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a roman numeral (case-insensitive); NaN if it is not one. */
export function romanValue(s: string): number {
  let total = 0;
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!];
    if (v === undefined) return NaN;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Whether `n` follows `prev` in the sequence, or starts a (new) list. */
export function follows(sequence: Sequence, prev: string | undefined, n: string): boolean {
  const value = (x: string) =>
    sequence === 'arabic' ? Number.parseInt(x, 10) : sequence === 'roman' ? romanValue(x) : x.toLowerCase().charCodeAt(0) - 96;
  return value(n) === 1 || (prev !== undefined && value(n) === value(prev) + 1);
}

/** An open node of the item stack: rank 0 is the article. */
export interface OpenItem<N> {
  node: N;
  rank: number;
  last: Map<string, string>;
}

/**
 * Which item level a block starts, if any, and under which open node. A level attaches to the
 * deepest open node of a lower rank (lettered items may sit right under an article). Where the
 * label fits more than one level ("i)" is a letter after "h)" and a roman numeral elsewhere),
 * the level whose sequence it continues wins, then the deeper one.
 */
export function matchItem<N>(items: ItemLevel[], text: string, stack: OpenItem<N>[]) {
  let best: { level: ItemLevel; number: string; label: string; fits: boolean; at: number } | undefined;
  for (const level of items) {
    const m = level.pattern.exec(text);
    if (!m) continue;
    const number = m[1]!;
    let at = stack.length - 1;
    while (at >= 0 && stack[at]!.rank >= level.rank) at--;
    if (at < 0) continue;
    const fits = follows(level.sequence, stack[at]!.last.get(level.kind), number);
    if (!best || (fits && !best.fits) || (fits === best.fits && level.rank > best.level.rank)) {
      best = { level, number, label: m[0], fits, at };
    }
  }
  return best;
}
