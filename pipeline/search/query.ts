// Query parameters: text from a command line or a URL, checked and typed, with short messages safe
// to show to the user.
import type { Kind } from '../schema.ts';
import { KINDS } from '../schema.ts';
import { searchTokens } from './fold.ts';

/** A malformed query parameter: the message is short and safe to show to the user. */
export class QueryError extends Error {}

export interface SearchQuery {
  /** words to find in the indicator or the quote (folded: diacritics and đ ignored) */
  text?: string;
  kind?: Kind;
  /** a document's name or its id (content hash) */
  doc?: string;
  unit?: string;
  min?: number;
  max?: number;
  /** on the document's published date: YYYY, YYYY-MM or YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
  /** the statement's place, diacritics ignored ("lai chau" finds Lai Châu) */
  place?: string;
  /** statements whose period overlaps this year or month (YYYY, YYYY-MM or YYYY-MM-DD) */
  period?: string;
  limit?: number;
  offset?: number;
}

/** The query parameters as text (from a command line or a URL), before checking. */
export type RawQuery = Partial<Record<'text' | 'kind' | 'doc' | 'unit' | 'min' | 'max' | 'from' | 'to' | 'place' | 'period' | 'limit' | 'offset', string>>;

export const MAX_TEXT_LENGTH = 500;
const MAX_TOKENS = 16;

function number(name: string, raw: string): number {
  const trimmed = raw.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed)) throw new QueryError(`${name} must be a number (got '${clip(raw)}')`);
  const n = Number(trimmed);
  if (!Number.isFinite(n)) throw new QueryError(`${name} must be a finite number`);
  return n;
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(raw.trim())) throw new QueryError(`${name} must be a whole number (got '${clip(raw)}')`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new QueryError(`${name} must be between ${min} and ${max}`);
  return n;
}

function date(name: string, raw: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!m) throw new QueryError(`${name} must be a date YYYY-MM-DD, YYYY-MM or YYYY (got '${clip(raw)}')`);
  const [, , month, day] = m;
  if (month !== undefined && (+month < 1 || +month > 12)) throw new QueryError(`${name}: no month ${month}`);
  if (day !== undefined && (+day < 1 || +day > new Date(Date.UTC(+m[1], +month!, 0)).getUTCDate())) {
    throw new QueryError(`${name}: no day ${day} in ${m[1]}-${month}`);
  }
  return raw.trim();
}

function text(name: string, raw: string, max: number): string {
  if (raw.length > max) throw new QueryError(`${name} is too long (at most ${max} characters)`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(raw)) throw new QueryError(`${name} has control characters`);
  return raw.normalize('NFC').trim();
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Checks and types the parameters; throws QueryError with a short message on the first bad one. */
export function parseQuery(raw: RawQuery, limits: { defaultLimit?: number; maxLimit?: number } = {}): SearchQuery {
  const q: SearchQuery = {};
  const has = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
  if (has(raw.text)) q.text = text('text', raw.text, MAX_TEXT_LENGTH);
  if (has(raw.kind)) {
    if (!(KINDS as readonly string[]).includes(raw.kind.trim())) throw new QueryError(`kind must be one of ${KINDS.join(', ')}`);
    q.kind = raw.kind.trim() as Kind;
  }
  if (has(raw.doc)) q.doc = text('doc', raw.doc, 1000);
  if (has(raw.unit)) q.unit = text('unit', raw.unit, 100);
  if (has(raw.min)) q.min = number('min', raw.min);
  if (has(raw.max)) q.max = number('max', raw.max);
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) throw new QueryError('min is larger than max');
  if (has(raw.place)) q.place = text('place', raw.place, 200);
  if (has(raw.period)) q.period = date('period', raw.period);
  if (has(raw.from)) q.from = date('from', raw.from);
  if (has(raw.to)) q.to = date('to', raw.to);
  const maxLimit = limits.maxLimit ?? 1000;
  if (has(raw.limit)) q.limit = integer('limit', raw.limit, 1, maxLimit);
  else if (limits.defaultLimit !== undefined) q.limit = limits.defaultLimit;
  if (has(raw.offset)) q.offset = integer('offset', raw.offset, 0, 1e9);
  return q;
}

/** The FTS5 expression for a text: every folded word must appear (in the indicator or the quote). */
export function matchExpression(text: string): string | undefined {
  const tokens = searchTokens(text).slice(0, MAX_TOKENS);
  return tokens.length ? tokens.map((t) => `"${t}"`).join(' ') : undefined;
}
