// What the page, its downloads and `chitieu query` give of a statement: the search library's
// record, with the checks across documents (agreement.ts) added to its notes as they stand now.
import type { Db } from './adapters/sqlite.ts';
import { disagreements, withDisagreement } from './agreement.ts';
import type { ResultRecord, SearchHit, SeriesPoint } from './search.ts';
import { resultRecord } from './search.ts';

/** A search hit as one flat record, its disagreement note (if any) among its notes. */
export function checkedRecord(hit: SearchHit, contradicted: Map<number, string>): ResultRecord {
  const record = resultRecord(hit);
  const note = contradicted.get(hit.id);
  return note ? { ...record, notes: withDisagreement(record.notes as string | null, note) } : record;
}

/** A point of a chart with its disagreement note, when another document gives another value. */
export function checkedPoint(point: SeriesPoint, contradicted: Map<number, string>): SeriesPoint & { disagreement: string | null } {
  return { ...point, disagreement: contradicted.get(point.id) ?? null };
}

/**
 * Search hits as records with their checks, a chunk at a time: each chunk asks only about its own
 * statements' places, so a short answer never reads the whole database's.
 */
export function* checkedRecords(db: Db, hits: Iterable<SearchHit>, chunk = 500): Generator<ResultRecord> {
  let batch: SearchHit[] = [];
  const flush = function* () {
    const contradicted = disagreements(db, batch.map((h) => h.id));
    for (const h of batch) yield checkedRecord(h, contradicted);
    batch = [];
  };
  for (const hit of hits) {
    batch.push(hit);
    if (batch.length >= chunk) yield* flush();
  }
  if (batch.length) yield* flush();
}
