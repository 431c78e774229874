import type { Corpus } from '../corpus/corpus.js';
import type { Origin } from '../corpus/data.js';
import type { InstrumentKind, Provision } from '../model/types.js';
import { canonical, readSourceText, type SourceIssue } from './source-text.js';

/** The kinds of instrument whose provisions are ingested article by article (strategies are extracted differently). */
export const LAW_KINDS: readonly InstrumentKind[] = ['code', 'statute', 'constitution', 'treaty', 'protocol'];

export type PassageIssueKind =
  /** The heading and text, joined, are not one run of the source. */
  | 'not-contiguous'
  /** They are, but not right after the article's label. */
  | 'not-at-label'
  /** The heading is the start of a sentence, not a title. */
  | 'heading'
  /** A paragraph, fracción or item is not one run of its parent's text, starting at its label. */
  | 'child'
  /** A paragraph of the text is a heading of the instrument's structure ("TITULO VIGESIMO SEXTO …"). */
  | 'structure';

export interface PassageIssue {
  kind: PassageIssueKind | SourceIssue['kind'];
  instrument: string;
  /** `mx-lmtr/art-183`, `mx-lmtr/art-183.fr-ii`. */
  ref?: string;
  origin?: Origin | undefined;
  message: string;
}

export interface PassageReport {
  /** Provisions checked (articles and their children). */
  checked: number;
  issues: PassageIssue[];
  /** The source file read for each instrument. */
  sources: { instrument: string; file: string }[];
}

/**
 * Check that every provision of every law instrument with a source file is, heading plus text, one
 * contiguous passage of its official source that starts at its article label ("Artículo 211 Bis
 * 1.-", "Article 2"), that its heading is a title and not the opening words of its text, and that
 * each child (paragraph, fracción, inciso, item) is one run of its parent's text starting at a
 * paragraph of it, after its label; and that no paragraph of its text is a heading of the
 * instrument's structure. `verifyCorpus` finds each paragraph somewhere in the source;
 * this finds what it cannot: opening words moved into a heading or lost, paragraphs that are each
 * in the source but not in this order, a fracción that starts mid-paragraph.
 *
 * Sources are read as `verifyCorpus` reads them, but a text extraction before a PDF where the
 * instrument lists one (`preferText`, the default).
 */
export async function checkPassages(
  corpus: Corpus,
  sourcesDir: string,
  options: { instruments?: readonly string[]; preferText?: boolean } = {},
): Promise<PassageReport> {
  const report: PassageReport = { checked: 0, issues: [], sources: [] };
  for (const inst of corpus.data.instruments) {
    const { meta } = inst;
    if (!LAW_KINDS.includes(meta.kind) || !meta.source.file || !inst.provisions.length) continue;
    if (options.instruments && !options.instruments.includes(meta.id)) continue;
    const { source, issues } = await readSourceText(meta, sourcesDir, { preferText: options.preferText ?? true });
    report.issues.push(...issues);
    if (!source) continue;
    report.sources.push({ instrument: meta.id, file: source.file });
    const lang = meta.languages[0] ?? 'en';
    const odd = unlikeTheRest(inst.provisions);
    for (const article of inst.provisions) {
      const ref = `${meta.id}/${article.id}`;
      const issue = (kind: PassageIssueKind, at: string, message: string) =>
        report.issues.push({ kind, instrument: meta.id, ref: at, origin: corpus.origin(`provision:${at}`), message: `${at}: ${message}` });
      report.checked++;
      const problem = article.number === undefined ? unnumberedProblem(article, source.text) : articleProblem(article, source.text, source.file);
      if (problem) issue(problem.kind, ref, problem.message);
      const heading = (article.heading && headingProblem(article.heading, article.text, lang)) || odd.get(article);
      if (heading) issue('heading', ref, heading);
      const structure = structureHeadingIn(article.text);
      if (structure) issue('structure', ref, `its text holds a heading of the instrument's structure, which is not text of the article: "${structure}"`);
      const visit = (parent: Provision) => {
        for (const child of parent.children) {
          report.checked++;
          const message = childProblem(parent, child);
          if (message) issue('child', `${meta.id}/${child.id}`, message);
          visit(child);
        }
      };
      visit(article);
    }
  }
  return report;
}

/** A provision without a number (a preamble): its text is one run of the source. */
function unnumberedProblem(p: Provision, source: string): { kind: PassageIssueKind; message: string } | undefined {
  return source.includes(canonical(p.text)) ? undefined : { kind: 'not-contiguous', message: 'its text is not one contiguous passage of the source' };
}

