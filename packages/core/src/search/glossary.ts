import type { GlossaryFile } from '../model/types.js';
import { fold, words } from './text.js';

/** A glossary term ready for matching: its variants as folded word sequences. */
export interface Concept {
  /** `cybercrime-es-en:illegal-access` */
  id: string;
  /** The preferred term of each language ("illegal access", "acceso ilícito"). */
  preferred: Record<string, string>;
  variants: { lang: string; term: string; words: string[] }[];
}

/** A concept found in a text, with how often and through which variants. */
export interface ConceptHit {
  concept: Concept;
  count: number;
  /** The variants that occurred, as written in the glossary ("sin autorización"). */
  terms: string[];
}

/** Compiled glossaries: finds their terms in any text, in one pass over its words. */
export class Glossary {
  readonly concepts: Concept[];
  /** First folded word of a variant → the variants that start with it. */
  private readonly byFirst = new Map<string, { concept: Concept; variant: Concept['variants'][number] }[]>();

  constructor(files: readonly GlossaryFile[]) {
    this.concepts = [];
    for (const file of files) {
      for (const t of file.terms) {
        const concept: Concept = { id: `${file.id}:${t.id}`, preferred: {}, variants: [] };
        for (const [lang, terms] of Object.entries(t.terms)) {
          concept.preferred[lang] = terms[0]!;
          for (const term of terms) {
            const w = words(fold(term));
            if (w.length) concept.variants.push({ lang, term, words: w });
          }
        }
        this.concepts.push(concept);
        for (const variant of concept.variants) {
          const list = this.byFirst.get(variant.words[0]!) ?? [];
          list.push({ concept, variant });
          this.byFirst.set(variant.words[0]!, list);
        }
      }
    }
    // Longest variants first, so that "sistemas o equipos de informática" is counted, not also "equipos de informática" inside it.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.variant.words.length - a.variant.words.length);
  }

  /**
   * The concepts whose variants occur in a text given as folded words; also, for each word
   * position, which concepts cover it (used to expand a query word to its glossary terms).
   */
  find(textWords: readonly string[]): { hits: Map<string, ConceptHit>; cover: Set<string>[] } {
    const hits = new Map<string, ConceptHit>();
    const cover: Set<string>[] = textWords.map(() => new Set<string>());
    /** Where the last counted occurrence of each concept ends: a variant nested in it is not counted again. */
    const end = new Map<string, number>();
    for (let i = 0; i < textWords.length; i++) {
      const starts = this.byFirst.get(textWords[i]!);
      if (!starts) continue;
      for (const { concept, variant } of starts) {
        const n = variant.words.length;
        if (i + n > textWords.length) continue;
        let ok = true;
        for (let j = 1; j < n; j++) {
          if (textWords[i + j] !== variant.words[j]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        for (let j = 0; j < n; j++) cover[i + j]!.add(concept.id);
        if (i < (end.get(concept.id) ?? 0)) continue;
        end.set(concept.id, i + n);
        let hit = hits.get(concept.id);
        if (!hit) hits.set(concept.id, (hit = { concept, count: 0, terms: [] }));
        hit.count++;
        if (!hit.terms.includes(variant.term)) hit.terms.push(variant.term);
      }
    }
    return { hits, cover };
  }

  get(id: string): Concept | undefined {
    return this.concepts.find((c) => c.id === id);
  }
}
