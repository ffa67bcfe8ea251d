// `npm run bench`: throughput of the pipeline on a corpus of at least 50 MB built from the seeds
// (each copy with its numbers varied, so nothing is cached), against the floor of reading the
// same files and running one simple regex over them; then query latency on 1M statements.
//
//   npm run bench                 # everything (takes a few minutes)
//   npm run bench -- --mb 10      # a smaller corpus
//   npm run bench -- --no-query   # skip the 1M-statement query benchmark
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { closeDatabase, openDatabase } from '../pipeline/adapters/sqlite.ts';
import { loadFile } from '../pipeline/load.ts';
import { PIPELINE_VERSION, process as runPipeline } from '../pipeline/pipeline.ts';
import { storeDocument } from '../pipeline/store.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, 'no-query': { type: 'boolean' } } });
const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
const corpusDir = path.join(work, 'corpus');
fs.mkdirSync(corpusDir);

/** Copies of the seeds with every digit run nudged, until `mb` megabytes are written. */
function buildCorpus(mb: number): string[] {
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  const files: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < mb * 1e6; copy++) {
    const text = seeds[copy % seeds.length].replace(/\d+/g, (d) => String((Number(d) + copy) % 10 ** d.length).padStart(d.length, '0'));
    const file = path.join(corpusDir, `doc-${String(copy).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return files;
}

const mbOf = (files: string[]) => files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6;

function report(name: string, mb: number, ms: number, extra = ''): void {
  console.log(`${name.padEnd(34)} ${(mb / (ms / 1000)).toFixed(2).padStart(8)} MB/s  ${(ms / 1000).toFixed(1).padStart(6)} s${extra}`);
}

const files = buildCorpus(Number(values.mb));
const mb = mbOf(files);
console.log(`corpus: ${files.length} documents, ${mb.toFixed(1)} MB (seeds with varied numbers) in ${corpusDir}`);
console.log(`machine: ${os.cpus().length} cores, node ${process.version}; one process, one core\n`);

// floor: read every file and run one simple regex over it
let t0 = performance.now();
let hits = 0;
for (const f of files) hits += (fs.readFileSync(f, 'utf8').match(/\d+(?:[.,]\d+)*\s*%/g) ?? []).length;
report('floor: read + one regex', mb, performance.now() - t0, `  (${hits} matches)`);

// extract only: load + all stages, no database
t0 = performance.now();
let statements = 0;
for (const f of files) statements += runPipeline(await loadFile(f)).statements.length;
let ms = performance.now() - t0;
report('extract (load + stages)', mb, ms, `  ${Math.round(statements / (ms / 1000))} statements/s (${statements})`);

// ingest: the same plus the SQLite store, one transaction per document
const dbFile = path.join(work, 'bench.db');
const db = openDatabase(dbFile);
t0 = performance.now();
statements = 0;
for (const f of files) {
  const doc = runPipeline(await loadFile(f));
  storeDocument(db, doc, { version: PIPELINE_VERSION });
  statements += doc.statements.length;
}
ms = performance.now() - t0;
closeDatabase(db);
report('ingest (extract + SQLite)', mb, ms, `  ${Math.round(statements / (ms / 1000))} statements/s`);
// the loops above never yield to the event loop, so the kernel's high-water mark is the honest figure
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// other formats, when their fixtures exist
for (const [format, dir] of [['HTML', 'corpus/fixtures/html'], ['PDF', 'corpus/fixtures/pdf'], ['DOCX', 'corpus/fixtures/docx']] as const) {
  const full = fileURLToPath(new URL(`../${dir}/`, import.meta.url));
  if (!fs.existsSync(full)) continue;
  const inputs = fs.readdirSync(full).filter((f) => /\.(html?|pdf|docx)$/i.test(f)).map((f) => path.join(full, f));
  if (!inputs.length) continue;
  const rounds = format === 'HTML' ? 20 : 3;
  t0 = performance.now();
  let pages = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of inputs) {
      try { runPipeline(await loadFile(f)); pages++; } catch { /* a bad fixture is the loader tests' business */ }
    }
  }
  ms = performance.now() - t0;
  const size = mbOf(inputs) * rounds;
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
