// The read-only web server behind `chitieu serve`: a static page from a fixed allow-list and a small
// JSON/CSV API over the search library. No request value reaches the file system or the SQL text:
// static paths are looked up in a fixed table, every filter is a bound parameter.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase } from './adapters/sqlite.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CSV_BOM, csvRow } from './csv.ts';
import { ROOT } from './root.ts';
import type { RawQuery, SearchQuery } from './search.ts';
import {
  countStatements, documentWithStatements, indicatorSeries, iterateSearch, listDocuments, listUnits,
  openSearchDatabase, parseQuery, QueryError, RESULT_COLUMNS, resultRecord,
} from './search.ts';

const WEB_ROOT = path.join(ROOT, 'web') + path.sep;

/** Every file the server will ever send, by URL path. Nothing else is read from disk. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A request the server refuses with a status and a short message (never a stack trace). */
class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

const SEARCH_PARAMS = ['text', 'kind', 'doc', 'unit', 'min', 'max', 'from', 'to', 'place', 'period', 'limit', 'offset', 'format'] as const;
/** What a bookmarked page may carry (`/?q=thu+nhap`): the page reads them, the server only allows them. */
const PAGE_PARAMS = ['q', 'text', 'kind', 'doc', 'unit', 'min', 'max', 'from', 'to', 'place', 'period'] as const;
/** Rows in one CSV/JSONL download; the page says so when a result has more (CHITIEU_MAX_DOWNLOAD_ROWS). */
export const DOWNLOAD_LIMIT = Number(process.env.CHITIEU_MAX_DOWNLOAD_ROWS) || 100_000;
/** Downloads streamed at once; more are asked to come back (503) rather than queued in memory. */
const MAX_DOWNLOADS = 4;
const DOCUMENT_PAGE = 1000;
const DOCUMENT_ID = /^[0-9a-f]{64}$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The query string as a plain object; refuses unknown and repeated parameters. */
function params(url: URL, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) throw new HttpError(400, `unknown parameter '${key.slice(0, 40)}'`);
    if (key in out) throw new HttpError(400, `parameter '${key}' given twice`);
    out[key] = value;
  }
  return out;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** A whole number parameter within [min, max], or the fallback when absent. */
