// Search over stored statements: the folded full-text index (SQLite FTS5), the documented SQL views,
// the query library behind `chitieu query` and `chitieu serve`, and Vietnamese display formatting.
//
// FTS5's `remove_diacritics` keeps "đ" apart from "d", so the index holds a folded copy of the
// indicator and the quote (NFD, combining marks stripped, đ -> d, lower case) and queries are folded
// the same way: "thu nhap binh quan" finds "Thu nhập bình quân", "hoá" finds "hóa", "dak lak" finds "Đắk Lắk".
import type { Db } from './adapters/sqlite.ts';
import { BUSY_WAIT_MS, closeDatabase, DatabaseError, isBusyError, openDatabase } from './adapters/sqlite.ts';
import type { Kind } from './schema.ts';
import { KINDS } from './schema.ts';

/** Bump when the FTS table or the views change shape: they are then dropped and rebuilt. */
export const SEARCH_SCHEMA_VERSION = '3';

/** Lower case, no diacritics, đ -> d: the form both the index and the queries are kept in. */
export function foldText(text: string): string {
  // Folding is per character for the code units below 0x3000 (but Σ, whose lower case depends on
  // its place in a word): NFD there decomposes each character alone, and only marks, which are
  // dropped, get reordered. So each such character is folded once and remembered; other text
  // takes the whole-string path. Several times faster on Vietnamese, the same result.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FOLD_LIMIT || c === 0x3a3) return foldWhole(text);
    let kind = FOLD_KIND[c];
    if (kind === 0) {
      const folded = foldWhole(text[i]);
      FOLDED[c] = folded;
      kind = FOLD_KIND[c] = folded === text[i] ? 1 : 2;
    }
    if (kind === 2) { out += text.slice(from, i) + FOLDED[c]; from = i + 1; }
  }
  return from === 0 ? text : out + text.slice(from);
}

function foldWhole(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
const FOLD_LIMIT = 0x3000;
/** Per code unit: 0 not folded yet, 1 folds to itself, 2 folds to FOLDED[c]. */
const FOLD_KIND = new Uint8Array(FOLD_LIMIT);
const FOLDED: string[] = [];

/** The words of a text as the index sees them (letters and digits, folded). */
export function searchTokens(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

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

// Facet words: letters and digits only, so the unicode61 tokenizer keeps each one whole.
const hex = (text: string) => Buffer.from(text.normalize('NFC'), 'utf8').toString('hex');
const kindWord = (kind: string) => `k${kind}`;
const unitWord = (unit: string) => `u${hex(unit)}`;
const documentWord = (id: string) => `d${id.toLowerCase().replace(/[^0-9a-z]/g, '')}`;
/** The filter words of one statement: kind, unit, document, year and month published. */
export function facetWords(r: Pick<IndexRow, 'kind' | 'unit' | 'document_id' | 'published'>): string[] {
  const words = [kindWord(r.kind), documentWord(r.document_id)];
  if (r.unit) words.push(unitWord(r.unit));
  words.push(...publishedWords(r.published));
  return words;
}

/** The year and month words of a published date. */
function publishedWords(published: string | null): string[] {
  const date = /^(\d{4})(?:-(\d{2}))?/.exec(published ?? '');
  return date ? [`y${date[1]}`, ...(date[2] ? [`m${date[1]}${date[2]}`] : [])] : [];
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

// ---------------------------------------------------------------------------------------------
// Queries

/** A malformed query parameter: the message is short and safe to show to the user. */
export class QueryError extends Error {}

export interface SearchQuery {
  /** words to find in the indicator or the quote (folded: diacritics and đ ignored) */
  text?: string;
  kind?: Kind;
  /** a document's name or its id (content hash) */
  doc?: string;
  unit?: string;
  min?: number;
  max?: number;
  /** on the document's published date: YYYY, YYYY-MM or YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
  /** the statement's place, diacritics ignored ("lai chau" finds Lai Châu) */
  place?: string;
  /** statements whose period overlaps this year or month (YYYY, YYYY-MM or YYYY-MM-DD) */
  period?: string;
  limit?: number;
  offset?: number;
}

/** The query parameters as text (from a command line or a URL), before checking. */
export type RawQuery = Partial<Record<'text' | 'kind' | 'doc' | 'unit' | 'min' | 'max' | 'from' | 'to' | 'place' | 'period' | 'limit' | 'offset', string>>;

export const MAX_TEXT_LENGTH = 500;
const MAX_TOKENS = 16;

function number(name: string, raw: string): number {
  const trimmed = raw.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed)) throw new QueryError(`${name} must be a number (got '${clip(raw)}')`);
  const n = Number(trimmed);
  if (!Number.isFinite(n)) throw new QueryError(`${name} must be a finite number`);
  return n;
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(raw.trim())) throw new QueryError(`${name} must be a whole number (got '${clip(raw)}')`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new QueryError(`${name} must be between ${min} and ${max}`);
  return n;
}

function date(name: string, raw: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!m) throw new QueryError(`${name} must be a date YYYY-MM-DD, YYYY-MM or YYYY (got '${clip(raw)}')`);
  const [, , month, day] = m;
  if (month !== undefined && (+month < 1 || +month > 12)) throw new QueryError(`${name}: no month ${month}`);
  if (day !== undefined && (+day < 1 || +day > new Date(Date.UTC(+m[1], +month!, 0)).getUTCDate())) {
    throw new QueryError(`${name}: no day ${day} in ${m[1]}-${month}`);
  }
  return raw.trim();
}

