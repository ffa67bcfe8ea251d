// The SQLite adapter's half that opens a database: loading better-sqlite3, the tables, the upgrades
// from older schemas, and waiting out other writers. Reads and writes are in sqlite.ts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { sqlColumns } from '../schema.ts';

/**
 * Bump when the tables change shape (the statement columns are also checked one by one), and add
 * the step from the previous version to UPGRADES.
 * 2: `sources` — one content (a document) may come from several paths.
 * 3: statements' where and when — place, place_level, place_parent, period_from, period_to, indicator_key;
 *    the place index runs on to the period.
 */
export const SCHEMA_VERSION = '3';

// URI filenames (`file:…?immutable=1`) for databases in read-only places; the addon reads this
// setting once, when it is first loaded, so it is loaded here and nowhere else.
process.env.SQLITE_USE_URI ??= '1';
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
export type Db = BetterSqlite3.Database;

/** The database cannot be opened or was made by another schema: a user-facing message, no stack. */
export class DatabaseError extends Error {}

export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const COLUMNS = sqlColumns();

// Content identity (documents.id, the hash of the bytes) is not source identity (the path): the same
// bytes at two paths are two sources of one document, and neither replaces the other.
const SOURCES_SQL = `CREATE TABLE sources (
  source TEXT PRIMARY KEY,
  document_id TEXT NOT NULL,
  name TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX sources_document ON sources(document_id);`;

