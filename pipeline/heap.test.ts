// The soft heap ceiling collects what a document left behind, without a flag at start-up.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { HEAP_CEILING_MB, heapCeiling } from './heap.ts';

describe('heapCeiling', () => {
  it('collects the garbage once the heap has grown past the ceiling', () => {
    let junk: number[][] | null = Array.from({ length: 80 }, () => new Array(100_000).fill(1.5)); // ~64 MB
    const before = v8.getHeapStatistics().used_heap_size;
    expect(before).toBeGreaterThan(HEAP_CEILING_MB * 1e6 + 10e6);
    expect(junk.length).toBe(80);
    junk = null;
    heapCeiling(HEAP_CEILING_MB)();
    expect(v8.getHeapStatistics().used_heap_size).toBeLessThan(before - 50e6);
  });
});
