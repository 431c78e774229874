/**
 * A document as a Word file, through the `docx` package (pure JavaScript, no Word or LibreOffice
 * needed): real heading styles (Word builds a table of contents from them), A4 or Letter, a cover
 * with the title block, status cells shaded by status and always written as the word with its
 * symbol (it reads in black and white), quotes set apart, footnotes for notes, page numbers.
 *
 * Same input, same bytes: `docx` names some relationships with random ids and stamps the file with
 * the clock; the parts it compiles are taken before zipping, the ids renamed in order of first use
 * and the dates set from the document's date, then zipped by the project's zip writer.
 */
import type { Status } from '../../assess/types.js';
import { writeZip } from '../../export/zip.js';
import { cellText } from '../plain.js';
import { isWebUrl } from '../safe.js';
import { STATUS_COLOURS } from './html.js';
import { paperWeight } from './metrics.js';
import type { Block, Cell, Doc, Inline, Section, Table } from '../types.js';
import { translator, type Lang } from '../../i18n/translate.js';
import { importOptional } from '../../optional.js';

type Docx = typeof import('docx');

const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1000;

export async function renderDocx(doc: Doc): Promise<Uint8Array> {
  const d = await importOptional(() => import('docx'), ['docx'], 'the Word (docx) format');
  const tr = translator(doc.lang as Lang);
  const page = PAGE[doc.meta.paper];
  const width = page.width - 2 * MARGIN;
  const notes: Record<number, { children: InstanceType<Docx['Paragraph']>[] }> = {};
  const w = new DocxWriter(d, width, notes);

  const cover: InstanceType<Docx['Paragraph'] | Docx['Table']>[] = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(doc.title)] }),
  ];
  if (doc.subtitle) cover.push(new d.Paragraph({ style: 'Subtitle', children: [new d.TextRun(doc.subtitle)] }));
  cover.push(w.factsTable(doc.provenance));
  const body: InstanceType<Docx['Paragraph'] | Docx['Table']>[] = [...cover];
  for (const s of [...doc.summary, ...doc.sections]) body.push(...w.section(s, 1));
  body.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(tr.t('section.legend'))] }));
  body.push(w.factsTable(doc.legend.map((l) => ({ label: '', value: l.term, meaning: l.meaning }))));

  const file = new d.Document({
    creator: doc.meta.tool,
    title: doc.title,
    description: doc.meta.corpus,
    styles: {
      default: { document: { run: { font: 'Liberation Sans', size: 19 }, paragraph: { spacing: { after: 80, line: 260 } } } },
      paragraphStyles: [
        // Real heading styles with outline levels: Word builds its table of contents and navigation from them, LibreOffice its bookmarks.
        ...[32, 26, 22, 20].map((size, level) => ({ id: `Heading${level + 1}`, name: `Heading ${level + 1}`, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size, bold: true, color: level === 0 ? '1F3864' : '2E4A7A' }, paragraph: { outlineLevel: level, keepNext: true, spacing: { before: level === 0 ? 240 : 160, after: 80 } } })),
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 40, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 160, line: 276, lineRule: d.LineRuleType.AUTO } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 24, color: '444444' }, paragraph: { spacing: { after: 240 } } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { size: 17, color: '333333' }, paragraph: { indent: { left: 360 }, border: { left: { style: d.BorderStyle.SINGLE, size: 12, color: 'AAAAAA', space: 8 } } } },
        { id: 'Small', name: 'Small', basedOn: 'Normal', run: { size: 16, color: '444444' } },
      ],
    },
    footnotes: notes,
    sections: [
      {
        properties: { page: { size: page, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: `${doc.title} · ${doc.meta.date} · `, size: 14, color: '666666' }), new d.TextRun({ children: [d.PageNumber.CURRENT], size: 14, color: '666666' })] })] }) },
        children: body,
      },
    ],
  });
  // The compiled parts, before docx zips them (its own zip would carry the clock's time).
  const parts = (d.Packer as unknown as { compiler: { compile(f: unknown, prettify: undefined): Map<string, string | Uint8Array> } }).compiler.compile(file, undefined);
  return writeZip(deterministic(parts, doc.meta.date), new Date(`${doc.meta.date}T00:00:00Z`));
}

