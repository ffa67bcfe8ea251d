// Every core: documents are loaded and run through the stages in worker threads (worker.ts), and
// their results come back in input order, so the one writer (ingest's store, extract's stdout)
// sees exactly the sequence a single thread would. A task that throws fails alone; a worker that
// dies (a crash) fails its one document and is replaced.
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { keepHeapDown } from './heap.ts';
import { once } from './lazy.ts';
import { LoadError } from './load.ts';
import type { ExtractResult, IngestResult, PortableError, ResultMessage, TaskMessage } from './worker.ts';

// The stages (worker.ts) and the schema are imported only where they run: the writer of a pooled
// `extract` never loads them.

/** Below this much input the threads' start-up (each loads the pipeline) costs more than they save. */
const POOL_MIN_BYTES = 2_000_000;
/**
 * A small young generation per worker keeps each thread's collector slack small (on the 50 MB bench
 * corpus, 2 workers peak at ~165 MB RSS with 16 MB, ~200 MB without; with heap.ts's ceiling, an
 * ingest with 2 workers peaks at 246 MB with 16 MB and 227 MB with 8, for the same CPU time within
 * the noise of a shared machine). The old generation keeps V8's default: a 512 MB cap was tried, and
 * one document of 150,000 statements (which needs more) took the whole process down with it, not
 * just its worker; heap.ts collects instead.
 */
const WORKER_YOUNG_MB = 8;

export interface PoolOptions {
  /** worker threads wanted; undefined: one per available core when the input is large enough */
  jobs?: number;
  /** total input bytes, for the default */
  bytes: number;
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
  if (threads === 0) {
    for (const [index, file] of files.entries()) {
      try {
        yield { index, ok: true, value: await here(file) };
      } catch (error) {
        yield { index, ok: false, error };
      }
      keepHeapDown();
    }
    return;
  }
  yield* pooled(task, files, threads, revive, stored);
}

async function* pooled<T>(task: TaskMessage['task'], files: string[], threads: number, revive: (value: unknown) => Promise<T>, stored?: string[]): AsyncGenerator<Settled<T>> {
  const window = threads * 4; // results waiting to be written, at most: memory stays flat
  const done = new Map<number, Settled<T> | Promise<Settled<T>>>();
  let next = 0; // next index to hand out
  let wake: (() => void) | undefined;
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  const settle = (index: number, result: Settled<T> | Promise<Settled<T>>) => { done.set(index, result); wake?.(); };

  const start = (): Worker => {
    const worker = spawn();
    if (stored?.length) worker.postMessage({ stored });
    worker.on('message', (m: ResultMessage) => {
      busy.delete(worker);
      idle.push(worker);
      settle(m.index, m.error !== undefined ? { index: m.index, ok: false, error: reviveError(m.error) }
        : revive(m.value).then((value) => ({ index: m.index, ok: true, value })));
    });
    worker.on('error', (err) => {
      const index = busy.get(worker);
      busy.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if (index !== undefined) settle(index, { index, ok: false, error: new Error(`worker thread died: ${err.message}`) });
      idle.push(start());
    });
    return worker;
  };
  let emitted = 0;
  const workers = Array.from({ length: threads }, start);
  idle.push(...workers);
  try {
    while (emitted < files.length) {
      while (idle.length && next < files.length && next < emitted + window) {
        const worker = idle.pop()!;
        busy.set(worker, next);
        worker.postMessage({ index: next, task, file: files[next] } satisfies TaskMessage);
        next++;
      }
      const ready = done.get(emitted);
      if (ready) {
        done.delete(emitted);
        emitted++;
        yield await ready;
        keepHeapDown(); // the writer's heap too (it holds what the workers sent)
        continue;
      }
      await new Promise<void>((resolve) => { wake = resolve; });
      wake = undefined;
    }
  } finally {
    await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
  }
}

/** A worker thread over the build (dist/worker.js) or, when running the sources, over worker.ts through tsx. */
function spawn(): Worker {
  const limits = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { ...limits, execArgv: ['--enable-source-maps'] });
  // tsx's ESM API (its package exports name the .mjs only under "import"; require.resolve finds the .cjs beside it)
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const file = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(file)}))`, { ...limits, eval: true });
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