function text(name: string, raw: string, max: number): string {
  if (raw.length > max) throw new QueryError(`${name} is too long (at most ${max} characters)`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(raw)) throw new QueryError(`${name} has control characters`);
  return raw.normalize('NFC').trim();
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Checks and types the parameters; throws QueryError with a short message on the first bad one. */
export function parseQuery(raw: RawQuery, limits: { defaultLimit?: number; maxLimit?: number } = {}): SearchQuery {
  const q: SearchQuery = {};
  const has = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
  if (has(raw.text)) q.text = text('text', raw.text, MAX_TEXT_LENGTH);
  if (has(raw.kind)) {
    if (!(KINDS as readonly string[]).includes(raw.kind.trim())) throw new QueryError(`kind must be one of ${KINDS.join(', ')}`);
    q.kind = raw.kind.trim() as Kind;
  }
  if (has(raw.doc)) q.doc = text('doc', raw.doc, 1000);
  if (has(raw.unit)) q.unit = text('unit', raw.unit, 100);
  if (has(raw.min)) q.min = number('min', raw.min);
  if (has(raw.max)) q.max = number('max', raw.max);
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) throw new QueryError('min is larger than max');
  if (has(raw.place)) q.place = text('place', raw.place, 200);
  if (has(raw.period)) q.period = date('period', raw.period);
  if (has(raw.from)) q.from = date('from', raw.from);
  if (has(raw.to)) q.to = date('to', raw.to);
  const maxLimit = limits.maxLimit ?? 1000;
  if (has(raw.limit)) q.limit = integer('limit', raw.limit, 1, maxLimit);
  else if (limits.defaultLimit !== undefined) q.limit = limits.defaultLimit;
  if (has(raw.offset)) q.offset = integer('offset', raw.offset, 0, 1e9);
  return q;
}

/** The FTS5 expression for a text: every folded word must appear (in the indicator or the quote). */
export function matchExpression(text: string): string | undefined {
  const tokens = searchTokens(text).slice(0, MAX_TOKENS);
  return tokens.length ? tokens.map((t) => `"${t}"`).join(' ') : undefined;
}

/** One search result: the statement, its document's title/date/source, and a rank (lower is better). */
export interface SearchHit {
  id: number;
  document_id: string;
  doc: string;
  title: string | null;
  published: string | null;
  source: string;
  kind: Kind;
  indicator: string | null;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  approx: string | null;
  estimate: boolean;
  percent: number | null;
  relation: 'reached' | 'exceeded_by' | null;
  reference: string | null;
  achieved: number | null;
  total: number | null;
  target_value: number | null;
  target_unit: string | null;
  target_value_max: number | null;
  quote: string;
  start: number;
  end: number;
  rank: number | null;
  place: string | null;
  place_level: string | null;
  place_parent: string | null;
  period_from: string | null;
  period_to: string | null;
  indicator_key: string | null;
  /** JSON array of the record's notes (checks among them) */
  notes: string | null;
}

