// The kept answer of clauseStart (the last call is remembered) is the answer a fresh call gives.
import { describe, expect, it } from 'vitest';
import { clauseStart, findClauseStart } from './clause.ts';

const ONE = 'Thu ngân sách đạt 1.250 tỷ đồng, tăng 5% (KH 7%); chi thường xuyên: 980 tỷ đồng, bằng 1,5 lần năm 2020.';
const TWO = 'Tỷ lệ hộ nghèo giảm còn 0,6%, số hộ thoát nghèo (trong năm) là 195 hộ; toàn tỉnh có 04 xã đạt chuẩn.';

describe('clauseStart', () => {
  it('gives what a fresh call gives, asked again, for another position or another text', () => {
    const asks: [string, number, number][] = [];
    for (const text of [ONE, TWO]) {
      for (let pos = 0; pos <= text.length; pos += 3) asks.push([text, 0, pos], [text, 0, pos], [text, 10, pos]);
    }
    // interleave the two texts so that the kept answer is of the other text half the time
    const mixed = asks.map((a, i) => asks[(i * 7) % asks.length]);
    for (const [text, start, pos] of mixed) expect(clauseStart(text, start, pos)).toBe(findClauseStart(text, start, pos));
  });

  it('starts a clause after a comma, not inside "1,5"', () => {
    expect(ONE.slice(clauseStart(ONE, 0, ONE.indexOf('tăng 5%')))).toMatch(/^ tăng 5%/);
    expect(clauseStart(ONE, 0, ONE.indexOf(' lần'))).toBe(ONE.indexOf(' bằng 1,5'));
  });
});

describe('findClauseStart at a colon', () => {
  const at = (text: string, before: string) => text.slice(findClauseStart(text, 0, text.indexOf(before)));
  it('reads past the colon of a standard\'s code, which parts its number from its year', () => {
    expect(at('Tỷ lệ cơ quan áp dụng TCVN ISO 9001:2015 đạt 98%', ' đạt')).toBe('Tỷ lệ cơ quan áp dụng TCVN ISO 9001:2015 đạt 98%');
    expect(at('Tỷ lệ hộ dùng nước đạt QCVN 01-1:2018/BYT là 62%', ' là')).toBe('Tỷ lệ hộ dùng nước đạt QCVN 01-1:2018/BYT là 62%');
  });
  it('still ends a clause at a label\'s colon and at a time\'s', () => {
    expect(at('Sản lượng năm 2022: 2.023 tấn', ' tấn')).toBe(' 2.023 tấn');
    expect(at('Cập nhật 07:42 doanh thu đạt 50 tỷ đồng', ' đạt')).toBe('42 doanh thu đạt 50 tỷ đồng');
    expect(at('Mã ISO 9001: mục 3 đạt 5 điểm', ' đạt')).toBe(' mục 3 đạt 5 điểm');
  });
});
