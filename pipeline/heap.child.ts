// Run by heap.test.ts in a child process (V8's flags are the whole process's): keeps ~40 MB alive
// while it allocates ~400 MB that lives long enough to reach the old generation, and prints the
// largest heap it saw. With `limited`, under limitHeapGrowth.
import v8 from 'node:v8';
import { limitHeapGrowth } from './heap.ts';

if (process.argv[2] === 'limited') limitHeapGrowth();
const kept = Array.from({ length: 20 }, () => new Array(125_000).fill(1.5)); // 20 × 1 MB, alive throughout
const recent: number[][] = []; // the last 200 of 100 kB each: outlive a young collection, then die
let peak = 0;
for (let i = 0; i < 4000; i++) {
  recent.push(new Array(12_500).fill(i + 0.5));
  if (recent.length > 200) recent.shift();
  if (i % 10 === 0) peak = Math.max(peak, v8.getHeapStatistics().used_heap_size);
}
console.log(JSON.stringify({ peakMb: peak / 1e6, keptMb: (kept.length * 125_000 * 8 + recent.length * 12_500 * 8) / 1e6 }));
