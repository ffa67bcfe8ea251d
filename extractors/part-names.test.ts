// A short subject after a comma continues the sentence's indicator: it takes the place of the name's last item when it
// opens on that item's word, else it follows the name; no compound is split to make room.
import { describe, expect, it } from 'vitest';
import { continuedName } from './part-names.ts';

describe('continuedName', () => {
  it('puts the next item in the place of the last one', () => {
    expect(continuedName('Tỷ lệ trẻ em được tiêm mũi 1', 'mũi 2')).toBe('Tỷ lệ trẻ em được tiêm mũi 2');
    expect(continuedName('Tỷ lệ hộ nghèo', 'hộ cận nghèo')).toBe('Tỷ lệ hộ cận nghèo');
  });
  it('appends a part that opens on no word of the last item', () => {
    expect(continuedName('Tỷ lệ tiêm chủng', 'trẻ dưới 1 tuổi')).toBe('Tỷ lệ tiêm chủng trẻ dưới 1 tuổi');
  });
  it('splits no compound at the name\'s start: two words stay before the item', () => {
    expect(continuedName('đào tạo nghề', 'tạo việc làm mới')).toBe('đào tạo nghề tạo việc làm mới');
  });
  it('looks for the item among the last four words only', () => {
    expect(continuedName('Tỷ lệ hộ dân được sử dụng nước sạch theo chuẩn mới', 'hộ nghèo')).toBe('Tỷ lệ hộ dân được sử dụng nước sạch theo chuẩn mới hộ nghèo');
  });
});