const HIT_COLUMNS = `s.id, s.document_id, d.name AS doc, d.title, d.published, d.source, s."kind", s."indicator", s."value",
  s."value_max", s."unit", s."approx", s."estimate", s."percent", s."relation", s."reference", s."achieved", s."total",
  s."target_value", s."target_unit", s."target_value_max", s."place", s."place_level", s."place_parent",
  s."period_from", s."period_to", s."indicator_key", s."notes", s."quote", s."start", s."end"`;

/**
 * With more matches than this, an interactive page (limit + offset up to PAGE_DEPTH) ranks only the
 * most recently stored RANK_WINDOW of them: bm25 over hundreds of thousands of rows costs hundreds of
 * milliseconds, and words that common rank nothing meaningfully anyway. Longer outputs rank everything.
 */
export const RANK_WINDOW = 5_000;
const PAGE_DEPTH = 1_000;

/** How a query runs: its FTS5 expression (text and facet words) and its exact checks in SQL. */
interface Plan {
  /** nothing can match (an unknown document, a date range without documents) */
  none: boolean;
  /** the text words, restricted to the indicator and quote columns */
  text?: string;
  /** the facet words, each group ANDed: `facets : ("a" OR "b") AND ...` */
  facets: string[];
  /** every filter as SQL over s (statements) and d (documents), the guard of each result */
  checks: string[];
  params: unknown[];
  /** the checks the facet words do not already make exact (value bounds and dates) */
  loose: string[];
  looseParams: unknown[];
}

const group = (words: string[]) => `facets : (${words.map((w) => `"${w}"`).join(' OR ')})`;

/** The year/month words of documents published from `from` to `to`, within the stored dates. */
function dateWords(db: Db, from?: string, to?: string): string[] {
  const bounds = db.prepare(`SELECT min(published) AS lo, max(published) AS hi FROM documents WHERE published IS NOT NULL`).get() as
    { lo: string | null; hi: string | null };
  const month = (date: string | null | undefined, end: boolean): number | undefined => {
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
    return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : end ? 11 : 0) : undefined;
  };
  const lo = month(bounds.lo, false);
  const hi = month(bounds.hi, true);
  if (lo === undefined || hi === undefined) return [];
  const first = Math.max(lo, month(from, false) ?? lo);
  const last = Math.min(hi, month(to, true) ?? hi);
  const words: string[] = [];
  for (let m = first; m <= last;) {
    const year = Math.floor(m / 12);
    if (m % 12 === 0 && last >= year * 12 + 11) { words.push(`y${year}`); m += 12; continue; }
    words.push(`m${year}${String((m % 12) + 1).padStart(2, '0')}`);
    m += 1;
  }
  return words;
}

