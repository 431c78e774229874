import { treatyLine } from './summary.js';
import { csvField } from './text.js';
import type { StrategyMatrix } from './types.js';

export interface StrategyCsvOptions {
  /** `evidence` (default): one record per quoted link; `strategies`: one record per strategy. */
  table?: 'evidence' | 'strategies' | undefined;
  /** Start with a UTF-8 byte-order mark (default true), so that spreadsheets read accents right. */
  bom?: boolean | undefined;
}

/** CSV (RFC 4180, CRLF), every text field formula-neutralised. */
export function renderCsv(m: StrategyMatrix, options: StrategyCsvOptions = {}): string {
  const records: (string | number)[][] = [];
  if (options.table === 'strategies') {
    records.push(['instrument', 'title', 'study', 'study_evidence', 'country', 'jurisdiction', 'year', 'version', 'url', 'provisions', 'links', 'treaty_events', 'treaty_at_adoption', 'on_reference']);
    for (const c of m.columns) {
      records.push([c.instrument, c.title, c.study, c.evidence, c.country, c.jurisdiction, c.year ?? '', c.version, c.url, c.provisions, c.links, treatyLine(c.treaty), c.treatyAtAdoption, c.onReference.map((e) => `${e.provision}: ${e.quote}`).join(' | ')]);
    }
  } else {
    records.push(['row', 'row_label', 'instrument', 'study', 'country', 'year', 'provision', 'heading', 'via', 'quote', 'areas', 'targets', 'note']);
    for (const r of m.rows) {
      for (const c of m.columns) {
        for (const e of r.cells[c.instrument] ?? []) {
          records.push([r.ref, r.label, c.instrument, c.study, c.country, c.year ?? '', e.provision, e.heading ?? '', e.via ?? '', e.quote, e.areas.join(' '), e.targets.join(' '), e.note ?? '']);
        }
      }
    }
  }
  const body = records.map((rec) => rec.map(csvField).join(',') + '\r\n').join('');
  return (options.bom === false ? '' : '\uFEFF') + body;
}
