// Do documents agree on a figure? The one place that says which statements state the same figure
// (the same indicator, unit, kind family, place and period) and whether their documents agree on
// it: `chitieu series` reports it per row, and the export, the query and the page show a
// `check/disagreement` note on each record a document contradicts.
//
// Computed when read, from what is stored, never stored with the statement: whether a figure is
// contradicted depends on every other document, so a stored note would go stale as soon as the
// next document arrived (or a contradicting one was replaced), and only a re-ingest of every
// document could set it right.
import type { Db } from './adapters/sqlite.ts';
import { fold } from './adapters/gazetteer.ts';
import { DISAGREEMENT } from './context/checks.ts';

/** One stated figure, as far as agreement needs it. */
export interface Figure {
  id: number; document_id: string; doc: string; kind: string; indicator: string | null; indicator_key: string | null;
  value: number | null; unit: string | null; place: string | null; place_level: string | null;
  period_from: string | null; period_to: string | null;
}

/**
 * The figure a statement states: its canonical indicator (else its folded wording), unit, kind
 * family (a target is not a level), place and period. Null for a statement with no single value
 * to compare (no value, or a ratio).
 */
export function figureKey(r: Figure): string | null {
  if (r.value === null || r.kind === 'ratio') return null;
  return [r.indicator_key ?? fold(r.indicator ?? ''), r.unit, r.kind === 'target' ? 'target' : 'level',
    r.place, r.place_level, r.period_from, r.period_to].join('|');
}

/** Statements grouped by the figure they state, in first-seen order; statements without one left out. */
export function groupFigures<T extends Figure>(rows: Iterable<T>): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = figureKey(r);
    if (key === null) continue;
    const g = groups.get(key);
    if (g) g.push(r); else groups.set(key, [r]);
  }
  return [...groups.values()];
}

/** Two printed values agree when they differ by at most half a percent (rounding). */
const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/**
 * For each document of one figure, the other documents that share no value with it (one document
 * may state several figures, and agrees with another when any of its values is close to one of theirs).
 * Values are sorted once, so a figure stated by thousands of documents costs n log n, not n².
 */
function contradictors(g: Figure[]): Map<string, string[]> {
  const byDoc = new Map<string, Set<number>>();
  for (const r of g) (byDoc.get(r.document_id) ?? byDoc.set(r.document_id, new Set()).get(r.document_id)!).add(r.value!);
  const out = new Map<string, string[]>();
  if (byDoc.size < 2) return out;
  const sorted = [...byDoc].flatMap(([doc, values]) => [...values].map((v) => ({ v, doc }))).sort((a, b) => a.v - b.v);
  const firstAtLeast = (x: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].v < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  for (const [doc, values] of byDoc) {
    const sharing = new Set<string>([doc]);
    for (const x of values) {
      // every value close to x lies within 1 % of it (a superset; close() decides)
      for (let i = firstAtLeast(x - 0.01 * Math.abs(x)); i < sorted.length && sorted[i].v <= x + 0.01 * Math.abs(x); i++) {
        if (close(x, sorted[i].v)) sharing.add(sorted[i].doc);
      }
    }
    if (sharing.size < byDoc.size) out.set(doc, [...byDoc.keys()].filter((d) => !sharing.has(d)));
  }
  return out;
}

/** Documents agree when each pair of them shares a value. */
export function agreeAcross(g: Figure[]): boolean {
  return contradictors(g).size === 0;
}

const shown = (value: number, unit: string | null) => (unit ? (unit === '%' || unit === '‰' ? `${value}${unit}` : `${value} ${unit}`) : String(value));
/** A note names this many contradicting documents, then says how many more there are. */
const NAMED = 3;

/**
 * The disagreement note of each statement of one figure whose document shares no value with
 * another document's: "check/disagreement: c gives 9.8%; d gives 10%".
 */
export function disagreementNotes(g: Figure[]): Map<number, string> {
  const notes = new Map<number, string>();
  const against = contradictors(g);
  if (!against.size) return notes;
  const name = new Map(g.map((r) => [r.document_id, r.doc]));
  const values = new Map<string, number[]>();
  for (const r of g) values.set(r.document_id, [...new Set([...(values.get(r.document_id) ?? []), r.value!])]);
  for (const [doc, others] of against) {
    const said = others.slice(0, NAMED).map((o) => `${name.get(o)} gives ${values.get(o)!.map((v) => shown(v, g[0].unit)).join(' / ')}`);
    const left = others.length - NAMED;
    const more = left > 0 ? ` and ${left} more document${left === 1 ? '' : 's'}` : '';
    const note = `${DISAGREEMENT}: ${said.join('; ')}${more}`;
    for (const r of g) if (r.document_id === doc) notes.set(r.id, note);
  }
  return notes;
}

const FIGURE_COLUMNS = `s.id, s.document_id, d.name AS doc, s."kind", s."indicator", s."indicator_key", s."value", s."unit",
  s."place", s."place_level", s."period_from", s."period_to"`;
// Only statements that say where and when can be contradicted: two unknown places are not one place.
const COMPARABLE = `s."value" IS NOT NULL AND s."kind" <> 'ratio' AND s."place" IS NOT NULL
  AND (s."period_from" IS NOT NULL OR s."period_to" IS NOT NULL)`;

/**
 * The `check/disagreement` note of every stored statement that another document contradicts, by
 * statement id; with `only`, of those statements (and perhaps others). SQL keeps to the places and
 * periods more than one document speaks of, so the rest of the database is never read into memory.
 */
export function disagreements(db: Db, only?: number[]): Map<number, string> {
  if (only && !only.length) return new Map();
  const narrow = only ? `AND s."place" IN (SELECT "place" FROM statements WHERE id IN (SELECT value FROM json_each(?)))` : '';
  const rows = db.prepare(`WITH shared AS (
      SELECT s."place", s."place_level", s."period_from", s."period_to" FROM statements s
      WHERE ${COMPARABLE} ${narrow}
      GROUP BY 1, 2, 3, 4 HAVING count(DISTINCT s.document_id) > 1)
    SELECT ${FIGURE_COLUMNS} FROM shared g
      JOIN statements s ON s."place" = g."place" AND s."place_level" IS g."place_level"
        AND s."period_from" IS g."period_from" AND s."period_to" IS g."period_to"
      JOIN documents d ON d.id = s.document_id
    WHERE ${COMPARABLE} ORDER BY s.id`).all(...(only ? [JSON.stringify(only)] : [])) as Figure[];
  const notes = new Map<number, string>();
  for (const g of groupFigures(rows)) for (const [id, note] of disagreementNotes(g)) notes.set(id, note);
  return notes;
}

/** `notes` with a statement's disagreement note added (as the array, or the JSON text, it was given in). */
export function withDisagreement<T extends string[] | string | null>(notes: T, note: string | undefined): T {
  if (note === undefined) return notes;
  if (Array.isArray(notes)) return [...notes, note] as T;
  return JSON.stringify([...(notes ? JSON.parse(notes) as string[] : []), note]) as T;
}