function plan(db: Db, q: SearchQuery): Plan {
  const p: Plan = { none: false, facets: [], checks: [], params: [], loose: [], looseParams: [] };
  const words = q.text !== undefined ? matchExpression(q.text) : undefined;
  if (words !== undefined) p.text = `{indicator quote} : (${words})`;
  if (q.kind !== undefined) {
    p.facets.push(group([kindWord(q.kind)]));
    p.checks.push('s."kind" = ?'); p.params.push(q.kind);
  }
  if (q.unit !== undefined) {
    p.facets.push(group([unitWord(q.unit)]));
    p.checks.push('s."unit" = ?'); p.params.push(q.unit);
  }
  if (q.doc !== undefined) {
    const ids = (db.prepare(`SELECT id FROM documents WHERE name = ? OR id = ? LIMIT 101`).all(q.doc, q.doc) as { id: string }[]).map((r) => r.id);
    if (!ids.length) p.none = true;
    if (ids.length <= 100) p.facets.push(group(ids.map(documentWord)));
    p.checks.push('s.document_id IN (SELECT id FROM documents WHERE name = ? OR id = ?)'); p.params.push(q.doc, q.doc);
  }
  if (q.min !== undefined || q.max !== undefined) {
    // No value words in the match: an OR of many common decades costs more in FTS5 than it saves.
    const value: string[] = [];
    if (q.min !== undefined) { value.push('s."value" >= ?'); p.params.push(q.min); p.looseParams.push(q.min); }
    if (q.max !== undefined) { value.push('s."value" <= ?'); p.params.push(q.max); p.looseParams.push(q.max); }
    p.checks.push(...value); p.loose.push(...value);
  }
  if (q.from !== undefined || q.to !== undefined) {
    const dates = dateWords(db, q.from, q.to);
    if (!dates.length) p.none = true;
    else p.facets.push(group(dates));
    const date: string[] = [];
    if (q.from !== undefined) { date.push('d.published >= ?'); p.params.push(q.from); p.looseParams.push(q.from); }
    if (q.to !== undefined) {
      date.push('substr(d.published, 1, ?) <= ?');
      p.params.push(q.to.length, q.to); p.looseParams.push(q.to.length, q.to);
    }
    p.checks.push(...date); p.loose.push(...date);
  }
  if (q.place !== undefined) {
    // the stored places are few (and indexed): fold them here, then match the ones that fit exactly
    const wanted = foldText(q.place).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const places = (db.prepare(`SELECT DISTINCT "place" AS place FROM statements WHERE "place" IS NOT NULL`).all() as { place: string }[])
      .map((r) => r.place).filter((x) => foldText(x).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === wanted);
    if (!places.length) p.none = true;
    const check = `s."place" IN (${places.map(() => '?').join(', ') || 'NULL'})`;
    p.checks.push(check); p.params.push(...places); p.loose.push(check); p.looseParams.push(...places);
  }
  if (q.period !== undefined) {
    const start = q.period.length === 4 ? `${q.period}-01-01` : q.period.length === 7 ? `${q.period}-01` : q.period;
    const end = q.period.length === 10 ? q.period : `${q.period}-99`;
    const check = `(s."period_to" IS NOT NULL AND s."period_to" >= ? AND (s."period_from" IS NULL OR s."period_from" <= ?))`;
    p.checks.push(check); p.params.push(start, end); p.loose.push(check); p.looseParams.push(start, end);
  }
  return p;
}

// CROSS JOIN keeps the full-text match the outer loop: otherwise SQLite may walk a kind or unit index
// over most of the table and probe the FTS index once per row.
const matchOf = (p: Plan) => [p.text!, ...p.facets].join(' AND ');
const whereOf = (checks: string[], prefix = 'WHERE') => (checks.length ? `${prefix} ${checks.join(' AND ')}` : '');

type Row = Omit<SearchHit, 'estimate'> & { estimate: number };

/**
 * Statements matching the query: ranked by bm25 (indicator words count double), ties by the
 * document's date, newest first; without text, newest documents first in text order.
 */
export function searchStatements(db: Db, q: SearchQuery): SearchHit[] {
  return [...iterateSearch(db, q)];
}

