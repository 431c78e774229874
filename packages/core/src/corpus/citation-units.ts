import type { Provision } from '../model/types.js';
import type { Corpus } from './corpus.js';
import type { Origin } from './data.js';

export type CitationIssueKind =
  /** A smaller unit of the cited provision (paragraph, fracción, inciso) holds the quoted words. */
  | 'not-smallest'
  /** The cited provision does not hold the quote; another unit of its article does. */
  | 'other-unit'
  /** No unit of the cited article holds the quote. */
  | 'not-in-provision'
  /** The rest of the quote's sentence holds a limiting clause, and the citation has no note. */
  | 'limiting-clause';

export interface CitationIssue {
  kind: CitationIssueKind;
  /** `MX--coe-ets-185`: jurisdiction and reference of the assessment. */
  assessment: string;
  requirement: string;
  /** The provision cited. */
  ref: string;
  /** For unit issues: the smallest units that hold the quote (more than one where it occurs in several). */
  smallest?: string[];
  /** For a limiting clause: the word that opens it ("salvo") and the clause as it stands in the sentence. */
  marker?: string;
  clause?: string;
  quote: string;
  origin?: Origin | undefined;
  message: string;
}

/**
 * Words that open or carry a clause limiting what a sentence says, by language: exceptions
 * ("salvo", "excepto", "con excepción"), conditions ("siempre que", "cuando", "si", "a menos que"),
 * restrictions ("únicamente", "sólo", "solamente", "en los casos"), savings ("sin perjuicio").
 * Deliberately wide: a clause this flags that does not in fact limit the quote costs a note saying
 * so; one it missed could change what the quote proves.
 */
export const LIMITING_MARKERS: Readonly<Record<string, readonly string[]>> = {
  es: ['salvo', 'excepto', 'con excepción', 'se exceptúa', 'siempre que', 'siempre y cuando', 'cuando', 'si', 'a menos que', 'sin perjuicio', 'en los casos', 'únicamente', 'sólo', 'solo', 'solamente'],
  en: ['except', 'save', 'unless', 'provided that', 'provided', 'where', 'when', 'if', 'without prejudice', 'subject to', 'only', 'solely'],
};

export interface CitationReport {
  /** Citations with a quote checked. */
  checked: number;
  issues: CitationIssue[];
}

/**
 * Check every finding's citations: each quote is held by the cited provision, and by none of its
 * smaller units (article → paragraph → fracción → inciso), else the citation should point there;
 * and the rest of the quote's sentence holds no limiting clause (see `LIMITING_MARKERS`), unless
 * the citation's `note` says what it leaves out. A sentence ends at ".", ";" or a paragraph break,
 * inside the smallest unit holding the quote; quotes and texts are compared whitespace-collapsed.
 */
export function checkCitations(corpus: Corpus): CitationReport {
  const report: CitationReport = { checked: 0, issues: [] };
  for (const a of corpus.assessments) {
    const assessment = `${a.jurisdiction}--${a.reference}`;
    for (const f of a.findings) {
      for (const c of f.citations) {
        if (!c.quote) continue;
        const entry = corpus.provisions.get(c.ref);
        if (!entry) continue; // an unknown provision is `validate`'s to report
        report.checked++;
        const quote = ws(c.quote);
        const base = { assessment, requirement: f.requirement, ref: c.ref, quote: c.quote, origin: corpus.origin(`finding:${a.jurisdiction}:${f.requirement}`) };
        const where = `${f.requirement} → ${c.ref}`;
        const instrument = c.ref.slice(0, c.ref.indexOf('/'));
        const holding = ws(entry.provision.text).includes(quote) ? entry.provision : undefined;
        const units = smallestHolding(holding ?? entry.article, quote);
        if (!units.length) {
          report.issues.push({ ...base, kind: 'not-in-provision', message: `${where}: no unit of ${instrument}/${entry.article.id} holds the quote "${short(c.quote)}"` });
          continue;
        }
        const refs = units.map((u) => `${instrument}/${u.id}`);
        if (!holding) {
          report.issues.push({ ...base, kind: 'other-unit', smallest: refs, message: `${where}: the cited provision does not hold the quote "${short(c.quote)}"; ${refs.join(' and ')} ${refs.length > 1 ? 'do' : 'does'}` });
        } else if (units[0] !== holding) {
          report.issues.push({ ...base, kind: 'not-smallest', smallest: refs, message: `${where}: a smaller unit holds the quote "${short(c.quote)}": cite ${refs.join(' or ')}` });
        }
        if (c.note) continue;
        const lang = entry.provision.lang ?? entry.instrument.languages[0] ?? 'es';
        const clause = limitingClause(units[0]!.text, quote, LIMITING_MARKERS[lang] ?? []);
        if (clause) {
          report.issues.push({
            ...base,
            kind: 'limiting-clause',
            marker: clause.marker,
            clause: clause.clause,
            message: `${where}: the quote "${short(c.quote)}" leaves out a limiting clause of its sentence ("${short(clause.clause, 100)}"), and the citation has no note saying so`,
          });
        }
      }
    }
  }
  return report;
}

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const short = (s: string, n = 60) => (ws(s).length > n ? `${ws(s).slice(0, n - 1)}…` : ws(s));

/** The deepest units under `p` (itself included) that hold `quote`; several where it occurs in more than one. */
function smallestHolding(p: Provision, quote: string): Provision[] {
  if (!ws(p.text).includes(quote)) return [];
  const below = p.children.flatMap((c) => smallestHolding(c, quote));
  return below.length ? below : [p];
}

/**
 * The first limiting clause in what the quote's sentence says besides the quote: the sentence is
 * the run of `text` around the quote up to ".", ";" or a paragraph break; a marker counts as a
 * whole word (or words), case aside (accents count: "si" is not "sí"), before or after the quote.
 */
export function limitingClause(text: string, quote: string, markers: readonly string[]): { marker: string; clause: string } | undefined {
  // The paragraph holding the quote; the whole text where the quote runs over a paragraph break.
  const para = text.split(/\n{2,}/).map(ws).find((p) => p.includes(quote)) ?? ws(text);
  if (!para.includes(quote)) return undefined;
  const at = para.indexOf(quote);
  // Sentence bounds: after the last ". " (before a capital) or "; " before the quote, up to the next after it.
  const ends = [...para.matchAll(/[.;](?=\s+[\p{Lu}¿¡"“(]|\s*$)|;/gu)].map((m) => m.index!);
  const start = Math.max(0, ...ends.filter((e) => e < at).map((e) => e + 1));
  const end = Math.min(para.length, ...ends.filter((e) => e >= at + quote.length - 1).map((e) => e + 1));
  const before = para.slice(start, at);
  const after = para.slice(at + quote.length, end);
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  for (const [side, part] of [['after', after], ['before', before]] as const) {
    const folded = fold(part);
    let best: { marker: string; index: number } | undefined;
    for (const m of markers) {
      const i = folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${fold(m)}(?![\\p{L}\\p{N}])`, 'u'));
      if (i >= 0 && (!best || i < best.index)) best = { marker: m, index: i };
    }
    if (best) {
      return { marker: best.marker, clause: ws(part.slice(best.index).replace(/[,\s]+$/, '')) };
    }
  }
  return undefined;
}
