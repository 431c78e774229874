// The strategy matrix over the bundled corpus: column order and study status, rows by taxonomy or
// by the parts of the Budapest Convention, treaty events, and every format.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/document/render/csv.js';
import { renderHtml } from '../../src/document/render/html.js';
import { renderMarkdown } from '../../src/document/render/md.js';
import { renderXlsx } from '../../src/document/render/xlsx.js';
import { strategyDocument } from '../../src/document/strategy-report.js';
import * as XLSX from '@e965/xlsx';
import {
  loadCorpus,
  normalizeText,
  renderStrategySummary,
  strategyMatrix,
  treatyAt,
  type StrategyMatrix,
} from '@lexharmony/core';

const corpus = loadCorpus();
const byTaxonomy = strategyMatrix(corpus, { taxonomy: 'ncss', date: '2026-11-27' });
const byBudapest = strategyMatrix(corpus, { against: 'coe-ets-185', date: '2026-11-27' });
const NAMED = ['gb-ncss-2016', 'ca-ncss-2010', 'us-ncss-2003', 'us-cpr-2009', 'jp-cs-2015'];

describe('strategyMatrix', () => {
  it('orders the columns: the ENCS, then the named strategies, then the candidates', () => {
    for (const m of [byTaxonomy, byBudapest]) {
      expect(m.columns[0]!.instrument).toBe('mx-encs-2017');
      const rank = { subject: 0, named: 1, candidate: 2 } as const;
      const ranks = m.columns.map((c) => rank[c.study]);
      expect(ranks).toEqual([...ranks].sort());
      expect(m.columns.filter((c) => c.study === 'named').map((c) => c.instrument).sort()).toEqual([...NAMED].sort());
      expect(m.columns.filter((c) => c.study === 'candidate').length).toBeGreaterThanOrEqual(5);
    }
  });

  it('rows by taxonomy are the ncss areas, each cell quoting links of that area', () => {
    expect(byTaxonomy.axis).toMatchObject({ kind: 'taxonomy', id: 'ncss' });
    expect(byTaxonomy.rows.map((r) => r.code)).toEqual(corpus.taxonomies.get('ncss')!.areas.map((a) => a.code));
    const leg = byTaxonomy.rows.find((r) => r.code === 'LEG')!;
    expect(leg.related).toEqual(['coe-ets-185/ch-ii.sec-1']);
    for (const r of byTaxonomy.rows) {
      for (const [inst, ev] of Object.entries(r.cells)) {
        for (const e of ev) {
          expect(e.provision.startsWith(inst + '/')).toBe(true);
          expect(e.areas).toContain(r.ref);
          expect(normalizeText(corpus.provisions.get(e.provision)!.provision.text)).toContain(normalizeText(e.quote));
        }
      }
    }
  });

  it('rows against Budapest follow the treaty order, a link landing where it targets it', () => {
    const refs = byBudapest.rows.map((r) => r.ref);
    expect(refs.indexOf('coe-ets-185/ch-ii.sec-1')).toBeLessThan(refs.indexOf('coe-ets-185/ch-ii.sec-2'));
    expect(refs.indexOf('coe-ets-185/ch-ii.sec-2')).toBeLessThan(refs.indexOf('coe-ets-185/ch-iii'));
    expect(refs.indexOf('coe-ets-185/ch-iii')).toBeLessThan(refs.indexOf('coe-ets-185/art-35'));
    const art37 = byBudapest.rows.find((r) => r.ref === 'coe-ets-185/art-37')!;
    expect(art37.cells['cl-pncs-2017']!.some((e) => e.via === 'target' && /Adhere to and implement the Convention on Cybercrime/.test(e.quote))).toBe(true);
    const art35 = byBudapest.rows.find((r) => r.ref === 'coe-ets-185/art-35')!;
    expect(art35.cells['co-conpes-3701-2011']!.map((e) => e.quote)).toContain('points of contact available on a twenty-four hour, seven-day-a-week basis to facilitate investigation');
    // The ENCS text on Budapest was not found: no link of the ENCS targets the Convention.
    expect(byBudapest.columns[0]!.onReference).toEqual([]);
  });

  it('shows each country’s treaty events beside what its strategy says about Budapest', () => {
    const jp = byBudapest.columns.find((c) => c.instrument === 'jp-cs-2015')!;
    expect(jp.treaty.filter((e) => e.instrument === 'coe-ets-185').map((e) => e.type)).toContain('entry-into-force');
    expect(jp.onReference.some((e) => /as a Party to the Convention on Cybercrime/.test(e.quote))).toBe(true);
    const ca = byBudapest.columns.find((c) => c.instrument === 'ca-ncss-2010')!;
    expect(ca.treatyAtAdoption).toMatch(/^signature 2001-11-23/); // signed, not yet ratified in 2010
    expect(ca.onReference.some((e) => /preparing legislation to permit ratification/.test(e.quote))).toBe(true);
  });

  it('treatyAt reads the latest dated event on or before a date', () => {
    const ev = [
      { instrument: 'coe-ets-185', type: 'signature', date: '2001-11-23' },
      { instrument: 'coe-ets-185', type: 'ratification', date: '2015-07-08' },
    ];
    expect(treatyAt(ev, 'coe-ets-185', '2010')).toMatch(/^signature 2001-11-23/);
    expect(treatyAt(ev, 'coe-ets-185', '2015-07')).toMatch(/^ratification 2015-07-08/);
    expect(treatyAt(ev, 'coe-ets-185', '2000')).toBe('no dated event by 2000');
    expect(treatyAt(ev, 'coe-ets-189', '2010')).toBe('no events recorded');
  });

  it('names an unknown taxonomy or reference in its error', () => {
    expect(() => strategyMatrix(corpus, { taxonomy: 'nope' })).toThrow(/no taxonomy "nope"/);
    expect(() => strategyMatrix(corpus, { against: 'nope' })).toThrow(/no instrument "nope"/);
  });

  it('is the same for the same input and date', () => {
    expect(JSON.stringify(strategyMatrix(corpus, { taxonomy: 'ncss', date: '2026-11-27' }))).toBe(JSON.stringify(byTaxonomy));
  });
});

