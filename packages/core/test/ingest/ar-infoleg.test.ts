// The ar-infoleg profile on the real InfoLEG Markdown files of ../shared/sources/comparators/argentina.
// The expectations are read from the files by simpler, independent means: article headings counted on
// the raw Markdown lines, article texts re-assembled from the raw lines between a heading and its note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Provision } from '@lexharmony/core';
import { arInfoleg, ingest, type IngestResult, parseAnnotation, readHtml, readMarkdown, segment } from '@lexharmony/core/ingest';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, sourcesDir } from '../../../../test/support/sources.js';

const ar = join(sourcesDir, 'comparators/argentina');
const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);
const FILES = ['LEY-11179.md', 'LEY-27063.md', 'LEY-23984.md', 'LEY-25326.md', 'LEY-27411.md'] as const;

/** Raw Markdown to plain words: heading marks out, links to their text, emphasis marks out, whitespace collapsed. */
const plain = (s: string) =>
  s
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Article headings as InfoLEG sets them: a line that opens in bold or as a heading with "ARTICULO",
 * "ARTÍCULO", "Artículo" or "Art." and a number followed by a separator (not by words: "Artículo 196"
 * alone, "artículo 22, el imputado" are text), and a heading run on after a note's closing bracket.
 */
function countHeadings(lines: string[]): number {
  let n = 0;
  for (const raw of lines) {
    const text = raw.replace(/\*/g, '');
    if (/^(?:#|\*)/.test(raw) && /^#*\s*(?:ARTICULO|ARTÍCULO|Artículo|Art\.)\s?\d+\s?[°º]?(?::?\s?[A-Za-záé]{3,9}\b)?(?:\s\(\d\))?\s?[.:—–-]/u.test(text)) n++;
    n += [...raw.matchAll(/.\)\**\s?(?:ARTICULO|ARTÍCULO|Artículo|Art\.)\s?\d/gu)].length;
  }
  return n;
}

describe.skipIf(!haveSources)('ar-infoleg profile on the Argentine InfoLEG files', () => {
  const results = new Map<string, IngestResult>();
  const sources = new Map<string, string>();
  beforeAll(async () => {
    for (const f of FILES) {
      const data = readFileSync(join(ar, f));
      sources.set(f, data.toString('utf8'));
      results.set(f, await ingest(data, { format: 'md', profile: 'ar-infoleg', file: f }));
    }
  }, 60_000);
  const get = (f: (typeof FILES)[number], id: string) => {
    const p = all(results.get(f)!.provisions).find((x) => x.id === id);
    if (!p) throw new Error(`${f}: no ${id}`);
    return p;
  };
  const skippedCount = (f: string, reason: RegExp) => results.get(f)!.skipped.filter((s) => reason.test(s.reason)).reduce((n, s) => n + s.count, 0);

  it('finds one article per article heading of each file (repealed articles, with no text, reported)', () => {
    for (const f of ['LEY-11179.md', 'LEY-23984.md', 'LEY-25326.md', 'LEY-27411.md']) {
      const heads = countHeadings(sources.get(f)!.split('\n'));
      const kept = results.get(f)!.provisions.length;
      const empty = skippedCount(f, /^article heading without text/);
      const enacting = skippedCount(f, /^article of the enacting law/);
      expect(kept + empty + enacting, f).toBe(heads);
    }
    expect(results.get('LEY-11179.md')!.provisions.length).toBeGreaterThan(370);
    expect(results.get('LEY-23984.md')!.provisions.length).toBeGreaterThan(560);
    expect(results.get('LEY-25326.md')!.provisions.map((p) => p.id)).toEqual(Array.from({ length: 48 }, (_, i) => `art-${i + 1}`));
  });

  it('keeps the CPPF as the code of its Anexo I: the enacting law before it and the Anexo II after it are reported', () => {
    const lines = sources.get('LEY-27063.md')!.split('\n');
    const from = lines.indexOf('### ANEXO I');
    const to = lines.indexOf('### ANEXO II');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const r = results.get('LEY-27063.md')!;
    expect(r.provisions).toHaveLength(countHeadings(lines.slice(from, to)));
    expect(r.provisions[0]!.id).toBe('art-1');
    expect(r.provisions.at(-1)!.id).toBe('art-397');
    expect(skippedCount('LEY-27063.md', /^article of the enacting law/)).toBe(countHeadings(lines.slice(0, from)));
    expect(skippedCount('LEY-27063.md', /further annex/)).toBeGreaterThan(0);
    // The CPPN without the two articles of Ley 23.984 that enact it: its article 1 is the code's.
    expect(get('LEY-23984.md', 'art-1').text.startsWith('Nadie podrá ser juzgado por otros jueces')).toBe(true);
  });

  it('gives every provision a unique id that extends its parent, and never leaks a note, a link or a bold mark into text', () => {
    for (const f of FILES) {
      const ps = all(results.get(f)!.provisions);
      const ids = ps.map((p) => p.id);
      expect(new Set(ids).size, f).toBe(ids.length);
      for (const p of ps) {
        for (const c of p.children) expect(c.id.startsWith(p.id + '.'), c.id).toBe(true);
        expect(p.text, `${f} ${p.id}`).not.toMatch(/\((?:Artículo|Párrafo|Inciso) (?:sustituido|incorporado|derogado) por|Nota Infoleg|\]\(http|\*/);
      }
    }
  });

  it('finds every text verbatim in its file (words as printed, Markdown marks aside)', () => {
    for (const f of FILES) {
      const source = plain(sources.get(f)!);
      for (const p of all(results.get(f)!.provisions)) for (const para of p.text.split('\n\n')) expect(source.includes(para), `${f} ${p.id}: ${para.slice(0, 80)}`).toBe(true);
    }
  });

  /** The words of an article read straight from the raw lines: from its heading to its bracketed note. */
  function rawArticle(f: string, heading: string): string {
    const lines = sources.get(f)!.split('\n');
    const at = lines.findIndex((l) => l.startsWith(heading));
    expect(at, heading).toBeGreaterThanOrEqual(0);
    const body: string[] = [lines[at]!.slice(heading.length)];
    for (const l of lines.slice(at + 1)) {
      if (/^\*\((?:Artículo|Párrafo)|^\*\*ARTICULO|^#{1,6}\s?(?:ARTICULO|ARTÍCULO|Art\.|LIBRO|T[IÍ]TULO|CAP|Cap)/.test(l)) break;
      body.push(l);
    }
    return plain(body.join('\n'));
  }
  const words = (p: Provision) => p.text.replace(/\s+/g, ' ');

  it('reads the Código Penal computer-crime articles of Ley 26.388 as the file prints them', () => {
    for (const [id, heading] of [
      ['art-153', '**ARTICULO 153.** - '],
      ['art-153-bis', '**ARTICULO 153 BIS.** - '],
      ['art-155', '**ARTICULO 155.** - '],
      ['art-157-bis', '**ARTICULO 157 bis.**-'],
      ['art-183', '**ARTICULO 183.** - '],
      ['art-197', '**ARTICULO 197.** - '],
      ['art-255', '**ARTICULO 255.** - '],
    ] as const) {
      expect(words(get('LEY-11179.md', id)), id).toBe(rawArticle('LEY-11179.md', heading));
    }
    const a = get('LEY-11179.md', 'art-153-bis');
    expect(a.number).toBe('153 Bis');
    expect(a.children.map((c) => c.id)).toEqual(['art-153-bis.p-1', 'art-153-bis.p-2']);
    expect(a.history).toEqual([{ action: 'adicionado', scope: 'artículo', date: '2008-06-25', gazette: 'B.O.', raw: expect.stringMatching(/^\(Artículo incorporado por art\. 5° de la ?Ley N° 26\.388, B\.O\. 25\/6\/2008\)$/) }]);
    expect(a.path.map((s) => `${s.level} ${s.number}`)).toEqual(['book SEGUNDO', 'title V', 'chapter III']);
    expect(a.path[2]!.title).toBe('Violación de Secretos y de la Privacidad');
  });

  it('makes incisos children ("1.", "16.") and takes a note glued to the end of an inciso into its history', () => {
    const a = get('LEY-11179.md', 'art-173');
    expect(a.children.filter((c) => c.kind === 'inciso').map((c) => c.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    const inc16 = get('LEY-11179.md', 'art-173.inc-16');
    expect(inc16.text).toBe('El que defraudare a otro mediante cualquier técnica de manipulación informática que altere el normal funcionamiento de un sistema informático o la transmisión de datos.');
    expect(inc16.history.map((h) => [h.action, h.scope, h.date])).toEqual([['adicionado', 'inciso', '2008-06-25']]);
    expect(get('LEY-11179.md', 'art-157-bis').children.map((c) => c.id)).toEqual(['art-157-bis.p-1', 'art-157-bis.inc-1', 'art-157-bis.inc-2', 'art-157-bis.inc-3', 'art-157-bis.p-2', 'art-157-bis.p-3']);
  });

  it('starts an article run on after a note ("…B.O. 23/4/2018)***ARTICULO 129 —**Será …")', () => {
    expect(get('LEY-11179.md', 'art-129').text.startsWith('Será reprimido con multa de mil a quince mil pesos')).toBe(true);
    expect(get('LEY-11179.md', 'art-128').history.map((h) => h.date)).toEqual(['2018-04-23']);
    expect(get('LEY-11179.md', 'art-87').text.startsWith('Será reprimido o reprimida con prisión de seis (6) meses')).toBe(true);
  });

  it('reads the CPPF articles on computer data, with their epigraph kept in the text as printed', () => {
    const a = get('LEY-27063.md', 'art-151');
    expect(words(a)).toBe(rawArticle('LEY-27063.md', '##### ARTÍCULO 151.- '));
    expect(a.text.startsWith('Incautación de datos. El juez podrá ordenar a requerimiento de parte y por auto fundado, el registro de un sistema informático')).toBe(true);
    expect(a.children).toHaveLength(5);
    expect(get('LEY-27063.md', 'art-150.p-6').text).toBe('Las empresas que brinden el servicio de comunicación deberán posibilitar el cumplimiento inmediato de la diligencia, bajo apercibimiento de incurrir en responsabilidad penal.');
    expect(get('LEY-27063.md', 'art-150').path.map((s) => s.level)).toEqual(['part', 'book', 'title']);
  });

  it('gives a CPPN article the epigraph printed on the line before it as its heading, not as text of the one before', () => {
    const a = get('LEY-23984.md', 'art-236');
    expect(a.heading).toBe('Intervención de comunicaciones telefónicas');
    expect(get('LEY-23984.md', 'art-235').text).not.toMatch(/Intervención de comunicaciones telefónicas/);
    expect(a.children.map((c) => c.id)).toEqual(['art-236.p-1', 'art-236.p-2', 'art-236.p-3']);
    expect(get('LEY-23984.md', 'art-236.p-2').history.map((h) => [h.scope, h.date])).toEqual([['párrafo', '2003-08-11']]);
  });

  it('places a book printed with its name on the heading line ("LIBRO TERCERO ACTIVIDAD PROCESAL", CPPF) as a book, not as text of the article before it', () => {
    expect(get('LEY-27063.md', 'art-122').path.find((s) => s.level === 'book')).toMatchObject({ number: 'TERCERO', title: 'ACTIVIDAD PROCESAL' });
    expect(get('LEY-27063.md', 'art-105').text).not.toContain('LIBRO TERCERO');
  });

  it('gives a CPPN article the epigraph in quotation marks before it ("In dubio pro reo") as its heading', () => {
    expect(get('LEY-23984.md', 'art-3').heading).toBe('"In dubio pro reo"');
    expect(get('LEY-23984.md', 'art-2').text).not.toContain('In dubio');
  });

  it("reads Ley 27.411's reservations as the incisos of its art. 2, and the data-protection law's bracketed epigraphs as headings", () => {
    expect(get('LEY-27411.md', 'art-2').children.map((c) => c.id)).toEqual(['art-2.p-1', 'art-2.inc-a', 'art-2.inc-b', 'art-2.inc-c', 'art-2.inc-d', 'art-2.inc-e']);
    expect(get('LEY-27411.md', 'art-2.inc-e').text.startsWith('La REPÚBLICA ARGENTINA hace reserva del artículo 29.4 del CONVENIO SOBRE CIBERDELITO')).toBe(true);
    expect(results.get('LEY-27411.md')!.provisions.map((p) => p.id)).toEqual(['art-1', 'art-2', 'art-3']);
    expect(get('LEY-27411.md', 'art-3').text).toBe('Comuníquese al Poder Ejecutivo nacional.');
    expect(get('LEY-25326.md', 'art-2').heading).toBe('Definiciones');
  });
});

describe('ar-infoleg on small inputs', () => {
  const seg = (md: string) => segment(readMarkdown(md).blocks, 'ar-infoleg');

  it('reads which paragraphs open in bold, in Markdown and in HTML', () => {
    expect(readMarkdown('**ARTICULO 1.-** Texto.\n\nTexto **en** medio.\n\n*(Nota)*').blocks.map((b) => b.strong ?? false)).toEqual([true, false, false]);
    expect(readHtml('<p><b>ARTICULO 1.-</b> Texto.</p><p>Texto <strong>en</strong> medio.</p><p> <strong>Epígrafe</strong></p>').blocks.map((b) => b.strong ?? false)).toEqual([true, false, true]);
  });

  it('takes an article pattern in a plain paragraph for quoted text, where headings are bold', () => {
    const { provisions } = seg('**ARTICULO 23.—**\n\nArtículo 23.- La Cámara juzga de los recursos.\n\n**ARTICULO 24.-** Otro texto.');
    expect(provisions.map((p) => [p.id, p.text])).toEqual([
      ['art-23', 'Artículo 23.- La Cámara juzga de los recursos.'],
      ['art-24', 'Otro texto.'],
    ]);
  });

  it('closes a note that quotes an inciso label ("del inciso 2)") at its own bracket', () => {
    const { provisions } = seg('**ARTICULO 86.-** Texto.\n\n*(El término “x” del texto del inciso 2) fue observado por art. 1º del Decreto Nº 14/2021 B.O. 15/01/2021)***ARTICULO 87.** - Será reprimido.');
    expect(provisions.map((p) => [p.id, p.text])).toEqual([
      ['art-86', 'Texto.'],
      ['art-87', 'Será reprimido.'],
    ]);
    expect(provisions[0]!.history.map((h) => [h.action, h.date])).toEqual([['other', '2021-01-15']]);
  });

  it('dates InfoLEG notes by their B.O. date', () => {
    expect(parseAnnotation('(Artículo sustituido por art. 4° de la Ley N° 26.388, B.O. 25/6/2008)', arInfoleg.history)).toEqual([
      { action: 'reformado', scope: 'artículo', date: '2008-06-25', gazette: 'B.O.', raw: '(Artículo sustituido por art. 4° de la Ley N° 26.388, B.O. 25/6/2008)' },
    ]);
  });
});
