// Mexico's recommendations (corpora/recommendations/MX--coe-ets-185.yaml) against its assessment:
// every article that falls short has one; the projection of all of them differs from the current
// matrix only in cells marked projected, each projected status being what the engine gives when the
// assumed coverages and declarations are written into the corpus itself; the model wording is held,
// verbatim, by the text it cites; the Spanish report and the `recommend` document show them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gapMatrix, loadCorpusData, normalizeText, type CorpusData, type GapMatrix } from '@lexharmony/core';
import { gapDocument, recommendationsDocument, renderDocument } from '@lexharmony/core/export';

const data = loadCorpusData(join(dirname(fileURLToPath(import.meta.url)), '../../../../corpora'));
const DATE = '2026-12-01';
const current = gapMatrix(data, { jurisdictions: ['MX'], date: DATE });
const all = gapMatrix(data, { jurisdictions: ['MX'], date: DATE, assume: 'all' });
const file = data.recommendations!.find((f) => f.jurisdiction === 'MX')!;
const SHORT = ['partial', 'conditional', 'none'];

describe("Mexico's recommendations", () => {
  it('answer every article that is partial, conditional or none, and only articles the matrix has', () => {
    const short = current.rows.filter((r) => SHORT.includes(r.cells.MX!.status)).map((r) => r.ref);
    expect(short.length).toBeGreaterThan(20);
    const answered = new Set(file.recommendations.map((r) => r.article));
    expect(short.filter((a) => !answered.has(a))).toEqual([]);
    expect([...answered].filter((a) => !current.rows.some((r) => r.ref === a))).toEqual([]);
  });

  it('left out on request (the terminal summary), the rest of the matrix unchanged', () => {
    const without = gapMatrix(data, { jurisdictions: ['MX'], date: DATE, recommendations: false });
    expect(current.recommendations?.length).toBeGreaterThan(20);
    expect(without.recommendations).toBeUndefined();
    expect(without.columns[0]!.recommendations).toBeUndefined();
    expect(without.rows).toEqual(current.rows);
    expect(without.totals).toEqual(current.totals);
  });

  it('include the accession package: a declaration or reservation for every one the current matrix says Mexico would need', () => {
    const needed = new Set(current.rows.flatMap((r) => r.cells.MX!.needs));
    const made = new Set(file.recommendations.filter((r) => r.action === 'declare' || r.action === 'reserve').map((r) => r.makes));
    expect([...needed].filter((n) => !made.has(n))).toEqual([]);
  });

  it('quote model wording verbatim from a comparator or the Convention, never from Mexican law', () => {
    const index = new Map<string, { text: string; translations: { lang: string; text: string; official: boolean }[]; jurisdiction?: string }>();
    for (const inst of data.instruments) {
      const visit = (p: (typeof inst.provisions)[number]) => {
        index.set(`${inst.meta.id}/${p.id}`, { text: p.text, translations: p.translations, jurisdiction: inst.meta.jurisdiction });
        p.children.forEach(visit);
      };
      inst.provisions.forEach(visit);
    }
    let quotes = 0;
    for (const r of file.recommendations) {
      for (const m of r.model) {
        const p = index.get(m.ref)!;
        expect(p, m.ref).toBeDefined();
        expect(p.jurisdiction, m.ref).not.toBe('MX');
        const text = m.lang && m.lang !== 'es' ? '' : m.ref.startsWith('coe-') ? p.translations.find((t) => t.lang === m.lang && t.official)!.text : p.text;
        expect(normalizeText(text), `${r.id} → ${m.ref}`).toContain(normalizeText(m.quote));
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(30);
  });

  it('--assume all differs from the current matrix only in cells marked projected', () => {
    const { rows: r1, projection, ...rest1 } = all;
    const { rows: r0, ...rest0 } = current;
    expect(rest1).toEqual(rest0);
    expect(projection!.assumed).toEqual(file.recommendations.map((r) => r.id));
    let projected = 0;
    r1.forEach((row, i) => {
      const cell = row.cells.MX!;
      if (!cell.projected) return expect(cell, row.ref).toEqual(r0[i]!.cells.MX);
      projected++;
      expect(cell.projected.from.status).toBe(r0[i]!.cells.MX!.status);
      expect(cell.projected.by.length).toBeGreaterThan(0);
    });
    expect(projected).toBe(r0.filter((r) => SHORT.includes(r.cells.MX!.status)).length);
  });

  it("each projected status is the engine's own status once the assumed coverages and declarations are written into the corpus", () => {
    // An independent route: edit the data (findings' coverage, Mexico's positions), then compute the current matrix of that corpus.
    const edited = structuredClone(data) as CorpusData;
    const a = edited.assessments.find((x) => x.jurisdiction === 'MX')!;
    for (const r of file.recommendations) {
      for (const c of r.closes) if (c.coverage) a.findings.find((f) => f.requirement === c.requirement)!.coverage = c.coverage;
    }
    const mx = edited.jurisdictions.find((j) => j.code === 'MX')!;
    // Made as a Party's position records them (Mexico has none today).
    const position = { instrument: 'coe-ets-185', declarations: [] as string[], reservations: [] as string[] };
    mx.positions.push(position);
    for (const r of file.recommendations) if (r.makes) (r.action === 'declare' ? position.declarations : position.reservations).push(r.makes);
    const direct: GapMatrix = gapMatrix(edited, { jurisdictions: ['MX'], date: DATE });
    all.rows.forEach((row, i) => expect(row.cells.MX!.status, row.ref).toBe(direct.rows[i]!.cells.MX!.status));
    expect(all.projection!.totals.byColumn.MX).toEqual(direct.totals.byColumn.MX);
  });

  it('each carries the status its article would have if it alone were adopted, and none is stale', () => {
    const recs = current.recommendations!;
    expect(recs.length).toBe(file.recommendations.length);
    for (const r of recs) expect(r.status, r.id).toBe(current.rows.find((x) => x.ref === r.article)!.cells.MX!.status);
    expect(recs.find((r) => r.id === 'MX-4-data')).toMatchObject({ status: 'partial', projected: 'full' });
    // A declaration alone leaves Art. 7 partial: its other elements need the law changed.
    expect(recs.find((r) => r.id === 'MX-7-declare')).toMatchObject({ status: 'partial', projected: 'partial' });
    expect(recs.filter((r) => r.stale).map((r) => r.id)).toEqual([]);
  });
});

describe('the Spanish outputs show "Qué legislar"', () => {
  it('the html report: the list in the executive summary, and every recommendation with its model wording quoted', async () => {
    const html = String(await renderDocument(gapDocument(current, { lang: 'es', detail: true, paper: 'a4' }), 'html'));
    const flat = html.replace(/\s+/g, ' ');
    expect(flat).toContain('Qué legislar');
    for (const r of file.recommendations) {
      expect(flat, r.id).toContain(r.id);
      for (const m of r.model) expect(flat, `${r.id} ${m.ref}`).toContain(m.quote.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
  });

  it('the recommend document: by priority, each projected status said as projected', async () => {
    const md = String(await renderDocument(recommendationsDocument(current, { lang: 'es' }), 'md'));
    expect(md).toContain('# Qué legislar');
    const at = (id: string) => md.indexOf(`\`${id}\``);
    expect(at('MX-4-data')).toBeLessThan(at('MX-3-interception'));
    expect(at('MX-3-interception')).toBeLessThan(at('MX-24-extradition'));
    expect(md).toMatch(/◑ parcial\*\* → \*\*✔ pleno\*\* \(proyectado\) `MX-4-data`/);
  });
});

describe('a recommendation whose finding changed is marked stale in the documents', () => {
  it('after a second reading changes the finding MX-4-data answers, the report and the recommend document say so', async () => {
    const edited = structuredClone(data) as CorpusData;
    edited.assessments.find((x) => x.jurisdiction === 'MX')!.findings.find((f) => f.requirement === 'coe-ets-185/art-4#e3')!.relationship = 'intersects-with';
    const m = gapMatrix(edited, { jurisdictions: ['MX'], date: DATE });
    expect(m.recommendations!.filter((r) => r.stale).map((r) => r.id)).toEqual(['MX-4-data']);
    const md = String(await renderDocument(recommendationsDocument(m, { lang: 'es' }), 'md'));
    const line = md.split('\n').find((l) => l.includes('`MX-4-data`'))!;
    expect(line).toContain('DESACTUALIZADO');
    // One line of "Qué legislar" (under its priority) says so.
    expect(md.split('\n').filter((l) => l.startsWith('- ') && l.includes('`MX-') && l.includes('DESACTUALIZADO'))).toHaveLength(1);
    expect(md).toContain('**Prioridad alta**');
    const html = String(await renderDocument(gapDocument(m, { lang: 'es', detail: true }), 'html'));
    expect(html).toMatch(/MX-4-data[\s\S]{0,400}DESACTUALIZADO/);
  });
});
