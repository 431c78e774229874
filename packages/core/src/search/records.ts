/**
 * The records the search index is built over: one per article (every instrument), per strategy
 * provision and per requirement. Plain JSON, built without Node APIs, so the web viewer can
 * build or load the very same records in the browser.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Provision } from '../model/types.js';
import { pick } from '../model/prose.js';
import { Glossary } from './glossary.js';
import { fold, words } from './text.js';

export type SearchKind = 'provision' | 'requirement' | 'strategy';

export interface SearchRecord {
  /** `mx-cpf/art-211-bis-1`, `coe-ets-185/art-2#e1`, `mx-encs-2017/obj-4`. */
  ref: string;
  kind: SearchKind;
  instrument: string;
  /** What a result list shows: "Art. 2 — Illegal access", "Art. 211 Bis 1". */
  title: string;
  /** The number label as printed ("211 Bis 1"), empty where there is none. */
  number: string;
  /** The provision's own name: its heading, or a requirement's label. */
  heading: string;
  /** The names of the structure it sits in ("Acceso ilícito a sistemas y equipos de informática"). */
  context: string;
  /** Preferred glossary terms (every language) of the concepts its name and structure name: how English finds Spanish by name. */
  keywords: string[];
  /** The text searched and quoted in snippets: the provision's text (children's text where the article's does not hold it), translations. */
  text: string;
}

/** Build the search records of a corpus. The glossaries are the corpus's own unless given. */
export function buildRecords(corpus: Corpus, glossary: Glossary = new Glossary([...corpus.glossaries.values()])): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const inst of corpus.instruments.values()) {
    const id = inst.meta.id;
    const strategy = inst.meta.kind === 'strategy';
    for (const article of inst.provisions) {
      if (strategy) {
        // Objectives and lines of action are each worth finding on their own.
        const visit = (p: Provision, context: string[]) => {
          out.push(provisionRecord(glossary, id, 'strategy', p, context, p.text));
          const here = [...context, p.heading ?? ''].filter(Boolean);
          for (const c of p.children) visit(c, here);
        };
        visit(article, article.path.map((s) => s.title ?? '').filter(Boolean));
      } else {
        out.push(provisionRecord(glossary, id, 'provision', article, article.path.map((s) => s.title ?? '').filter(Boolean), articleText(article)));
      }
    }
    for (const r of inst.requirements) {
      const ref = `${id}/${r.provision}#${r.id}`;
      const article = corpus.provisions.get(`${id}/${r.provision}`)?.article;
      const context = [article?.heading ?? ''].filter(Boolean);
      out.push({
        ref,
        kind: 'requirement',
        instrument: id,
        title: `${pick(r.label, 'en').text} (${r.kind}, ${r.provision})`,
        number: '',
        heading: Object.values(r.label).join(' · '),
        context: context.join(' › '),
        keywords: keywordsOf(glossary, [...Object.values(r.label), ...context]),
        text: Object.values(r.quote).join('\n'),
      });
    }
  }
  return out;
}

function provisionRecord(glossary: Glossary, instrument: string, kind: SearchKind, p: Provision, context: string[], text: string): SearchRecord {
  const heading = p.heading ?? '';
  const number = p.number ?? '';
  const label = number ? (p.kind === 'article' || p.id.startsWith('art-') ? `Art. ${number}` : number) : '';
  const withTranslations = [text, ...p.translations.map((t) => t.text)].join('\n\n');
  return {
    ref: `${instrument}/${p.id}`,
    kind,
    instrument,
    title: [label, heading].filter(Boolean).join(' — ') || p.id,
    number,
    heading,
    context: context.join(' › '),
    // Names only: the word stage finds glossary terms in the text, and fuse stays fast over short fields.
    keywords: keywordsOf(glossary, [heading, ...context]),
    text: withTranslations,
  };
}

/** An article's text, plus the text of any child the article's own text does not already hold. */
function articleText(article: Provision): string {
  const parts = [article.text];
  const have = fold(article.text).replace(/\s+/g, ' ');
  const visit = (p: Provision) => {
    if (!have.includes(fold(p.text).replace(/\s+/g, ' '))) parts.push(p.text);
    for (const c of p.children) visit(c);
  };
  for (const c of article.children) visit(c);
  return parts.join('\n\n');
}

function keywordsOf(glossary: Glossary, texts: string[]): string[] {
  const { hits } = glossary.find(words(fold(texts.join('\n'))));
  const out = new Set<string>();
  for (const hit of hits.values()) for (const term of Object.values(hit.concept.preferred)) out.add(term);
  return [...out];
}
