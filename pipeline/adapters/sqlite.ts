// The SQLite adapter (better-sqlite3): schema, one-transaction-per-document writes, typed reads.
// Everything that knows about better-sqlite3 lives here; `store.ts`, `export` and later
// `query`/`serve` go through these functions.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Diagnostic } from '../document.ts';
import type { Kind, Statement } from '../schema.ts';
import { sqlColumns, StatementSchema } from '../schema.ts';

/** Bump when the tables change shape (the statement columns are also checked one by one). */
export const SCHEMA_VERSION = '1';

export type Db = Database.Database;

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
}

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

function schemaSql(): string {
  const statementColumns = COLUMNS.map((c) => `  ${q(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);
  return `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
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

/**
 * Opens (and when writable, creates) the database. Read-only opens need the file to exist.
 * Throws DatabaseError with a message fit for the user when it cannot.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && !fs.existsSync(file)) throw new DatabaseError(`${file}: no such database file`);
  let db: Db;
  try {
    if (!readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      db.pragma('journal_mode = WAL'); // readers keep reading during an ingest
      db.pragma('synchronous = NORMAL');
      // A checkpoint (with its fsyncs) every ~40 MB of WAL instead of every 4 MB: one transaction
      // per document rewrites the same pages often, and each checkpoint costs an ingest dearly.
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
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

export function closeDatabase(db: Db): void {
  db.close();
}

function prepareSchema(db: Db, file: string, readonly: boolean): void {
  const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get();
  if (!hasMeta) {
    const empty = !db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table'`).get();
    if (!empty) throw new DatabaseError(`${file}: not a chitieu database (it has other tables)`);
    if (readonly) throw new DatabaseError(`${file}: empty database, nothing ingested yet`);
    db.transaction(() => {
      db.exec(schemaSql());
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(SCHEMA_VERSION);
    }).immediate();
    return;
  }
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  const columns = (db.prepare(`PRAGMA table_info(statements)`).all() as { name: string }[]).map((c) => c.name);
  const expected = ['id', 'document_id', ...COLUMNS.map((c) => c.name)];
  if (row?.value !== SCHEMA_VERSION || columns.join() !== expected.join()) {
    throw new DatabaseError(`${file}: made by another version of chitieu (schema ${row?.value ?? '?'}, `
      + `this one writes schema ${SCHEMA_VERSION}); ingest into a new --db file`);
  }
}

/** What is stored under a content hash, if anything. */
export function findDocument(db: Db, id: string): { source: string; pipeline_version: string } | undefined {
  return writers(db).find.get(id) as { source: string; pipeline_version: string } | undefined;
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
  find: Database.Statement; del: Database.Statement; insDoc: Database.Statement; insStatement: Database.Statement;
  insDiagnostic: Database.Statement;
}
const WRITERS = new WeakMap<Db, Writers>();

/** The statements of the store path, prepared once per connection. */
function writers(db: Db): Writers {
  let w = WRITERS.get(db);
  if (!w) {
    w = {
      find: db.prepare(`SELECT source, pipeline_version FROM documents WHERE id = ?`),
      del: db.prepare(`DELETE FROM documents WHERE id = ? OR source = ?`),
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
 * Writes one document with its statements and diagnostics in one transaction, replacing what is
 * stored under the same id or the same source (a changed file). Returns how many documents it
 * replaced and the row id given to each statement, in order.
 */
export function writeDocument(db: Db, doc: DocumentRecord, statements: Statement[], diagnostics: Diagnostic[]): { replaced: number; ids: number[] } {
  const w = writers(db);
  return db.transaction(() => {
    const replaced = w.del.run(doc.id, doc.source).changes;
    w.insDoc.run(doc);
    const ids: number[] = [];
    for (const s of statements) {
      const values: unknown[] = [doc.id];
      pushEncoded(values, s as Record<string, unknown>);
      ids.push(Number(w.insStatement.run(values).lastInsertRowid));
    }
    for (const d of diagnostics) w.insDiagnostic.run(doc.id, d.code, d.stage, d.message, d.start ?? null, d.end ?? null);
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
  let sql = `SELECT ${COLUMNS.map((c) => (c.name === 'doc' ? `d.name AS ${q('doc')}` : `s.${q(c.name)}`)).join(', ')}
    FROM statements s JOIN documents d ON d.id = s.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.name, d.id, s.id`;
  if (filter.limit !== undefined || filter.offset !== undefined) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(filter.limit ?? -1, filter.offset ?? 0);
  }
  for (const row of db.prepare(sql).iterate(...params)) yield decode(row as Record<string, unknown>);
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

/** Every stored document's content hash and source, for one pipeline version. */
export function storedDocuments(db: Db, version: string): { id: string; source: string }[] {
  return db.prepare(`SELECT id, source FROM documents WHERE pipeline_version = ?`).all(version) as { id: string; source: string }[];
}
