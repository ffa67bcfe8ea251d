// Every core: documents are loaded and run through the stages in worker threads (worker.ts), and
// their results come back in input order, so the one writer (ingest's store, extract's stdout)
// sees exactly the sequence a single thread would. A task that throws fails alone; a worker that
// dies (a crash) fails its one document and is replaced.
import { createRequire } from 'node:module';
import os from 'node:os';
import v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { limitHeapGrowth } from './heap.ts';
import { once } from './lazy.ts';
import { LoadError } from './load.ts';
import type { ExtractResult, IngestResult, PortableError, ResultMessage, TaskMessage } from './worker.ts';

// The stages (worker.ts) and the schema are imported only where they run: the writer of a pooled
// `extract` never loads them.

/**
 * Below this much input the workers' start-up costs more than they save: each loads the stages and
 * warms them up itself (~1 s of CPU before its code is optimized). Measured with 2 workers against
 * one thread (`extract`, this 2-core machine): the bench's text at 10 MB 3.2–3.6 s against 3.4 s
 * (2.4 against 2.3 s on a quiet machine), at 20 MB 4.6 against 5.4 s; the five real PDFs (2.2 MB)
 * 2.5–3.1 against 2.0–2.2 s, five copies of them (11 MB) 4.4–4.7 against 5.2 s.
 */
export const POOL_MIN_BYTES = 10_000_000;
/**
 * Each worker's semi-space (half its young generation), set as V8's flag before the first worker
 * starts (workerFlags): a flag is read when an isolate is made, so it reaches the workers and not
 * this thread. Workers' young generations otherwise stayed small whatever resourceLimits asked for
 * (their collection counts matched a 4 MB semi-space), and they collected ~5× as often as one
 * thread (~12 % of their time). Measured with 2 workers, `ingest` of the bench's 200 MB corpus,
 * taking turns: peak RSS 244 / 244 MiB at 8 MB against 235 / 234 at 4 (with the regexes compiled
 * at once, below), 56–58 s of CPU either way; the bench's runs, one each, 251 MiB at 8 (over the
 * 250 allowed) and 235 at 4, 33.5 and 33.8 s wall; `extract` of 200 MB 237 and 218 MiB, 26.6 and
 * 26.4 s. The old generation has no cap: a 512 MB one was tried, and one document of 150,000
 * statements (which needs more) took the whole process down with it, not just its worker; heap.ts
 * limits how far it grows past what is alive instead.
 */
const WORKER_SEMI_SPACE_MB = 4;

export interface PoolOptions {
  /** worker threads wanted; undefined: one per available core when the input is large enough */
  jobs?: number;
  /** total input bytes, for the default */
  bytes: number;
  /** makes a worker thread (tests give one of their own); the stages' worker by default */
  startWorker?: () => Worker;
}

/** How many worker threads to start for `count` inputs (0: run in this thread). */
export function workerCount(count: number, options: PoolOptions): number {
  const wanted = options.jobs ?? (options.bytes >= POOL_MIN_BYTES ? os.availableParallelism() : 1);
  const n = Math.min(wanted, count);
  return n >= 2 ? n : 0;
}

/** `--jobs N` as given on the command line; undefined when absent. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--jobs needs a whole number of at least 1, not '${value}'`);
  return n;
}

export type Settled<T> = { index: number; ok: true; value: T } | { index: number; ok: false; error: unknown };

const workerModule = once(() => import('./worker.ts'));
const schemaModule = once(() => import('./schema.ts'));

/** extract's tasks, in input order. */
export function extractAll(files: string[], options: PoolOptions): AsyncGenerator<Settled<ExtractResult>> {
  return runAll('extract', files, options, async (file) => (await workerModule()).extractTask(file), async (v) => v as ExtractResult);
}

/** ingest's tasks, in input order; content whose hash is in `stored` is loaded but not processed. */
export function ingestAll(files: string[], stored: ReadonlySet<string>, options: PoolOptions): AsyncGenerator<Settled<IngestResult>> {
  return runAll('ingest', files, options, async (file) => (await workerModule()).ingestTask(file, stored), reviveIngest, [...stored]);
}

async function* runAll<T>(
  task: TaskMessage['task'], files: string[], options: PoolOptions,
  here: (file: string) => Promise<T>, revive: (value: unknown) => Promise<T>, stored?: string[],
): AsyncGenerator<Settled<T>> {
  const threads = workerCount(files.length, options);
  limitHeapGrowth(); // this thread's and the workers'
  if (threads === 0) {
    for (const [index, file] of files.entries()) {
      try {
        yield { index, ok: true, value: await here(file) };
      } catch (error) {
        yield { index, ok: false, error };
      }
    }
    return;
  }
  yield* pooled(task, files, threads, revive, options.startWorker ?? spawn, stored);
}

/**
 * Tasks queued per worker: while it runs one, the next already waits in its queue. With one, a
 * worker finishing a document sat idle until the writer's thread got a core to hand it the next
 * (2 workers on 2 cores: ~10 % of their time).
 */
const QUEUED_PER_WORKER = 2;

