// Preloaded by the bench into each CLI run it measures (node --import): when the process exits,
// writes its CPU time (all threads) and peak RSS, as the kernel counts them, to $CHITIEU_BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const file = process.env.CHITIEU_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });
}
