// The linear-time check itself must be able to fail: quadratic work is caught, linear work passes.
import { describe, expect, it } from 'vitest';
import { expectLinear, growth } from './linear.ts';

describe('growth', () => {
  it('reads linear work as about 10×', () => {
    const work = (scale: number) => { let x = 0; for (let i = 0; i < scale * 5_000_000; i++) x += i % 7; return x; };
    expect(growth(work)).toBeLessThan(30);
  });
  it('reads quadratic work as far more than 30×', { timeout: 60_000 }, () => {
    const work = (scale: number) => { let x = 0; const n = scale * 4_000; for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x += j % 7; return x; };
    expect(growth(work)).toBeGreaterThan(30);
  });
  it('fails expectLinear on work that grows 40× for 10× the input, however many times it reads again', { timeout: 60_000 }, () => {
    const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
    expect(() => expectLinear((scale) => busy(25 * scale ** 1.6), 30, 3)).toThrow(); // the fastest of three runs: one 25 ms run the scheduler interrupts reads as 40 ms
  });
});