/** searchStatements as a lazy cursor, for long CSV/JSONL outputs; close it (return()) before the database. */
export function* iterateSearch(db: Db, q: SearchQuery): Generator<SearchHit, void, undefined> {
  const p = plan(db, q);
  if (p.none) return;
  const limit = q.limit ?? -1;
  const offset = q.offset ?? 0;
  const decode = (row: unknown): SearchHit => ({ ...(row as Row), estimate: (row as Row).estimate === 1 });
  if (p.text === undefined) {
    const sql = `SELECT ${HIT_COLUMNS}, NULL AS rank FROM documents d JOIN statements s ON s.document_id = d.id
      ${whereOf(p.checks)}
      ORDER BY d.published DESC, d.id DESC, s.id LIMIT ? OFFSET ?`;
    for (const row of db.prepare(sql).iterate(...p.params, limit, offset)) yield decode(row);
    return;
  }
  const match = matchOf(p);
  const ranked = (bound?: number) => db.prepare(`SELECT ${HIT_COLUMNS}, h.score AS rank
      FROM (SELECT rowid AS id, bm25(statements_fts, 2.0, 1.0, 0.0) AS score FROM statements_fts
            WHERE statements_fts MATCH ? ${bound !== undefined ? 'AND rowid >= ?' : ''}) h
      CROSS JOIN statements s ON s.id = h.id CROSS JOIN documents d ON d.id = s.document_id
      ${whereOf(p.checks)}
      ORDER BY h.score, d.published DESC, s.id LIMIT ? OFFSET ?`)
    .iterate(match, ...(bound !== undefined ? [bound] : []), ...p.params, limit, offset);
  if (limit > 0 && limit + offset <= PAGE_DEPTH) {
    const bound = (db.prepare(`SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`)
      .get(match, RANK_WINDOW - 1) as { rowid: number } | undefined)?.rowid;
    if (bound !== undefined) {
      const page = [...ranked(bound)].map(decode);
      // A selective value or date check can leave the window short: then rank every match.
      if (page.length === limit || p.loose.length === 0) { yield* page; return; }
    }
  }
  for (const row of ranked()) yield decode(row);
}

/** How many statements match, counting at most `cap` (a count over a million rows costs time). */
export function countStatements(db: Db, q: SearchQuery, cap = 10_000): { count: number; capped: boolean } {
  const p = plan(db, q);
  if (p.none) return { count: 0, capped: false };
  const row = p.text !== undefined
    ? db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM statements_fts f
        ${p.loose.length ? 'CROSS JOIN statements s ON s.id = f.rowid CROSS JOIN documents d ON d.id = s.document_id' : ''}
        WHERE statements_fts MATCH ? ${whereOf(p.loose, 'AND')} LIMIT ?)`).get(matchOf(p), ...p.looseParams, cap + 1)
    : db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM statements s JOIN documents d ON d.id = s.document_id
        ${whereOf(p.checks)} LIMIT ?)`).get(...p.params, cap + 1);
  const n = (row as { n: number }).n;
  return { count: Math.min(n, cap), capped: n > cap };
}

/** The stored documents, newest first (at most `max`), for a document filter. */
export function listDocuments(db: Db, max = 1000, offset = 0): { id: string; name: string; title: string | null; published: string | null; statement_count: number }[] {
  return db.prepare(`SELECT id, name, title, published, statement_count FROM documents
    ORDER BY published DESC, id DESC LIMIT ? OFFSET ?`).all(max, offset) as never;
}

/** Units in use with how many statements have each, most used first. */
export function listUnits(db: Db, max = 200): { unit: string; count: number }[] {
  return db.prepare(`SELECT "unit" AS unit, count(*) AS count FROM statements WHERE "unit" IS NOT NULL AND "unit" <> ''
    GROUP BY "unit" ORDER BY count DESC, unit LIMIT ?`).all(max) as never;
}

/** One document with its text and every statement's span, for highlighting. */
export function documentWithStatements(db: Db, id: string): {
  id: string; name: string; title: string | null; published: string | null; source: string; url: string | null; text: string;
  statements: { id: number; kind: Kind; indicator: string | null; unit: string | null; start: number; end: number; value_text: string }[];
} | undefined {
  const d = db.prepare(`SELECT id, name, title, published, source, url, text FROM documents WHERE id = ?`).get(id) as
    { id: string; name: string; title: string | null; published: string | null; source: string; url: string | null; text: string } | undefined;
  if (!d) return undefined;
  const rows = db.prepare(`SELECT ${HIT_COLUMNS}, NULL AS rank FROM statements s JOIN documents d ON d.id = s.document_id
    WHERE s.document_id = ? ORDER BY s."start", s.id`).all(id) as Row[];
  const statements = rows.map((r) => {
    const hit = { ...r, estimate: r.estimate === 1 };
    return {
      id: hit.id, kind: hit.kind, indicator: hit.indicator, unit: hit.unit, start: hit.start, end: hit.end,
      value_text: displayFields(hit).value_text,
    };
  });
  return { ...d, statements };
}