/** The compiled parts with docx's random relationship ids renamed in order and its clock dates set to `date`. */
function deterministic(parts: Map<string, string | Uint8Array>, date: string): { path: string; content: (string | Uint8Array)[] }[] {
  const names = [...parts.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  const ids = new Map<string, string>();
  // nanoid's 21 characters, lower-cased by docx, bare or after "rId".
  const rename = (xml: string) =>
    xml.replace(/"(?:rId)?([a-z0-9_-]{21})"/g, (_m, id: string) => {
      let to = ids.get(id);
      if (!to) ids.set(id, (to = `rIdLx${ids.size + 1}`));
      return `"${to}"`;
    });
  return names.map((path) => {
    let data = parts.get(path)!;
    if (typeof data === 'string') {
      data = rename(data);
      if (path === 'docProps/core.xml') data = data.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, `${date}T00:00:00Z`);
    }
    return { path, content: [data] };
  });
}

class DocxWriter {
  private noteId = 1;
  constructor(
    private readonly d: Docx,
    private readonly width: number,
    private readonly notes: Record<number, { children: InstanceType<Docx['Paragraph']>[] }>,
  ) {}

  section(s: Section, level: number): InstanceType<Docx['Paragraph'] | Docx['Table']>[] {
    const d = this.d;
    const headings = [d.HeadingLevel.HEADING_1, d.HeadingLevel.HEADING_2, d.HeadingLevel.HEADING_3, d.HeadingLevel.HEADING_4];
    const out: InstanceType<Docx['Paragraph'] | Docx['Table']>[] = [new d.Paragraph({ heading: headings[Math.min(level, 4) - 1], pageBreakBefore: Boolean(s.pageBreak), keepNext: true, children: this.runs(s.title) })];
    for (const b of s.blocks) out.push(...this.block(b));
    for (const sub of s.sections) out.push(...this.section(sub, level + 1));
    return out;
  }

  block(b: Block): InstanceType<Docx['Paragraph'] | Docx['Table']>[] {
    const d = this.d;
    switch (b.kind) {
      case 'paragraph':
        return [new d.Paragraph({ style: b.style === 'small' ? 'Small' : undefined, children: this.runs(b.content) })];
      case 'list':
        return b.items.map((i) => new d.Paragraph({ bullet: { level: 0 }, children: this.runs(i) }));
      case 'quote': {
        const out: InstanceType<Docx['Paragraph']>[] = [];
        if (b.label) out.push(new d.Paragraph({ style: 'Small', keepNext: true, children: [new d.TextRun({ text: b.label, italics: true })] }));
        const paras = b.text.split(/\n\s*\n/);
        // The source ends the quote's last paragraph (“… — CPF, art. 62”): a line of its own for a short citation would double the quote's height.
        paras.forEach((p, i) => {
          const source = b.source && i === paras.length - 1 ? [new d.TextRun(' — '), ...this.runs(b.source)] : [];
          out.push(new d.Paragraph({ style: 'Quote', keepNext: i < paras.length - 1, children: [...p.split('\n').flatMap((line, j) => [...(j ? [new d.TextRun({ break: 1 })] : []), new d.TextRun(line)]), ...source] }));
        });
        return out;
      }
      case 'facts':
        return [this.factsTable(b.items)];
      case 'table':
        return [this.table(b.table), new d.Paragraph({ children: [] })];
    }
  }

  /** Two columns, label and value (the title block, the legend). */
  factsTable(items: { label: string; value: Inline[]; meaning?: string }[]): InstanceType<Docx['Table']> {
    const d = this.d;
    const first = Math.round(this.width * 0.28);
    const rows = items.map(
      (f) =>
        new d.TableRow({
          cantSplit: true,
          children: [
            new d.TableCell({ width: { size: first, type: d.WidthType.DXA }, children: [new d.Paragraph({ children: f.meaning !== undefined ? this.runs(f.value) : [new d.TextRun({ text: f.label, bold: true })] })] }),
            new d.TableCell({ width: { size: this.width - first, type: d.WidthType.DXA }, children: [new d.Paragraph({ children: f.meaning !== undefined ? [new d.TextRun(f.meaning)] : this.runs(f.value) })] }),
          ],
        }),
    );
    return new d.Table({ width: { size: this.width, type: d.WidthType.DXA }, columnWidths: [first, this.width - first], rows });
  }

