// Runs the cases beside each extractor (ratio/progress/value/target/table *.cases.json) through the
// whole pipeline, as a user's document would go. A positive case names, for each record it expects,
// the rule that makes it and its quote; an `exact` case allows no other record. A negative case
// names the rules (and kinds) that must stay silent on its text. Known failures stay as `xfail`.
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../test/linear.ts';
import { documentFromText } from '../pipeline/load.ts';
import { process as runPipeline } from '../pipeline/pipeline.ts';
import type { Statement } from '../pipeline/schema.ts';
import { CASE_FILES, caseCounts, matches, silenced } from '../test/rule-cases.ts';
import { RULES } from './rules.ts';

const documentOf = (text: string, published?: string) => {
  const doc = documentFromText(text, 'case.txt');
  if (published) doc.meta.published = published; // as a loader reads it
  return runPipeline(doc);
};
const statementsOf = (text: string, published?: string) => documentOf(text, published).statements;
const brief = (s: Statement) => [s.rule, s.quote, s.kind, s.value, s.percent, s.achieved, s.total, s.unit, s.indicator];

for (const file of CASE_FILES) {
  describe(`${file.extractor} extractor`, () => {
    for (const c of file.positive) {
      const run = c.xfail ? it.fails : it;
      run(`finds ${c.expect.map((e) => `${e.rule} "${e.quote}"`).join(', ')}${c.exact ? ' and nothing else' : ''} in "${c.text.slice(0, 70)}"`, () => {
        const doc = documentOf(c.text, c.published);
        const found = doc.statements;
        for (const want of c.expect) {
          expect(found.some((s) => matches(s, want)), `${JSON.stringify(want)} among ${JSON.stringify(found.map(brief))}`).toBe(true);
        }
        if (c.exact) expect(found.filter((s) => !c.expect.some((want) => matches(s, want))).map(brief)).toEqual([]);
        for (const s of found) expect(s.quote).toBe(doc.text.slice(s.start, s.end)); // offsets index the cleaned text
      });
    }
    for (const c of file.negative) {
      const run = c.xfail ? it.fails : it;
      run(`keeps ${c.rules?.join(', ') ?? ''}${c.kinds ? ` (kinds ${c.kinds.join('/')})` : ''} silent: ${c.why}`, () => {
        expect(statementsOf(c.text, c.published).filter((s) => silenced(c, s)).map(brief)).toEqual([]);
      });
    }
  });
}