async function* pooled<T>(
  task: TaskMessage['task'], files: string[], threads: number, revive: (value: unknown) => Promise<T>, spawn: () => Worker, stored?: string[],
): AsyncGenerator<Settled<T>> {
  // results waiting to be written, at most: memory stays flat. 4 per worker left one idle behind
  // every long document (2 workers over the 50 MB corpus: 9.0–9.7 s; 7.8–8.0 s with 16)
  const window = threads * 16;
  const done = new Map<number, Settled<T> | Promise<Settled<T>>>();
  let wake: (() => void) | undefined;
  const settle = (index: number, result: Settled<T> | Promise<Settled<T>>) => { done.set(index, result); wake?.(); };
  const workers = crew(threads, spawn, stored, {
    answered: (m) => settle(m.index, m.error !== undefined ? { index: m.index, ok: false, error: reviveError(m.error) }
      : revive(m.value).then((value) => ({ index: m.index, ok: true, value }))),
    died: (index, why) => index === undefined ? wake?.() : settle(index, { index, ok: false, error: new Error(`worker thread died: ${why}`) }),
  });
  let next = 0; // next index to hand out
  let emitted = 0;
  try {
    while (emitted < files.length) {
      workers.fill(() => (next < files.length && next < emitted + window ? next++ : undefined),
        (worker, index) => worker.postMessage({ index, task, file: files[index] } satisfies TaskMessage));
      const ready = done.get(emitted);
      if (ready) {
        done.delete(emitted);
        emitted++;
        yield await ready;
        continue;
      }
      await new Promise<void>((resolve) => { wake = resolve; });
      wake = undefined;
    }
  } finally {
    await workers.close();
  }
}

interface Crew {
  /** gives each worker tasks until QUEUED_PER_WORKER wait in its queue: first those a crash left, then `take`'s */
  fill(take: () => number | undefined, send: (worker: Worker, index: number) => void): void;
  close(): Promise<void>;
}

/**
 * `threads` workers and the tasks each was given, oldest (the one it runs) first. A worker that
 * dies, by a crash ('error', then 'exit') or an exit of its own (process.exit in some library), is
 * reported once with the task it was running (none while the crew closes) and replaced; the tasks
 * queued behind it go to the next worker free.
 */
function crew(threads: number, spawn: () => Worker, stored: string[] | undefined, on: {
  answered: (m: ResultMessage) => void; died: (index: number | undefined, why: string) => void;
}): Crew {
  const queued = new Map<Worker, number[]>();
  const again: number[] = [];
  let closing = false;
  const start = () => {
    const worker = spawn();
    queued.set(worker, []);
    if (stored?.length) worker.postMessage({ stored });
    worker.on('message', (m: ResultMessage) => {
      const mine = queued.get(worker)!;
      mine.splice(mine.indexOf(m.index), 1);
      on.answered(m);
    });
    worker.on('error', (err) => died(worker, err.message));
    worker.on('exit', (code) => died(worker, `it exited with code ${code}`));
  };
  const died = (worker: Worker, why: string) => {
    const mine = queued.get(worker);
    if (!mine || closing) return;
    queued.delete(worker);
    const [index, ...waiting] = mine;
    again.push(...waiting);
    start();
    on.died(index, why);
  };
  for (let i = 0; i < threads; i++) start();
  return {
    fill(take, send) {
      for (const [worker, mine] of queued) {
        while (mine.length < QUEUED_PER_WORKER) {
          const index = again.length ? again.shift() : take();
          if (index === undefined) break;
          mine.push(index);
          send(worker, index);
        }
      }
    },
    async close() {
      closing = true;
      await Promise.all([...queued.keys()].map((w) => w.terminate()));
    },
  };
}

/**
 * The workers' V8 flags, set once before the first starts: their semi-space (above). They compile
 * each regex to machine code at its first use, as bin/chitieu.js has every thread do: V8's default
 * (interpreted first, compiled on the second use) was tried for the workers and, at a 4 MB
 * semi-space, cost 2–7 % more CPU for the same peak RSS (`ingest` of 200 MB with 2 workers, two
 * pairs: 57.7 / 61.2 s against 55.6 / 56.9 s).
 */
const workerFlags = once(() => v8.setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`));

/** A worker thread over the build (dist/worker.js) or, when running the sources, over worker.ts through tsx. */
function spawn(): Worker {
  workerFlags();
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { execArgv: ['--enable-source-maps'] });
  // tsx's ESM API (its package exports name the .mjs only under "import"; require.resolve finds the .cjs beside it)
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const file = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(file)}))`, { eval: true });
}

/** The error a worker sent (see portableError), as the class the caller tests for. */
function reviveError(p: unknown): Error {
  const e = p as PortableError;
  const err = e.load ? new LoadError(e.load.source, e.load.reason) : Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
  if (!e.load) err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

async function reviveIngest(value: unknown): Promise<IngestResult> {
  const v = value as IngestResult & { parsed?: boolean[] };
  if (v.processed && v.parsed) (await schemaModule()).trustParsed(v.processed.statements.filter((_, i) => v.parsed![i]));
  if (v.error !== undefined) v.error = reviveError(v.error);
  delete v.parsed;
  return v;
}
