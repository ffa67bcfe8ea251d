import { describe, expect, it } from 'vitest';
import { documentFromText } from './load.ts';
import { process as runPipeline } from './pipeline.ts';
import type { Statement } from './schema.ts';
import { STATEMENT_COLUMNS, StatementSchema, statementJson } from './schema.ts';

/** What the line was before: the fields copied into an object in column order, then stringified. */
const viaObject = (s: Statement) => JSON.stringify(Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, s[c]])));

describe('an extracted statement as a JSON line', () => {
  it('is what stringifying its fields in column order writes', async () => {
    const text = 'Năm 2024, thu nhập bình quân đầu người ước đạt 62 triệu đồng/người/năm, đạt 95% chỉ tiêu Nghị quyết "về đích".\n'
      + 'Tỷ lệ hộ nghèo giảm xuống còn 0,6%; có 22/55 chỉ tiêu đạt và vượt kế hoạch.';
    const doc = runPipeline(await documentFromText(text));
    expect(doc.statements.length).toBeGreaterThan(2);
    for (const s of doc.statements) {
      expect(statementJson(s)).toBe(viaObject(s));
      expect(Object.keys(JSON.parse(statementJson(s)))).toEqual(STATEMENT_COLUMNS.filter((c) => s[c] !== undefined));
    }
  });

  it('parses into the columns, in their order (what lets the line skip a property list)', () => {
    expect(Object.keys(StatementSchema.shape)).toEqual([...STATEMENT_COLUMNS]);
  });

  it('leaves an undefined field out, keeps a null one, and escapes what JSON escapes', () => {
    const s = { doc: 'a "b"\u2028.txt', kind: 'value', value: null, quote: '\\', notes: ['x\ny'] } as unknown as Statement;
    expect(statementJson(s)).toBe(viaObject(s));
    expect(statementJson({} as Statement)).toBe('{}');
  });
});
