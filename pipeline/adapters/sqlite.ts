// The SQLite adapter (better-sqlite3): schema, one-transaction-per-document writes, typed reads.
// Everything that knows about better-sqlite3 lives here; `store.ts`, `export` and later
// `query`/`serve` go through these functions.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { Diagnostic } from '../document.ts';
import type { Kind, Statement } from '../schema.ts';
import { sqlColumns, StatementSchema } from '../schema.ts';

/**
 * Bump when the tables change shape (the statement columns are also checked one by one).
 * 2: `sources` — one content (a document) may come from several paths.
 */
export const SCHEMA_VERSION = '2';

// URI filenames (`file:…?immutable=1`) for databases in read-only places; the addon reads this
// setting once, when it is first loaded, so it is loaded here and nowhere else.
process.env.SQLITE_USE_URI ??= '1';
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
type Database = BetterSqlite3.Database;
type Statement_ = BetterSqlite3.Statement;

export type Db = Database;

/** The database cannot be opened or was made by another schema: a user-facing message, no stack. */
export class DatabaseError extends Error {}

/** One row of `documents`. */
export interface DocumentRecord {
  id: string;
  source: string;
  name: string;
  title: string | null;
  published: string | null;
  url: string | null;
  site: string | null;
  author: string | null;
  format: string;
  lang: string | null;
  text: string;
  ingested_at: string;
  pipeline_version: string;
  statement_count: number;
}

/** A stored document as exported: `{doc, title, lang, text, ...other metadata, diagnostics}`. */
export interface StoredDocument {
  doc: string;
  title: string | null;
  lang: string | null;
  text: string;
  id: string;
  source: string;
  format: string;
  published: string | null;
  url: string | null;
  site: string | null;
  author: string | null;
  ingested_at: string;
  pipeline_version: string;
  statement_count: number;
  diagnostics: Diagnostic[];
}

export interface StatementFilter {
  /** the content hash of one document */
  documentId?: string;
  /** the document name (the records' `doc`) */
  doc?: string;
  kind?: Kind;
  unit?: string;
  limit?: number;
  offset?: number;
  /** also give each statement its document's id and source path (`document_id`, `source`) */
  withSource?: boolean;
}

/** A statement with the document it came from, as exports write it. */
export type SourcedStatement = Statement & { document_id: string; source: string };

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const COLUMNS = sqlColumns();
const SHAPE = StatementSchema.shape as Record<string, z.ZodType>;

function unwrapped(name: string): z.ZodType {
  const t = SHAPE[name];
  return t instanceof z.ZodNullable ? (t.unwrap() as z.ZodType) : t;
}
const BOOLEAN_COLUMNS = new Set<string>(COLUMNS.filter((c) => unwrapped(c.name) instanceof z.ZodBoolean).map((c) => c.name));
const JSON_COLUMNS = new Set<string>(COLUMNS.filter((c) => {
  const t = unwrapped(c.name);
  return t instanceof z.ZodArray || t instanceof z.ZodObject;
}).map((c) => c.name));

// Content identity (documents.id, the hash of the bytes) is not source identity (the path): the same
// bytes at two paths are two sources of one document, and neither replaces the other.
const SOURCES_SQL = `CREATE TABLE sources (
  source TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  name TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX sources_document ON sources(document_id);`;

function schemaSql(): string {
  const statementColumns = COLUMNS.map((c) => `  ${q(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  return `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
${SOURCES_SQL}
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  published TEXT,
  url TEXT,
  site TEXT,
  author TEXT,
  format TEXT NOT NULL,
  lang TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  pipeline_version TEXT NOT NULL,
  statement_count INTEGER NOT NULL
);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_name ON documents(name);
CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
${statementColumns.join(',\n')}
);
CREATE INDEX statements_document ON statements(document_id);
CREATE INDEX statements_kind ON statements(${q('kind')});
CREATE INDEX statements_unit ON statements(${q('unit')});
CREATE INDEX statements_place ON statements(${q('place')});
CREATE INDEX statements_period ON statements(${q('period_to')}, ${q('period_from')});
CREATE INDEX statements_indicator_key ON statements(${q('indicator_key')});
CREATE TABLE diagnostics (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  stage TEXT NOT NULL,
  message TEXT NOT NULL,
  "start" INTEGER,
  "end" INTEGER
);
CREATE INDEX diagnostics_document ON diagnostics(document_id);
`;
}

/** How long a writer waits for another writer before giving up on one document (ms). */
export const BUSY_WAIT_MS = Number(process.env.CHITIEU_BUSY_WAIT_MS) || 120_000;

export const isBusyError = (err: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((err as { code?: string })?.code ?? '');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` (one transaction) again while another writer holds the database, up to `waitMs`;
 * SQLite's own busy timeout waits inside each attempt, this loop outlasts a long batch of others.
 */
