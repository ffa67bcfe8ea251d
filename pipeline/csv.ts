// CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a quote,
// CR or LF (or starts/ends with a space, so spreadsheet tools keep it), quotes doubled inside.
// `null` is an empty field; readers cannot tell it from an empty string.
// Text a spreadsheet would run as a formula (OWASP: a cell starting =, +, -, @, tab or CR that is
// not a number) gets a leading ' so it is shown as text: "=HYPERLINK(…)" stays inert.

export type CsvValue = string | number | boolean | null | undefined;

/** True for text a spreadsheet would take as a formula. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s) && !(s.trim() !== '' && Number.isFinite(Number(s)));
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && looksLikeFormula(s)) s = `'${s}`;
  return /[",\r\n]|^ | $/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** What starts a CSV file for spreadsheet programs: the BOM tells them it is UTF-8. */
export const CSV_BOM = '\ufeff';

/** One record with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Parses RFC 4180 text (CRLF or LF line ends, a leading BOM skipped) into records of strings. Throws on a broken quote. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
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
