import { describe, expect, it } from 'vitest';
import { currencyBefore, dateWordBefore, idWordBefore, qualifierBefore, WINDOW } from './context.ts';

/** What the reader finds right before the end of `text` (where a number would start). */
const before = (find: typeof qualifierBefore, text: string, lo = 0) => {
  const m = find(text, lo, text.length);
  return m && { at: m.index, text: m.text, sign: m.sign };
};

describe('the words before a number', () => {
  it('finds a qualifier as written, the longest one ending there, in any case', () => {
    expect(before(qualifierBefore, 'giảm khoảng ')).toEqual({ at: 5, text: 'khoảng', sign: false });
    expect(before(qualifierBefore, 'đạt Không quá \t')).toEqual({ at: 4, text: 'Không quá', sign: false });
    expect(before(qualifierBefore, 'ở mức trên dưới ')).toEqual({ at: 6, text: 'trên dưới', sign: false });
  });
  it('takes a word only at a word start, a sign anywhere', () => {
    expect(before(qualifierBefore, 'Tàu ')).toBeNull(); // "tàu" ends in no qualifier word
    expect(before(qualifierBefore, 'bắttừ ')).toBeNull();
    expect(before(qualifierBefore, 'tỷ lệ>=')).toEqual({ at: 5, text: '>=', sign: true });
    expect(before(qualifierBefore, 'x≥ ')).toEqual({ at: 1, text: '≥', sign: true });
  });
  it('looks no further back than the window or the range start', () => {
    expect(before(qualifierBefore, `khoảng${' '.repeat(WINDOW)}`)).toBeNull();
    expect(before(qualifierBefore, 'trên dưới ', 5)).toEqual({ at: 5, text: 'dưới', sign: false });
  });
  it('reads a currency sign case as written and after one space at most', () => {
    expect(before(currencyBefore, 'giá US$ ')).toEqual({ at: 4, text: 'US$', sign: false });
    expect(before(currencyBefore, 'giá US$  ')).toBeNull();
    expect(before(currencyBefore, 'giá usd ')).toBeNull();
  });
  it('reads date words and identifier words with a colon after them', () => {
    expect(before(dateWordBefore, 'tổ chức lần thứ ')?.text).toBe('lần thứ');
    expect(before(idWordBefore, 'Quyết định số : ')?.text).toBe('số');
    expect(before(idWordBefore, 'theo Quyết định: ')?.text).toBe('Quyết định');
    expect(before(idWordBefore, 'hàng số ; ')).toBeNull();
  });
});