const statementsTableSql = (name: string) => `CREATE TABLE ${name} (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
${COLUMNS.map((c) => `  ${q(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`).join(',\n')}
);`;

const STATEMENT_INDEXES_SQL = `
CREATE INDEX statements_document ON statements(document_id);
CREATE INDEX statements_kind ON statements(${q('kind')});
CREATE INDEX statements_unit ON statements(${q('unit')});
CREATE INDEX statements_place ON statements(${q('place')}, ${q('period_to')}, ${q('period_from')});
CREATE INDEX statements_period ON statements(${q('period_to')}, ${q('period_from')});
CREATE INDEX statements_indicator_key ON statements(${q('indicator_key')});`;

const SCHEMA_SQL = `
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
${statementsTableSql('statements')}
${STATEMENT_INDEXES_SQL}
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

const columnsOf = (db: Db, table: string) =>
  (db.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string }[]).map((c) => c.name);

/**
 * Schema 2 → 3: the statements table is rebuilt in the new column order (so an upgraded file is
 * shaped as a new one), row ids kept; the columns it lacked are null, unknown. Its documents are
 * marked as made by an older pipeline, so the next ingest of their files fills those columns in.
 * The search index's view names the old table: it goes, and the search index is rebuilt. A file
 * made between the columns' arrival and this version's number has them already: only its place
 * index changes.
 */
function addContextColumns(db: Db): void {
  if (columnsOf(db, 'statements').join() === expectedColumns()) {
    // the place index also leads to a place's periods now (the statements one figure is stated by)
    db.exec(`DROP INDEX IF EXISTS statements_place;
      CREATE INDEX statements_place ON statements(${q('place')}, ${q('period_to')}, ${q('period_from')});`);
    return;
  }
  const had = new Set(columnsOf(db, 'statements'));
  const kept = ['id', 'document_id', ...COLUMNS.map((c) => c.name)].filter((c) => had.has(c)).map(q).join(', ');
  db.exec(`DROP VIEW IF EXISTS statements_view;
    DELETE FROM meta WHERE key = 'search_schema';
    ${statementsTableSql('statements_new')}
    INSERT INTO statements_new (${kept}) SELECT ${kept} FROM statements;
    DROP TABLE statements;
    ALTER TABLE statements_new RENAME TO statements;
    ${STATEMENT_INDEXES_SQL}
    UPDATE documents SET pipeline_version = pipeline_version || ' (schema 2)';`);
}

/** Each step takes a database of the version it is keyed by to the next; each runs in one transaction. */
const UPGRADES: Record<string, { to: string; run: (db: Db) => void }> = {
  // schema 1 had no sources: each document's one source becomes its row
  1: { to: '2', run: (db) => db.exec(`${SOURCES_SQL}
    INSERT INTO sources (source, document_id, name, ingested_at) SELECT source, id, name, ingested_at FROM documents;`) },
  2: { to: '3', run: addContextColumns },
};

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
 * immutable. A file of an older schema is upgraded (a read-only open upgrades it through a
 * writable connection first, when the file can be written). Throws DatabaseError with a message
 * fit for the user when it cannot.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && !fs.existsSync(file)) throw noDatabase(file);
  let db = connect(file, readonly);
  try {
    if (readonly && needsUpgrade(db) && upgradeElsewhere(file)) {
      db.close();
      db = connect(file, readonly);
    }
    prepareSchema(db, file, readonly);
  } catch (err) {
    db.close();
    if (err instanceof DatabaseError) throw err;
    throw new DatabaseError(`${file}: not a chitieu database: ${(err as Error).message}`);
  }
  return db;
}

function connect(file: string, readonly: boolean): Db {
  try {
    if (!readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = readonly ? openReadonly(file) : new Database(file);
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
    return db;
  } catch (err) {
    throw new DatabaseError(`${file}: cannot open database: ${(err as Error).message}`);
  }
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

const versionOf = (db: Db) =>
  (db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined)?.value;

const expectedColumns = () => ['id', 'document_id', ...COLUMNS.map((c) => c.name)].join();

/** An older chitieu database: a reader upgrades it first when it can. */
function needsUpgrade(db: Db): boolean {
  if (!hasTable(db, 'meta')) return false;
  const version = versionOf(db);
  return version !== undefined && version in UPGRADES;
}

/** Upgrades the file through a writable connection of its own; false when it cannot be written. */
function upgradeElsewhere(file: string): boolean {
  let db: Db;
  try {
    db = connect(file, false);
  } catch {
    return false;
  }
  try {
    prepareSchema(db, file, false);
    return true;
  } catch {
    return false; // the read-only open says what is wrong
  } finally {
    db.close();
  }
}

function createSchema(db: Db, file: string): void {
  // One creator at a time: a first ingest racing another waits here, then finds the schema made.
  retryBusy(() => db.transaction(() => {
    if (hasTable(db, 'meta')) return;
    if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table'`).get()) {
      throw new DatabaseError(`${file}: not a chitieu database (it has other tables)`);
    }
    db.exec(SCHEMA_SQL);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?)`).run(SCHEMA_VERSION);
  }).immediate());
}

/** Runs the upgrade steps from the stored version to this one, each in a transaction of its own. */
function upgrade(db: Db, version: string | undefined): string | undefined {
  while (version !== undefined && UPGRADES[version]) {
    const step = UPGRADES[version];
    const from = version;
    retryBusy(() => db.transaction(() => {
      if (versionOf(db) !== from) return; // another connection upgraded it meanwhile
      step.run(db);
      db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(step.to);
    }).immediate());
    version = versionOf(db);
  }
  return version;
}

function prepareSchema(db: Db, file: string, readonly: boolean): void {
  if (!hasTable(db, 'meta')) {
    if (readonly) {
      const empty = !db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table'`).get();
      throw new DatabaseError(empty ? `${file}: empty database, nothing ingested yet`
        : `${file}: not a chitieu database (it has other tables)`);
    }
    createSchema(db, file);
  }
  let version = versionOf(db);
  if (!readonly) version = upgrade(db, version);
  // a reader reads statements and documents only: an older file whose statements have this
  // version's columns (one that could not be upgraded in place) is read as it is
  const columnsMatch = columnsOf(db, 'statements').join() === expectedColumns();
  const readable = version === SCHEMA_VERSION || (readonly && version !== undefined && version in UPGRADES);
  if (!readable || !columnsMatch) {
    const hint = readonly && readable ? 'open it once where it can be written (`chitieu ingest`) to upgrade it, or ' : '';
    throw new DatabaseError(`${file}: made by another version of chitieu (schema ${version ?? '?'}, `
      + `this one writes schema ${SCHEMA_VERSION}); ${hint}ingest into a new --db file`);
  }
}
