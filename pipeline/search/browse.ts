// Browsing beside search: the stored documents and units, one document with its statements, and an
// indicator's values across documents.
import type { Db } from '../adapters/sqlite.ts';
import type { Kind } from '../schema.ts';
import { displayFields } from './display.ts';
import { searchTokens } from './fold.ts';
import type { Row } from './hits.ts';
import { HIT_COLUMNS, hitOf } from './hits.ts';
import { matchExpression } from './query.ts';
import { keysFor } from '../context/indicators.ts';

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
    const hit = hitOf(r);
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
  if (!expr && !keysFor(indicator).length) return { indicator, unit: unit ?? null, points: [] };
  const rows = !expr ? [] : db.prepare(`SELECT ${HIT_COLUMNS}, NULL AS rank FROM statements_fts f JOIN statements s ON s.id = f.rowid
      JOIN documents d ON d.id = s.document_id
    WHERE statements_fts MATCH ? AND s."value" IS NOT NULL LIMIT 20000`).all(`{indicator} : (${expr})`) as Row[];
  let same = rows.filter((r) => searchTokens(r.indicator ?? '').join(' ') === key);
  // the same canonical indicator under other wordings ("Tỷ lệ hộ nghèo toàn tỉnh", "tỷ lệ hộ nghèo còn")
  const keys = new Map<string, number>();
  for (const r of same) if (r.indicator_key) keys.set(r.indicator_key, (keys.get(r.indicator_key) ?? 0) + 1);
  // words no record carries as written ("tỷ lệ hộ nghèo", "poverty_rate") still name a key of the vocabulary
  const canonical = [...keys.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? keysFor(indicator)[0];
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
      const hit = hitOf(r);
      return {
        id: r.id, document_id: r.document_id, doc: r.doc, title: r.title, published: r.published,
        value: r.value!, unit: r.unit, kind: r.kind, quote: r.quote, value_text: displayFields(hit).value_text,
        place: r.place, place_level: r.place_level, period_from: r.period_from, period_to: r.period_to,
      };
    });
  return { indicator: same[0]?.indicator ?? indicator, unit: chosen, points };
}
