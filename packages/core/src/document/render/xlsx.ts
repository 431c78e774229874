/**
 * A document as a workbook that reads well when opened: a Summary sheet (title block and the
 * statuses by chapter), then a sheet per table (matrix, findings, texts, sources, method) and the
 * legend. Every table sheet: bold header row, frozen header and first columns, autofilter, widths
 * that fit, wrapped list and prose columns, status cells filled by status with the word and symbol
 * kept (it reads without colour), numbers as numbers; printed landscape, fit to the page width,
 * the header row repeated on every page.
 *
 * The project writes the SpreadsheetML itself (SheetJS's community build writes no styles): every
 * text is an inline string cell, never a formula, so `=HYPERLINK(…)` in the corpus stays text;
 * only http(s) addresses become links. Rows are written as they are made and deflated as they
 * come (../../export/zip.ts), so a 200-country workbook is never held as cells, XML and zip at once.
 * Same input, same bytes: the properties and every zip time come from the document's date.
 */
import type { Status } from '../../assess/types.js';
import { STATUSES } from '../../assess/types.js';
import { writeZip, type ZipEntry } from '../../export/zip.js';
import { translator, type Lang } from '../../i18n/translate.js';
import { cellText, plain } from '../plain.js';
import { isWebUrl } from '../safe.js';
import { STATUS_COLOURS } from './html.js';
import { wrappedLines } from './metrics.js';
import { tablesOf } from './csv.js';
import type { Cell, Column, Doc, Table } from '../types.js';

export interface XlsxOptions {
  /** Deflate the zip entries (default true). */
  compression?: boolean | undefined;
}

/** Excel refuses cells longer than this; longer texts are cut with a note (the html and json reports hold them whole). */
export const MAX_CELL = 32_767;

// Cell styles (cellXfs), by index.
const S = { plain: 0, header: 1, text: 2, wrap: 3, number: 4, id: 5, link: 6, title: 7, label: 8, status: 9 } as const;
const statusStyle = (s: Status) => S.status + STATUSES.indexOf(s);
const FONT_OF_STATUS = 5;

