import { describe, expect, it } from 'vitest';
import { headOf } from './text.ts';
import cases from './text.cases.json' with { type: 'json' };

describe('the headline and date of a saved article', () => {
  for (const c of cases.cases) {
    it(`${c.text.split('\n')[0]} → ${c.title ?? 'none'}`, () => {
      const head = headOf(c.text);
      expect(head.title ?? null).toBe(c.title);
      if ('published' in c) expect(head.published ?? null).toBe(c.published); // a case that names a date checks it
    });
  }
});
