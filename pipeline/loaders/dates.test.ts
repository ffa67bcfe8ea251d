import { describe, expect, it } from 'vitest';
import cases from './dates.cases.json' with { type: 'json' };
import { dateFromUrl, findDateInText, normalizeIsoDate } from './dates.ts';

describe('dates', () => {
  for (const c of cases.text) it(`text: ${c.in}`, () => expect(findDateInText(c.in)).toBe(c.expect));
  for (const c of cases.iso) it(`meta: ${c.in}`, () => expect(normalizeIsoDate(c.in)).toBe(c.expect));
  for (const c of cases.url) it(`url: ${c.in}`, () => expect(dateFromUrl(c.in)).toBe(c.expect));
  it('runs in linear time on adversarial input', () => {
    for (const s of ['1/'.repeat(300_000), '12:'.repeat(300_000), ' '.repeat(600_000) + 'x', '1 '.repeat(300_000), '11/11/1'.repeat(80_000)]) {
      const t0 = performance.now();
      findDateInText(s);
      normalizeIsoDate(s);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});
