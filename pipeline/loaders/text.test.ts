import { describe, expect, it } from 'vitest';
import { headOf } from './text.ts';
import cases from './text.cases.json' with { type: 'json' };

describe('the headline of a saved article', () => {
  for (const c of cases.cases) {
    it(`${c.text.split('\n')[0]} → ${c.title ?? 'none'}`, () => expect(headOf(c.text).title ?? null).toBe(c.title));
  }
});
