import type { PathSegment } from '../../model/types.js';
import type { Block, Dropped } from '../blocks.js';
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
  structure: StructureLevel[];
  /** The article heading; capture 1 is its number. Its title is the next heading. */
  article: RegExp;
  articleId: (number: string) => string;
  /** Text before the first structure or article; a leading word such as "Preamble" is removed. */
  preamble: { id: string; strip: RegExp };
  /** Blocks that end the articles (the testimonium "IN WITNESS WHEREOF …"): reported, not kept. */
  end: { pattern: RegExp; reason: string }[];
  items: ItemLevel[];
}

/** The line-based engine: statutes whose articles start inside running text ("Artículo 4o.- …"). */
export interface LinedProfile {
  engine: 'lined';
  name: string;
  description: string;
  /** Structural headings, each on its own line: "TÍTULO NOVENO", "CAPÍTULO II", "LIBRO PRIMERO". Title on the following line(s). */
  structure: StructureLevel[];
  /** The article start; capture 1 is the number label ("211 Bis 1"); the rest of the line is text. */
  article: RegExp;
  articleId: (number: string) => string;
  /** Lines that start the transitory articles: articles after it are kept apart. */
  transitory: RegExp;
  /** Reform annotations ("Artículo adicionado DOF 17-05-1999"): go to `history`, never to text. */
  annotation: RegExp;
  /** Lines that are never text (page headers, page numbers, running titles). */
  furniture: { pattern: RegExp; reason: string }[];
  items: ItemLevel[];
  /** A PDF bookmark that names an article ("Artículo_211_bis_1"): capture 1 is its number, words joined by `_`. */
  bookmark?: RegExp | undefined;
  /** The line that states the text's version ("Última reforma publicada DOF 28-11-2025"): captures 1-3 are day, month, year. */
  version?: RegExp | undefined;
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
