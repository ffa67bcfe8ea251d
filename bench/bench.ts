// `npm run bench`: what a user would see. Builds corpora from the seeds (each copy with its numbers
// varied, so nothing is cached), measures the floor (read every file, run one simple regex) in this
// run, then runs the real CLI (the build in dist/) as a child process: start-up, `extract` and
// `ingest` with 1 worker and with one per core, each with wall time, CPU time of all threads and the
// kernel's peak RSS. Then where the time goes, stage by stage, in one thread; the other formats; and
// query latency on 1M statements.
//
//   npm run bench                       # 50 MB and 200 MB corpora, everything (several minutes)
//   npm run bench -- --mb 10            # one smaller corpus
//   npm run bench -- --no-query         # skip the 1M-statement query benchmark
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptOptions } from './args.ts';
import { closeDatabase, openDatabase } from '../pipeline/adapters/sqlite.ts';
import { WriteBatch } from '../pipeline/batch.ts';
import { loadFile } from '../pipeline/load.ts';
import { STAGES } from '../pipeline/pipeline.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { storeDocument } from '../pipeline/store.ts';

const USAGE = `usage: npm run bench [-- options]     (several minutes; the README's Speed section shows its output)

  --mb LIST      corpus sizes in MB, comma-separated (default 50,200)
  --no-query     skip the query benchmark on 1M statements
  -h, --help     this text
`;
const values = scriptOptions('bench', USAGE, { mb: { type: 'string', default: '50,200' }, 'no-query': { type: 'boolean' } });
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = path.join(ROOT, 'seeds');
const BIN = path.join(ROOT, 'bin/chitieu.js');
const RUSAGE = path.join(ROOT, 'bench/rusage.js');
/** The node flags on bin's `#!` line: the CLI is measured as `npx chitieu` runs it. */
const BIN_FLAGS = fs.readFileSync(BIN, 'utf8').split('\n', 1)[0].split(/\s+/).filter((w) => w.startsWith('--'));
const CORES = os.availableParallelism();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));