describe('the cases themselves', () => {
  it('name the rule and the quote of every record they expect', () => {
    const unnamed = CASE_FILES.flatMap((f) => f.positive).filter((c) => c.expect.length === 0 || c.expect.some((e) => !e.rule || !e.quote));
    expect(unnamed.map((c) => c.text)).toEqual([]);
  });
  it('name the rules a negative case keeps silent', () => {
    expect(CASE_FILES.flatMap((f) => f.negative).filter((c) => !c.rules?.length).map((c) => c.text)).toEqual([]);
  });
  const counts = caseCounts(); // `npm run rules` prints them
  it('give every rule of the engine a positive and a negative case', () => {
    const lacking = RULES.filter((r) => !counts.get(r.id)?.positive || !counts.get(r.id)?.negative).map((r) => ({ id: r.id, ...counts.get(r.id) }));
    expect(lacking).toEqual([]);
  });
  it('name only rules the engine has', () => {
    const known = new Set(RULES.map((r) => r.id));
    const named = CASE_FILES.flatMap((f) => [...f.positive.flatMap((c) => c.expect.map((e) => e.rule)), ...f.negative.flatMap((c) => c.rules ?? [])]);
    expect([...new Set(named)].filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('linear time and output on adversarial input (100 KB, then 1 MB)', () => {
  const inputsAt = (MB: number): Record<string, string> => ({
    digits: '7'.repeat(MB),
    'dotted digits': '1.'.repeat(MB / 2),
    slashes: '1/'.repeat(MB / 2),
    'slashes and spaces': '22 / 55 / '.repeat(MB / 10),
    'percent runs': 'đạt 5% '.repeat(MB / 7),
    diacritics: 'ước đạt chỉ tiêu nghị quyết '.repeat(MB / 28),
    'open parentheses': '(Chỉ tiêu NQĐH giao '.repeat(MB / 20),
    'commas of nouns': 'xã, phường, '.repeat(MB / 12),
    'chained changes': 'đạt 5 tấn, tăng 5%, chiếm 3%, '.repeat(MB / 30),
    'table cells': 'Chỉ tiêu | 1 | 2,5 | '.repeat(MB / 20),
    'plans in brackets': 'đạt 5% (KH 6%) (mục tiêu là 7%) '.repeat(MB / 32),
    'list items': '\n(1) Tỷ lệ đạt 5%, đạt 90% KH; '.repeat(MB / 30),
    'counts in a list and in words': 'có 15 xã đạt chuẩn, 3 trên 20 thôn đạt, 04 chợ và 08 siêu thị '.repeat(MB / 64),
    'measures in a list': 'trồng 5 ha lúa, 6 ha ngô và khoai 7 ha; '.repeat(MB / 40),
    'shares after a plan met': 'đạt kế hoạch: thu 5%; chi 6%, '.repeat(MB / 30),
    'nouns around slashes': '20 chỉ tiêu/21 chỉ tiêu, 3 xã a b c/ '.repeat(MB / 36),
    'average pairs': 'bình quân 12,6/19 tiêu chí, (gần 5%) so dự toán (tương đương 7 tỷ USD) '.repeat(MB / 72),
    'names with figures in brackets': 'vốn FDI gồm Hà Nội (3 tỷ USD), Bắc Ninh Hải Dương (2,5 tỷ USD) và '.repeat(MB / 64),
    'periods in one sentence': 'quý I năm 2024 đạt 5%, 6 tháng đầu năm 2023, tháng 5/2024, '.repeat(MB / 60),
    'names without a list colon': 'An Bình đạt 5 tỷ đồng, '.repeat(MB / 24),
    'dense average pairs': 'bình quân 2,5/9 tiêu chí, '.repeat(MB / 26),
    'counts in brackets after names': 'có 366 lao động gồm Nhật Bản (191 người), Đài Loan (101 người) và '.repeat(MB / 68),
    'bodies with figures in brackets': 'gồm: Bộ Kế hoạch và Đầu tư (5 triệu lượt), Bộ Nông nghiệp và nông thôn (2 triệu lượt), '.repeat(MB / 88),
    'compared periods in brackets': 'là 5 người so với cùng kỳ năm 2019 (4 người), tăng 1 (25%); '.repeat(MB / 60),
    'changes with shares in brackets': 'là 5 người, tăng 1 người (25%), giảm 2 hộ (tăng 3%); '.repeat(MB / 56),
    'pairs after a counted subject': 'số thôn có điện lưới là 5/6; số hộ a b c đạt 7/9; '.repeat(MB / 52),
    'plans assigned': 'kế hoạch vốn a b được Trung ương giao cho c là hơn 5 tỷ đồng, dự toán được '.repeat(MB / 76),
    'breakdowns run on': 'trong đó huyện An Lạc 5 xã, 6 xã và 7 xã, '.repeat(MB / 40),
    'places compared with a plan': 'so với kế hoạch như: Nam Mẫu 106%; Cao Thượng (101%), '.repeat(MB / 54),
  });
  const small = inputsAt(100_000), large = inputsAt(1_000_000);
  for (const name of Object.keys(small)) {
    it(`${name}: 10× the input, about 10× the time and the statements`, () => {
      const found = new Map<number, number>(); // scale -> statements
      expectLinear((scale) => found.set(scale, statementsOf((scale === 1 ? small : large)[name]).length), 30, 1);
      const few = found.get(1)!, many = found.get(10)!;
      if (few > 0) expect(many / few).toBeGreaterThan(5);
      expect(many).toBeLessThanOrEqual(Math.max(15 * few, 10));
    }, 120_000);
  }
});

describe('chained changes', () => {
  // each change measures the level, never the change before it: output grows with the input, not its square
  const chain = (n: number) => 'Tổng thu đạt 100 tỷ đồng' + ', tăng 5%'.repeat(n) + '.';
  it('gives every change the level\'s indicator', () => {
    const found = statementsOf(chain(3));
    expect(found.map((s) => s.indicator)).toEqual(['Tổng thu', 'Tổng thu tăng', 'Tổng thu tăng', 'Tổng thu tăng']);
  });
  it('grows the output about 10x when the input grows 10x', () => {
    const size = (n: number) => JSON.stringify(statementsOf(chain(n))).length;
    const ratio = size(5000) / size(500);
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
  }, 120_000);
});