export function retryBusy<T>(fn: () => T, waitMs = BUSY_WAIT_MS): T {
  const deadline = Date.now() + waitMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 1000)) {
    try {
      return fn();
    } catch (err) {
      if (!isBusyError(err) || Date.now() + pause > deadline) throw err;
      sleep(pause);
    }
  }
}

const noDatabase = (file: string) =>
  new DatabaseError(`${file}: no such database file; run \`chitieu ingest <files or folders> --db ${file}\` first`);

/**
 * Opens (and when writable, creates) the database. Read-only opens need the file to exist; in a
 * place where nothing can be written (no -shm file can be made beside it) the file is opened
 * immutable. Throws DatabaseError with a message fit for the user when it cannot.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && !fs.existsSync(file)) throw noDatabase(file);
  let db: Db;
  try {
    if (!readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = readonly ? openReadonly(file) : new Database(file);
    db.pragma(`busy_timeout = ${Math.min(5000, BUSY_WAIT_MS)}`);
    if (!readonly) {
      // readers keep reading during an ingest; several first ingests may race to set it
      retryBusy(() => db.pragma('journal_mode = WAL'));
      db.pragma('synchronous = NORMAL');
      // A checkpoint (with its fsyncs) every ~40 MB of WAL instead of every 4 MB: one transaction
      // per document rewrites the same pages often, and each checkpoint costs an ingest dearly.
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(`${file}: cannot open database: ${(err as Error).message}`);
  }
  try {
    prepareSchema(db, file, readonly);
  } catch (err) {
    db.close();
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(`${file}: not a chitieu database: ${(err as Error).message}`);
  }
  return db;
}

/** Read-only; immutable when the WAL index cannot be made (a read-only folder, another user's file). */
function openReadonly(file: string): Db {
  const db = new Database(file, { readonly: true });
  try {
    db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (!/^SQLITE_(CANTOPEN|READONLY)/.test(code)) throw err;
  }
  // Nobody can write here through this path, so the file is taken as it is (a -wal beside it that
  // could not be read would be left out; an ingest checkpoints it before it ends).
  const uri = `file:${encodeURI(path.resolve(file)).replace(/[?#]/g, encodeURIComponent)}?immutable=1`;
  const immutable = new Database(uri, { readonly: true });
  immutable.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
  return immutable;
}

export function closeDatabase(db: Db): void {
  db.close();
}

const hasTable = (db: Db, name: string) =>
  db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;

function prepareSchema(db: Db, file: string, readonly: boolean): void {
  if (!hasTable(db, 'meta')) {
    if (readonly) {
      const empty = !db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table'`).get();
      throw new DatabaseError(empty ? `${file}: empty database, nothing ingested yet`
        : `${file}: not a chitieu database (it has other tables)`);
    }
    // One creator at a time: a first ingest racing another waits here, then finds the schema made.
    retryBusy(() => db.transaction(() => {
      if (hasTable(db, 'meta')) return;
      if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table'`).get()) {
        throw new DatabaseError(`${file}: not a chitieu database (it has other tables)`);
      }
      db.exec(schemaSql());
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(SCHEMA_VERSION);
    }).immediate());
  }
  let version = (db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined)?.value;
  if (version === '1' && !readonly) {
    // schema 1 had no sources: each document's one source becomes its row
    retryBusy(() => db.transaction(() => {
      if (hasTable(db, 'sources')) return;
      db.exec(SOURCES_SQL);
      db.exec(`INSERT INTO sources (source, document_id, name, ingested_at) SELECT source, id, name, ingested_at FROM documents`);
      db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(SCHEMA_VERSION);
    }).immediate());
    version = SCHEMA_VERSION;
  }
  const columns = (db.prepare(`PRAGMA table_info(statements)`).all() as { name: string }[]).map((c) => c.name);
  const expected = ['id', 'document_id', ...COLUMNS.map((c) => c.name)];
  // readers read nothing from `sources`, so a schema-1 file can still be read as it is
  const readable = version === SCHEMA_VERSION || (readonly && version === '1');
  if (!readable || columns.join() !== expected.join()) {
    throw new DatabaseError(`${file}: made by another version of chitieu (schema ${version ?? '?'}, `
      + `this one writes schema ${SCHEMA_VERSION}); ingest into a new --db file`);
  }
}

