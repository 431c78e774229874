/**
 * From recommendations to what the engine assumes: the coverage each closed requirement would have,
 * and the declarations and reservations counted as made. The engine (../assess) then applies its own
 * rules: a projected status is computed, never typed.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Assumption } from '../assess/types.js';
import type { Coverage, Recommendation } from '../model/types.js';

/** How much each coverage covers: when two adopted recommendations close the same requirement, the fuller wins. */
const RANK: Record<Coverage, number> = { missing: 0, narrower: 1, met: 2, broader: 3 };

/** The assumption of adopting `recommendations` (each with everything it requires). */
export function assumptionOf(recommendations: readonly Recommendation[]): Assumption {
  const coverage = new Map<string, { coverage: Coverage; by: string[] }>();
  const made = new Map<string, string[]>();
  for (const rec of recommendations) {
    if (rec.makes && (rec.action === 'declare' || rec.action === 'reserve')) made.set(rec.makes, [...(made.get(rec.makes) ?? []), rec.id]);
    for (const c of rec.closes) {
      if (!c.coverage) continue;
      const prior = coverage.get(c.requirement);
      if (!prior || RANK[c.coverage] > RANK[prior.coverage]) coverage.set(c.requirement, { coverage: c.coverage, by: [...(prior?.by ?? []), rec.id] });
      else prior.by.push(rec.id);
    }
  }
  return { coverage, made };
}

/** A recommendation and, transitively, every recommendation it is adopted together with. */
export function withRequired(corpus: Corpus, rec: Recommendation): Recommendation[] {
  const out = new Map<string, Recommendation>();
  const visit = (r: Recommendation) => {
    if (out.has(r.id)) return;
    out.set(r.id, r);
    for (const id of r.requires) {
      const other = corpus.recommendation(id)?.recommendation;
      if (other) visit(other);
    }
  };
  visit(rec);
  return [...out.values()];
}
