import { readHtml, readMarkdown, readText, segment } from '@lexharmony/core/ingest';
import { describe, expect, it } from 'vitest';

describe('readHtml', () => {
  it('gives headings, paragraphs, list items and table rows as blocks; entities and nbsp normalised; scripts and styles ignored', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <h2>CHAPTER&nbsp;II</h2><h3>MEASURES</h3>
      <h3>Article 2</h3><h4>Illegal&nbsp;access &ndash; scope</h4>
      <p>1. Each Party shall adopt <em>such</em>&nbsp;measures&nbsp;&amp; more:<br>next line</p>
      <script>alert(1)</script>
      <ul><li>a) the access;</li><li>b) the rest.</li></ul>
      <table><tr><td>Party</td><td>Declaration</td></tr></table>
      <div>Loose text</div></body></html>`;
    const { blocks } = readHtml(html);
    expect(blocks.map((b) => [b.kind, b.depth ?? 0, b.text])).toEqual([
      ['heading', 2, 'CHAPTER II'],
      ['heading', 3, 'MEASURES'],
      ['heading', 3, 'Article 2'],
      ['heading', 4, 'Illegal access – scope'],
      ['paragraph', 0, '1. Each Party shall adopt such measures & more: next line'],
      ['paragraph', 0, 'a) the access;'],
      ['paragraph', 0, 'b) the rest.'],
      ['paragraph', 0, 'Party Declaration'],
      ['paragraph', 0, 'Loose text'],
    ]);
    const { provisions } = segment(blocks, 'coe-treaty');
    const art2 = provisions.find((p) => p.id === 'art-2')!;
    expect(art2).toMatchObject({ heading: 'Illegal access – scope', path: [{ level: 'chapter', number: 'II', title: 'MEASURES' }] });
    expect(art2.children[0]!.children.map((c) => c.id)).toEqual(['art-2.p-1.a', 'art-2.p-1.b']);
  });
});

describe('readMarkdown', () => {
  it('reduces links (with parentheses in the url) and emphasis to text, and splits list-like lines', () => {
    const md = '### Article  10\n\n####Title\n\n1.   See the [WIPO Treaty](../x/(wct)/(1996)/README.md), *inter alia,*here.\n2.   Second.\n';
    expect(readMarkdown(md).blocks.map((b) => b.text)).toEqual(['Article 10', 'Title', '1. See the WIPO Treaty, inter alia,here.', '2. Second.']);
  });

  it('drops YAML front matter, and resolves backslash escapes without taking an escaped asterisk for emphasis', () => {
    const md = '---\ntitle: "Instrumento"\nnotes: "[{\\"text\\": 1}]"\n---\n# Título\n\n1\\. Cada Parte \\*adoptará\\* *las* medidas\\.\n2\\. Segundo \\[no es enlace](x).\n';
    const read = readMarkdown(md);
    expect(read.blocks.map((b) => [b.line, b.text])).toEqual([
      [5, 'Título'],
      [7, '1. Cada Parte *adoptará* las medidas.'],
      [8, '2. Segundo [no es enlace](x).'],
    ]);
    expect(read.dropped).toEqual([{ reason: 'front matter (YAML metadata, not the text)', said: { key: 'msg.ingest.skip.frontMatter' }, count: 1, example: 'title: "Instrumento"' }]);
    // A file that only opens with a rule, and never closes it, has no front matter.
    expect(readMarkdown('---\ntext').blocks.map((b) => b.text)).toEqual(['--- text']);
  });

  it('reads character references as the characters they name (CommonMark), and a decoded one as text, not markup', () => {
    const md = 'Transnacional &#8211; Convención de Palermo.\n\n(&#8230;)\n\nA &ndash; B &#x2014; C &amp; D &#42;no&#42; *sí*.\n\nSin punto y coma: &amp D; desconocida: &nosuchname; escapada: \\&#8230;\n';
    expect(readMarkdown(md).blocks.map((b) => b.text)).toEqual([
      'Transnacional \u2013 Convención de Palermo.',
      '(\u2026)',
      'A \u2013 B \u2014 C & D *no* sí.',
      'Sin punto y coma: &amp D; desconocida: &nosuchname; escapada: &#8230;',
    ]);
  });
});

describe('readText', () => {
  it('gives one block per non-empty line, whitespace normalised', () => {
    expect(readText('  a\u00a0 b \r\n\r\n\tc\f d\n').blocks.map((b) => [b.line, b.text])).toEqual([[1, 'a b'], [3, 'c'], [4, 'd']]);
  });
});

describe('mx-federal on hand-made lines', () => {
  it('joins hyphenated line ends without a space, keeps the hyphen, and leaves other lines spaced', () => {
    const { provisions } = segment(readText('Artículo 5o.- Los concesionarios no podrán promocionar video-\njuegos en horario\ninfantil.\n').blocks, 'mx-federal');
    expect(provisions[0]!.text).toBe('Los concesionarios no podrán promocionar video-juegos en horario infantil.');
  });

  it('reads "Artículo 112 Quáter.-" and "Artículo 199 Septies.-" ids, incisos under fracciones, and a derogated fracción annotation', () => {
    const text = ['Artículo 112 Quáter.- Texto:', 'I.- Primera:', 'a) uno;', 'b) dos, y', 'II.- Segunda.', 'Fracción derogada DOF 01-02-2003', 'Artículo 199 Septies.- Otro.'].join('\n');
    const { provisions } = segment(readText(text).blocks, 'mx-federal');
    expect(provisions.map((p) => [p.id, p.number])).toEqual([['art-112-quater', '112 Quáter'], ['art-199-septies', '199 Septies']]);
    const ids = (p: { id: string; children: { id: string; children: unknown[] }[] }): string[] => [p.id, ...p.children.flatMap((c) => ids(c as never))];
    expect(ids(provisions[0]! as never)).toEqual(['art-112-quater', 'art-112-quater.p-1', 'art-112-quater.fr-i', 'art-112-quater.fr-i.inc-a', 'art-112-quater.fr-i.inc-b', 'art-112-quater.fr-ii']);
    expect(provisions[0]!.children[2]!.history).toMatchObject([{ action: 'derogado', scope: 'fracción', date: '2003-02-01' }]);
    expect(provisions[0]!.text).not.toContain('DOF');
  });
});
