/**
 * RFC 4180 records, to check what a spreadsheet would see. With `crlf`, every record must end with
 * CRLF (what the project's csv writer promises); without, LF or CR line ends are taken too (LibreOffice's output).
 */
export function parseCsv(text: string, { crlf = false }: { crlf?: boolean } = {}): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRecord = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') endRecord(), i++;
    else if (!crlf && (c === '\n' || c === '\r')) endRecord();
    else cell += c;
  }
  if (cell || row.length) {
    if (crlf) throw new Error('last record not ended by CRLF');
    endRecord();
  }
  return rows;
}