/** What is stored under a content hash, if anything. */
export function findDocument(db: Db, id: string): { source: string; pipeline_version: string } | undefined {
  return writers(db).find.get(id) as { source: string; pipeline_version: string } | undefined;
}

/** The content hash a source (path) last showed, if it was stored. */
export function documentOfSource(db: Db, source: string): string | undefined {
  return (writers(db).sourceOf.get(source) as { document_id: string } | undefined)?.document_id;
}

/** How each statement field is stored (null for none, booleans as 0/1, arrays as JSON), decided once per column. */
const ENCODINGS: { name: string; encoding: 'plain' | 'boolean' | 'json' }[] = COLUMNS.map(({ name }) => ({
  name, encoding: BOOLEAN_COLUMNS.has(name) ? 'boolean' : JSON_COLUMNS.has(name) ? 'json' : 'plain',
}));

/** Appends one statement's column values, in COLUMNS order, to `values`. */
function pushEncoded(values: unknown[], record: Record<string, unknown>): void {
  for (const { name, encoding } of ENCODINGS) {
    const v = record[name];
    if (v === undefined || v === null) values.push(null);
    else if (encoding === 'boolean') values.push(v ? 1 : 0);
    else if (encoding === 'json') values.push(Array.isArray(v) && v.length === 0 ? '[]' : JSON.stringify(v));
    else values.push(v);
  }
}

function decode(row: Record<string, unknown>): Statement {
  const out: Record<string, unknown> = {};
  for (const { name } of COLUMNS) {
    const v = row[name];
    if (BOOLEAN_COLUMNS.has(name)) out[name] = v === 1;
    else if (JSON_COLUMNS.has(name)) out[name] = typeof v === 'string' ? JSON.parse(v) : v;
    else out[name] = v;
  }
  return out as Statement;
}

interface Writers {
  find: Statement_; del: Statement_; insDoc: Statement_; insStatement: Statement_; insDiagnostic: Statement_;
  sourceOf: Statement_; setSource: Statement_; otherSource: Statement_; renameDoc: Statement_;
}
const WRITERS = new WeakMap<Db, Writers>();

/** The statements of the store path, prepared once per connection. */
function writers(db: Db): Writers {
  let w = WRITERS.get(db);
  if (!w) {
    w = {
      find: db.prepare(`SELECT source, pipeline_version FROM documents WHERE id = ?`),
      del: db.prepare(`DELETE FROM documents WHERE id = ?`),
      sourceOf: db.prepare(`SELECT document_id FROM sources WHERE source = ?`),
      setSource: db.prepare(`INSERT INTO sources (source, document_id, name, ingested_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (source) DO UPDATE SET document_id = excluded.document_id, name = excluded.name, ingested_at = excluded.ingested_at`),
      otherSource: db.prepare(`SELECT source, name FROM sources WHERE document_id = ? ORDER BY source LIMIT 1`),
      renameDoc: db.prepare(`UPDATE documents SET source = ?, name = ? WHERE id = ? AND source = ?`),
      insDoc: db.prepare(`INSERT INTO documents (id, source, name, title, published, url, site, author, format,
        lang, text, ingested_at, pipeline_version, statement_count) VALUES (@id, @source, @name, @title, @published,
        @url, @site, @author, @format, @lang, @text, @ingested_at, @pipeline_version, @statement_count)`),
      insStatement: db.prepare(`INSERT INTO statements (document_id, ${COLUMNS.map((c) => q(c.name)).join(', ')})
        VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`),
      insDiagnostic: db.prepare(`INSERT INTO diagnostics (document_id, code, stage, message, "start", "end")
        VALUES (?, ?, ?, ?, ?, ?)`),
    };
    WRITERS.set(db, w);
  }
  return w;
}

/**
 * Points `source` at the stored content `documentId`. The content the source showed before (a
 * changed file) is dropped when no other source has it; otherwise it stays, under another of its
 * paths. Returns true when the source showed other content before. Call inside a transaction.
 */
function pointSource(db: Db, source: { source: string; name: string; ingested_at: string }, documentId: string): boolean {
  const w = writers(db);
  const previous = (w.sourceOf.get(source.source) as { document_id: string } | undefined)?.document_id;
  w.setSource.run(source.source, documentId, source.name, source.ingested_at);
  if (previous === undefined || previous === documentId) return false;
  const other = w.otherSource.get(previous) as { source: string; name: string } | undefined;
  if (other) w.renameDoc.run(other.source, other.name, previous, source.source);
  else w.del.run(previous);
  return true;
}

