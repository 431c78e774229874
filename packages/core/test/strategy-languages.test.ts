// Every strategy provision says the language its text is really in: the text's own `lang`, else the
// instrument's first language. Many strategies are held only in an English edition of a text authentic in
// another language (France, Germany, Estonia, Israel, Chile, Colombia), so their texts must say `lang: en`;
// the viewer marks each text with it. The reader here is independent of the corpus: it guesses the
// language of a text from its commonest function words.
import { join } from 'node:path';
import { loadCorpus, type Provision } from '@lexharmony/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/support/sources.js';

const corpus = loadCorpus(join(repoRoot, 'corpora'));

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'will', 'for', 'with', 'that', 'its', 'be', 'are'],
  es: ['el', 'los', 'las', 'y', 'que', 'para', 'del', 'con', 'por', 'se', 'una', 'su'],
  fr: ['le', 'les', 'des', 'et', 'du', 'est', 'pour', 'dans', 'une', 'sur', 'au', 'aux'],
  de: ['der', 'die', 'das', 'und', 'ist', 'mit', 'für', 'von', 'zu', 'den', 'ein', 'eine'],
};

/** The language whose function words the text uses most, or undefined for a text too short to tell. */
function guessLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return undefined;
  const score = Object.entries(STOPWORDS).map(([lang, list]) => [lang, words.filter((w) => list.includes(w)).length] as const);
  score.sort((a, b) => b[1] - a[1]);
  return score[0]![1] >= 3 && score[0]![1] > 2 * score[1]![1] ? score[0]![0] : undefined;
}

function* walk(ps: Provision[]): Generator<Provision> {
  for (const p of ps) {
    yield p;
    yield* walk(p.children);
  }
}

/** Each strategy text whose declared language is not the one it is written in: "instrument/provision: declared → guessed". */
function mislabelled(instruments: typeof corpus.data.instruments): string[] {
  const out: string[] = [];
  for (const inst of instruments.filter((i) => i.meta.kind === 'strategy')) {
    for (const p of walk(inst.provisions)) {
      const declared = p.lang ?? inst.meta.languages[0];
      const guessed = guessLanguage(p.text);
      if (guessed && guessed !== declared) out.push(`${inst.meta.id}/${p.id}: ${declared} → ${guessed}`);
    }
  }
  return out;
}

describe('strategy texts carry their real language', () => {
  it('the reader tells English, Spanish, French and German apart', () => {
    expect(guessLanguage('France will ensure the defence of its fundamental interests in cyberspace and will reinforce the security of its infrastructures.')).toBe('en');
    expect(guessLanguage('La Estrategia establece los objetivos y las líneas de acción para la ciberseguridad del país, con la participación de la sociedad.')).toBe('es');
    expect(guessLanguage('La France assurera la défense de ses intérêts fondamentaux dans le cyberespace et renforcera la sécurité des infrastructures et des opérateurs.')).toBe('fr');
    expect(guessLanguage('Die Bundesregierung will einen Beitrag zu einem sicheren Cyberraum leisten, der für die Wirtschaft und die Gesellschaft von Bedeutung ist.')).toBe('de');
    expect(guessLanguage('ANSSI')).toBeUndefined();
  });

  it('holds for every strategy of the bundled corpus', () => {
    const strategies = corpus.data.instruments.filter((i) => i.meta.kind === 'strategy');
    expect(strategies.length).toBeGreaterThan(10);
    expect(mislabelled(corpus.data.instruments)).toEqual([]);
  });

  it('finds an English text left to the instrument’s first language, French', () => {
    const data = structuredClone(corpus.data);
    const fr = data.instruments.find((i) => i.meta.id === 'fr-snsn-2015')!;
    delete fr.provisions[0]!.lang;
    expect(mislabelled(data.instruments)).toEqual(['fr-snsn-2015/obj-1: fr → en']);
  });
});
