// A search result as stored: the statement's columns and its document's title, date and source.
import type { StatementFields } from '../schema.ts';

/** One search result: the statement, its document's title/date/source, and a rank (lower is better). */
export interface SearchHit extends StatementFields {
  id: number;
  document_id: string;
  doc: string;
  title: string | null;
  published: string | null;
  source: string;
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

export const HIT_COLUMNS = `s.id, s.document_id, d.name AS doc, d.title, d.published, d.source, s."kind", s."indicator", s."value",
  s."value_max", s."unit", s."approx", s."estimate", s."percent", s."relation", s."reference", s."achieved", s."total",
  s."target_value", s."target_unit", s."target_value_max", s."place", s."place_level", s."place_parent",
  s."period_from", s."period_to", s."indicator_key", s."notes", s."quote", s."start", s."end"`;

/** A row as SQLite returns it (booleans as 0/1). */
export type Row = Omit<SearchHit, 'estimate'> & { estimate: number };

/** A row as a hit: SQLite's 0/1 back to a boolean. */
export const hitOf = (row: Row): SearchHit => ({ ...row, estimate: row.estimate === 1 });
