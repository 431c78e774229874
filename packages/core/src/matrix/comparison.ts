/**
 * "How Parties worded it": one article (or one requirement) of a reference treaty across
 * jurisdictions. It is the gap matrix cut down to that article's row, plus what the matrix does not
 * carry: the treaty's own words, the requirements with their quotes, and the declarations and
 * reservations each jurisdiction made that bear on the article. Language-neutral, plain JSON, no
 * Node imports: the CLI and the viewer say it in words through the same document builder
 * (../document/comparison.ts).
 */
import { asCorpus, assess, countOf, type CorpusLike } from '../assess/assess.js';
import { standing } from '../assess/position.js';
import { SYMBOLS, type Status } from '../assess/types.js';
import { citeParts } from '../cite/parts.js';
import { resolveReference } from '../cite/resolve.js';
import type { Corpus } from '../corpus/corpus.js';
import { NotFoundError } from '../errors.js';
import type { Message } from '../i18n/message.js';
import type { ProseMap } from '../model/prose.js';
import { gapMatrix, MatrixOptionError } from './matrix.js';
import type { GapMatrix, MatrixCell } from './types.js';

export interface Comparison {
  kind: 'comparison';
  /** Format version of this object. */
  version: 1;
  /** The article compared: `coe-ets-185/art-2`. */
  article: string;
  /** The one requirement compared, when one was asked for: `coe-ets-185/art-2#e2`. */
  requirement?: string | undefined;
  /** The article's text in its authentic language, with its translations (the official Spanish one among them). */
  treaty: { lang: string; text: string; translations: { lang: string; text: string; official: boolean; by: string }[] };
  /** The requirements compared (the article's, or the one asked for and the declarations or reservations that relax it). */
  requirements: { ref: string; kind: string; label: ProseMap; quote: ProseMap; relaxedBy: string[] }[];
  /** By column key: where the jurisdiction stands, and the declarations and reservations it made that bear on what is compared. */
  positions: Record<string, ComparisonPositions>;
  /**
   * The gap matrix of the jurisdictions against the treaty, cut down to the article's row: its
   * columns (provenance, position, limits), the one row, the texts cited and their sources. For one
   * requirement, each cell is that requirement's: its status, reason, finding and provisions.
   */
  matrix: GapMatrix;
}

export interface ComparisonPositions {
  party: boolean;
  /** Whether the corpus records the jurisdiction's declarations and reservations for the treaty at all (Colombia's and Peru's are not in the sources). */
  recorded: boolean;
  /** Those it made that bear on what is compared: of the article, or named by one of its findings. */
  made: { ref: string; kind: string; source?: { title?: string | undefined; url?: string | undefined; note?: string | undefined; evidence: string } | undefined }[];
}

export interface ComparisonOptions {
  /** ISO codes, in the order shown: the subject (Mexico) first, then the comparators. */
  jurisdictions: string[];
  /** Date stamped on it (YYYY-MM-DD); default today (UTC). */
  date?: string | undefined;
}

/**
 * One article or requirement of a reference treaty across jurisdictions. `ref` is a requirement
 * (`coe-ets-185/art-2#e2`), an article or a unit of one (`coe-ets-185/art-2`), or a citation
 * (`Convenio art. 2`).
 */
export function comparison(corpusLike: CorpusLike, ref: string, options: ComparisonOptions): Comparison {
  const corpus = asCorpus(corpusLike);
  const { article, requirement } = target(corpus, ref);
  const instrument = article.slice(0, article.indexOf('/'));
  const full = gapMatrix(corpus, { jurisdictions: options.jurisdictions, references: [instrument], date: options.date });
  const row = full.rows.find((r) => r.ref === article)!;
  const requirements = (requirement ? related(corpus, requirement) : corpus.requirementsOfArticle(article)).map((r) => ({ ref: r.ref, kind: r.kind, label: r.label, quote: r.quote, relaxedBy: [...r.relaxedBy] }));

  const cells: Record<string, MatrixCell> = {};
  const positions: Record<string, ComparisonPositions> = {};
  for (const c of full.columns) {
    const cell = row.cells[c.key]!;
    cells[c.key] = requirement ? requirementCell(corpus, c.jurisdiction, instrument, requirement, cell) : cell;
    positions[c.key] = positionsOf(corpus, c.jurisdiction, instrument, article, requirement, cells[c.key]!);
  }
  const sliced = { ...row, cells };

  // What the document names: the article, the requirements, every provision cited, every declaration or reservation.
  const cited: string[] = [];
  for (const cell of Object.values(cells)) for (const p of cell.provisions) if (!cited.includes(p)) cited.push(p);
  const named = new Set<string>([article, ...requirements.map((r) => r.ref), ...requirements.flatMap((r) => r.relaxedBy), ...cited]);
  for (const cell of Object.values(cells)) {
    for (const n of cell.needs) named.add(n);
    for (const f of cell.findings) {
      named.add(f.requirement);
      for (const a of f.acceptableWith) named.add(a.ref);
    }
  }
  for (const p of Object.values(positions)) for (const m of p.made) named.add(m.ref);
  const cites: GapMatrix['cites'] = {};
  for (const r of named) cites[r] = full.cites[r] ?? citeParts(corpus, r);

  const groups = full.groups.filter((g) => g.ref === instrument || row.group === g.ref || row.group.startsWith(g.ref + '.'));
  const byGroup: GapMatrix['totals']['byGroup'] = {};
  const counts = (): Record<string, Record<Status, number>> => Object.fromEntries(full.columns.map((c) => [c.key, countOf([cells[c.key]!.status])]));
  for (const g of groups) byGroup[g.ref] = counts();
  const instruments = new Set([instrument, ...cited.map((p) => p.slice(0, p.indexOf('/')))]);
  const matrix: GapMatrix = {
    ...full,
    groups,
    rows: [sliced],
    totals: { byColumn: counts(), byGroup },
    sources: full.sources.filter((s) => instruments.has(s.instrument)),
    provisions: cited.flatMap((p) => full.provisions.filter((x) => x.ref === p)),
    cites,
  };

  const e = corpus.provisions.get(article)!;
  const own = e.provision.lang ?? e.instrument.languages[0] ?? 'en';
  return {
    kind: 'comparison',
    version: 1,
    article,
    requirement,
    treaty: { lang: own, text: e.provision.text, translations: e.provision.translations.map((t) => ({ lang: t.lang, text: t.text, official: t.official, by: t.by })) },
    requirements,
    positions,
    matrix,
  };
}

