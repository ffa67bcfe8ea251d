// A CSV or JSONL download of a search, streamed in chunks with backpressure on a connection of its
// own, so that the server answers other requests meanwhile.
import type http from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from './adapters/sqlite.ts';
import { closeDatabase } from './adapters/sqlite.ts';
import { CSV_BOM, csvRow } from './csv.ts';
import type { SearchQuery } from './search.ts';
import { iterateSearch, RESULT_COLUMNS } from './search.ts';
import { checkedRecords } from './checked-records.ts';

export interface Downloads {
  /** the shared (read-only) connection */
  db: Db;
  /** a connection of its own for each download; without it downloads are built in one go on `db` */
  openReader?: () => Db;
  /** headers every reply carries */
  headers: Record<string, string>;
  /** downloads streaming now */
  running: number;
}

/**
 * Streams `query` as CSV or JSONL, at most `query.limit` rows: a longer result says so in its file
 * name and the X-Chitieu-Truncated header. Returns false (sending nothing) when `max` are running.
 */
export async function download(state: Downloads, query: SearchQuery, format: string, res: http.ServerResponse, max: number): Promise<boolean> {
  if (state.running >= max) return false;
  const reader = state.openReader?.() ?? state.db;
  state.running++;
  const limit = query.limit!;
  let hits: ReturnType<typeof iterateSearch> | undefined;
  try {
    // is there a row past the limit? then the file is named and marked as the first `limit` rows
    const more = iterateSearch(reader, { ...query, offset: (query.offset ?? 0) + limit, limit: 1 });
    const truncated = !more.next().done;
    more.return(undefined);
    startDownload(res, state.headers, format, truncated, limit);
    hits = iterateSearch(reader, query);
    const rows: string[] = [];
    let sliceStart = performance.now();
    for (const r of checkedRecords(reader, hits, 50)) {
      rows.push(format === 'csv' ? csvRow(RESULT_COLUMNS.map((c) => r[c])) : JSON.stringify(r) + '\n');
      // a slice of at most ~10 ms, then other requests get their turn
      if (reader === state.db || (rows.length % 50 !== 0) || performance.now() - sliceStart < 10) continue;
      if (res.destroyed) return true;
      if (!res.write(rows.join(''))) await drained(res);
      // 'drain' can come in the same turn (a fast reader): only a new turn lets other requests in
      await nextTurn();
      rows.length = 0;
      sliceStart = performance.now();
    }
    res.end(rows.join(''));
    return true;
  } finally {
    hits?.return(undefined);
    if (reader !== state.db) closeDatabase(reader);
    state.running--;
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

function startDownload(res: http.ServerResponse, headers: Record<string, string>, format: string, truncated: boolean, rows: number): void {
  const name = truncated ? `chitieu-results-first-${rows}` : 'chitieu-results';
  res.writeHead(200, {
    ...headers,
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Disposition': `attachment; filename="${name}.${format}"`,
    ...(truncated && { 'X-Chitieu-Truncated': `first ${rows} rows` }),
  });
  // the BOM lets spreadsheet programs read UTF-8
  if (format === 'csv') res.write(CSV_BOM + csvRow(RESULT_COLUMNS));
}
