// The SQLite adapter (better-sqlite3): one-transaction-per-document writes and typed reads. Opening,
// the tables and their upgrades are in sqlite-schema.ts; everything that knows about better-sqlite3
// lives in these two files, and `store.ts`, `export`, `query` and `serve` go through them.
import type BetterSqlite3 from 'better-sqlite3';
import * as z from 'zod'; // a namespace import the bundler can tree-shake (zod's locales stay out)
import type { Diagnostic } from '../document.ts';
import type { Kind, Statement } from '../schema.ts';
import { StatementSchema } from '../schema.ts';
import type { Db } from './sqlite-schema.ts';
import { COLUMNS, q } from './sqlite-schema.ts';

export type { Db } from './sqlite-schema.ts';
export {
  BUSY_WAIT_MS, closeDatabase, DatabaseError, isBusyError, openDatabase, retryBusy, SCHEMA_VERSION,
} from './sqlite-schema.ts';

type Statement_ = BetterSqlite3.Statement;

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
  /** also give each statement its row id, its document's id and source path (`id`, `document_id`, `source`) */
  withSource?: boolean;
}

/** A statement with the document it came from, as exports write it. */
export type SourcedStatement = Statement & { id: number; document_id: string; source: string };

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
  const extra = filter.withSource ? ', s.id AS "$id", s.document_id AS "$document_id", d.source AS "$source"' : '';
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
    if (filter.withSource) Object.assign(statement, { id: r.$id, document_id: r.$document_id, source: r.$source });
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