/**
 * Records another path of content already stored (a byte-identical copy, or a file changed back
 * to content stored under another path). Nothing of the document itself changes. Returns true
 * when the path showed other content before.
 */
export function linkSource(db: Db, source: { source: string; name: string; ingested_at: string }, documentId: string): boolean {
  return db.transaction(() => pointSource(db, source, documentId)).immediate();
}

/**
 * Writes one document with its statements and diagnostics in one transaction, replacing what is
 * stored under the same id (another pipeline version) and what its source showed before (a changed
 * file) unless another source still shows that. Returns how many documents it replaced and the row
 * id given to each statement, in order.
 */
export function writeDocument(db: Db, doc: DocumentRecord, statements: Statement[], diagnostics: Diagnostic[]): { replaced: number; ids: number[] } {
  const w = writers(db);
  return db.transaction(() => {
    let replaced = w.del.run(doc.id).changes;
    w.insDoc.run(doc);
    const ids: number[] = [];
    for (const s of statements) {
      const values: unknown[] = [doc.id];
      pushEncoded(values, s as Record<string, unknown>);
      ids.push(Number(w.insStatement.run(values).lastInsertRowid));
    }
    for (const d of diagnostics) w.insDiagnostic.run(doc.id, d.code, d.stage, d.message, d.start ?? null, d.end ?? null);
    if (pointSource(db, doc, doc.id)) replaced++;
    return { replaced, ids };
  }).immediate();
}

/** Statements in document-name order, then in the order the extractors produced them. */
export function* iterateStatements(db: Db, filter: StatementFilter = {}): IterableIterator<Statement> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.documentId !== undefined) { where.push('s.document_id = ?'); params.push(filter.documentId); }
  if (filter.doc !== undefined) { where.push('d.name = ?'); params.push(filter.doc); }
  if (filter.kind !== undefined) { where.push('s."kind" = ?'); params.push(filter.kind); }
  if (filter.unit !== undefined) { where.push('s."unit" = ?'); params.push(filter.unit); }
  const extra = filter.withSource ? ', s.document_id AS "$document_id", d.source AS "$source"' : '';
  let sql = `SELECT ${COLUMNS.map((c) => (c.name === 'doc' ? `d.name AS ${q('doc')}` : `s.${q(c.name)}`)).join(', ')}${extra}
    FROM statements s JOIN documents d ON d.id = s.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.name, d.id, s.id`;
  if (filter.limit !== undefined || filter.offset !== undefined) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(filter.limit ?? -1, filter.offset ?? 0);
  }
  for (const row of db.prepare(sql).iterate(...params)) {
    const r = row as Record<string, unknown>;
    const statement = decode(r);
    if (filter.withSource) Object.assign(statement, { document_id: r.$document_id, source: r.$source });
    yield statement;
  }
}

export function readStatements(db: Db, filter: StatementFilter = {}): Statement[] {
  return [...iterateStatements(db, filter)];
}

/** Documents in name order with their cleaned text and diagnostics. */
export function* iterateDocuments(db: Db, filter: { documentId?: string } = {}): IterableIterator<StoredDocument> {
  const diagnostics = db.prepare(`SELECT code, stage, message, "start", "end" FROM diagnostics
    WHERE document_id = ? ORDER BY rowid`);
  const rows = db.prepare(`SELECT * FROM documents ${filter.documentId !== undefined ? 'WHERE id = ?' : ''}
    ORDER BY name, id`).iterate(...(filter.documentId !== undefined ? [filter.documentId] : []));
  for (const raw of rows) {
    const r = raw as DocumentRecord;
    const diags = (diagnostics.all(r.id) as { code: string; stage: string; message: string; start: number | null; end: number | null }[])
      .map(({ start, end, ...d }): Diagnostic => ({ ...d, ...(start !== null && { start }), ...(end !== null && { end }) }));
    yield {
      doc: r.name, title: r.title, lang: r.lang, text: r.text, id: r.id, source: r.source, format: r.format,
      published: r.published, url: r.url, site: r.site, author: r.author, ingested_at: r.ingested_at,
      pipeline_version: r.pipeline_version, statement_count: r.statement_count, diagnostics: diags,
    };
  }
}

export function readDocuments(db: Db, filter: { documentId?: string } = {}): StoredDocument[] {
  return [...iterateDocuments(db, filter)];
}

/** The content hash of every document stored by one pipeline version. */
export function storedContent(db: Db, version: string): string[] {
  return db.prepare(`SELECT id FROM documents WHERE pipeline_version = ?`).pluck().all(version) as string[];
}
