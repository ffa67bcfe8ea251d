// The folded full-text index (SQLite FTS5) and the documented SQL views: built once per database,
// kept up to date as documents are stored, and opened read-only for searching.
import type { Db } from '../adapters/sqlite.ts';
import { BUSY_WAIT_MS, closeDatabase, DatabaseError, isBusyError, openDatabase } from '../adapters/sqlite.ts';
import { documentWord, facetWords, kindWord, publishedWords, unitWord } from './facets.ts';
import { foldText } from './fold.ts';

/** Bump when the FTS table or the views change shape: they are then dropped and rebuilt. */
export const SEARCH_SCHEMA_VERSION = '3';

const VIEW_SQL = `CREATE VIEW statements_view AS
SELECT s.id, d.name AS doc, d.title, d.published, d.source, d.url, s."kind", s."indicator", s."value", s."value_max",
  s."unit", s."approx", s."estimate", s."percent", s."relation", s."reference", s."achieved", s."total",
  s."target_value", s."target_unit", s."target_value_max", s."place", s."place_level", s."place_parent",
  s."period_from", s."period_to", s."indicator_key", s."notes", s."quote", s."start", s."end", s."rule", s.document_id
FROM statements s JOIN documents d ON d.id = s.document_id`;

// `facets` holds one word per filter value (kind, unit, document, year and month published), so that
// filters narrow the match inside FTS5 instead of row by row: see facetWords.
const SEARCH_SCHEMA = `
DROP INDEX IF EXISTS documents_published;
CREATE VIRTUAL TABLE statements_fts USING fts5(indicator, quote, facets, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statements_fts WHERE rowid = old.id;
END;
CREATE INDEX documents_published ON documents(published, id);
${VIEW_SQL};
`;

const READY = new WeakSet<Db>();

function hasSearchIndex(db: Db): boolean {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'search_schema'`).get() as { value: string } | undefined;
  return row?.value === SEARCH_SCHEMA_VERSION
    && db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'statements_fts'`).get() !== undefined;
}

const INDEX_COLUMNS = `s.id, s."indicator", s."quote", s."kind", s."unit", s.document_id, d.published
  FROM statements s JOIN documents d ON d.id = s.document_id`;

/**
 * Creates the FTS table, its delete trigger, the views and the date index when missing or outdated,
 * and then indexes every statement (once, for a database made before them). Needs a writable
 * connection. Returns 'built' when it indexed every statement just now.
 */
export function ensureSearchIndex(db: Db): 'ready' | 'built' {
  if (READY.has(db)) return 'ready';
  let outcome: 'ready' | 'built' = 'ready';
  if (!hasSearchIndex(db)) {
    outcome = 'built';
    db.transaction(() => {
      db.exec(`DROP VIEW IF EXISTS statements_view; DROP TRIGGER IF EXISTS statements_fts_delete;
        DROP TABLE IF EXISTS statements_fts;`);
      db.exec(SEARCH_SCHEMA);
      db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('search_schema', ?)`).run(SEARCH_SCHEMA_VERSION);
      const batch = db.prepare(`SELECT ${INDEX_COLUMNS} WHERE s.id > ? ORDER BY s.id LIMIT 5000`);
      for (let rows = batch.all(-1) as IndexRow[]; rows.length; rows = batch.all(rows[rows.length - 1].id) as IndexRow[]) {
        insertRows(db, rows.map((r) => [r.id, foldText(r.indicator ?? ''), foldText(r.quote), facetWords(r).join(' ')]));
      }
    })();
  }
  READY.add(db);
  return outcome;
}

interface IndexRow {
  id: number; indicator: string | null; quote: string; kind: string; unit: string | null;
  document_id: string; published: string | null;
}

/** One row of statements_fts: rowid, folded indicator, folded quote, facet words. */
type FtsRow = [number, string, string, string];

/** The FTS insert of each connection, prepared once. (One row per run: a multi-row VALUES is slower here.) */
const FTS_INSERT = new WeakMap<Db, ReturnType<Db['prepare']>>();

function insertRows(db: Db, rows: FtsRow[]): void {
  let insert = FTS_INSERT.get(db);
  if (!insert) {
    insert = db.prepare(`INSERT INTO statements_fts (rowid, indicator, quote, facets) VALUES (?, ?, ?, ?)`);
    FTS_INSERT.set(db, insert);
  }
  for (const row of rows) insert.run(row);
}

/** What the index needs of a statement. */
export interface IndexedStatement {
  indicator: string | null; quote: string; kind: string; unit: string | null;
}

/**
 * Indexes the statements of one stored document, from memory: `ids[i]` is the row id of
 * `statements[i]`. The store calls it in the transaction that wrote them; the delete trigger has
 * already dropped the rows of any document they replaced.
 */
export function indexDocument(db: Db, doc: { id: string; published: string | null }, statements: IndexedStatement[], ids: number[]): void {
  if (ensureSearchIndex(db) === 'built') return; // building indexed every statement, these too
  // The document's facet words (its id, year and month published) are the same for each statement.
  const documentFacet = documentWord(doc.id);
  const published = publishedWords(doc.published);
  const folded = new Map<string, string>(); // indicators repeat within a document
  const rows = statements.map((s, i): FtsRow => {
    const indicator = s.indicator ?? '';
    let foldedIndicator = folded.get(indicator);
    if (foldedIndicator === undefined) folded.set(indicator, (foldedIndicator = foldText(indicator)));
    const words = [kindWord(s.kind), documentFacet];
    if (s.unit) words.push(unitWord(s.unit));
    words.push(...published);
    return [ids[i], foldedIndicator, foldText(s.quote), words.join(' ')];
  });
  insertRows(db, rows);
}

/**
 * Opens a database read-only for searching. A database stored before the search index existed is
 * opened writable once to build it. Throws DatabaseError (a message for the user) when it cannot.
 */
export function openSearchDatabase(file: string): Db {
  let db = openDatabase(file, { readonly: true });
  if (hasSearchIndex(db)) return db;
  closeDatabase(db);
  try {
    db = openDatabase(file);
    ensureSearchIndex(db);
    closeDatabase(db);
  } catch (err) {
    if (db.open) closeDatabase(db);
    // a first ingest is writing: it builds the index with its first documents, so wait for that
    if (!isBusyError(err) || !indexAppears(file)) {
      throw new DatabaseError(`${file}: has no search index and cannot build one (${(err as Error).message}); `
        + 'open it once writable or ingest again');
    }
  }
  return openDatabase(file, { readonly: true });
}

/** Waits (up to the busy wait) for another connection to build the search index; true once it has. */
function indexAppears(file: string): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const until = Date.now() + BUSY_WAIT_MS; Date.now() < until;) {
    Atomics.wait(pause, 0, 0, 100);
    const db = openDatabase(file, { readonly: true });
    try { if (hasSearchIndex(db)) return true; } finally { closeDatabase(db); }
  }
  return false;
}
