/**
 * The strategy matrix as a document: the strategies (study status, treaty position), the count of
 * quoted links by row, and every quote; with the disclaimer every format carries (policy, never
 * legal conformity). One document, rendered by the same renderers as the gap report.
 */
import type { Lang, MessageKey } from '../i18n/translate.js';
import type { StrategyColumn, StrategyMatrix, TreatyEventView } from '../strategies/types.js';
import { isWebUrl } from './safe.js';
import type { Cell, Doc, Table } from './types.js';
import { words, type Words } from './words.js';

export interface StrategyDocumentOptions {
  lang: Lang;
  paper?: 'a4' | 'letter' | undefined;
}

/** The strategy matrix as a document, for `renderDocument`. */
export function strategyDocument(m: StrategyMatrix, options: StrategyDocumentOptions): Doc {
  const w = words(options.lang, { cites: {}, names: {} });
  const { t } = w;
  const text = (v: string | undefined): Cell => (v ? { t: 'text', v } : { t: 'empty' });
  const prose = (v: string | undefined, lang?: string): Cell => (v ? { t: 'prose', v, lang } : { t: 'empty' });
  const study = (c: StrategyColumn) => t(`study.${c.study}` as MessageKey);
  const strategies: Table = {
    id: 'strategies',
    sheet: t('sheet.strategies'),
    caption: t('strategies.columns'),
    columns: [
      { header: '#', type: 'number', width: 4 },
      { header: t('col.strategy'), type: 'text', width: 24 },
      { header: t('col.title'), type: 'prose', width: 40 },
      { header: t('col.study'), type: 'text', width: 12 },
      { header: t('col.studyEvidence'), type: 'prose', width: 50 },
      { header: t('col.country'), type: 'text', width: 16 },
      { header: t('col.year'), type: 'number', width: 6 },
      { header: t('col.treatyEvents'), type: 'list', width: 40 },
      { header: t('col.onReference'), type: 'list', width: 60 },
      { header: t('col.links'), type: 'number', width: 6 },
      { header: t('col.address'), type: 'link', width: 40 },
      { header: t('col.ref'), type: 'id', width: 20, role: 'data' },
    ],
    freezeColumns: 2,
    rowCount: m.columns.length,
    rows: () =>
      m.columns.map((c, i): Cell[] => [
        { t: 'number', v: i + 1 },
        text(c.short),
        prose(c.title),
        text(study(c)),
        prose(c.evidence, 'en'),
        text(c.country),
        c.year === undefined ? { t: 'empty' } : { t: 'number', v: c.year },
        c.treaty.length ? { t: 'list', items: c.treaty.map((e) => eventText(w, e)) } : text(t('strategies.noEvents')),
        c.onReference.length ? { t: 'list', items: c.onReference.map((e) => `${quoted(w, e.quote)} (${e.provision})`) } : { t: 'empty' },
        { t: 'number', v: c.links },
        isWebUrl(c.url) ? { t: 'link', text: c.url, href: c.url } : text(c.url),
        { t: 'id', v: c.instrument },
      ]),
  };
  const counts: Table = {
    id: 'matrix',
    sheet: t('sheet.matrix'),
    caption: t('strategies.counts'),
    columns: [
      { header: t(m.axis.kind === 'taxonomy' ? 'col.area' : 'col.part'), type: 'text', width: 14 },
      { header: t('col.label'), type: 'prose', width: 40 },
      ...m.columns.map((c) => ({ header: `${c.short} (${study(c)})`, type: 'number' as const, width: 12 })),
    ],
    freezeColumns: 2,
    rowCount: m.rows.length,
    rows: () => m.rows.map((r): Cell[] => [text(r.code), prose(r.label, 'en'), ...m.columns.map((c): Cell => ({ t: 'number', v: r.cells[c.instrument]?.length ?? 0 }))]),
  };
  let n = 0;
  for (const r of m.rows) for (const c of m.columns) n += r.cells[c.instrument]?.length ?? 0;
  const evidence: Table = {
    id: 'evidence',
    sheet: t('sheet.evidence'),
    caption: t('strategies.evidence'),
    columns: [
      { header: t(m.axis.kind === 'taxonomy' ? 'col.area' : 'col.part'), type: 'text', width: 14 },
      { header: t('col.strategy'), type: 'text', width: 22 },
      { header: t('col.study'), type: 'text', width: 12 },
      { header: t('col.quote'), type: 'prose', width: 80 },
      { header: t('col.via'), type: 'text', width: 14 },
      { header: t('col.note'), type: 'prose', width: 40, role: 'screen' },
      { header: t('col.ref'), type: 'id', width: 26, role: 'data' },
    ],
    freezeColumns: 2,
    rowCount: n,
    rows: function* () {
      for (const r of m.rows) for (const c of m.columns) for (const e of r.cells[c.instrument] ?? []) {
        yield [text(r.code), text(c.short), text(study(c)), prose(e.quote, 'und'), text(e.via ? t(`via.${e.via}` as MessageKey) : ''), prose(e.note, 'en'), { t: 'id', v: e.provision }];
      }
    },
  };
  return {
    kind: 'strategy-matrix',
    lang: options.lang,
    title: t('strategies.title', { axis: m.axis.title }),
    provenance: [
      { label: t('prov.rows'), value: [`${m.axis.title} (${m.axis.id})`] },
      { label: t('prov.corpus'), value: [{ kind: 'code', text: m.generated.corpus }] },
      { label: t('prov.tool'), value: [m.generated.tool] },
      { label: t('prov.generated'), value: [m.generated.date, ' ', t('prov.generatedNote')] },
    ],
    summary: [{ id: 'disclaimer', title: [t('strategies.whatItIs')], blocks: [{ kind: 'paragraph', style: 'warning', content: [t('strategies.disclaimer')] }, { kind: 'table', table: strategies }], sections: [] }],
    sections: [
      { id: 'matrix', title: [t('strategies.counts')], blocks: [{ kind: 'table', table: counts }], sections: [] },
      { id: 'evidence', title: [t('strategies.evidence')], blocks: [{ kind: 'table', table: evidence }], sections: [] },
    ],
    legend: (['subject', 'named', 'candidate'] as const).map((s) => ({ term: [{ kind: 'strong', text: t(`study.${s}` as MessageKey) }], meaning: t(`study.meaning.${s}` as MessageKey) })),
    data: [],
    meta: { tool: m.generated.tool, corpus: m.generated.corpus, date: m.generated.date, paper: options.paper ?? 'a4' },
  };
}

const quoted = (w: Words, s: string) => (w.lang === 'es' ? `«${s}»` : `“${s}”`);

function eventText(w: Words, e: TreatyEventView): string {
  const name = e.instrument === 'coe-ets-185' ? 'ETS 185' : e.instrument === 'coe-ets-189' ? 'ETS 189' : e.instrument === 'coe-cets-224' ? 'CETS 224' : e.instrument;
  return `${name}: ${w.t(`event.${e.type}` as MessageKey)}${e.date ? ` ${e.date}` : ''}`;
}