function stylesXml(): string {
  const fills = STATUSES.map((s) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${STATUS_COLOURS[s].fill.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`).join('');
  const statusXfs = STATUSES.map((_, i) => `<xf numFmtId="0" fontId="${FONT_OF_STATUS}" fillId="${3 + i}" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="6"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="14"/><name val="Arial"/><family val="2"/></font><font><sz val="8"/><color rgb="FF555555"/><name val="Arial"/><family val="2"/></font><font><u/><sz val="10"/><color rgb="FF0645AD"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>' +
    `<fills count="${3 + STATUSES.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDDDDD"/><bgColor indexed="64"/></patternFill></fill>${fills}</fills>` +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FF999999"/></left><right style="thin"><color rgb="FF999999"/></right><top style="thin"><color rgb="FF999999"/></top><bottom style="thin"><color rgb="FF999999"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${S.status + STATUSES.length}">` +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
    '<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    statusXfs +
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

const SPECIAL = /[&<>"\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeXml(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000b-\u001f\uFFFE-\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(((n - 1) % 26) + 65) + s;
  return s;
}

interface Sheet {
  name: string;
  /** Rows of the sheet as XML chunks. */
  xml: () => Iterable<string>;
  links: { ref: string; href: string }[];
  /** Rows repeated at the top of each printed page. */
  printTitles?: string | undefined;
  /** What prints: the table without the columns kept for programs (ids, the full chapter path). */
  printArea?: string | undefined;
}

export async function renderXlsx(doc: Doc, options: XlsxOptions = {}): Promise<Uint8Array> {
  const tr = translator(doc.lang as Lang);
  const cut = ` … [${tr.t('xlsx.cut')}]`;
  const clip = (s: string) => (s.length > MAX_CELL ? s.slice(0, MAX_CELL - cut.length) + cut : s);
  const date = new Date(`${doc.meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`document date must be YYYY-MM-DD, got "${doc.meta.date}"`);

  const sheets: Sheet[] = [];
  const used = new Set<string>();
  const sheetName = (name: string) => {
    let n = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(n.toLowerCase()); i++) n = `${name.slice(0, 28)} ${i}`;
    used.add(n.toLowerCase());
    return n;
  };
  const summaryTable = tablesOf(doc).find((t) => t.id === 'summary');
  sheets.push(summarySheet(doc, sheetName(tr.t('sheet.summary')), summaryTable, clip));
  for (const t of tablesOf(doc)) if (t.sheet) sheets.push(tableSheet(t, sheetName(t.sheet), clip, doc.meta.paper));
  const legend: Table = {
    id: 'legend',
    columns: [
      { header: tr.t('col.term'), type: 'text', width: 30 },
      { header: tr.t('col.meaning'), type: 'prose', width: 100 },
    ],
    freezeColumns: 1,
    rowCount: doc.legend.length,
    rows: () => doc.legend.map((l) => [l.term.length === 1 && typeof l.term[0] === 'object' && l.term[0].kind === 'status' ? { t: 'status', status: l.term[0].status, text: l.term[0].text } : { t: 'text', v: plain(l.term) }, { t: 'prose', v: l.meaning }] as Cell[]),
  };
  sheets.push(tableSheet(legend, sheetName(tr.t('section.legend')), clip, doc.meta.paper));

  const entries: ZipEntry[] = [
    { path: '[Content_Types].xml', content: [contentTypes(sheets.length)] },
    { path: '_rels/.rels', content: [ROOT_RELS] },
    { path: 'docProps/app.xml', content: [appXml(sheets.map((s) => s.name))] },
    { path: 'docProps/core.xml', content: [coreXml(doc)] },
    { path: 'xl/workbook.xml', content: [workbookXml(sheets)] },
    { path: 'xl/_rels/workbook.xml.rels', content: [workbookRels(sheets.length)] },
    { path: 'xl/styles.xml', content: [stylesXml()] },
  ];
  sheets.forEach((s, i) => {
    entries.push({ path: `xl/worksheets/sheet${i + 1}.xml`, content: s.xml() });
    // A sheet's links are known once its rows are written: its relationships entry comes after it.
    entries.push({ path: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, content: { *[Symbol.iterator]() { yield sheetRels(s.links); } } });
  });
  return writeZip(entries, date, { compress: options.compression });
}

/** `data`: a column for programs (an id, a full path): one line, never wrapped, whatever its type. */
function cellXml(c: Cell, ref: string, clip: (s: string) => string, links: Sheet['links'], data = false): string {
  const str = (s: string, style: number) => (s ? `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(clip(s))}</t></is></c>` : '');
  switch (c.t) {
    case 'number':
      if (!Number.isFinite(c.v)) throw new TypeError(`cell ${ref}: ${c.v} is not a finite number`);
      return `<c r="${ref}" s="${S.number}"><v>${c.v}</v></c>`;
    case 'status':
      return str(c.text, statusStyle(c.status));
    case 'text':
      return str(c.v, S.text);
    case 'prose':
      return str(c.v, data ? S.text : S.wrap);
    case 'id':
      return str(c.v, S.id);
    case 'cites':
    case 'list':
      return str(cellText(c), S.wrap);
    case 'link':
      if (isWebUrl(c.href)) links.push({ ref, href: c.href });
      return str(c.text, isWebUrl(c.href) ? S.link : S.wrap);
    case 'empty':
      return '';
  }
}

/**
 * Width that fits: the content's longest line, between the header's words and the column's given
 * width. A short text column, which does not wrap, grows a little past its given width rather than cut a word.
 */
function widths(t: Table, sample: readonly Cell[][] | undefined): number[] {
  return t.columns.map((col: Column, i) => {
    const header = Math.max(...col.header.split(/\s+/).map((x) => x.length)) + 2;
    if (!sample) return Math.max(col.width, header);
    let longest = 0;
    for (const row of sample) {
      const c = row[i];
      if (!c) continue;
      for (const line of cellText(c).split('\n')) longest = Math.max(longest, line.length);
    }
    const most = col.type === 'text' && col.role !== 'data' ? col.width + 10 : col.width;
    return Math.max(Math.min(most, longest + 2), Math.min(header, col.width + 4), 6);
  });
}

const WRAPPED = new Set(['prose', 'cites', 'list', 'link']);
const LINE = 12.2;
/** Bold letters (a status) are about a tenth wider. */
const BOLD = 1 / 1.1;

/**
 * How long a line of a column is, in thousandths of an em of Arial 10: a column width counts the
 * widths of a digit (7 px at 96 dpi) and keeps 5 px of padding (Excel's rule; LibreOffice's lines are a little longer).
 */
function lineCapacity(width: number): number {
  return Math.max(1000, ((7 * width - 5) / (96 / 72 * 10)) * 1000);
}

/**
 * A row's height from the lines its wrapped cells take at their widths: spreadsheet programs do
 * not grow a row for wrapped text on opening a file (LibreOffice, Excel), so the file says it.
 */
function rowHeight(row: readonly Cell[], widths: readonly number[], types: readonly string[]): number {
  let lines = 1;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    // Numbers, ids and the columns for programs keep to one line.
    if (c.t === 'empty' || c.t === 'number' || c.t === 'id' || types[i] === 'data') continue;
    // A short text (a citation, a word) is one line: its column does not wrap.
    if (!WRAPPED.has(types[i] ?? '') && c.t !== 'status') continue;
    const n = wrappedLines(cellText(c), lineCapacity(widths[i] ?? 10) * (c.t === 'status' ? BOLD : 1));
    if (n > lines) lines = n;
  }
  return Math.min(409, Math.ceil(lines * LINE + 2));
}

