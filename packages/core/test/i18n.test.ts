import { describe, expect, it } from 'vitest';
import { catalogue, citeParts, formatCite, langFromEnv, loadCorpus, nearestReferences, resolveReference, translator } from '@lexharmony/core';

const placeholders = (v: string | Record<string, string>) => [...new Set([...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the catalogues', () => {
  const en = catalogue('en');
  const es = catalogue('es');

  it('say the same things: the same keys, the same placeholders, plural forms where English has them', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(es[key]!), key).toEqual(placeholders(en[key]!));
      expect(typeof es[key], key).toBe(typeof en[key]);
      if (typeof en[key] === 'object') expect(Object.keys(es[key]!).sort(), key).toContain('other');
    }
  });

  it('fill placeholders and choose plural forms', () => {
    const t = translator('es').t;
    expect(t('reason.art.allMet', { n: 1 })).toBe('su único requisito se cumple');
    expect(t('reason.art.allMet', { n: 3 })).toBe('se cumplen los 3 requisitos');
    expect(translator('en').t('summary.someRequirements', { n: 2 })).toBe('2 requirements');
    expect(translator('es').list(['a', 'b', 'c'], 'or')).toBe('a, b o c');
  });

  it('take the language from the locale: LC_ALL, then LC_MESSAGES, then LANG; English otherwise', () => {
    expect(langFromEnv({ LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'es_MX.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_MESSAGES: 'es_ES', LANG: 'en_GB' })).toBe('es');
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
});

describe('citations', () => {
  const corpus = loadCorpus();
  const cite = (ref: string, lang: 'es' | 'en', form?: 'short') => formatCite(citeParts(corpus, ref), translator(lang), { form });

  it('cite national law by its short official name, article, paragraph, fracción and inciso', () => {
    expect(cite('mx-cpf/art-211-bis-1.p-2', 'es')).toBe('CPF, art. 211 Bis 1, párrafo segundo');
    expect(cite('mx-cpf/art-211-bis-1.p-2', 'en')).toBe('Federal Criminal Code, art. 211 Bis 1, second paragraph');
    expect(cite('mx-cpf/art-211-bis-1.p-2', 'en', 'short')).toBe('CPF, art. 211 Bis 1, second paragraph');
    expect(cite('mx-lic/art-112-quater.fr-i', 'es')).toBe('LIC, art. 112 Quáter, fracción I');
    const inciso = [...corpus.provisions.keys()].find((k) => k.startsWith('mx-cnpp/') && /\.inc-[a-z]$/.test(k))!;
    expect(cite(inciso, 'es')).toMatch(/^CNPP, art\. \d+[^,]*, (párrafo \w+, )?(fracción [IVXL]+, )?inciso [a-z]\)$/);
  });

  it('cite an ordinal article as the DOF prints it, "Artículo 8o.-": art. 8o., with the period of the abbreviation', () => {
    expect(cite('mx-cpf/art-8', 'es')).toBe('CPF, art. 8o.');
    expect(cite('mx-cpf/art-8', 'en', 'short')).toBe('CPF, art. 8o.');
    expect(cite('mx-cpeum/art-1.p-2', 'es')).toBe('CPEUM, art. 1o., párrafo segundo');
    expect(cite('mx-cpf/art-10', 'es')).toBe('CPF, art. 10');
    expect(cite('ar-ley-27411/art-1', 'es')).toBe('Ley 27.411, art. 1°');
  });

  it('cite every unit the corpus has as its law names it: transitory articles, apartados, numerales, literales, complementary provisions', () => {
    expect(cite('mx-lmtr/trans-sexto', 'es')).toBe('LMTR, artículo Sexto transitorio');
    expect(cite('mx-lmtr/trans-sexto', 'en', 'short')).toBe('LMTR, sixth transitory article');
    expect(cite('mx-lmtr/trans-vigesimo-quinto', 'es')).toBe('LMTR, artículo Vigésimo Quinto transitorio');
    expect(cite('mx-lmtr/trans-vigesimo-quinto', 'en', 'short')).toBe('LMTR, twenty-fifth transitory article');
    expect(cite('mx-lmtr/trans-quinto.p-2', 'es')).toBe('LMTR, artículo Quinto transitorio, párrafo segundo');
    expect(cite('mx-cpeum/art-16.p-13', 'es')).toBe('CPEUM, art. 16, párrafo décimo tercero');
    expect(cite('mx-cpeum/art-2.p-20.inc-a', 'en', 'short')).toBe('CPEUM, art. 2o., twentieth paragraph, sub-item a)');
    expect(cite('es-cp/art-197-bis.ap-1', 'es')).toBe('CP (ES), art. 197 bis, apartado 1');
    expect(cite('es-cp/art-264.ap-2.ord-1', 'es')).toBe('CP (ES), art. 264, apartado 2, circunstancia 1.ª');
    expect(cite('co-cp/art-269h.num-1', 'es')).toBe('CP (CO), art. 269H, numeral 1');
    expect(cite('pe-ley-30096/art-8-a.lit-b', 'es')).toBe('Ley 30096 (PE), art. 8-A, literal b)');
    expect(cite('pe-ley-30096/dcf-9.lit-a', 'es')).toBe('Ley 30096 (PE), novena disposición complementaria final, literal a)');
    expect(cite('pe-ley-30096/dcd-unica', 'en', 'short')).toBe('Ley 30096 (PE), sole repealing complementary provision');
    expect(cite('ar-cp/art-34.inc-a', 'es')).toBe('CP (AR), art. 34, inciso a)');
    expect(cite('coe-ets-185/art-6.p-1.a.ii', 'es')).toBe('Convenio, art. 6, apartado 1, letra a), inciso ii');
    expect(cite('coe-ets-185/art-6.p-1.a.ii', 'en')).toBe('Convention, art. 6, paragraph 1, littera a, sub-item ii');
  });

  it('cite every provision and requirement the assessments cite without its id', () => {
    const refs = new Set<string>();
    for (const a of corpus.assessments) for (const f of a.findings) for (const r of [f.requirement, ...(f.citations ?? []).map((c) => c.ref)]) refs.add(r);
    for (const ref of refs)
      for (const lang of ['es', 'en'] as const) {
        const text = cite(ref, lang, 'short');
        expect(text, ref).not.toMatch(/[a-z]{2}-[a-z0-9-]+\/|#|\b(?:art|trans|dc[a-z]|p|fr|inc|ap|num|lit)-[a-z0-9]/);
        expect(text, ref).not.toMatch(/undefined|\{/);
      }
  });

  it('cite the Convention: article, sentence, and the article that allows a declaration', () => {
    expect(cite('coe-ets-185/art-2#d1', 'es')).toBe('Convenio, art. 2, segunda oración (declaración del art. 40)');
    expect(cite('coe-ets-185/art-2#d1', 'en')).toBe('Convention, art. 2, second sentence (declaration under art. 40)');
    expect(cite('coe-ets-185/art-2', 'es')).toBe('Convenio, art. 2');
    expect(cite('coe-ets-189/art-3', 'en')).toBe('Protocol, art. 3');
  });

  it('cite a provision a reform removed from its id alone', () => {
    expect(cite('mx-cpf/art-211-bis-99.p-3', 'es')).toBe('CPF, art. 211 Bis 99, párrafo tercero');
  });

  it('read a reference as people write it, and suggest the nearest ids when it names nothing', () => {
    expect(resolveReference(corpus, 'CPF 211 bis 1')).toBe('mx-cpf/art-211-bis-1');
    expect(resolveReference(corpus, 'CPF, art. 211 Bis 1, párrafo segundo')).toBe('mx-cpf/art-211-bis-1.p-2');
    expect(resolveReference(corpus, 'Convenio art. 2')).toBe('coe-ets-185/art-2');
    expect(resolveReference(corpus, 'LIC 112 quáter fracción I')).toBe('mx-lic/art-112-quater.fr-i');
    expect(resolveReference(corpus, 'LMTR, artículo Vigésimo Quinto transitorio')).toBe('mx-lmtr/trans-vigesimo-quinto');
    expect(resolveReference(corpus, 'LMTR Quinto transitorio párrafo segundo')).toBe('mx-lmtr/trans-quinto.p-2');
    expect(resolveReference(corpus, 'CPEUM 16 párrafo décimo tercero')).toBe('mx-cpeum/art-16.p-13');
    expect(resolveReference(corpus, 'mx-cpf/art-211-bis-1')).toBe('mx-cpf/art-211-bis-1');
    expect(resolveReference(corpus, 'mx-cpf/art-211-bis-99')).toBeUndefined();
    const near = nearestReferences(corpus, 'mx-cpf/art-211-bis-99');
    expect(near.length).toBe(5);
    expect(near.every((r) => r.startsWith('mx-cpf/art-211-bis'))).toBe(true);
  });
});

describe('the language layer and the citation formatter run in a browser too', () => {
  it('import nothing from Node, all the way down (the viewer bundles them)', async () => {
    const { readFileSync } = await import('node:fs');
    const { dirname, resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
    const seen = new Set<string>();
    const nodeImports: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.') && !spec.endsWith('.json')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else if (spec.startsWith('node:')) nodeImports.push(`${file.slice(src.length)} → ${spec}`);
      }
    };
    for (const entry of ['i18n/index.ts', 'cite/index.ts', 'document/words.ts']) visit(resolve(src, entry));
    expect(seen.size).toBeGreaterThan(6);
    expect(nodeImports).toEqual([]);
  });
});
