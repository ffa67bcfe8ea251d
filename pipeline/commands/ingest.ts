// `chitieu ingest <file|dir>... [--db PATH]`: load -> process -> store, one document at a time.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../adapters/sqlite.ts';
import { BUSY_WAIT_MS, closeDatabase, DatabaseError, findDocument, isBusyError, openDatabase, readStatements, storedContent } from '../adapters/sqlite.ts';
import { WriteBatch } from '../batch.ts';
import type { InputFile } from '../files.ts';
import { listInputs } from '../files.ts';
import { KNOWN_EXTENSIONS, loadInputs, LoadError, reasonOf } from '../load.ts';
import { isDump } from '../loaders/jsonl.ts';
import type { Document } from '../document.ts';
import { PIPELINE_VERSION } from '../version.ts';
import type { IngestResult } from '../worker.ts';
import { ingestAll, parseJobs, POOL_MIN_BYTES } from '../pool.ts';
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
replaces its earlier version. A MANIFEST.tsv in a file's folder, or the folder above, gives saved
files their addresses (columns file and url).

options:
  --db PATH   the database (default ${DEFAULT_DB}; its folder is created)
  --jobs N    worker threads reading and extracting (default: one per core for inputs over
              ${POOL_MIN_BYTES / 1e6} MB); one writer stores in input order, so the database is the same
  -h, --help  this text

exit status: 0 all stored, 1 some inputs failed (named on stderr), 2 usage error
`;

interface Tally {
  outcomes: Record<StoreOutcome | 'failed', number>;
  kinds: Map<string, number>;
  indicators: Map<string, number>;
  /** diagnostic code -> documents stored with it */
  diagnostics: Map<string, number>;
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
  if (tally.diagnostics.size) {
    const codes = [...tally.diagnostics].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${fmt(n)}`);
    lines.push(`  diagnostics ${codes.join(', ')} (documents; 'export --what documents' names them)`);
  }
  if (failedFiles.length) {
    const shown = failedFiles.slice(0, 5).join(', ');
    lines.push(`  failed      ${shown}${failedFiles.length > 5 ? `, and ${failedFiles.length - 5} more (see stderr)` : ''}`);
  }
  lines.push(`  database    ${db}`);
  return lines.join('\n') + '\n';
}

/** One ingest run: the database, the batch it writes in, and what it has to say at the end. */
interface Run {
  db: Db;
  batch: WriteBatch;
  tally: Tally;
  progress: ReturnType<typeof progressLine>;
  failedFiles: string[];
  /** content hash -> first input with it, this run */
  seen: Map<string, string>;
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
  const r: Run = {
    db, batch: new WriteBatch(db),
    tally: { outcomes: { new: 0, replaced: 0, unchanged: 0, copy: 0, failed: 0 }, kinds: new Map(), indicators: new Map(), diagnostics: new Map(), statements: 0, bytes: 0 },
    progress: progressLine(Boolean(process.stderr.isTTY), inputs.length), failedFiles: [], seen: new Map(),
  };
  if (!(await storeAll(r, inputs, jobs, dbPath))) return 1;
  r.progress.clear();
  process.stdout.write(summary(r.tally, dbPath, Date.now() - started, r.failedFiles));
  return r.tally.outcomes.failed > 0 ? 1 : 0;
}

/** Every input in order, through the pool; false when the database failed (said on stderr). */
async function storeAll(r: Run, inputs: InputFile[], jobs: number | undefined, dbPath: string): Promise<boolean> {
  let i = 0;
  // Plain files are read and processed in worker threads (pool.ts), their results back in input
  // order; a crawler dump's documents are processed here, at its place in the order.
  const plain = inputs.filter((input) => !isDump(input.path));
  const stored = new Set(storedContent(r.db, PIPELINE_VERSION)); // content the workers need not process
  const pooled = ingestAll(plain.map((input) => path.resolve(input.path)), stored,
    { jobs, bytes: plain.reduce((sum, input) => sum + input.size, 0) });
  try {
    for (; i < inputs.length; i++) {
      const input = inputs[i];
      r.progress.update(i, r.tally);
      if (isDump(input.path)) {
        // a crawler dump: one document per line, a bad line named and skipped
        for await (const loaded of loadInputs(path.resolve(input.path))) {
          if (loaded instanceof LoadError) { fail(r, input.path, loaded.reason); continue; }
          store(r, loaded, loaded.source, i, undefined, await stagesHere());
        }
        r.tally.bytes += input.size;
        continue;
      }
      const { value: result } = await pooled.next();
      if (!result) throw new Error('the pool ended early'); // cannot happen: one result per plain file
      if (!result.ok) {
        fail(r, input.path, reasonOf(result.error));
        continue;
      }
      r.tally.bytes += input.size;
      // a worker skips content stored when the run began; if another writer replaced it since, it is processed here
      const prepared = result.value;
      store(r, prepared.loaded, input.path, i, prepared, prepared.processed || prepared.error !== undefined ? undefined : await stagesHere());
    }
    r.batch.commit();
    return true;
  } catch (err) {
    if (!(err as { code?: string }).code?.startsWith('SQLITE_')) throw err;
    databaseFailed(r, err, inputs.slice(r.batch.pending ?? i), dbPath);
    return false;
  } finally {
    await pooled.return(undefined); // the workers end with the run
    try { r.batch.commit(); } catch { r.batch.abandon(); } // a bug that stopped the run keeps what was stored before it
    closeDatabase(r.db);
  }
}