/** An article: label, heading and text one run of the source, in that order. */
function articleProblem(p: Provision, source: string, file: string): { kind: PassageIssueKind; message: string } | undefined {
  const passage = [p.heading, p.text].filter(Boolean).map((s) => canonical(s!)).join(' ');
  // Right after the label; or after an amending law's formula that opens the quoted new text
  // ("artículo 197 bis, con la siguiente redacción: «").
  const label = new RegExp(`${labelPattern(p.number!)}(?:[^«»]{0,160}«\\s?)?$`, 'iu');
  const heading = p.heading && canonical(p.heading);
  const text = canonical(p.text);
  // A heading set off by its own full stop or colon ("Artículo 269A: Acceso abusivo … informático. El que …"),
  // which the profile does not keep, or by brackets ("ARTICULO 2° — (Definiciones). A los fines …").
  const passages = heading ? [passage, ...['.', ':', ')', ').'].map((mark) => `${mark.startsWith(')') ? '(' : ''}${heading}${mark} ${text}`)] : [passage];
  let seen = false;
  for (const candidate of passages) {
    for (let i = source.indexOf(candidate); i >= 0; i = source.indexOf(candidate, i + 1)) {
      if (label.test(source.slice(Math.max(0, i - 240), i))) return undefined;
      seen = true;
    }
  }
  // Or a heading printed on its own before the label, an epigraph ("Registro" / "Art. 224. - Si hubiere …"):
  // the text right after the label, the heading right before it.
  if (heading) {
    for (let i = source.indexOf(text); i >= 0; i = source.indexOf(text, i + 1)) {
      const from = Math.max(0, i - 240);
      const at = label.exec(source.slice(from, i));
      if (at && source.slice(Math.max(0, from + at.index - heading.length - 1), from + at.index).trimEnd().endsWith(heading)) return undefined;
    }
  }
  const what = p.heading ? 'heading and text are' : 'text is';
  if (seen) {
    const at = source.indexOf(passage);
    // Its own label a few words before: the words between are what the provision lost.
    const before = source.slice(Math.max(0, at - 400), at);
    const own = [...before.matchAll(new RegExp(labelPattern(p.number!), 'giu'))].at(-1);
    if (own) {
      const lost = before.slice(own.index + own[0].length).trim();
      return { kind: 'not-at-label', message: `its ${what} in ${file}, but its opening words are missing: the source has "${lost}" between the label "${own[0].trim()}" and them` };
    }
    return { kind: 'not-at-label', message: `its ${what} in ${file}, but not right after the label of article ${p.number}: the source has "…${source.slice(Math.max(0, at - 60), at).trim()}" before` };
  }
  // Where the source has the label, the first word after it where source and corpus part.
  const labels = [...source.matchAll(new RegExp(labelPattern(p.number!), 'giu'))];
  if (!labels.length) return { kind: 'not-contiguous', message: `the label of article ${p.number} ("Artículo ${p.number}", "Article ${p.number}") is not in ${file}` };
  const words = passage.split(' ');
  let best = { at: 0, shared: -1, label: '' };
  for (const m of labels) {
    const after = source.slice(m.index + m[0].length, m.index + m[0].length + passage.length + 200).split(' ');
    let k = 0;
    while (k < words.length && words[k] === after[k]) k++;
    if (k > best.shared) best = { at: m.index + m[0].length, shared: k, label: m[0].trim() };
  }
  const after = source.slice(best.at).split(' ');
  const context = (ws: string[]) => ws.slice(Math.max(0, best.shared - 3), best.shared + 6).join(' ');
  return {
    kind: 'not-contiguous',
    message:
      `its ${what} not one passage of ${file} after "${best.label}": ` +
      (best.shared === 0 ? `the source opens "${context(after)}" where the corpus has "${context(words)}"` : `after ${best.shared} words, the source has "${context(after)}" where the corpus has "${context(words)}"`),
  };
}

/** The label of article `number`, as a pattern: "Artículo 211 Bis 1.- ", "ARTÍCULO 4o.", "Article 2 ", "Art. 224. - ", a transitory "Tercero. ". */
function labelPattern(number: string): string {
  const parts = number
    .trim()
    .split(/[\s-]+/)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A transitory article is numbered in words and printed with or without the word "Artículo" ("Tercero.", "ARTÍCULO PRIMERO.-").
  const word = /^\p{L}/u.test(number.trim()) ? '?' : '';
  // "ARTICULO 153 BIS. - ", "Art. 224. - ", "ARTICULO 231.—": InfoLEG's labels, a space before the dash or none.
  return `(?:^|\\s)(?:(?:Art[íi]culo|ART[ÍI]CULO|Article|ARTICLE|Art\\.)\\s)${word}${parts.join('[\\s.-]{0,2}')}(?:o|º|°)?(?!\\p{N})\\s?(?:\\.\\s?[-–—]|\\.|-|–|—|:)?\\s?`;
}

/**
 * Words after which no title ends: articles, prepositions, conjunctions, relatives and possessives.
 * A heading that ends in one is the start of a sentence the text continues ("… los autorizados que
 * determine la" / "Comisión, deberán:").
 */