/** The article (and requirement) a reference names, or a clear error. */
function target(corpus: Corpus, ref: string): { article: string; requirement?: string } {
  const input = ref.trim();
  const hash = input.indexOf('#');
  if (hash >= 0) {
    const r = corpus.requirements.get(input);
    if (r) return { article: r.article, requirement: r.ref };
    // The article part as people write it ("Convenio art. 2#e2").
    const id = resolveReference(corpus, input.slice(0, hash));
    const e = id ? corpus.provisions.get(id) : undefined;
    const known = e ? corpus.requirementsOfArticle(`${e.instrument.id}/${e.article.id}`).map((x) => x.ref) : [];
    const named = known.find((x) => x.endsWith(input.slice(hash)));
    if (named) return { article: corpus.requirements.get(named)!.article, requirement: named };
    throw new NotFoundError(input, `no requirement "${input}" in the corpus${known.length ? `; that article has ${known.join(', ')}` : ''}`);
  }
  const id = resolveReference(corpus, input);
  if (!id) throw new NotFoundError(input, `no article "${input}" in the corpus; name one as coe-ets-185/art-2, "Convenio art. 2", or a requirement as coe-ets-185/art-2#e1`);
  const e = corpus.provisions.get(id)!;
  const instrument = e.instrument.id;
  if (corpus.requirementsOf(instrument).length === 0 || e.instrument.kind === 'strategy') {
    throw new MatrixOptionError('reference', `"${input}" is a provision of ${instrument}, not an article of a reference treaty; compare takes a treaty article such as coe-ets-185/art-2`);
  }
  return { article: `${instrument}/${e.article.id}` };
}

/** A requirement, and the declarations or reservations that relax it (an option's own declaration included). */
function related(corpus: Corpus, ref: string) {
  const r = corpus.requirements.get(ref)!;
  const out = [r];
  for (const x of r.relaxedBy) {
    const entry = corpus.requirements.get(x);
    if (!entry || out.includes(entry)) continue;
    out.push(entry);
    for (const d of entry.relaxedBy) {
      const via = corpus.requirements.get(d);
      if (via && !out.includes(via)) out.push(via);
    }
  }
  return out;
}

/** A cell for one requirement: the engine's status and reason for it, its finding, the provisions that finding cites. */
function requirementCell(corpus: Corpus, jurisdiction: string, reference: string, requirement: string, cell: MatrixCell): MatrixCell {
  const finding = cell.findings.find((f) => f.requirement === requirement);
  const result = assess(corpus, jurisdiction, reference).articles.flatMap((a) => a.requirements).find((r) => r.ref === requirement);
  // A declaration, reservation or option no finding names is a choice of each Party: it asks nothing of the law.
  const status: Status = finding?.status ?? 'not-applicable';
  const reason: Message = result?.reasons[0] ?? { key: 'reason.req.choice', params: { requirement, kind: corpus.requirements.get(requirement)!.kind } };
  const needs = reason.params?.needs;
  return {
    status,
    symbol: SYMBOLS[status],
    provisions: [...new Set((finding?.citations ?? []).map((c) => c.ref))],
    reason,
    stale: finding?.stale ?? false,
    needs: Array.isArray(needs) ? (needs as string[]) : [],
    findings: finding ? [finding] : [],
  };
}

function positionsOf(corpus: Corpus, jurisdiction: string, instrument: string, article: string, requirement: string | undefined, cell: MatrixCell): ComparisonPositions {
  const j = corpus.jurisdictions.get(jurisdiction);
  const records = (j?.positions ?? []).filter((p) => p.instrument === instrument);
  // Bearing on it: a declaration or reservation of the article (of the requirement, when one is compared) or one its findings name.
  const bears = new Set<string>();
  for (const f of cell.findings) for (const a of f.acceptableWith) bears.add(a.ref);
  if (requirement) {
    bears.add(requirement);
    for (const x of corpus.requirements.get(requirement)!.relaxedBy) {
      bears.add(x);
      for (const d of corpus.requirements.get(x)?.relaxedBy ?? []) bears.add(d);
    }
  }
  const made: ComparisonPositions['made'] = [];
  for (const p of records) {
    for (const ref of [...p.declarations, ...p.reservations]) {
      const r = corpus.requirements.get(ref);
      const inArticle = !requirement && r?.article === article;
      if (!(inArticle || bears.has(ref)) || made.some((m) => m.ref === ref)) continue;
      made.push({ ref, kind: p.declarations.includes(ref) ? 'declaration' : 'reservation', source: p.source && { title: p.source.title, url: p.source.url, note: p.source.note, evidence: p.source.evidence } });
    }
  }
  return { party: standing(j, instrument).party, recorded: records.length > 0, made };
}