/** Copies of the seeds with every digit run nudged, until `mb` megabytes are written. */
function buildCorpus(mb: number): { dir: string; files: string[]; mb: number } {
  const dir = path.join(work, `corpus-${mb}`);
  fs.mkdirSync(dir);
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  const files: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < mb * 1e6; copy++) {
    const text = seeds[copy % seeds.length].replace(/\d+/g, (d) => String((Number(d) + copy) % 10 ** d.length).padStart(d.length, '0'));
    const file = path.join(dir, `doc-${String(copy).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return { dir, files, mb: bytes / 1e6 };
}

interface Run { wallMs: number; cpuMs: number; maxRssMb: number; stdoutHash: string; code: number | null; othersCores: number | null }

/** The CPU time the whole machine has spent busy, in seconds (Linux's /proc/stat); null elsewhere. */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
function machineBusySeconds(): number | null {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * One CLI run as a child process, measured by the kernel (bench/rusage.js reports from inside it),
 * and how many cores other processes kept busy meanwhile: the machine's busy time less the run's own
 * CPU time, over its wall time. (The load average cannot say it: it still counts the bench's
 * previous runs for a minute after they end.)
 */
function cli(args: string[]): Run {
  const usage = path.join(work, 'rusage.json');
  fs.rmSync(usage, { force: true });
  const busy0 = machineBusySeconds();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...BIN_FLAGS, '--import', RUSAGE, BIN, ...args], {
    env: { ...process.env, CHITIEU_BENCH_RUSAGE: usage }, maxBuffer: 1 << 30, encoding: 'buffer',
  });
  const wallMs = performance.now() - t0;
  const busy1 = machineBusySeconds();
  if (r.error) throw r.error;
  const { cpuMs, maxRssMb } = JSON.parse(fs.readFileSync(usage, 'utf8'));
  const othersCores = busy0 === null || busy1 === null ? null : Math.max(0, (busy1 - busy0 - cpuMs / 1000) / (wallMs / 1000));
  return { wallMs, cpuMs, maxRssMb, stdoutHash: createHash('sha256').update(r.stdout).digest('hex'), code: r.status, othersCores };
}

/**
 * Wall time of `n` one-thread `extract` processes started at once, each on every n-th file: what
 * the machine gives n independent copies of the program, the ceiling for n workers. One thread
 * alone already keeps more than one core busy (V8 collects and compiles on threads of its own), so
 * n cores do not make n times its throughput even for processes that share nothing.
 */
async function independentCopies(files: string[], n: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, (_, k) => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...BIN_FLAGS, BIN, 'extract', '--jobs', '1', ...files.filter((_, i) => i % n === k)], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code ? reject(new Error(`extract exited with ${code}`)) : resolve()));
  })));
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (n: number) => n.toFixed(1);
const pad = (s: string, n: number) => s.padEnd(n);

// The bench measures the build, so make it fresh first (a second or so).
spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.js')], { stdio: 'inherit' });

console.log(`machine: ${CORES} cores (${os.loadavg()[0].toFixed(1)} load average at start: a shared machine varies), node ${process.version}\n`);

// Start-up: the median of 5 runs of each.
const help = Array.from({ length: 5 }, () => cli(['--help']));
const seed = path.join(SEEDS, fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))[0]);
const one = Array.from({ length: 5 }, () => cli(['extract', seed]));
console.log('start-up (median of 5)             wall      CPU   peak RSS');
for (const [name, runs] of [['chitieu --help', help], ['chitieu extract <one seed>', one]] as const) {
  console.log(`  ${pad(name, 30)} ${String(Math.round(median(runs.map((r) => r.wallMs)))).padStart(6)} ms ${String(Math.round(median(runs.map((r) => r.cpuMs)))).padStart(5)} ms ${String(Math.round(median(runs.map((r) => r.maxRssMb)))).padStart(6)} MB`);
}

const sizes = values.mb.split(',').map(Number).filter((n) => n > 0);
for (const [i, size] of sizes.entries()) {
  const corpus = buildCorpus(size);
  console.log(`\ncorpus: ${corpus.files.length} documents, ${f1(corpus.mb)} MB (seeds with varied numbers)`);

  // floor: read every file and run one simple regex over it, in this thread
  const cpu0 = process.cpuUsage();
  let t0 = performance.now();
  let hits = 0;
  for (const f of corpus.files) hits += (fs.readFileSync(f, 'utf8').match(/\d+(?:[.,]\d+)*\s*%/g) ?? []).length;
  const floorWall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  const floorCpu = (c.user + c.system) / 1000;
  const floorRate = corpus.mb / (floorCpu / 1000);
  console.log(`                                   CPU MB/s  wall MB/s  floor÷CPU   wall s  peak RSS  (floor: ${hits} regex matches)`);
  console.log(`  ${pad('floor: read + one regex', 32)} ${f1(floorRate).padStart(8)}  ${f1(corpus.mb / (floorWall / 1000)).padStart(9)}  ${'1.0'.padStart(9)}  ${f1(floorWall / 1000).padStart(7)}`);

  // The CLI, 1 worker and one per core: extract on every corpus (each worker's warm-up weighs less
  // on a larger one), ingest 1-vs-N on the first only (time).
  const extractJobs = CORES > 1 ? [1, CORES] : [1];
  const ingestJobs = i === 0 && CORES > 1 ? [1, CORES] : [CORES];
  const line = (name: string, r: Run) => console.log(`  ${pad(name, 32)} ${f1(corpus.mb / (r.cpuMs / 1000)).padStart(8)}  ${f1(corpus.mb / (r.wallMs / 1000)).padStart(9)}  `
    + `${f1(floorRate / (corpus.mb / (r.cpuMs / 1000))).padStart(8)}×  ${f1(r.wallMs / 1000).padStart(7)}  ${String(Math.round(r.maxRssMb)).padStart(5)} MB${r.code ? `  (exit ${r.code})` : ''}`);
  const extracts = new Map<number, Run>();
  for (const jobs of extractJobs) {
    const r = cli(['extract', '--jobs', String(jobs), ...corpus.files]);
    extracts.set(jobs, r);
    line(`extract, ${jobs} worker${jobs > 1 ? 's' : ''}`, r);
  }
  for (const jobs of ingestJobs) {
    const db = path.join(work, `ingest-${size}-${jobs}.db`);
    line(`ingest, ${jobs} worker${jobs > 1 ? 's' : ''}`, cli(['ingest', '--jobs', String(jobs), '--db', db, corpus.dir]));
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  }
  if (extracts.size > 1) {
    const [a, b] = [...extracts.values()];
    const others = [a, b].map((r) => r.othersCores);
    const shared = others.some((c) => c !== null && c > 0.1);
    console.log(`  ${CORES} workers: ${f1(a.wallMs / b.wallMs)}× the wall throughput of 1 (other processes kept `
      + `${others.map((c) => (c === null ? '?' : c.toFixed(2))).join(' and ')} cores busy while they ran`
      + `${shared ? ': they shared the cores, so this understates it' : ''}); output ${a.stdoutHash === b.stdoutHash ? 'byte-identical' : 'DIFFERENT'}`);
    const copies = await independentCopies(corpus.files, CORES);
    console.log(`  ceiling: ${CORES} one-thread processes at once, each on 1/${CORES} of the files: ${f1(a.wallMs / copies)}× the wall throughput of 1 `
      + `(one thread alone kept ${f1(a.cpuMs / a.wallMs)} cores busy)`);
  }

  // Where the time goes: the CPU time of each stage in this thread (first corpus only; CPU, not wall
  // time, so that other processes on a shared machine do not land in whichever stage they interrupt).
  if (i === 0) {
    const spent = new Map<string, number>([['load', 0], ...STAGES.map((s) => [s.name, 0] as [string, number]), ['store', 0]]);
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const db = openDatabase(path.join(work, 'stages.db'));
    // as ingest writes, but committed by size only: a timer's commit would fire while a load is
    // awaited and its cost land in 'load'
    const batch = new WriteBatch(db, 64, 1e9);
    for (const [n, f] of corpus.files.entries()) {
      const c0 = cpu();
      let doc = await loadFile(f);
      let c1 = cpu();
      spent.set('load', spent.get('load')! + c1 - c0);
      for (const stage of STAGES) {
        doc = stage.run(doc);
        const c2 = cpu();
        spent.set(stage.name, spent.get(stage.name)! + c2 - c1);
        c1 = c2;
      }
      const ready = doc;
      batch.write(n, () => storeDocument(db, ready, { version: PIPELINE_VERSION }));
      spent.set('store', spent.get('store')! + cpu() - c1);
    }
    const c3 = cpu();
    batch.commit();
    spent.set('store', spent.get('store')! + cpu() - c3);
    closeDatabase(db);
    const total = [...spent.values()].reduce((a, b) => a + b, 0);
    console.log(`  stage shares of ingest's CPU time in one thread (${f1(corpus.mb / (total / 1000))} MB/s of CPU): `
      + [...spent].map(([name, ms]) => `${name} ${Math.round((100 * ms) / total)} %`).join(', '));
  }
  fs.rmSync(corpus.dir, { recursive: true, force: true });
}