function tableSheet(t: Table, name: string, clip: (s: string) => string, paper: Doc['meta']['paper']): Sheet {
  const links: Sheet['links'] = [];
  const lastCol = columnName(t.columns.length - 1);
  const lastRow = t.rowCount + 1;
  // The columns for programs (ids, hashes, full paths) come last and stay off the page.
  let printed = t.columns.length;
  while (printed > 1 && t.columns[printed - 1]!.role === 'data') printed--;
  return {
    name,
    links,
    printTitles: '$1:$1',
    printArea: `$A$1:$${columnName(printed - 1)}$${lastRow}`,
    *xml() {
      // Small tables are measured for their widths; large ones keep the widths their builder gave.
      const sample = t.rowCount <= 2000 ? [...t.rows()] : undefined;
      const fit = widths(t, sample);
      const types = t.columns.map((c) => (c.role === 'data' ? 'data' : c.type));
      const data = t.columns.map((c) => c.role === 'data');
      const cols = fit.map((wch, i) => `<col min="${i + 1}" max="${i + 1}" width="${wch}" customWidth="1"/>`).join('');
      const freeze = columnName(t.freezeColumns) + '2';
      yield sheetHead(`A1:${lastCol}${lastRow}`, `<pane xSplit="${t.freezeColumns}" ySplit="1" topLeftCell="${freeze}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${freeze}" sqref="${freeze}"/>`, cols);
      const header = rowHeight(t.columns.map((c) => ({ t: 'prose', v: c.header })), fit, t.columns.map(() => 'prose'));
      yield `<row r="1" ht="${header}" customHeight="1">${t.columns.map((c, i) => `<c r="${columnName(i)}1" s="${S.header}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.header)}</t></is></c>`).join('')}</row>`;
      const names: string[] = [];
      let parts: string[] = [];
      let length = 0;
      let n = 2;
      for (const row of sample ?? t.rows()) {
        const r = String(n++);
        let cells = '';
        for (let c = 0; c < row.length; c++) cells += cellXml(row[c]!, (names[c] ??= columnName(c)) + r, clip, links, data[c]);
        const xml = `<row r="${r}" ht="${rowHeight(row, fit, types)}" customHeight="1">${cells}</row>`;
        parts.push(xml);
        length += xml.length;
        if (length >= 1 << 16) {
          yield parts.join('');
          parts = [];
          length = 0;
        }
      }
      if (parts.length) yield parts.join('');
      yield sheetTail(`A1:${lastCol}${lastRow}`, links, paper);
    },
  };
}

