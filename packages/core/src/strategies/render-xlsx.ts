import type { CellObject, WorkSheet } from '@e965/xlsx';
import { packZip } from '../export/zip.js';
import { treatyLine } from './summary.js';
import { safeUrl } from './text.js';
import type { StrategyMatrix } from './types.js';

/**
 * The workbook: sheets Strategies, Matrix (link counts), Evidence (one row per quote) and Legend,
 * each with an autofilter and column widths. Every text is a string cell (never a formula), links
 * only to http(s) URLs; the study status (subject/named/candidate) is a word in every sheet.
 * Same input, same bytes: the workbook properties and every zip entry's time come from `generated.date`
 * (the export module's `packZip`, which also deflates the entries).
 */
export async function renderXlsx(m: StrategyMatrix): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const enc = XLSX.utils.encode_range;
  const wb = XLSX.utils.book_new();
  const strategies: CellObject[][] = [
    ['#', 'Instrument', 'Title', 'Study', 'Study evidence', 'Country', 'Year', 'Treaty events', 'At adoption', 'What it says about the Convention', 'Links', 'Source'].map(s),
    ...m.columns.map((c, i) => [n(i + 1), s(c.instrument), s(c.title), s(c.study), s(c.evidence), s(c.country), c.year === undefined ? s('') : n(c.year), s(treatyLine(c.treaty)), s(c.treatyAtAdoption), s(c.onReference.map((e) => `“${e.quote}” (${e.provision})`).join('\n')), n(c.links), url(c.url)]),
  ];
  const matrix: CellObject[][] = [
    [s(m.axis.kind === 'taxonomy' ? 'Area' : 'Part'), s('Label'), ...m.columns.map((c) => s(`${c.short} [${c.study}]`))],
    ...m.rows.map((r) => [s(r.code), s(r.label), ...m.columns.map((c) => n(r.cells[c.instrument]?.length ?? 0))]),
  ];
  const evidence: CellObject[][] = [['Row', 'Row label', 'Instrument', 'Study', 'Country', 'Provision', 'Via', 'Quote', 'Areas', 'Targets', 'Note'].map(s)];
  for (const r of m.rows) for (const c of m.columns) for (const e of r.cells[c.instrument] ?? []) {
    evidence.push([s(r.code), s(r.label), s(c.instrument), s(c.study), s(c.country), s(e.provision), s(e.via ?? ''), s(e.quote), s(e.areas.join(' ')), s(e.targets.join(' ')), s(e.note ?? '')]);
  }
  const legend: CellObject[][] = [[s('Study'), s('Meaning')], ...m.legend.map((l) => [s(l.status), s(l.meaning)]), [], [s('Note'), s(m.disclaimer)]];
  const add = (name: string, data: CellObject[][], widths: number[], filterRows = data.length) => {
    const cols = Math.max(...data.map((r) => r.length));
    const ws: WorkSheet = { '!data': data, '!ref': enc({ s: { r: 0, c: 0 }, e: { r: data.length - 1, c: cols - 1 } }) };
    ws['!autofilter'] = { ref: enc({ s: { r: 0, c: 0 }, e: { r: filterRows - 1, c: cols - 1 } }) };
    ws['!cols'] = widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, name);
  };
  add('Strategies', strategies, [4, 22, 40, 10, 50, 16, 6, 50, 40, 60, 6, 40]);
  add('Matrix', matrix, [14, 40, ...m.columns.map(() => 14)]);
  add('Evidence', evidence, [14, 30, 22, 10, 16, 34, 8, 80, 20, 30, 40]);
  add('Legend', legend, [12, 100], m.legend.length + 1);
  const date = new Date(`${m.generated.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`generated.date must be YYYY-MM-DD, got "${m.generated.date}"`);
  wb.Props = { Title: `Strategies × ${m.axis.title}`, Subject: `Corpus ${m.generated.corpus}`, Author: m.generated.tool, Company: '', CreatedDate: date, ModifiedDate: date };
  const out = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: false }) as Uint8Array;
    return packZip(out, date);
}

const MAX_CELL = 32_767;
function s(v: string): CellObject {
  return { t: 's', v: v.length > MAX_CELL ? v.slice(0, MAX_CELL - 1) + '…' : v };
}
function n(v: number): CellObject {
  return { t: 'n', v };
}
function url(u: string): CellObject {
  const c = s(u);
  const safe = safeUrl(u);
  if (safe) c.l = { Target: safe, Tooltip: safe };
  return c;
}
