import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/linear.ts';
import cases from './dates.cases.json' with { type: 'json' };
import { dateFromUrl, findDateInText, normalizeIsoDate } from './dates.ts';

describe('dates', () => {
  for (const c of cases.text) it(`text: ${c.in}`, () => expect(findDateInText(c.in)).toBe(c.expect));
  for (const c of cases.iso) it(`meta: ${c.in}`, () => expect(normalizeIsoDate(c.in)).toBe(c.expect));
  for (const c of cases.url) it(`url: ${c.in}`, () => expect(dateFromUrl(c.in)).toBe(c.expect));
  it('runs in linear time on adversarial input', { timeout: 60_000 }, () => {
    const inputsAt = (k: number) => ['1/'.repeat(30_000 * k), '12:'.repeat(30_000 * k), ' '.repeat(60_000 * k) + 'x', '1 '.repeat(30_000 * k), '11/11/1'.repeat(8_000 * k)];
    const small = inputsAt(1), large = inputsAt(10);
    small.forEach((_, i) => expectLinear((scale) => { const s = (scale === 1 ? small : large)[i]; findDateInText(s); normalizeIsoDate(s); dateFromUrl(s); }));
  });
});
