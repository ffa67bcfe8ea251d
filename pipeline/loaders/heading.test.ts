import { describe, expect, it } from 'vitest';
import { readHeading } from './heading.ts';
import data from './heading.cases.json' with { type: 'json' };

describe('document heading: title and date from the first lines', () => {
  for (const c of data.cases) {
    it(c.name, () => {
      expect(readHeading(c.text)).toEqual({ title: c.title, date: c.date, blankNumber: c.blankNumber, blankDay: c.blankDay });
    });
  }
  it('reads long adversarial input in linear time', () => {
    const junk = `${'ngày '.repeat(20_000)}${'Số: '.repeat(20_000)}${', A'.repeat(20_000)}`;
    expect(readHeading(junk).date).toBeNull();
  });
});