function whole(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,15}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new HttpError(400, `${name} must be a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

const json = (res: http.ServerResponse, status: number, body: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), { 'Cache-Control': 'no-store' });

export interface AppOptions {
  /** the host the server listens on: requests naming another host are refused when it is a loopback one */
  host?: string;
  /** where a server error's detail goes (never to the client) */
  log?: (message: string) => void;
  /**
   * A connection of its own for each download, so a long one streams between other requests;
   * without it downloads are built in one go on the shared connection.
   */
  openReader?: () => Db;
}

/** The request handler over an open (read-only) database. */
export function createHandler(db: Db, options: AppOptions = {}): http.RequestListener {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const checkHost = options.host === undefined || LOOPBACK_HOSTS.has(options.host);

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, 'read-only: only GET and HEAD');
    }
    // A page on another site must not reach this server through a DNS name pointing at 127.0.0.1.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (checkHost && !LOOPBACK_HOSTS.has(host)) throw new HttpError(400, 'unexpected Host header');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      throw new HttpError(400, 'malformed URL');
    }
    const file = STATIC[url.pathname];
    if (file) {
      if (url.search) params(url, file.file === 'index.html' ? PAGE_PARAMS : []);
      const body = fs.readFileSync(WEB_ROOT + file.file);
      send(res, 200, file.type, body, { 'Cache-Control': 'no-cache' });
      return;
    }
    switch (url.pathname) {
      case '/api/search': return search(url, res);
      case '/api/documents': {
        // paged: the page asks for the next one while `documents` comes back full
        const p = params(url, ['limit', 'offset']);
        const limit = whole(p.limit, DOCUMENT_PAGE, 'limit', 1, DOCUMENT_PAGE);
        const offset = whole(p.offset, 0, 'offset', 0, Number.MAX_SAFE_INTEGER);
        const total = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
        return json(res, 200, { total, offset, limit, documents: listDocuments(db, limit, offset) });
      }
      case '/api/units':
        params(url, []);
        return json(res, 200, listUnits(db));
      case '/api/document': {
        const { id } = params(url, ['id']);
        if (!id || !DOCUMENT_ID.test(id)) throw new HttpError(400, 'id must be a document id (64 hex digits)');
        const doc = documentWithStatements(db, id);
        if (!doc) throw new HttpError(404, 'no such document');
        return json(res, 200, doc);
      }
      case '/api/series': {
        const { indicator, unit } = params(url, ['indicator', 'unit']);
        if (!indicator?.trim() || indicator.length > 500) throw new HttpError(400, 'indicator is required (at most 500 characters)');
        if (unit !== undefined && unit.length > 100) throw new HttpError(400, 'unit is too long');
        return json(res, 200, indicatorSeries(db, indicator.normalize('NFC'), unit?.normalize('NFC')));
      }
      default:
        throw new HttpError(404, 'not found');
    }
  }

  function search(url: URL, res: http.ServerResponse): void {
    const raw = params(url, SEARCH_PARAMS);
    const format = raw.format ?? 'json';
    if (!['json', 'csv', 'jsonl'].includes(format)) throw new HttpError(400, 'format must be json, csv or jsonl');
    const isDownload = format !== 'json';
    const query = parseQuery(raw as RawQuery, isDownload ? { defaultLimit: DOWNLOAD_LIMIT, maxLimit: DOWNLOAD_LIMIT } : { defaultLimit: 50, maxLimit: 1000 });
    if (format === 'json') {
      const results = [...iterateSearch(db, query)].map(resultRecord);
      // A short page that has rows is the whole rest of the result: no need to count.
      const { count, capped } = results.length < query.limit! && (results.length > 0 || !query.offset)
        ? { count: (query.offset ?? 0) + results.length, capped: false }
        : countStatements(db, { ...query, limit: undefined, offset: undefined });
      return json(res, 200, { total: count, capped, results, download_limit: DOWNLOAD_LIMIT });
    }
    void download(query, format, res).catch((err) => failed(res, err, 'download'));
  }

  let downloads = 0;

  /**
   * A CSV or JSONL download, streamed in chunks with backpressure on a connection of its own, so
   * other requests are answered meanwhile. At most DOWNLOAD_LIMIT rows; a longer result says so
   * in its file name and the X-Chitieu-Truncated header, and the page says so beside the link.
   */
  async function download(query: SearchQuery, format: string, res: http.ServerResponse): Promise<void> {
    if (downloads >= MAX_DOWNLOADS) {
      return json(res, 503, { error: `${MAX_DOWNLOADS} downloads are running; try again in a moment` });
    }
    const reader = options.openReader?.() ?? db;
    downloads++;
    const limit = query.limit!;
    let hits: ReturnType<typeof iterateSearch> | undefined;
    try {
      // is there a row past the limit? then the file is named and marked as the first `limit` rows
      const more = iterateSearch(reader, { ...query, offset: (query.offset ?? 0) + limit, limit: 1 });
      const truncated = !more.next().done;
      more.return(undefined);
      startDownload(res, format, truncated, limit);
      hits = iterateSearch(reader, query);
      const rows: string[] = [];
      let sliceStart = performance.now();
      for (const hit of hits) {
        const r = resultRecord(hit);
        rows.push(format === 'csv' ? csvRow(RESULT_COLUMNS.map((c) => r[c])) : JSON.stringify(r) + '\n');
        // a slice of at most ~10 ms, then other requests get their turn
        if (reader === db || (rows.length % 50 !== 0) || performance.now() - sliceStart < 10) continue;
        if (res.destroyed) return;
        if (!res.write(rows.join(''))) await drained(res);
        // 'drain' can come in the same turn (a fast reader): only a new turn lets other requests in
        await nextTurn();
        rows.length = 0;
        sliceStart = performance.now();
      }
      res.end(rows.join(''));
    } finally {
      hits?.return(undefined);
      if (reader !== db) closeDatabase(reader);
      downloads--;
    }
  }

  /** Resolves when the client has taken what was written, or has gone. */
  function drained(res: http.ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const done = () => { res.off('drain', done); res.off('close', done); resolve(); };
      res.on('drain', done);
      res.on('close', done);
    });
  }

  function startDownload(res: http.ServerResponse, format: string, truncated: boolean, rows: number): void {
    const name = truncated ? `chitieu-results-first-${rows}` : 'chitieu-results';
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
      ...(truncated && { 'X-Chitieu-Truncated': `first ${rows} rows` }),
    });
    // the BOM lets spreadsheet programs read UTF-8
    if (format === 'csv') res.write(CSV_BOM + csvRow(RESULT_COLUMNS));
  }

  function failed(res: http.ServerResponse, err: unknown, what: string): void {
    log(`chitieu serve: ${what}: ${(err as Error).stack ?? err}`);
    if (!res.headersSent) json(res, 500, { error: 'internal error' });
    else res.destroy();
  }

  return (req, res) => {
    try {
      route(req, res);
    } catch (err) {
      if (err instanceof HttpError) return json(res, err.status, { error: err.message });
      if (err instanceof QueryError) return json(res, 400, { error: err.message });
      log(`chitieu serve: ${req.method} ${req.url}: ${(err as Error).stack ?? err}`);
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  };
}

export interface RunningServer {
  url: string;
  server: http.Server;
  db: Db;
  close(): Promise<void>;
}

/** Opens the database read-only and listens (on 127.0.0.1 unless told otherwise; port 0 picks one). */
export async function startServer(options: { dbPath: string; host?: string; port?: number; log?: (m: string) => void }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const db = openSearchDatabase(options.dbPath);
  db.pragma('query_only = ON'); // a second lock on writes, beside the read-only open
  const openReader = () => {
    const reader = openSearchDatabase(options.dbPath);
    reader.pragma('query_only = ON');
    return reader;
  };
  const server = http.createServer(createHandler(db, { host, log: options.log, openReader }));
  server.keepAliveTimeout = 2000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8080, host, () => { server.off('error', reject); resolve(); });
    });
  } catch (err) {
    closeDatabase(db);
    throw err;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    server,
    db,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { closeDatabase(db); resolve(); });
      server.closeAllConnections();
    }),
  };
}