const OPEN_ENDED: Record<string, ReadonlySet<string>> = {
  es: new Set('el la los las lo un una unos unas de del al a ante bajo con contra desde en entre hacia hasta para por según sin sobre tras mediante y e o u ni que cual cuyo cuya cuyos cuyas su sus se le les como cuando donde si'.split(' ')),
  en: new Set('the a an of to in on at by for with from into under and or nor but that which whose who its their as than'.split(' ')),
  fr: new Set('le la les l un une des de du au aux à en dans par pour sur sous avec sans et ou ni que qui dont son sa ses leur leurs'.split(' ')),
};

/** Why a heading is not a title but the opening words of the text, if it is not. */
export function headingProblem(heading: string, text: string, lang: string): string | undefined {
  const last = canonical(heading).replace(/[^\p{L}\p{N}]+$/u, '').split(' ').at(-1)?.toLowerCase() ?? '';
  if (OPEN_ENDED[lang]?.has(last)) return `its heading ends in "${last}": it is the opening of a sentence, not a title ("${heading}" / "${canonical(text).slice(0, 40)}…")`;
  const first = canonical(text).split(' ')[0] ?? '';
  if (/^\p{Ll}/u.test(first)) return `its text opens in lower case ("${first}"): its first words went into the heading ("${heading}")`;
  return undefined;
}

/**
 * A law titles all its articles or none: the articles of an instrument that have a heading where
 * most others have none (its opening words, taken for one), or none where most have one (the
 * heading went into the text), with why.
 */
function unlikeTheRest(articles: readonly Provision[]): Map<Provision, string> {
  const numbered = articles.filter((a) => a.number !== undefined);
  const headed = numbered.filter((a) => a.heading);
  const plain = numbered.filter((a) => !a.heading);
  const out = new Map<Provision, string>();
  if (headed.length < plain.length) {
    for (const a of headed) out.set(a, `it has a heading, and ${plain.length} of the instrument's other ${numbered.length - 1} articles have none: "${a.heading}" may be the opening words of its text`);
  } else if (plain.length < headed.length) {
    // Only a text that opens with a phrase a heading could be (as short as one, before its first full stop):
    // "En lugar de disponer el secuestro el juez podrá ordenar, …" is a sentence, not a heading lost into it.
    for (const a of plain.filter((x) => opening(x.text).length <= 120)) {
      out.set(a, `it has no heading, and ${headed.length} of the instrument's other ${numbered.length - 1} articles have one: its heading may have gone into its text ("${canonical(a.text).slice(0, 50)}…")`);
    }
  }
  return out;
}

/** The words a text opens with, up to its first full stop, colon or semicolon, or the end of its first paragraph. */
function opening(text: string): string {
  return canonical(text.split(/\n{2,}/)[0] ?? '').split(/(?<=[.:;])\s/)[0] ?? '';
}

/** A book, title, chapter or section heading: its word and a number ("TITULO VIGESIMO SEXTO", "Capítulo I", "CHAPTER II"). */
const STRUCTURE_HEADING =
  /^(?:LIBRO|T[IÍ]TULO|CAP[IÍ]TULO|SECCI[OÓ]N|CHAPTER|SECTION|TITLE|Libro|T[ií]tulo|Cap[ií]tulo|Secci[oó]n)\s+(?:[IVXL]+|\d+|[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-záéíóúñ]{3,})(?:\s|$)/u;

/** The first paragraph of a text that is a structure heading (one the segmenter took for text), if any. */
function structureHeadingIn(text: string): string | undefined {
  return text
    .split(/\n{2,}/)
    .map(canonical)
    .find((p) => STRUCTURE_HEADING.test(p));
}

/** Paragraphs canonical, joined by a blank line: where a child may start. */
const paragraphs = (s: string) =>
  s
    .split(/\n{2,}/)
    .map(canonical)
    .filter(Boolean)
    .join('\n\n');

/**
 * Why a child is not one run of its parent's text starting at a paragraph of it, after its label
 * ("II.", "a)", "(i)", "1."); unnumbered paragraphs (a Mexican article's párrafos, numbered by the
 * corpus) have no label.
 */
function childProblem(parent: Provision, child: Provision): string | undefined {
  const within = paragraphs(parent.text);
  const own = paragraphs(child.text);
  const n = (child.number ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "II.", "a)", "(i)", "1.", the Spanish ordinal "1.ª", and the Argentine "1º.", "1°)".
  const label = child.kind === 'paragraph' || !n ? `(?:${n}\\.?\\s?)?` : `\\(?${n}[º°]?(?:\\.-|\\.ª|\\.º|\\.|-|\\))?\\s?`;
  const start = new RegExp(`(?:^|\\n\\n)${label}$`, 'iu');
  let seen = false;
  for (let i = within.indexOf(own); i >= 0; i = within.indexOf(own, i + 1)) {
    if (start.test(within.slice(Math.max(0, i - 12), i))) return undefined;
    seen = true;
  }
  const where = parent.id.includes('.') ? parent.id : 'its article';
  return seen
    ? `its text is in ${where}, but not at the start of a paragraph${child.kind === 'paragraph' ? '' : ` after its label "${child.number}"`}`
    : `its text is not one passage of ${where}`;
}
