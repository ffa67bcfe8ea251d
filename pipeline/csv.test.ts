import { describe, expect, it } from 'vitest';
import { expectLinear } from '../test/linear.ts';
import cases from './csv.cases.json' with { type: 'json' };
import { csvField, csvRow, parseCsv } from './csv.ts';

describe('csv', () => {
  it.each(cases.fields)('writes $value as $csv', ({ value, csv }) => {
    expect(csvField(value)).toBe(csv);
  });

  it('round-trips records of awkward strings, CRLF between records', () => {
    const rows = [
      // (text that looks like a formula comes back with its ' in front: see the cases)
      cases.fields.filter((c) => !String(c.csv).replace(/^"/, '').startsWith("'")).map((c) => (c.value === null ? '' : String(c.value))),
      ['', '', ''],
      ['a', '"', ',', '\n\n'],
    ];
    const text = rows.map(csvRow).join('');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('never starts a cell with = or @, whatever the text', () => {
    const hostile = ['=1+1', '@SUM(A1:A9)', '=HYPERLINK("http://x","y")', '+cmd', '-2+3', '\t=x', '\r=x'];
    for (const cell of parseCsv(csvRow(hostile))[0]) expect(cell).toMatch(/^'/);
  });

  it('reads LF-only files and a last record without a line end', () => {
    expect(parseCsv('a,b\n1,"x\ny"\n2,3')).toEqual([['a', 'b'], ['1', 'x\ny'], ['2', '3']]);
  });

  it.each(cases.broken)('rejects broken quoting: %j', (text) => {
    expect(() => parseCsv(text)).toThrow(/CSV/);
  });

  it('parses 5 MB of quotes and commas in linear time', { timeout: 60_000 }, () => {
    const at = (n: number) => csvRow(['"'.repeat(n), ','.repeat(n), 'x'.repeat(n)]).repeat(2);
    const small = at(100_000), big = at(1_000_000);
    expectLinear((scale) => parseCsv(scale === 1 ? small : big));
    expect(parseCsv(big)[1][0]).toHaveLength(1_000_000);
  });
});