/** The study word each strategy carries, and the line or record that must show it. */
function expectStatuses(m: StrategyMatrix, out: string, pattern: (short: string, instrument: string, study: string) => RegExp) {
  for (const c of m.columns) expect(out, `${c.instrument} ${c.study}`).toMatch(pattern(esc(c.short), esc(c.instrument), c.study));
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
  ['taxonomy', byTaxonomy],
  ['budapest', byBudapest],
] as const)('renderers (%s)', (_name, m) => {
  const doc = strategyDocument(m, { lang: 'en' });
  it('text shows named/candidate beside each strategy', () => {
    expectStatuses(m, renderStrategySummary(m), (s, _i, st) => new RegExp(`${s}\\s+${st}`));
  });
  it('the document carries the disclaimer, and each strategy with its study status', () => {
    expect(JSON.stringify(doc.summary)).toContain('It is policy, not law');
    const md = String(renderMarkdown(doc));
    const header = md.split('\n').find((l) => /^\| (Area|Part of the Convention) \|/.test(l))!.split(' | ').slice(2);
    expect(header.map((h) => /\((\w+)\)\s*\|?\s*$/.exec(h)?.[1])).toEqual(m.columns.map((c) => c.study));
  });
  it('html is standalone and without script, the study status in words', () => {
    const html = renderHtml(doc);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<td class="tx">named</td>');
    expect(html).toContain('<td class="tx">candidate</td>');
  });
  it('csv carries the study status on every record of the quotes', () => {
    const records = renderCsv(doc, { table: 'evidence', bom: false, provenance: false }).trimEnd().split('\r\n');
    expect(records[0]).toBe('Area,Strategy,Study,Quote,Through,Note,Id'.replace('Area', m.axis.kind === 'taxonomy' ? 'Area' : 'Part of the Convention'));
    expect(records.slice(1).every((r) => /,(subject|named|candidate),/.test(r))).toBe(true);
  });
  it('xlsx has the Summary, Strategies, Matrix, Quotes and Legend sheets, the study status in each, the same bytes twice', async () => {
    const bytes = await renderXlsx(doc);
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['Summary', 'Strategies', 'Matrix', 'Quotes', 'Legend']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Strategies']!);
    expect(rows.map((r) => r['Study'])).toEqual(m.columns.map((c) => c.study));
    expect(new Set(XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Quotes']!).map((r) => r['Study']))).toEqual(new Set(['subject', 'named', 'candidate']));
    expect(Buffer.from(await renderXlsx(doc)).equals(Buffer.from(bytes))).toBe(true);
  });
});
