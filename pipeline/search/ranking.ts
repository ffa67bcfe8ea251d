// Running a query: matches ranked by bm25 (indicator words count double), ties by the document's
// date; a lazy cursor for long outputs, and a capped count.
import type { Db } from '../adapters/sqlite.ts';
import type { Row, SearchHit } from './hits.ts';
import { HIT_COLUMNS, hitOf } from './hits.ts';
import { matchOf, plan, whereOf } from './plan.ts';
import type { SearchQuery } from './query.ts';

/**
 * With more matches than this, an interactive page (limit + offset up to PAGE_DEPTH) ranks only the
 * most recently stored RANK_WINDOW of them: bm25 over hundreds of thousands of rows costs hundreds of
 * milliseconds, and words that common rank nothing meaningfully anyway. Longer outputs rank everything.
 */
export const RANK_WINDOW = 5_000;
const PAGE_DEPTH = 1_000;

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
  const decode = (row: unknown): SearchHit => hitOf(row as Row);
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
