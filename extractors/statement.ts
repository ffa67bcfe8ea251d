// What an extractor makes, defined once for the extraction layer: the kinds of statement, the
// fields a rule fills in, and the shapes of text it reads (spans, table rows). pipeline/schema.ts
// validates the same fields with zod and checks at compile time that both agree.

export const KINDS = ['ratio', 'progress', 'value', 'target'] as const;
export type Kind = (typeof KINDS)[number];

/** The fields an extractor fills in: everything of a record but its document and evidence. */
export interface StatementFields {
  kind: Kind;
  indicator: string | null;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  approx: string | null;
  estimate: boolean;
  percent: number | null;
  relation: 'reached' | 'exceeded_by' | null;
  reference: string | null;
  achieved: number | null;
  total: number | null;
  target_value: number | null;
  target_unit: string | null;
  target_value_max: number | null;
}

/** An empty record of the given kind; extractors fill in what they find. */
export function emptyFields(kind: Kind): StatementFields {
  return {
    kind, indicator: null, value: null, value_max: null, unit: null, approx: null, estimate: false,
    percent: null, relation: null, reference: null, achieved: null, total: null,
    target_value: null, target_unit: null, target_value_max: null,
  };
}

/** A half-open [start, end) span of the cleaned text. */
export interface Span { start: number; end: number }

/** How many of `spans` (in text order) start before `offset`: a binary search. */
export function countBefore(spans: readonly { start: number }[], offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** A cell of a table row: its span and the header text of its column (null when not known). */
export interface TableCell extends Span { header: string | null }
/** A row of a table as the segment stage read it; no cells: a table line that cannot be read. */
export interface TableRow { cells: TableCell[] }

/** What an extractor returns: typed fields, the evidence span and the rule that fired. */
export interface Extracted extends Span {
  fields: StatementFields;
  rule: string;
  notes?: string[];
  /** the table column header the number sits under ("KH 2024", "TH 2023"), when from a table */
  header?: string;
}
