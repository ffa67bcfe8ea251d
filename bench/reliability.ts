// The figures of the README's "Reliability" section, measured through the real CLI and server:
// racing first ingests, deeply nested HTML, a database in a read-only place, downloads beside a
// small request. A script, not a test: it reports times, it does not judge them.
//
//   node bin/run-ts.js bench/reliability.ts [--rounds N] [--big DB]   (DB: a database with ≥100,000 statements,
//                                                                      e.g. from bench/make-big-db.ts)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptOptions } from './args.ts';
import { startServer } from '../pipeline/server.ts';

const USAGE = `usage: node bin/run-ts.js bench/reliability.ts [options]

  --rounds N     rounds of each measurement (default 5)
  --big DB       a database with 100,000 statements or more, for the download figures
                 (bench/make-big-db.ts makes one)
  -h, --help     this text
`;
const values = scriptOptions('reliability', USAGE, { rounds: { type: 'string', default: '5' }, big: { type: 'string' } });
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'chitieu.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-reliability-'));
fs.chmodSync(work, 0o755);

function cli(args: string[], wrap: string[] = []): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = performance.now();
  const [cmd, ...rest] = wrap.length ? [...wrap, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
  const child = spawn(cmd, rest, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, ms: performance.now() - started })));
}

// 1. six first ingests racing on a new database
let ok = 0, runs = 0;
for (let round = 0; round < Number(values.rounds); round++) {
  const db = path.join(work, `race${round}.db`);
  const inputs = Array.from({ length: 6 }, (_, i) => {
    const f = path.join(work, `race${round}-${i}.txt`);
    fs.writeFileSync(f, `Giá trị sản xuất đạt ${round}${i}.476 tỷ đồng.\n`);
    return f;
  });
  const results = await Promise.all(inputs.map((f) => cli(['ingest', f, '--db', db])));
  runs += results.length;
  ok += results.filter((r) => r.code === 0 && r.stderr === '').length;
}
console.log(`racing first ingests: ${ok}/${runs} succeeded (${values.rounds} rounds of 6)`);

// 2. deeply nested HTML
const text = 'Tỷ lệ hộ nghèo giảm còn 1,2%.';
fs.writeFileSync(path.join(work, 'nested.html'), `<html><body>${'<div>'.repeat(200_000)}${text}${'</div>'.repeat(200_000)}</body></html>`);
fs.writeFileSync(path.join(work, 'unclosed.html'), `<html><body>${'<div><span><b>'.repeat(100_000)}${text}</body></html>`);
for (const name of ['nested.html', 'unclosed.html']) {
  const r = await cli(['extract', path.join(work, name)]);
  console.log(`${name}: exit ${r.code}, ${(r.ms / 1000).toFixed(1)} s (CLI start included)`);
}

// 3. a database in a read-only place, queried by another user
const ro = path.join(work, 'ro');
const roDb = path.join(ro, 'chitieu.db');
await cli(['ingest', path.join(root, 'seeds'), '--db', roDb]);
fs.chmodSync(roDb, 0o444);
fs.chmodSync(ro, 0o555);
const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
const q = await cli(['query', 'ho ngheo', '--db', roDb], asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []);
console.log(`read-only database queried${asNobody ? ' as nobody' : ''}: exit ${q.code}${q.stderr ? `, ${q.stderr.trim()}` : ''}, ${(q.ms / 1000).toFixed(1)} s`);

// 4. eight 100,000-row downloads and one small request
if (values.big) {
  const server = await startServer({ dbPath: values.big, port: 0 });
  const get = (p: string) => new Promise<{ ms: number; bytes: number }>((resolve, reject) => {
    const started = performance.now();
    http.get(server.url + p.slice(1), (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => resolve({ ms: performance.now() - started, bytes }));
    }).on('error', reject);
  });
  const alone = await get('/api/units');
  const downloads = Array.from({ length: 8 }, () => get('/api/search?format=csv'));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const starting = await get('/api/units'); // while the downloads run their first (sorting) query
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const during = await get('/api/units');
  const done = await Promise.all(downloads);
  const rss = process.memoryUsage().rss;
  console.log(`small request alone ${alone.ms.toFixed(0)} ms, as 8 downloads start ${starting.ms.toFixed(0)} ms, `
    + `while they stream ${during.ms.toFixed(0)} ms; `
    + `downloads ${(Math.max(...done.map((d) => d.ms)) / 1000).toFixed(1)} s, ${(done[0].bytes / 1e6).toFixed(1)} MB each (4 at once, the rest 503), rss ${(rss / 1e6).toFixed(0)} MB`);
  await server.close();
}
spawnSync('chmod', ['-R', 'u+w', work]);
fs.rmSync(work, { recursive: true, force: true });
