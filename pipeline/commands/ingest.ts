// `chitieu ingest <file|dir>... [--db PATH]`: load -> process -> store, one document at a time.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../adapters/sqlite.ts';
import { BUSY_WAIT_MS, closeDatabase, DatabaseError, findDocument, isBusyError, openDatabase, readStatements, storedContent } from '../adapters/sqlite.ts';
import { WriteBatch } from '../batch.ts';
import { listInputs } from '../files.ts';
import { KNOWN_EXTENSIONS, loadInputs, LoadError, reasonOf } from '../load.ts';
import { isDump } from '../loaders/jsonl.ts';
import type { Document } from '../document.ts';
import { PIPELINE_VERSION, process as runPipeline } from '../pipeline.ts';
import type { IngestResult } from '../worker.ts';
import { ingestAll, parseJobs } from '../pool.ts';
import type { Statement } from '../schema.ts';
import { KINDS } from '../schema.ts';
import type { StoreOutcome } from '../store.ts';
import { isStored, storeDocument, storeSource } from '../store.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';

export const DEFAULT_DB = 'out/chitieu.db';

const usage = `usage: chitieu ingest <file|dir>... [--db PATH] [--jobs N]

Reads each file (directories are walked for ${KNOWN_EXTENSIONS.join(' ')}), extracts its
indicator statements and stores document, statements and diagnostics in SQLite, one transaction
per document. Content already stored by this pipeline version is skipped; a changed file
replaces its earlier version.

options:
  --db PATH   the database (default ${DEFAULT_DB}; its folder is created)
  --jobs N    worker threads reading and extracting (default: one per core for inputs over
              2 MB); one writer stores in input order, so the database is the same
  -h, --help  this text

exit status: 0 all stored, 1 some inputs failed (named on stderr), 2 usage error
`;

interface Tally {
  outcomes: Record<StoreOutcome | 'failed', number>;
  kinds: Map<string, number>;
  indicators: Map<string, number>;
  statements: number;
  bytes: number;
}

function count(tally: Tally, statements: readonly Statement[]): void {
  tally.statements += statements.length;
  for (const s of statements) {
    tally.kinds.set(s.kind, (tally.kinds.get(s.kind) ?? 0) + 1);
    const indicator = s.indicator?.trim().toLowerCase();
    if (indicator) tally.indicators.set(indicator, (tally.indicators.get(indicator) ?? 0) + 1);
  }
}

const busyReason = () => `database busy: other writers held it for ${BUSY_WAIT_MS / 1000} s; not stored, ingest it again`;
const mb = (bytes: number) => bytes / 1e6;
const rate = (bytes: number, ms: number) => (ms > 0 ? mb(bytes) / (ms / 1000) : 0);
const fmt = (n: number) => n.toLocaleString('en-US');

