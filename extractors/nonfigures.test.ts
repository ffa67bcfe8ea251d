import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../test/linear.ts';
import { documentFromBytes, documentFromText } from '../pipeline/load.ts';
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
  it('is linear on bullet zeros, each after a long line', { timeout: 60_000 }, () => {
    const unit = `${'đạt 0 Tỉnh '.repeat(40)}\n0 Tỉnh\n  0 Huyện\n`;
    const small = unit.repeat(1 << 8), text = unit.repeat(10 << 8);
    expectLinear((scale) => { const s = scale === 1 ? small : text; dropNonFigures(s, findQuantities(s)); });
  });
  it('is linear on rule words without clause marks', { timeout: 60_000 }, () => {
    const small = 'trường hợp thì điểm '.repeat(1 << 13), text = 'trường hợp thì điểm '.repeat(10 << 13);
    expectLinear((scale) => { const s = scale === 1 ? small : text; dropNonFigures(s, findQuantities(s)); });
  });
});

describe('headlines and captions that repeat the body', () => {
  const page = async (body: string) => runPipeline(await documentFromBytes(Buffer.from(
    `<html><head><title>Tin tỉnh</title></head><body><article>${body}</article></body></html>`), 'page.html')).statements;
  it('keeps the body figure, not the headline that repeats it', async () => {
    const found = await page('<h1>Thu ngân sách đạt 5.000 tỷ đồng</h1><p>Năm nay, thu ngân sách toàn tỉnh đạt 5.000 tỷ đồng, tăng 10% so với năm trước.</p>');
    expect(found.filter((s) => s.value === 5e12).map((s) => s.quote)).toEqual(['thu ngân sách toàn tỉnh đạt 5.000 tỷ đồng']);
  });
  it('drops a caption line that repeats a body figure', async () => {
    const found = await page('<p>Năm nay, tổng vốn đầu tư toàn xã hội đạt 7.800 tỷ đồng, tăng mạnh so với năm trước.</p><p>Tổng vốn đầu tư toàn xã hội đạt 7.800 tỷ đồng</p><p>Tỉnh sẽ tiếp tục thu hút đầu tư.</p>');
    expect(found.filter((s) => s.value === 7.8e12)).toHaveLength(1);
  });
  it('keeps a headline figure the body does not repeat', async () => {
    const found = await page('<h1>Kim ngạch xuất khẩu đạt 2 tỷ USD</h1><p>Năm nay tỉnh có thêm nhiều doanh nghiệp mới.</p>');
    expect(found.map((s) => s.value)).toContain(2e9);
  });
});
