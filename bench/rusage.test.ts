// The bench's peak RSS is the measured program's own, not that of the bench that started it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('reports the peak RSS of the program run, not of the bench process it was forked from', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-rusage-')), 'usage.json');
  const held = Buffer.alloc(300e6, 1); // the bench holding a large output, as after `extract` of 200 MB
  const r = spawnSync(process.execPath, ['--import', path.resolve('bench/rusage.js'), '-e', '0'], { env: { ...process.env, CHITIEU_BENCH_RUSAGE: out } });
  expect(r.status).toBe(0);
  expect(held.length).toBe(300e6);
  const { maxRssMb, cpuMs } = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect(maxRssMb).toBeGreaterThan(10);
  expect(maxRssMb).toBeLessThan(150); // node -e 0 takes ~40 MB; getrusage's maxRSS said 290
  expect(cpuMs).toBeGreaterThan(0);
  fs.rmSync(path.dirname(out), { recursive: true });
});