/** The stages, for what is processed in this thread: loaded only when something is (the workers do the rest). */
let STAGES_HERE: ((doc: Document) => Document) | undefined;
async function stagesHere(): Promise<(doc: Document) => Document> {
  STAGES_HERE ??= (await import('../pipeline.ts')).process;
  return STAGES_HERE;
}

/** The database failed (disk full, I/O error): say so and name every input left unstored. */
function databaseFailed(r: Run, err: unknown, left: InputFile[], dbPath: string): void {
  r.progress.clear();
  r.batch.abandon();
  const code = (err as { code?: string }).code ?? '';
  process.stderr.write(`chitieu ingest: database ${dbPath}: ${(err as Error).message} (${code}`
    + `${/FULL|IOERR/.test(code) ? '; is the disk full?' : ''})\n`
    + `chitieu ingest: not stored (${left.length}): ${left.map((f) => f.path).join(', ')}\n`);
}

function note(r: Run, file: string, message: string): void {
  r.progress.clear();
  process.stderr.write(`chitieu ingest: ${file}: ${message}\n`);
}

function fail(r: Run, file: string, reason: string): void {
  note(r, file, reason);
  r.tally.outcomes.failed++;
  r.failedFiles.push(file);
}

/**
 * Stores one loaded document, or links it as another source of content already stored. `prepared`:
 * what a worker made of it (processed, or the error a stage threw); without it, `stages` process it here.
 */
function store(r: Run, loaded: Document, label: string, index: number, prepared?: IngestResult, stages?: (doc: Document) => Document): void {
  const { db, tally } = r;
  try {
    if (linked(r, loaded, label)) return;
  } catch (err) {
    if (!isBusyError(err)) throw err;
    fail(r, label, busyReason());
    return;
  }
  let doc = loaded;
  let outcome: StoreOutcome;
  try {
    if (prepared?.error !== undefined) throw prepared.error;
    const ready = prepared?.processed ?? stages!(doc);
    doc = ready;
    outcome = r.batch.write(index, () => storeDocument(db, ready, { version: PIPELINE_VERSION }));
  } catch (err) {
    if (isBusyError(err)) { fail(r, label, busyReason()); return; } // waited, in vain: this one only
    if ((err as { code?: string }).code?.startsWith('SQLITE_')) throw err; // the database, not this input
    fail(r, label, reasonOf(err));
    return;
  }
  r.seen.set(doc.id, label);
  tally.outcomes[outcome]++;
  count(tally, doc.statements);
  for (const code of new Set(doc.diagnostics.map((d) => d.code))) tally.diagnostics.set(code, (tally.diagnostics.get(code) ?? 0) + 1);
}

/** Content already stored by this version (counted as it is), or the same bytes at another path (another source of it). */
function linked(r: Run, doc: Document, label: string): boolean {
  if (isStored(r.db, doc, PIPELINE_VERSION)) {
    r.seen.set(doc.id, label);
    r.tally.outcomes.unchanged++;
    count(r.tally, readStatements(r.db, { documentId: doc.id }));
    return true;
  }
  const outcome = storeSource(r.db, doc, { version: PIPELINE_VERSION });
  if (!outcome) return false;
  const first = r.seen.get(doc.id) ?? findDocument(r.db, doc.id)?.source;
  if (outcome === 'copy') note(r, label, `same content as ${first}, stored as another source of it`);
  r.tally.outcomes[outcome]++;
  return true;
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage,
  run,
};
