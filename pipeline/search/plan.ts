// Query planning: the checked query as an FTS5 expression (text words and facet words) and the exact
// checks in SQL that guard each result.
import type { Db } from '../adapters/sqlite.ts';
import { documentWord, kindWord, unitWord } from './facets.ts';
import { foldText } from './fold.ts';
import type { SearchQuery } from './query.ts';
import { matchExpression } from './query.ts';

/** How a query runs: its FTS5 expression (text and facet words) and its exact checks in SQL. */
export interface Plan {
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

export function plan(db: Db, q: SearchQuery): Plan {
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
export const matchOf = (p: Plan) => [p.text!, ...p.facets].join(' AND ');
export const whereOf = (checks: string[], prefix = 'WHERE') => (checks.length ? `${prefix} ${checks.join(' AND ')}` : '');
