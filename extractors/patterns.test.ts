// wordsTester answers what the bounded pattern words(list) answers, only faster.
import { describe, expect, it } from 'vitest';
import { ESTIMATE_WORDS } from './knowledge/index.ts';
import { words, wordsTester } from './patterns.ts';

describe('wordsTester', () => {
  const bounded = new RegExp(words(ESTIMATE_WORDS), 'iu');
  const tester = wordsTester(ESTIMATE_WORDS);
  const samples = [
    'Thu ngân sách nhà nước ước đạt 1.234 tỷ đồng', // "ước" inside "nước", then a word of its own
    'ngân sách nhà nước đạt 1.234 tỷ đồng', // only inside a word
    'Ước TH năm 2024', 'ƯỚC TÍNH', 'dự  kiến 5%', 'dự kiếnx', 'ước tínhx', 'nước tính', '5ước', 'ước5',
    '', 'ước', 'trong nước, ước thực hiện cả năm',
  ];
  it('agrees with the bounded pattern', () => {
    for (const s of samples) expect(tester(s), s).toBe(bounded.test(s));
  });
  it('agrees on every tail and head of a sentence', () => {
    const text = 'Tổng vốn trong nước ước tính đạt 120 tỷ, dự kiến tăng; nước ngoài Ước TH 5%.';
    for (let i = 0; i <= text.length; i++) {
      expect(tester(text.slice(i)), text.slice(i)).toBe(bounded.test(text.slice(i)));
      expect(tester(text.slice(0, i)), text.slice(0, i)).toBe(bounded.test(text.slice(0, i)));
    }
  });
  it('finds an estimate word and leaves the same letters inside a word', () => {
    expect(tester('nhà nước')).toBe(false);
    expect(tester('nhà nước ước đạt')).toBe(true);
  });
});
