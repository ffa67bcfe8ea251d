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
import { Memo } from '../extractors/memo.ts';
import { fold } from './adapters/gazetteer.ts';
import { DISAGREEMENT } from './context/checks.ts';

/** One stated figure, as far as agreement needs it. */
export interface Figure {
  id: number; document_id: string; doc: string; kind: string; indicator: string | null; indicator_key: string | null;
  value: number | null; unit: string | null; place: string | null; place_level: string | null;
  period_from: string | null; period_to: string | null;
}

const FOLDED = new Memo<string>(100_000); // wordings repeat across statements
const folded = (wording: string): string => FOLDED.get(wording, fold);

/**
 * The figure a statement states: its canonical indicator (else its folded wording), unit, kind
 * family (a target is not a level), place and period. Null for a statement with no single value
 * to compare (no value, or a ratio).
 */
export function figureKey(r: Figure): string | null {
  if (r.value === null || r.kind === 'ratio') return null;
  return [r.indicator_key ?? folded(r.indicator ?? ''), r.unit, r.kind === 'target' ? 'target' : 'level',
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

/** A note names this many contradicting documents, then says how many more there are. */
const NAMED = 3;

/** Two printed values agree when they differ by at most half a percent (rounding). */
const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

/**
 * For each document of one figure that some other document contradicts (shares no value with it:
 * one document may state several figures, and agrees with another when any of its values is close
 * to one of theirs), how many do and the first NAMED of them. Values are sorted once, so a figure
 * stated by thousands of documents costs about n log n, not n².
 */
function contradictors(g: Figure[]): Map<string, { named: string[]; count: number }> {
  const byDoc = new Map<string, Set<number>>();
  for (const r of g) (byDoc.get(r.document_id) ?? byDoc.set(r.document_id, new Set()).get(r.document_id)!).add(r.value!);
  const out = new Map<string, { named: string[]; count: number }>();
  if (byDoc.size < 2) return out;
  const sorted = [...byDoc].flatMap(([doc, values]) => [...values].map((v) => ({ v, doc }))).sort((a, b) => a.v - b.v);
  const firstAtLeast = (x: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].v < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  // documents stating the same values contradict the same others: each set of values is worked out once
  const bySignature = new Map<string, { named: string[]; count: number } | null>();
  for (const [doc, values] of byDoc) {
    const signature = [...values].sort((a, b) => a - b).join(' ');
    let found = bySignature.get(signature);
    if (found === undefined) {
      const sharing = new Set<string>();
      for (const x of values) {
        // every value close to x lies within 1 % of it (a superset; close() decides)
        for (let i = firstAtLeast(x - 0.01 * Math.abs(x)); i < sorted.length && sorted[i].v <= x + 0.01 * Math.abs(x); i++) {
          if (close(x, sorted[i].v)) sharing.add(sorted[i].doc);
        }
      }
      const named: string[] = [];
      for (const other of byDoc.keys()) {
        if (named.length === NAMED) break;
        if (!sharing.has(other)) named.push(other);
      }
      found = sharing.size === byDoc.size ? null : { named, count: byDoc.size - sharing.size };
      bySignature.set(signature, found);
    }
    if (found) out.set(doc, found);
  }
  return out;
}

/** Documents agree when each pair of them shares a value. */
export function agreeAcross(g: Figure[]): boolean {
  return contradictors(g).size === 0;
}

const shown = (value: number, unit: string | null) => (unit ? (unit === '%' || unit === '‰' ? `${value}${unit}` : `${value} ${unit}`) : String(value));

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
  for (const r of g) {
    const v = values.get(r.document_id);
    if (!v) values.set(r.document_id, [r.value!]);
    else if (!v.includes(r.value!)) v.push(r.value!);
  }
  const noteOf = new Map<{ named: string[]; count: number }, string>(); // documents of one signature share theirs
  for (const r of g) {
    const found = against.get(r.document_id);
    if (!found) continue;
    let note = noteOf.get(found);
    if (note === undefined) {
      const said = found.named.map((o) => `${name.get(o)} gives ${values.get(o)!.map((v) => shown(v, g[0].unit)).join(' / ')}`);
      const left = found.count - found.named.length;
      const more = left > 0 ? ` and ${left} more document${left === 1 ? '' : 's'}` : '';
      noteOf.set(found, (note = `${DISAGREEMENT}: ${said.join('; ')}${more}`));
    }
    notes.set(r.id, note);
  }
  return notes;
}

const FIGURE_COLUMNS = `s.id, s.document_id, s."kind", s."indicator", s."indicator_key", s."value", s."unit",
  s."place", s."place_level", s."period_from", s."period_to"`;
// Only statements that say where and when can be contradicted: two unknown places are not one place.
const COMPARABLE = `s."value" IS NOT NULL AND s."kind" <> 'ratio' AND s."place" IS NOT NULL
  AND (s."period_from" IS NOT NULL OR s."period_to" IS NOT NULL)`;

/**
 * The `check/disagreement` note of every stored statement that another document contradicts, by
 * statement id; with `only`, of those statements (and perhaps others), reading only their figures.
 * Otherwise SQL keeps to the places and periods more than one document speaks of and hands them over
 * one place and period at a time, so only one of them is in memory at once, beside the notes.
 */
export function disagreements(db: Db, only?: number[]): Map<number, string> {
  if (only) return only.length ? notesOf(groupFigures(figuresOf(db, only))) : new Map();
  // the window keeps the rows whose place and period more than one document gives, in that order
  const rows = db.prepare(`SELECT f.*, d.name AS doc FROM (
      SELECT ${FIGURE_COLUMNS}, min(s.document_id) OVER w AS first_document, max(s.document_id) OVER w AS last_document
      FROM statements s WHERE ${COMPARABLE}
      WINDOW w AS (PARTITION BY s."place", s."place_level", s."period_from", s."period_to")) f
    JOIN documents d ON d.id = f.document_id
    WHERE f.first_document <> f.last_document
    ORDER BY f."place", f."place_level", f."period_from", f."period_to", f.id`).iterate();
  const notes = new Map<number, string>();
  let part: Figure[] = [];
  const settle = () => {
    for (const [id, note] of notesOf(groupFigures(part))) notes.set(id, note);
    part = [];
  };
  const where = (r: Figure) => `${r.place}|${r.place_level}|${r.period_from}|${r.period_to}`;
  for (const row of rows) {
    const r = row as Figure;
    if (part.length && where(part[0]) !== where(r)) settle();
    part.push(r);
  }
  settle();
  return notes;
}

function notesOf(groups: Figure[][]): Map<number, string> {
  const notes = new Map<number, string>();
  for (const g of groups) for (const [id, note] of disagreementNotes(g)) notes.set(id, note);
  return notes;
}

/**
 * The statements that may state the same figure as one of `ids`: the same place, period, unit and
 * key, found through the index on place and period (left alone, SQLite takes the unit's).
 */
function figuresOf(db: Db, ids: number[]): Figure[] {
  return db.prepare(`SELECT DISTINCT ${FIGURE_COLUMNS}, d.name AS doc
    FROM (SELECT * FROM statements WHERE id IN (SELECT value FROM json_each(?))) h
    CROSS JOIN statements s INDEXED BY statements_place ON s."place" = h."place" AND s."place_level" IS h."place_level"
      AND s."period_from" IS h."period_from" AND s."period_to" IS h."period_to"
      AND s."unit" IS h."unit" AND s."indicator_key" IS h."indicator_key"
    JOIN documents d ON d.id = s.document_id
    WHERE ${COMPARABLE} ORDER BY s.id`).all(JSON.stringify(ids)) as Figure[];
}

/** `notes` with a statement's disagreement note added (as the array, or the JSON text, it was given in). */
export function withDisagreement<T extends string[] | string | null>(notes: T, note: string | undefined): T {
  if (note === undefined) return notes;
  if (Array.isArray(notes)) return [...notes, note] as T;
  return JSON.stringify([...(notes ? JSON.parse(notes) as string[] : []), note]) as T;
}
