import { describe, expect, it } from 'vitest';
import { isSplitSyllable, isSyllable } from './syllables.ts';
import cases from './syllables.cases.json' with { type: 'json' };

describe('Vietnamese syllables by phonotactics', () => {
  for (const w of cases.syllables) it(`a syllable: ${w}`, () => expect(isSyllable(w)).toBe(true));
  for (const w of cases.notSyllables) it(`no syllable: ${w}`, () => expect(isSyllable(w)).toBe(false));
  for (const [a, b] of cases.split) it(`one syllable split: "${a} ${b}"`, () => expect(isSplitSyllable(a, b)).toBe(true));
  for (const [a, b] of cases.notSplit) it(`two words: "${a} ${b}"`, () => expect(isSplitSyllable(a, b)).toBe(false));
});
