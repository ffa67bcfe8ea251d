// CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a quote,
// CR or LF (or starts/ends with a space, so spreadsheet tools keep it), quotes doubled inside.
// `null` is an empty field; readers cannot tell it from an empty string.

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]|^ | $/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Parses RFC 4180 text (CRLF or LF line ends) into records of strings. Throws on a broken quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quotedField = false;
  const endField = () => { row.push(field); field = ''; quotedField = false; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '' && !quotedField) {
      // a quoted field: read up to the closing quote, "" standing for one quote
      quotedField = true;
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new Error(`CSV: unclosed quote in record ${rows.length + 1}`);
        field += text.slice(i, close);
        if (text[close + 1] === '"') { field += '"'; i = close + 2; } else { i = close + 1; break; }
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: text after a closing quote in record ${rows.length + 1}`);
      }
    } else if (c === ',') { endField(); i++; }
    else if (c === '\r' && text[i + 1] === '\n') { endRow(); i += 2; }
    else if (c === '\n') { endRow(); i++; }
    else { field += c; i++; }
  }
  if (field !== '' || quotedField || row.length > 0) endRow();
  return rows;
}
