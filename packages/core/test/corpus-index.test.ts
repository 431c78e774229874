import { describe, expect, it } from 'vitest';
import { loadCorpus, walk } from '@lexharmony/core';

describe('the provision index', () => {
  const corpus = loadCorpus();
  const every: { ref: string; article: string }[] = [];
  for (const inst of corpus.data.instruments) {
    for (const article of inst.provisions) walk(article, (p) => every.push({ ref: `${inst.meta.id}/${p.id}`, article: article.id }));
  }

  it('finds every provision, nested ones too, with its instrument and article', () => {
    for (const { ref, article } of every) {
      const e = corpus.provisions.get(ref);
      expect(e?.ref, ref).toBe(ref);
      expect(e!.article.id).toBe(article);
      expect(`${e!.instrument.id}/${e!.provision.id}`).toBe(ref);
    }
    expect(every.some(({ ref, article }) => !ref.endsWith(`/${article}`))).toBe(true);
  });

  it('counts and lists them all, instrument by instrument, and knows nothing else', () => {
    expect(corpus.provisions.size).toBe(every.length);
    expect([...corpus.provisions.keys()]).toEqual(every.map((x) => x.ref));
    expect(corpus.provisions.get('mx-cpf/no-such-article')).toBeUndefined();
    expect(corpus.provisions.get('no-such-instrument/art-1')).toBeUndefined();
    expect(corpus.provisions.has('mx-cpf')).toBe(false);
    expect(corpus.provisions.has(every[0]!.ref)).toBe(true);
  });
});