// other formats, when their fixtures exist: load + stages in this thread
console.log('');
for (const [format, dir] of [['HTML', 'corpus/fixtures/html'], ['PDF', 'corpus/fixtures/pdf'], ['DOCX', 'corpus/fixtures/docx']] as const) {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) continue;
  const inputs = fs.readdirSync(full).filter((f) => /\.(html?|pdf|docx)$/i.test(f)).map((f) => path.join(full, f));
  if (!inputs.length) continue;
  const rounds = format === 'HTML' ? 20 : 3;
  const t0 = performance.now();
  let pages = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of inputs) {
      try {
        let doc = await loadFile(f);
        for (const stage of STAGES) doc = stage.run(doc);
        pages++;
      } catch { /* a bad fixture is the loader tests' business */ }
    }
  }
  const ms = performance.now() - t0;
  const size = (inputs.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6) * rounds;
  console.log(`${`${format} documents`.padEnd(34)} ${(pages / (ms / 1000)).toFixed(1).padStart(8)} docs/s  (${(size / (ms / 1000)).toFixed(2)} MB/s, ${inputs.length} fixtures × ${rounds})`);
}

fs.rmSync(work, { recursive: true, force: true });

if (!values['no-query']) {
  const { makeBigDb } = await import('./make-big-db.ts');
  const { benchQueries } = await import('./query-bench.ts');
  const big = path.join(os.tmpdir(), `chitieu-big-${process.pid}.db`);
  const made = await makeBigDb(big, 1_000_000);
  console.log(`\nquery: database of ${made.statements} statements in ${made.documents} documents (built in ${(made.ms / 1000).toFixed(1)} s)`);
  const q = await benchQueries(big);
  console.log(`filtered full-text search (${q.queries} queries): p50 ${q.search.p50.toFixed(1)} ms, p95 ${q.search.p95.toFixed(1)} ms, max ${q.search.max.toFixed(1)} ms`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(big + suffix, { force: true });
}
