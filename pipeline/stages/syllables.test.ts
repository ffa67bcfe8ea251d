import { describe, expect, it } from 'vitest';
import { isSplitSyllable, isSyllable, splitSyllableSpaces } from './syllables.ts';
import cases from './syllables.cases.json' with { type: 'json' };

describe('Vietnamese syllables by phonotactics', () => {
  for (const w of cases.syllables) it(`a syllable: ${w}`, () => expect(isSyllable(w)).toBe(true));
  for (const w of cases.notSyllables) it(`no syllable: ${w}`, () => expect(isSyllable(w)).toBe(false));
  for (const [a, b] of cases.split) it(`one syllable split: "${a} ${b}"`, () => expect(isSplitSyllable(a, b)).toBe(true));
  for (const [a, b] of cases.notSplit) it(`two words: "${a} ${b}"`, () => expect(isSplitSyllable(a, b)).toBe(false));
});

describe('spaces inside syllables, in a line', () => {
  const line = 'Tổng thu ngân sách đạt 5 t ỷ đồng, hi ệu quả cò n thấp';
  it('names the spaces to drop', () => {
    expect(splitSyllableSpaces(line)).toEqual(['t ỷ', 'hi ệu', 'cò n'].map((w) => line.indexOf(w) + w.indexOf(' ')));
  });
  it('finds the same ones when a letter outside the BMP sends the line through the regex', () => {
    expect(splitSyllableSpaces(`${line} \u{1D400}`)).toEqual(splitSyllableSpaces(line));
    expect(splitSyllableSpaces(`\u{1D400} ${line}`)).toEqual(splitSyllableSpaces(line).map((at) => at + 3));
  });
  it('reads a line inside a longer text by its bounds, offsets from the line start', () => {
    const text = `1 ${line}\n2`;
    expect(splitSyllableSpaces(text, 2, 2 + line.length)).toEqual(splitSyllableSpaces(line));
  });
  it('finds every split pair of the cases inside a sentence, and the two-word pairs stay', () => {
    for (const [a, b] of cases.split) expect(splitSyllableSpaces(`Tổng ${a} ${b} là`)).toEqual([5 + a.length]);
    for (const [a, b] of cases.notSplit) expect(splitSyllableSpaces(`Tổng ${a} ${b} là`)).toEqual([]);
  });
});
