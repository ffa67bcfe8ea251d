// The statement contract (../shared/spec/statements.md), defined once: validation (zod),
// the TypeScript type, and the SQLite columns all come from `StatementSchema`.
import * as z from 'zod'; // a namespace import the bundler can tree-shake (zod's locales stay out)
import { KINDS } from '../extractors/statement.ts';
import type { StatementFields as ExtractedFields } from '../extractors/statement.ts';

export { emptyFields, KINDS } from '../extractors/statement.ts';
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

const num = z.number().finite().nullable();
const str = z.string().nullable();

/** The fields an extractor fills in: everything of a record but its document and evidence. */
export const StatementFieldsSchema = z.object({
  kind: KindSchema,
  indicator: str,
  value: num,
  value_max: num,
  unit: str,
  approx: str,
  estimate: z.boolean(),
  percent: num,
  relation: z.enum(['reached', 'exceeded_by']).nullable(),
  reference: str,
  achieved: num,
  total: num,
  target_value: num,
  target_unit: str,
  target_value_max: num,
});
export type StatementFields = z.infer<typeof StatementFieldsSchema>;
/** The extractors' field list (extractors/statement.ts) and the schema's must agree: a compile error otherwise. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const FIELDS_AGREE: Same<StatementFields, ExtractedFields> = true;

export const PLACE_LEVELS = ['country', 'region', 'province', 'district', 'commune'] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

/** Where and when (spec: "Where and when"), filled by the context stage; unknown is null. */
export const ContextSchema = z.object({
  place: str,
  place_level: z.enum(PLACE_LEVELS).nullable(),
  place_parent: str,
  period_from: day,
  period_to: day,
  /** the canonical indicator (context/indicators.json), null when none fits */
  indicator_key: str,
});
export type Context = z.infer<typeof ContextSchema>;

export function emptyContext(): Context {
  return { place: null, place_level: null, place_parent: null, period_from: null, period_to: null, indicator_key: null };
}

/** One exported record: the spec's fields plus `doc`, the evidence and the rule that fired. */
// built in export order (STATEMENT_COLUMNS): zod's output keeps its shape's key order
export const StatementSchema = z.object({ doc: z.string().min(1) }).extend(StatementFieldsSchema.shape).extend(ContextSchema.shape).extend({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
  /** Per-record notes, e.g. an ambiguous English-style decimal mark. */
  notes: z.array(z.string()),
});
export type Statement = z.infer<typeof StatementSchema>;

const PARSED = new WeakSet<Statement>();

/**
 * StatementSchema.parse, with the result frozen and remembered: the store then trusts it without a
 * second parse (frozen, it cannot have changed since). Throws a ZodError like parse.
 */
export function parseStatement(record: unknown): Statement {
  const s = StatementSchema.parse(record);
  Object.freeze(s.notes);
  PARSED.add(Object.freeze(s));
  return s;
}

/** Statements parseStatement returned in a worker thread, received as copies: trusted the same way. */
export function trustParsed(statements: Statement[]): void {
  for (const s of statements) {
    Object.freeze(s.notes);
    PARSED.add(Object.freeze(s));
  }
}

/** True for a statement returned by parseStatement. */
export function isParsedStatement(s: Statement): boolean {
  return PARSED.has(s);
}

/** Export order of the columns: the spec's order, then the extras. */
export const STATEMENT_COLUMNS = [
  'doc', 'kind', 'indicator', 'value', 'value_max', 'unit', 'approx', 'estimate', 'percent',
  'relation', 'reference', 'achieved', 'total', 'target_value', 'target_unit', 'target_value_max',
  'place', 'place_level', 'place_parent', 'period_from', 'period_to', 'indicator_key',
  'quote', 'start', 'end', 'rule', 'notes',
] as const satisfies readonly (keyof Statement)[];

/**
 * The spec's fields of a statement in column order, as one JSON line. A parsed statement holds
 * exactly the columns, in this order (StatementSchema's shape is built in it; schema.test.ts pins
 * it), so JSON.stringify needs no property list: with one it leaves its fast path (one `extract` of
 * 10 MB: 4 % of the CPU, now under 1 %).
 */
export function statementJson(s: Statement): string {
  return JSON.stringify(s);
}

export type SqlType = 'TEXT' | 'REAL' | 'INTEGER';

/** SQLite column type of each statement field, read off the zod schema. */
export function sqlColumns(): { name: keyof Statement; type: SqlType; nullable: boolean }[] {
  const shape = StatementSchema.shape as Record<string, z.ZodType>;
  return STATEMENT_COLUMNS.map((name) => {
    let t: z.ZodType = shape[name];
    let nullable = false;
    if (t instanceof z.ZodNullable) { nullable = true; t = t.unwrap() as z.ZodType; }
    let type: SqlType;
    if (t instanceof z.ZodNumber) type = (t as z.ZodNumber).format === 'safeint' ? 'INTEGER' : 'REAL';
    else if (t instanceof z.ZodBoolean) type = 'INTEGER';
    else type = 'TEXT'; // strings, enums, arrays (stored as JSON)
    return { name, type, nullable };
  });
}
