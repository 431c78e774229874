import { describe, expect, it } from 'vitest';
import { gapDocument } from '../../src/document/gap-report.js';
import { renderHtml } from '../../src/document/render/html.js';
import { quote, renderMarkdown } from '../../src/document/render/md.js';
import { esc, md } from '../../src/document/safe.js';
import { buildMatrix, HOSTILE } from './fixture.js';

const doc = (inject?: string, lang: 'en' | 'es' = 'en') => gapDocument(buildMatrix({ inject }), { lang, detail: true });

describe('html', () => {
  const page = renderHtml(doc());

  it('is one standalone page: lang, no script, no network address but the source links', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|@import|url\(/i);
    const addresses = [...page.matchAll(/(?:href|src)="([^"]*)"/g)].map((x) => x[1]!);
    expect(addresses.filter((a) => !a.startsWith('#') && a !== 'data:,')).toEqual(['https://rm.coe.int/1680081561']);
    expect(page).toContain('@media print');
  });

  it('puts the title block and the summary first, then the matrix, then the articles', () => {
    const at = (s: string) => page.indexOf(s);
    expect(at('<dl class="facts">')).toBeGreaterThan(0);
    expect(at('id="summary"')).toBeLessThan(at('id="matrix"'));
    expect(at('id="matrix"')).toBeLessThan(at('id="articles"'));
    expect(at('id="articles"')).toBeLessThan(at('id="sources"'));
  });

  it('says every status in words with a symbol, marks stale findings, shows the unmade declaration and the labels of translations', () => {
    expect(page).toContain('<td class="st-cell s-full">✔ full</td>');
    expect(page).toContain('◐ conditional · STALE');
    expect(page).toContain('? not assessed');
    expect(page).toContain('Convention, art. 3, second sentence (declaration under art. 40) “dishonest intent” (not made)');
    expect(page).toContain('unofficial translation (English) by lexharmony project: not law');
    expect(page).toContain('<cite title="mx-cpf/art-211-bis-1.p-2">Federal Criminal Code, art. 211 Bis 1, second paragraph</cite>');
    expect(page).toContain('Federal law only; state codes not assessed.');
    expect(page).toContain('The CNPP preservation order was not read.');
  });

  it('in Spanish marks corpus prose that has no Spanish text yet, with its language', () => {
    const es = renderHtml(doc(undefined, 'es'));
    expect(es).toContain('<span class="other-lang" lang="en">Rationale for coe-ets-185/art-2#e1. <span class="tag">[en inglés: aún sin versión en español]</span></span>');
    expect(es).toContain('<cite title="mx-cpf/art-211-bis-1.p-2">CPF, art. 211 Bis 1, párrafo segundo</cite>');
  });

  it('does not link a javascript: source address', () => {
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('<td class="tx">javascript:alert(1)</td>');
  });

  it('escapes every corpus string', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const hostile = renderHtml(doc(HOSTILE[1]));
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;Illegal access');
    const tags = new Set([...hostile.matchAll(/<([a-zA-Z0-9]+)/g)].map((x) => x[1]!.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'link', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'h4', 'dl', 'dt', 'dd', 'code', 'nav', 'a', 'main', 'section', 'p', 'strong', 'ul', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'blockquote', 'cite', 'br', 'ol', 'sup', 'em'];
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
  });
});

describe('markdown', () => {
  const text = renderMarkdown(doc());

  it('has the matrix table with one row per article and the per-article detail', () => {
    const table = text.split('\n').filter((l) => l.startsWith('| 2 |') || l.startsWith('| 3 |') || l.startsWith('| 16 |'));
    expect(table[0]).toMatch(/^\| 2 \| Convention \| Illegal access \| ✔ full \| CPF, art\. 211 Bis 1, second paragraph \|/);
    expect(text).toContain('### Art. 3. Illegal interception');
    expect(text).toContain('> texto anterior a la reforma');
    expect(text).toContain('- **Assessment by:** lexharmony project');
  });

  it('escapes pipes, tags, backticks and leading block syntax', () => {
    expect(md('a|b')).toBe('a\\|b');
    expect(md('<b>`x`</b>')).toBe('&lt;b&gt;\\`x\\`&lt;/b&gt;');
    expect(md('# title')).toBe('\\# title');
    expect(md('- item')).toBe('\\- item');
    expect(md('1. item')).toBe('1\\. item');
    expect(md('[x](javascript:y)')).toBe('\\[x\\](javascript:y)');
    expect(md('two\nlines')).toBe('two lines');
    expect(quote('a\n# b')).toBe('> a\n> \\# b');
  });

  it('keeps hostile corpus strings inert', () => {
    for (const x of HOSTILE) {
      const out = renderMarkdown(doc(x));
      expect(out).not.toContain('<img');
      expect(out).not.toMatch(/(^|[^\\])\[[^\]]*\]\((?!<https:)/);
      // every table row keeps its header's cell count: no pipe leaked from the corpus
      let cells = 0;
      for (const line of out.split('\n')) {
        if (!line.startsWith('|')) {
          cells = 0;
          continue;
        }
        const n = line.split(/(?<!\\)\|/).length;
        if (cells === 0) cells = n;
        expect(n, line).toBe(cells);
      }
    }
  });
});