  table(t: Table): InstanceType<Docx['Table']> {
    const d = this.d;
    // Word is read on paper: the columns for screens and programs (ids, full paths, the reasons said again below) stay in the workbook.
    const keep = t.columns.map((c) => c.role === undefined);
    const cols = t.columns.filter((_, i) => keep[i]);
    const total = cols.reduce((n, c) => n + paperWeight(c), 0);
    const widths = cols.map((c) => Math.floor((this.width * paperWeight(c)) / total));
    const size = t.compact || cols.length > 5 ? 15 : 17;
    const header = new d.TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c, i) => new d.TableCell({ width: { size: widths[i]!, type: d.WidthType.DXA }, shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'DDDDDD' }, children: [new d.Paragraph({ spacing: { after: 0, line: 240 }, children: [new d.TextRun({ text: c.header, bold: true, size })] })] })) });
    const rows = [header];
    for (const row of t.rows()) {
      const cells = row.filter((_, i) => keep[i]);
      rows.push(new d.TableRow({ cantSplit: true, children: cells.map((c, i) => this.cell(c, widths[i]!, size)) }));
    }
    return new d.Table({ width: { size: this.width, type: d.WidthType.DXA }, columnWidths: widths, rows });
  }

  cell(c: Cell, width: number, size: number): InstanceType<Docx['TableCell']> {
    const d = this.d;
    const shading = c.t === 'status' ? { type: d.ShadingType.CLEAR, color: 'auto', fill: STATUS_COLOURS[c.status as Status].fill.slice(1) } : undefined;
    // A citation in a list breaks only after its commas ("CPF, art. 211 Bis 1, párrafo segundo"), never inside "art. 211 Bis 1".
    const lines = (c.t === 'cites' && !c.lines ? c.items.map((i) => i.text.replace(/(?<!,) /g, '\u00a0')).join('; ') : cellText(c)).split('\n');
    const paragraphs = lines.map((line) => new d.Paragraph({ spacing: { after: 0, line: 240 }, alignment: c.t === 'number' ? d.AlignmentType.RIGHT : undefined, children: [c.t === 'link' && isWebUrl(c.href) ? new d.ExternalHyperlink({ link: c.href, children: [new d.TextRun({ text: line, size, style: 'Hyperlink' })] }) : new d.TextRun({ text: line, size, bold: c.t === 'status' })] }));
    return new d.TableCell({ width: { size: width, type: d.WidthType.DXA }, shading, children: paragraphs });
  }

  runs(content: readonly Inline[]): (InstanceType<Docx['TextRun']> | InstanceType<Docx['ExternalHyperlink']> | InstanceType<Docx['FootnoteReferenceRun']>)[] {
    const d = this.d;
    return content.map((x) => {
      if (typeof x === 'string') return new d.TextRun(x);
      switch (x.kind) {
        case 'strong':
          return new d.TextRun({ text: x.text, bold: true });
        case 'em':
          return new d.TextRun({ text: x.text, italics: true });
        case 'status':
          return new d.TextRun({ text: ` ${x.text} `, bold: true, shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: STATUS_COLOURS[x.status].fill.slice(1) } });
        case 'cite':
          return new d.TextRun({ text: x.text, bold: false, italics: false });
        case 'link':
          return isWebUrl(x.href) ? new d.ExternalHyperlink({ link: x.href, children: [new d.TextRun({ text: x.text, style: 'Hyperlink' })] }) : new d.TextRun(x.text);
        case 'lang':
          return new d.TextRun({ text: x.label ? `${x.text} [${x.label}]` : x.text, language: { value: x.lang } });
        case 'code':
          return new d.TextRun({ text: x.text, font: 'Liberation Mono', size: 16 });
        case 'stale':
          return new d.TextRun({ text: ` ${x.text} `, bold: true, border: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } });
        case 'note': {
          const id = this.noteId++;
          this.notes[id] = { children: [new d.Paragraph({ children: this.runs(x.content) as InstanceType<Docx['TextRun']>[] })] };
          return new d.FootnoteReferenceRun(id);
        }
      }
    });
  }
}
