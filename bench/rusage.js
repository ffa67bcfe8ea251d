// Preloaded by the bench into each CLI run it measures (node --import): when the process exits,
// writes its CPU time (all threads) and peak RSS, as the kernel counts them, to $CHITIEU_BENCH_RUSAGE.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.CHITIEU_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: peakRssKb(u.maxRSS) / 1024 }));
  });
}

/**
 * This process's own peak RSS. Linux's getrusage (maxRSS) keeps the high-water mark from before exec,
 * that is of the bench itself forked: a child of a bench holding 300 MB reported 290 MB for
 * `node -e 1`. /proc's VmHWM belongs to the program now running; maxRSS elsewhere.
 */
function peakRssKb(maxRssKb) {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch { /* not Linux */ }
  return maxRssKb;
}