/** A point of an indicator's series: one statement's value and its document's date. */
export interface SeriesPoint {
  id: number; document_id: string; doc: string; title: string | null; published: string | null;
  value: number; unit: string | null; kind: Kind; quote: string; value_text: string;
  place: string | null; place_level: string | null; period_from: string | null; period_to: string | null;
}

/**
 * The values of one indicator across documents: statements whose folded indicator equals the folded
 * `indicator`, in one unit (the given one, else the most frequent), oldest document first.
 */
export function indicatorSeries(db: Db, indicator: string, unit?: string, max = 500): { indicator: string; unit: string | null; points: SeriesPoint[] } {
  const key = searchTokens(indicator).join(' ');
  const expr = matchExpression(indicator);
  if (!expr) return { indicator, unit: unit ?? null, points: [] };
  const rows = db.prepare(`SELECT ${HIT_COLUMNS}, NULL AS rank FROM statements_fts f JOIN statements s ON s.id = f.rowid
      JOIN documents d ON d.id = s.document_id
    WHERE statements_fts MATCH ? AND s."value" IS NOT NULL LIMIT 20000`).all(`{indicator} : (${expr})`) as Row[];
  let same = rows.filter((r) => searchTokens(r.indicator ?? '').join(' ') === key);
  // the same canonical indicator under other wordings ("Tỷ lệ hộ nghèo toàn tỉnh", "tỷ lệ hộ nghèo còn")
  const keys = new Map<string, number>();
  for (const r of same) if (r.indicator_key) keys.set(r.indicator_key, (keys.get(r.indicator_key) ?? 0) + 1);
  const canonical = [...keys.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (canonical) {
    const seen = new Set(same.map((r) => r.id));
    const more = db.prepare(`SELECT ${HIT_COLUMNS}, NULL AS rank FROM statements s JOIN documents d ON d.id = s.document_id
      WHERE s."indicator_key" = ? AND s."value" IS NOT NULL AND s."kind" != 'target' LIMIT 20000`).all(canonical) as Row[];
    same = [...same, ...more.filter((r) => !seen.has(r.id))];
  }
  const units = new Map<string | null, number>();
  for (const r of same) units.set(r.unit, (units.get(r.unit) ?? 0) + 1);
  const chosen = unit !== undefined ? unit : [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const when = (r: Row) => r.period_to ?? r.period_from ?? r.published ?? '\uffff';
  const points = same.filter((r) => r.unit === chosen)
    .sort((a, b) => when(a).localeCompare(when(b)) || a.doc.localeCompare(b.doc) || a.start - b.start)
    .slice(0, max)
    .map((r): SeriesPoint => {
      const hit = { ...r, estimate: r.estimate === 1 };
      return {
        id: r.id, document_id: r.document_id, doc: r.doc, title: r.title, published: r.published,
        value: r.value!, unit: r.unit, kind: r.kind, quote: r.quote, value_text: displayFields(hit).value_text,
        place: r.place, place_level: r.place_level, period_from: r.period_from, period_to: r.period_to,
      };
    });
  return { indicator: same[0]?.indicator ?? indicator, unit: chosen, points };
}

// ---------------------------------------------------------------------------------------------
// Vietnamese display: "." groups thousands, "," marks decimals, money takes its scale word back.

/** 7476 -> "7.476"; 47.45 -> "47,45"; rounds to `digits` decimals and drops trailing zeros. */
export function formatNumberVi(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (decimals ? `,${decimals}` : '');
}

const MONEY = /^(?:đồng|USD|EUR|JPY|CNY|KRW|GBP)(?:\/|$)/;
const SCALES: [number, string][] = [[1e9, 'tỷ'], [1e6, 'triệu']];

/** The scale word for money ("62 triệu") when the scaled number needs at most three decimals. */
function moneyScale(values: number[]): [number, string] | undefined {
  const smallest = Math.min(...values.map(Math.abs));
  for (const [size, word] of SCALES) {
    if (smallest >= size && values.every((v) => Math.abs(v / size - Math.round((v / size) * 1000) / 1000) < 1e-9 * Math.max(1, Math.abs(v / size)))) {
      return [size, word];
    }
  }
  return undefined;
}

/** Units written against the number: "0,6%", "33,2%/năm", "10,04‰". */
const TIGHT_UNIT = /^[%‰]/;

/** "62 triệu đồng/người/năm", "0,6%", "15-18 tiêu chí", "7.476 tỷ đồng". */
export function formatQuantity(value: number, unit: string | null, valueMax: number | null = null): string {
  const values = valueMax !== null ? [value, valueMax] : [value];
  const scale = unit && MONEY.test(unit) ? moneyScale(values) : undefined;
  const shown = values.map((v) => formatNumberVi(scale ? v / scale[0] : v)).join('-');
  const unitText = [scale?.[1], unit].filter(Boolean).join(' ');
  if (!unitText) return shown;
  return unit && TIGHT_UNIT.test(unit) && !scale ? shown + unitText : `${shown} ${unitText}`;
}

/** What a person reads in a result row, beside the raw fields. */
export interface DisplayFields {
  /** "ước 62 triệu đồng/người/năm", "khoảng 47,45 triệu đồng", "22/55 chỉ tiêu" */
  value_text: string;
  /** "95% chỉ tiêu Nghị quyết đại hội", "vượt 13,2% mục tiêu Nghị quyết" */
  percent_text: string;
  /** "65 triệu đồng/người/năm" */
  target_text: string;
}

export function displayFields(h: Pick<SearchHit, 'kind' | 'value' | 'value_max' | 'unit' | 'approx' | 'estimate' | 'percent'
  | 'relation' | 'reference' | 'achieved' | 'total' | 'target_value' | 'target_unit' | 'target_value_max'>): DisplayFields {
  let value = '';
  if (h.value !== null && h.unit === 'hạng' && h.total !== null) value = `hạng ${formatNumberVi(h.value)}/${formatNumberVi(h.total)}`;
  else if (h.value !== null) value = formatQuantity(h.value, h.unit, h.value_max);
  else if (h.achieved !== null && h.total !== null) value = `${formatNumberVi(h.achieved)}/${formatNumberVi(h.total)}${h.unit ? ` ${h.unit}` : ''}`;
  const prefix = [h.estimate ? 'ước' : '', h.approx ?? ''].filter(Boolean).join(' ');
  const value_text = value && prefix ? `${prefix} ${value}` : value;
  let percent_text = '';
  if (h.percent !== null) {
    percent_text = `${h.relation === 'exceeded_by' ? 'vượt ' : ''}${formatNumberVi(h.percent)}%${h.reference ? ` ${h.reference}` : ''}`;
  }
  const target_text = h.target_value !== null ? formatQuantity(h.target_value, h.target_unit, h.target_value_max) : '';
  return { value_text, percent_text, target_text };
}

/** Columns of `--format csv|jsonl` and of the server's CSV: display text first, then the raw fields. */
export const RESULT_COLUMNS = [
  'indicator', 'value_text', 'kind', 'percent_text', 'target_text', 'title', 'published', 'doc', 'quote',
  'value', 'value_max', 'unit', 'approx', 'estimate', 'percent', 'relation', 'reference', 'achieved', 'total',
  'target_value', 'target_unit', 'target_value_max', 'start', 'end', 'id', 'document_id', 'source', 'rank',
  'place', 'place_level', 'place_parent', 'period_from', 'period_to', 'indicator_key', 'notes',
] as const;

export type ResultRecord = Record<(typeof RESULT_COLUMNS)[number], string | number | boolean | null>;

/** A hit as one flat record in RESULT_COLUMNS order. */
export function resultRecord(h: SearchHit): ResultRecord {
  const all = { ...h, ...displayFields(h) } as Record<string, unknown>;
  return Object.fromEntries(RESULT_COLUMNS.map((c) => [c, (all[c] ?? null) as string | number | boolean | null])) as ResultRecord;
}
