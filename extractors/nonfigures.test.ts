import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../test/linear.ts';
import { documentFromText } from '../pipeline/load.ts';
import { process as runPipeline } from '../pipeline/pipeline.ts';
import { findQuantities } from './numbers.ts';
import { dropNonFigures } from './nonfigures.ts';

interface Case { text: string; figures: number[]; rule: string; note?: string }
const cases: Case[] = JSON.parse(readFileSync(new URL('./nonfigures.cases.json', import.meta.url), 'utf8'));

describe('what is not a figure: cases in nonfigures.cases.json', () => {
  it('has positive and negative cases for every rule', () => {
    for (const rule of new Set(cases.map((c) => c.rule))) {
      const mine = cases.filter((c) => c.rule === rule);
      // a positive case drops something, a negative one keeps every quantity found
      expect(mine.some((c) => findQuantities(c.text).length > c.figures.length), rule).toBe(true);
      expect(mine.some((c) => findQuantities(c.text).length === c.figures.length), rule).toBe(true);
    }
  });
  for (const c of cases) {
    it(`${c.rule}: ${c.text}`, () => {
      expect(dropNonFigures(c.text, findQuantities(c.text)).map((q) => q.value)).toEqual(c.figures);
    });
  }
});

describe('what is not a figure: through the pipeline', () => {
  const statementsOf = (text: string) => runPipeline(documentFromText(text, 'case.txt')).statements;
  it('reports no statement from a scoring rule, only the figure before it', () => {
    const found = statementsOf('Tỷ lệ hồ sơ trực tuyến đạt 78,6% (trường hợp đạt dưới 80% thì tiêu chí này đạt 0 điểm).');
    expect(found.map((s) => s.value)).toEqual([78.6]);
  });
  it('reports nothing from the bounds of a band', () => {
    expect(statementsOf('Số đơn vị tự bảo đảm từ 10% đến dưới 30% chi thường xuyên').map((s) => s.quote)).toEqual([]);
  });
  it('is linear on rule words without clause marks', { timeout: 60_000 }, () => {
    const small = 'trường hợp thì điểm '.repeat(1 << 13), text = 'trường hợp thì điểm '.repeat(10 << 13);
    expectLinear((scale) => { const s = scale === 1 ? small : text; dropNonFigures(s, findQuantities(s)); });
  });
});
