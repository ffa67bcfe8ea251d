// The worker pool changes nothing but speed: the same output, in the same order, with the same
// failures, as one thread. (Workers here run the sources through tsx, so they start slowly.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from './adapters/sqlite.ts';
import { runCli } from './commands/cli.fixtures.ts';
import { Worker } from 'node:worker_threads';
import { extractAll, parseJobs, workerCount, type Settled } from './pool.ts';
import { dumpDatabase } from './store.fixtures.ts';

const SEEDS = path.resolve('seeds');
let dir: string;
let inputs: string[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-pool-'));
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'broken.pdf'), '%PDF-1.4 not really');
  // failures in between good documents, and a document twice (same content, other name)
  inputs = [seeds[0], path.join(dir, 'empty.txt'), ...seeds.slice(1), path.join(dir, 'broken.pdf'), seeds[2]];
  fs.copyFileSync(seeds[2], path.join(dir, 'again.txt'));
  inputs.push(path.join(dir, 'again.txt'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the worker pool', () => {
  it('extracts the same lines in the same order with 1 and 3 workers, failing bad files alone', async () => {
    const one = await runCli(['extract', '--jobs', '1', '--diagnostics', ...inputs]);
    const three = await runCli(['extract', '--jobs', '3', '--diagnostics', ...inputs]);
    expect(one.code).toBe(1);
    expect(one.stdout.split('\n').length).toBeGreaterThan(100);
    expect(one.stderr).toMatch(/empty\.txt: empty file/);
    expect(one.stderr).toMatch(/broken\.pdf/);
    expect(three).toEqual(one);
  }, 120_000);

  it('stores the same database with 1 and 2 workers, and the same report', async () => {
    const run = async (jobs: string, name = `jobs-${jobs}.db`) => {
      const db = path.join(dir, name);
      const r = await runCli(['ingest', '--jobs', jobs, '--db', db, ...inputs]);
      const h = openDatabase(db, { readonly: true });
      try {
        // every row but the time it was written
        const tables = Object.fromEntries(Object.entries(dumpDatabase(h))
          .map(([name, rows]) => [name, (rows as { ingested_at?: string }[]).map(({ ingested_at, ...row }) => row)]));
        return { code: r.code, stderr: r.stderr, report: r.stdout.split('\n').slice(1, -2), tables };
      } finally {
        closeDatabase(h);
      }
    };
    const one = await run('1');
    const two = await run('2');
    expect(one.code).toBe(1);
    expect(one.report[0]).toMatch(/5 new, 0 replaced, 0 unchanged, 1 copy of stored content, 2 failed/);
    expect(two).toEqual(one);
    // again: the workers skip the stored content, the writer finds every source unchanged
    const again = await run('2', 'jobs-2.db');
    expect(again.report[0]).toMatch(/0 new, 0 replaced, 6 unchanged, 2 failed/);
    expect(again.tables).toEqual(two.tables);
  }, 120_000);

  it('rejects a --jobs that is not a whole number of at least 1', async () => {
    expect((await runCli(['extract', '--jobs', '0', inputs[0]])).code).toBe(2);
    expect(() => parseJobs('two')).toThrow(/whole number/);
  });

  it('starts no threads for one input or a small one by default, as many as asked otherwise', () => {
    expect(workerCount(1, { jobs: 4, bytes: 1e9 })).toBe(0);
    expect(workerCount(10, { bytes: 1000 })).toBe(0);
    expect(workerCount(10, { bytes: 5e6 })).toBe(0); // a few PDFs: faster in one thread, measured
    const cores = Math.min(10, os.availableParallelism());
    expect(workerCount(10, { bytes: 20e6 })).toBe(cores >= 2 ? cores : 0); // one per core
    expect(workerCount(10, { jobs: 3, bytes: 1000 })).toBe(3);
    expect(workerCount(2, { jobs: 3, bytes: 1000 })).toBe(2);
  });

  it('fails only the document whose worker died, crash or exit, and runs the ones queued behind it', async () => {
    // a stand-in worker: like worker.ts, one task at a time in the order they came; each takes a
    // moment, then is answered, or throws outside any handler ('crash'), or ends the thread ('exit')
    const startWorker = () => new Worker(`
      const { parentPort } = require('node:worker_threads');
      let running = Promise.resolve();
      parentPort.on('message', (m) => {
        running = running.then(() => new Promise((done) => setTimeout(() => {
          if (m.file.startsWith('crash')) throw new Error('boom');
          if (m.file.startsWith('exit')) process.exit(3);
          parentPort.postMessage({ index: m.index, value: 'read ' + m.file });
          done();
        }, 10)));
      });`, { eval: true });
    const files = ['a', 'crash-1', 'b', 'c', 'exit-1', 'd', 'e', 'crash-2', 'f', 'g'];
    const results: Settled<unknown>[] = [];
    for await (const r of extractAll(files, { jobs: 2, bytes: 0, startWorker })) results.push(r);
    expect(results.map((r) => r.index)).toEqual(files.map((_, i) => i));
    expect(results.map((r) => (r.ok ? r.value : String(r.error)))).toEqual(files.map((f) =>
      f.startsWith('crash') ? 'Error: worker thread died: boom'
        : f.startsWith('exit') ? 'Error: worker thread died: it exited with code 3' : `read ${f}`));
  }, 30_000);
});
