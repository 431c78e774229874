import { describe, expect, it } from 'vitest';
import { esc, render as html } from '../../src/export/html.js';
import { md, render as markdown } from '../../src/export/markdown.js';
import { buildMatrix, HOSTILE } from './fixture.js';

describe('html', () => {
  const page = html(buildMatrix());

  it('is one standalone page: lang, no script, no network address but the source links', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|@import|url\(/i);
    const addresses = [...page.matchAll(/(?:href|src)="([^"]*)"/g)].map((x) => x[1]!);
    expect(addresses.filter((a) => !a.startsWith('#') && a !== 'data:,')).toEqual(['https://rm.coe.int/1680081561']);
    expect(page).toContain('@media print');
  });

  it('says every status in words with a symbol, marks stale findings, and shows the unmade declaration', () => {
    expect(page).toContain('<td class="s-full" title="Every element is met."><span class="cell">✔ full</span>');
    expect(page).toContain('◐ conditional</span> <span class="stale"');
    expect(page).toContain('? not assessed');
    expect(page).toContain('coe-ets-185/art-3#d1 — dishonest intent (not made)');
    expect(page).toContain('Unofficial translation (en) by lexharmony project (unofficial)');
    expect(page).toContain('<blockquote lang="es">texto de ejemplo del artículo 211 bis 1</blockquote>');
    expect(page).toContain('<th scope="col">MX</th>');
    expect(page).toContain('<th scope="row"><a href="#a-coe-ets-185_art-2">Art. 2</a></th>');
    expect(page).toContain('Federal law only; state codes not assessed.');
  });

  it('does not link a javascript: source address', () => {
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('<td>javascript:alert(1)</td>');
  });

  it('escapes every corpus string', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const hostile = html(buildMatrix({ inject: HOSTILE[1] }));
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;Illegal access');
    const tags = new Set([...hostile.matchAll(/<([a-zA-Z0-9]+)/g)].map((x) => x[1]!.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'link', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'h4', 'dl', 'dt', 'dd', 'code', 'nav', 'a', 'main', 'section', 'p', 'strong', 'ul', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'small', 'article', 'div', 'blockquote'];
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([]);
  });
});

describe('markdown', () => {
  const text = markdown(buildMatrix());

  it('has the matrix table with one row per article and the per-article detail', () => {
    const table = text.split('\n').filter((l) => l.startsWith('| '));
    expect(table[0]).toBe('| Article | Heading | MX |');
    expect(table.slice(1, 5)).toEqual(['| 2 | Illegal access | ✔ full |', '| 3 | Illegal interception | ◐ conditional **STALE** |', '| 4 | Data interference | ✘ none |', '| 16 | Expedited preservation of stored computer data | ? not assessed |']);
    expect(text).toContain('### Art. 3: Illegal interception');
    expect(text).toContain('Acceptable with: coe\\-ets\\-185/art\\-3#d1'.replaceAll('\\-', '-'));
    expect(text).toContain('    > texto anterior a la reforma');
  });

  it('escapes pipes, tags, backticks and leading block syntax', () => {
    expect(md('a|b')).toBe('a\\|b');
    expect(md('<b>`x`</b>')).toBe('&lt;b&gt;\\`x\\`&lt;/b&gt;');
    expect(md('# title')).toBe('\\# title');
    expect(md('- item')).toBe('\\- item');
    expect(md('1. item')).toBe('1\\. item');
    expect(md('[x](javascript:y)')).toBe('\\[x\\](javascript:y)');
    expect(md('two\nlines')).toBe('two lines');
  });

  it('keeps hostile corpus strings inert', () => {
    for (const x of HOSTILE) {
      const out = markdown(buildMatrix({ inject: x }));
      expect(out).not.toContain('<img');
      expect(out).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
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
