// The read-only web server behind `chitieu serve`: a static page from a fixed allow-list and a small
// JSON/CSV API over the search library. No request value reaches the file system or the SQL text:
// static paths are looked up in a fixed table, every filter is a bound parameter.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase } from './adapters/sqlite.ts';
import { disagreements } from './agreement.ts';
import { ROOT } from './root.ts';
import type { RawQuery } from './search.ts';
import {
  countStatements, documentWithStatements, indicatorSeries, iterateSearch, listDocuments, listUnits,
  openSearchDatabase, parseQuery, QueryError,
} from './search.ts';
import type { Downloads } from './server-download.ts';
import { download } from './server-download.ts';
import { checkedPoint, checkedRecord } from './checked-records.ts';

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

/** What every route may use: the shared connection, the downloads running, the request's URL. */
interface Context {
  db: Db;
  url: URL;
  res: http.ServerResponse;
  downloads: Downloads;
  fail: (res: http.ServerResponse, err: unknown, what: string) => void;
}

/** The API, one small handler per path; each reads its parameters and answers. */
const ROUTES: Record<string, (c: Context) => void> = {
  '/api/search': search,
  '/api/documents': ({ db, url, res }) => {
    // paged: the page asks for the next one while `documents` comes back full
    const p = params(url, ['limit', 'offset']);
    const limit = whole(p.limit, DOCUMENT_PAGE, 'limit', 1, DOCUMENT_PAGE);
    const offset = whole(p.offset, 0, 'offset', 0, Number.MAX_SAFE_INTEGER);
    const total = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    json(res, 200, { total, offset, limit, documents: listDocuments(db, limit, offset) });
  },
  '/api/units': ({ db, url, res }) => {
    params(url, []);
    json(res, 200, listUnits(db));
  },
  '/api/document': ({ db, url, res }) => {
    const { id } = params(url, ['id']);
    if (!id || !DOCUMENT_ID.test(id)) throw new HttpError(400, 'id must be a document id (64 hex digits)');
    const doc = documentWithStatements(db, id);
    if (!doc) throw new HttpError(404, 'no such document');
    json(res, 200, doc);
  },
  '/api/series': ({ db, url, res }) => {
    const { indicator, unit } = params(url, ['indicator', 'unit']);
    if (!indicator?.trim() || indicator.length > 500) throw new HttpError(400, 'indicator is required (at most 500 characters)');
    if (unit !== undefined && unit.length > 100) throw new HttpError(400, 'unit is too long');
    const series = indicatorSeries(db, indicator.normalize('NFC'), unit?.normalize('NFC'));
    const contradicted = disagreements(db, series.points.map((p) => p.id));
    json(res, 200, { ...series, points: series.points.map((p) => checkedPoint(p, contradicted)) });
  },
};

/** A search as JSON for the page (one page of results, with its count), or a CSV/JSONL download. */
function search({ db, url, res, downloads, fail }: Context): void {
  const raw = params(url, SEARCH_PARAMS);
  const format = raw.format ?? 'json';
  if (!['json', 'csv', 'jsonl'].includes(format)) throw new HttpError(400, 'format must be json, csv or jsonl');
  const isDownload = format !== 'json';
  const query = parseQuery(raw as RawQuery, isDownload ? { defaultLimit: DOWNLOAD_LIMIT, maxLimit: DOWNLOAD_LIMIT } : { defaultLimit: 50, maxLimit: 1000 });
  if (isDownload) {
    void download(downloads, query, format, res, MAX_DOWNLOADS).then((started) => {
      if (!started) json(res, 503, { error: `${MAX_DOWNLOADS} downloads are running; try again in a moment` });
    }).catch((err) => fail(res, err, 'download'));
    return;
  }
  const hits = [...iterateSearch(db, query)];
  const contradicted = disagreements(db, hits.map((h) => h.id));
  const results = hits.map((h) => checkedRecord(h, contradicted));
  // A short page that has rows is the whole rest of the result: no need to count.
  const { count, capped } = results.length < query.limit! && (results.length > 0 || !query.offset)
    ? { count: (query.offset ?? 0) + results.length, capped: false }
    : countStatements(db, { ...query, limit: undefined, offset: undefined });
  json(res, 200, { total: count, capped, results, download_limit: DOWNLOAD_LIMIT });
}

/** The page and its files, from the fixed table; a bookmarked page may carry the search's parameters. */
function staticFile(url: URL, res: http.ServerResponse): boolean {
  const file = STATIC[url.pathname];
  if (!file) return false;
  if (url.search) params(url, file.file === 'index.html' ? PAGE_PARAMS : []);
  send(res, 200, file.type, fs.readFileSync(WEB_ROOT + file.file), { 'Cache-Control': 'no-cache' });
  return true;
}

/** The request's URL once it is known to be a read from this server by its own name. */
function checkedUrl(req: http.IncomingMessage, checkHost: boolean): URL {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'read-only: only GET and HEAD');
  // A page on another site must not reach this server through a DNS name pointing at 127.0.0.1.
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (checkHost && !LOOPBACK_HOSTS.has(host)) throw new HttpError(400, 'unexpected Host header');
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'malformed URL');
  }
}

/** The request handler over an open (read-only) database. */
export function createHandler(db: Db, options: AppOptions = {}): http.RequestListener {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const checkHost = options.host === undefined || LOOPBACK_HOSTS.has(options.host);
  const downloads: Downloads = { db, openReader: options.openReader, headers: SECURITY_HEADERS, running: 0 };
  const fail = (res: http.ServerResponse, err: unknown, what: string) => {
    log(`chitieu serve: ${what}: ${(err as Error).stack ?? err}`);
    if (!res.headersSent) json(res, 500, { error: 'internal error' });
    else res.destroy();
  };
  return (req, res) => {
    try {
      const url = checkedUrl(req, checkHost);
      if (staticFile(url, res)) return;
      const route = ROUTES[url.pathname];
      if (!route) throw new HttpError(404, 'not found');
      route({ db, url, res, downloads, fail });
    } catch (err) {
      if (err instanceof HttpError) return json(res, err.status, { error: err.message });
      if (err instanceof QueryError) return json(res, 400, { error: err.message });
      fail(res, err, `${req.method} ${req.url}`);
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
