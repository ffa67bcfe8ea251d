// Linear time, shown the way a reader can check it: run the same work on an input 10× larger and
// compare. Linear work takes about 10× as long; quadratic work about 100×. No wall-clock limits,
// so a busy machine slows both runs alike instead of failing the test.
import { expect } from 'vitest';


/** The fastest of `runs` calls, in milliseconds (the least disturbed by other work). */
function fastest(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * How much longer `work(10)` takes than `work(1)`, where `work(scale)` processes an input `scale`
 * times the base size. Times under 20 ms count as 20 ms, so that timer noise on tiny inputs is not
 * read as growth.
 */
export function growth(work: (scale: number) => unknown, runs = 2): number {
  work(1); // warm the JIT up first
  const small = Math.max(20, fastest(() => work(1), runs));
  const large = fastest(() => work(10), runs);
  if (process.env.CHITIEU_GROWTH) console.log(`growth ${(large / small).toFixed(1)} (${small.toFixed(0)} → ${large.toFixed(0)} ms)`);
  return large / small;
}

/**
 * Fails when 10× the input costs more than `bound`× the time (quadratic work costs ~100×). A reading over
 * the bound is taken again, up to three times in all, and the least counts: another process that takes
 * the cores during the large run inflates one reading, while quadratic work reads ~100× every time.
 */
export function expectLinear(work: (scale: number) => unknown, bound = 30, runs = 2): void {
  let least = Infinity;
  for (let tries = 0; tries < 3 && least >= bound; tries++) least = Math.min(least, growth(work, runs));
  expect(least).toBeLessThan(bound);
}
