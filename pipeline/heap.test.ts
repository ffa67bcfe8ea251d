// limitHeapGrowth keeps a thread's heap near what it keeps alive. Run in a child process: V8's flags
// are the whole process's, and the test runner's own threads should keep theirs.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('keeps the heap under 3× what stays alive while garbage reaches the old generation', () => {
  const out = execFileSync(process.execPath, ['bin/run-ts.js', 'pipeline/heap.child.ts', 'limited'], { encoding: 'utf8' });
  const { peakMb, keptMb } = JSON.parse(out) as { peakMb: number; keptMb: number };
  expect(keptMb).toBe(40);
  // measured: 107–112 MB; V8's default growth lets the same program reach ~258 MB
  expect(peakMb).toBeLessThan(3 * keptMb);
}, 60_000);