function summarySheet(doc: Doc, name: string, table: Table | undefined, clip: (s: string) => string): Sheet {
  const paper = doc.meta.paper;
  const links: Sheet['links'] = [];
  const width = Math.max(2, table?.columns.length ?? 2);
  return {
    name,
    links,
    *xml() {
      const cols = [30, 90].concat(Array(Math.max(0, width - 2)).fill(12)).map((wch, i) => `<col min="${i + 1}" max="${i + 1}" width="${wch}" customWidth="1"/>`).join('');
      yield sheetHead(`A1:${columnName(width - 1)}${doc.provenance.length + (table?.rowCount ?? 0) + 6}`, '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>', cols);
      let n = 1;
      const str = (ref: string, s: string, style: number) => `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(clip(s))}</t></is></c>`;
      yield `<row r="${n}">${str(`A${n}`, doc.title, S.title)}</row>`;
      n++;
      // Unwrapped, so that it runs on over the empty cells beside it.
      if (doc.subtitle) yield `<row r="${n}">${str(`A${n}`, doc.subtitle, S.plain)}</row>`;
      n++;
      for (const f of doc.provenance) {
        const ht = rowHeight([{ t: 'prose', v: f.label }, { t: 'prose', v: plain(f.value) }], [30, 90], ['prose', 'prose']);
        yield `<row r="${n}" ht="${ht}" customHeight="1">${str(`A${n}`, f.label, S.label)}${str(`B${n}`, plain(f.value), S.wrap)}</row>`;
        n++;
      }
      if (table) {
        n++;
        if (table.caption) yield `<row r="${n}">${str(`A${n}`, table.caption, S.label)}</row>`;
        n++;
        const summaryWidths = [30, 90, ...table.columns.slice(2).map(() => 12)];
        yield `<row r="${n}" ht="${rowHeight(table.columns.map((c) => ({ t: 'prose', v: c.header })), summaryWidths, table.columns.map(() => 'prose'))}" customHeight="1">${table.columns.map((c, i) => str(`${columnName(i)}${n}`, c.header, S.header)).join('')}</row>`;
        n++;
        for (const row of table.rows()) {
          yield `<row r="${n}" ht="${rowHeight(row, summaryWidths, table.columns.map((c) => c.type))}" customHeight="1">${row.map((c, i) => cellXml(c, `${columnName(i)}${n}`, clip, links)).join('')}</row>`;
          n++;
        }
      }
      yield sheetTail(undefined, links, paper);
    },
  };
}

function sheetHead(dimension: string, pane: string, cols: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="13"/>' +
    `<cols>${cols}</cols><sheetData>`
  );
}

function sheetTail(filter: string | undefined, links: Sheet['links'], paper: Doc['meta']['paper']): string {
  const hyperlinks = links.length ? `<hyperlinks>${links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="rId${i + 1}"/>`).join('')}</hyperlinks>` : '';
  return (
    '</sheetData>' +
    (filter ? `<autoFilter ref="${filter}"/>` : '') +
    hyperlinks +
    '<printOptions gridLines="1"/><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${paper === 'letter' ? 1 : 9}" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    '</worksheet>'
  );
}

function sheetRels(links: Sheet['links']): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    links.map((l, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(l.href)}" TargetMode="External"/>`).join('') +
    '</Relationships>'
  );
}

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

function contentTypes(n: number): string {
  let sheets = '';
  for (let i = 1; i <= n; i++) sheets += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

function workbookXml(sheets: Sheet[]): string {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  // Excel wants the defined names in order: _xlnm.Print_Area before _xlnm.Print_Titles.
  const names = [
    ...sheets.flatMap((s, i) => (s.printArea ? [`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeXml(quoted(s.name))}!${s.printArea}</definedName>`] : [])),
    ...sheets.flatMap((s, i) => (s.printTitles ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoted(s.name))}!${s.printTitles}</definedName>`] : [])),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<bookViews><workbookView/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets>' +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

function workbookRels(n: number): string {
  let rels = '';
  for (let i = 1; i <= n; i++) rels += `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

function appXml(names: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>lexharmony</Application><TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`
  );
}

function coreXml(doc: Doc): string {
  const at = `${doc.meta.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.title)}</dc:title><dc:subject>${escapeXml(doc.meta.corpus)}</dc:subject><dc:creator>${escapeXml(doc.meta.tool)}</dc:creator><dc:language>${escapeXml(doc.lang)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}