/** Progress on a terminal only, redrawn in place at most ten times a second. */
function progressLine(enabled: boolean, total: number) {
  let last = 0;
  const started = Date.now();
  return {
    update(done: number, tally: Tally, force = false) {
      if (!enabled) return;
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[Kingest ${done}/${total} documents · ${rate(tally.bytes, now - started).toFixed(1)} MB/s`
        + ` · ${fmt(tally.statements)} statements`);
    },
    clear() { if (enabled) process.stderr.write('\r\x1b[K'); },
  };
}

function summary(tally: Tally, db: string, ms: number, failedFiles: string[]): string {
  const o = tally.outcomes;
  const docs = o.new + o.replaced + o.unchanged + o.copy + o.failed;
  const kinds = KINDS.map((k) => `${k} ${fmt(tally.kinds.get(k) ?? 0)}`).join(', ');
  const top = [...tally.indicators].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
  const lines = [
    `chitieu ingest: ${docs} documents in ${(ms / 1000).toFixed(2)} s, ${mb(tally.bytes).toFixed(2)} MB at ${rate(tally.bytes, ms).toFixed(2)} MB/s`,
    `  documents   ${o.new} new, ${o.replaced} replaced, ${o.unchanged} unchanged, `
      + `${o.copy ? `${o.copy} ${o.copy === 1 ? 'copy' : 'copies'} of stored content, ` : ''}${o.failed} failed`,
    `  statements  ${fmt(tally.statements)} (${kinds})`,
  ];
  if (top.length) {
    lines.push('  top indicators:');
    const width = String(top[0][1]).length;
    for (const [name, n] of top) lines.push(`    ${String(n).padStart(width)}  ${name.length > 70 ? name.slice(0, 69) + '…' : name}`);
  }
  if (failedFiles.length) {
    const shown = failedFiles.slice(0, 5).join(', ');
    lines.push(`  failed      ${shown}${failedFiles.length > 5 ? `, and ${failedFiles.length - 5} more (see stderr)` : ''}`);
  }
  lines.push(`  database    ${db}`);
  return lines.join('\n') + '\n';
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, strict: true, allowPositionals: true,
    options: { db: { type: 'string' }, jobs: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('no input files or folders given');
  let jobs;
  try { jobs = parseJobs(values.jobs); } catch (err) { throw new UsageError((err as Error).message); }
  const dbPath = values.db ?? DEFAULT_DB;
  if (!dbPath) throw new UsageError('--db needs a path');

  const started = Date.now();
  const inputs = await listInputs(positionals);
  let db: Db;
  try {
    db = openDatabase(dbPath);
  } catch (err) {
    if (err instanceof DatabaseError) { process.stderr.write(`chitieu ingest: ${err.message}\n`); return 1; }
    throw err;
  }

  const tally: Tally = {
    outcomes: { new: 0, replaced: 0, unchanged: 0, copy: 0, failed: 0 },
    kinds: new Map(), indicators: new Map(), statements: 0, bytes: 0,
  };
  const progress = progressLine(Boolean(process.stderr.isTTY), inputs.length);
  const failedFiles: string[] = [];
  const seen = new Map<string, string>(); // content hash -> first input with it, this run
  const note = (file: string, message: string) => {
    progress.clear();
    process.stderr.write(`chitieu ingest: ${file}: ${message}\n`);
  };
  const fail = (file: string, reason: string) => {
    note(file, reason);
    tally.outcomes.failed++;
    failedFiles.push(file);
  };

  const batch = new WriteBatch(db);
  /**
   * Stores one loaded document, or links it as another source of content already stored. `prepared`:
   * what a worker made of it (processed, or the error a stage threw); without it, processed here.
   */
  const handle = (loaded: Document, label: string, index: number, prepared?: IngestResult): void => {
    let doc = loaded;
    try {
      if (isStored(db, doc, PIPELINE_VERSION)) {
        seen.set(doc.id, label);
        tally.outcomes.unchanged++;
        count(tally, readStatements(db, { documentId: doc.id }));
        return;
      }
      // the same bytes at another path: another source of the stored document, not a new one
      const linked = storeSource(db, doc, { version: PIPELINE_VERSION });
      if (linked) {
        const first = seen.get(doc.id) ?? findDocument(db, doc.id)?.source;
        if (linked === 'copy') note(label, `same content as ${first}, stored as another source of it`);
        tally.outcomes[linked]++;
        return;
      }
    } catch (err) {
      if (!isBusyError(err)) throw err;
      fail(label, busyReason());
      return;
    }
    let outcome: StoreOutcome;
    try {
      if (prepared?.error !== undefined) throw prepared.error;
      // a worker skips content stored when the run began; if another writer replaced it since, process it here
      const ready = prepared?.processed ?? runPipeline(doc);
      doc = ready;
      outcome = batch.write(index, () => storeDocument(db, ready, { version: PIPELINE_VERSION }));
    } catch (err) {
      if (isBusyError(err)) { fail(label, busyReason()); return; } // waited, in vain: this one only
      if ((err as { code?: string }).code?.startsWith('SQLITE_')) throw err; // the database, not this input
      fail(label, reasonOf(err));
      return;
    }
    seen.set(doc.id, label);
    tally.outcomes[outcome]++;
    count(tally, doc.statements);
  };

  let i = 0;
  // Plain files are read and processed in worker threads (pool.ts), their results back in input
  // order; a crawler dump's documents are processed here, at its place in the order.
  const plain = inputs.filter((input) => !isDump(input.path));
  const stored = new Set(storedContent(db, PIPELINE_VERSION)); // content the workers need not process
  const pooled = ingestAll(plain.map((input) => path.resolve(input.path)), stored,
    { jobs, bytes: plain.reduce((sum, input) => sum + input.size, 0) });
  try {
    for (; i < inputs.length; i++) {
      const input = inputs[i];
      progress.update(i, tally);
      if (isDump(input.path)) {
        // a crawler dump: one document per line, a bad line named and skipped
        for await (const loaded of loadInputs(path.resolve(input.path))) {
          if (loaded instanceof LoadError) { fail(input.path, loaded.reason); continue; }
          handle(loaded, loaded.source, i);
        }
        tally.bytes += input.size;
        continue;
      }
      const { value: result } = await pooled.next();
      if (!result) throw new Error('the pool ended early'); // cannot happen: one result per plain file
      if (!result.ok) {
        fail(input.path, reasonOf(result.error));
        continue;
      }
      tally.bytes += input.size;
      handle(result.value.loaded, input.path, i, result.value);
    }
    batch.commit();
  } catch (err) {
    if (!(err as { code?: string }).code?.startsWith('SQLITE_')) throw err;
    // the database failed (disk full, I/O error): say so and name every input left unstored,
    // from the first of the batch that was not committed
    progress.clear();
    const left = inputs.slice(batch.pending ?? i).map((f) => f.path);
    batch.abandon();
    process.stderr.write(`chitieu ingest: database ${dbPath}: ${(err as Error).message} (${(err as { code?: string }).code}`
      + `${/FULL|IOERR/.test((err as { code?: string }).code ?? '') ? '; is the disk full?' : ''})\n`
      + `chitieu ingest: not stored (${left.length}): ${left.join(', ')}\n`);
    return 1;
  } finally {
    await pooled.return(undefined); // the workers end with the run
    try { batch.commit(); } catch { batch.abandon(); } // a bug that stopped the run keeps what was stored before it
    closeDatabase(db);
  }
  progress.clear();
  process.stdout.write(summary(tally, dbPath, Date.now() - started, failedFiles));
  return tally.outcomes.failed > 0 ? 1 : 0;
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage,
  run,
};
