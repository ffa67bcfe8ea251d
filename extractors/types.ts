// What every extractor sees and returns.
import type { Extracted, Span, TableRow } from './statement.ts';
import type { Quantity } from './numbers.ts';

/** The previous indicator of the sentence; `base` is the level a later change measures (never a change itself); `rule`: the naming rule that gave it. */
export interface PrevIndicator { indicator: string; unit: string | null; base: string; rule?: string }

/** One sentence of a document, with the quantities already found in it. */
export interface SentenceView {
  /** the whole cleaned text of the document; offsets are absolute */
  text: string;
  start: number;
  end: number;
  /** end of the passage the sentence belongs to (look-ahead never crosses it) */
  passageEnd: number;
  quantities: Quantity[];
  /** offset from which the sentence speaks of targets ("Phấn đấu đến năm 2025, ..."); Infinity when none */
  targetFrom: number;
  /** what the paragraph has been speaking of: the first subject of the previous sentence that named one
   * (a function, worked out only when a subject asks for it) */
  topic: () => string | null;
  /** the sentence is a table row (the segment stage read its cells); only the table extractor reads it */
  table?: TableRow;
  /** the title of the part the sentence is in ("I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)", without its numbering), if any */
  part?: string | null;
  /** whether the document writes "1,028" as a decimal (its other numbers are Vietnamese-style), asked once */
  decimalComma?: () => boolean;
  /** an item of a list whose opening line estimates ("Dự ước đến 31/12/2019, …, cụ thể:"): its figures are estimates */
  estimated?: boolean;
  /** the year the document was published, when the loader read its date */
  publishedYear?: number | null;
  /** rule ids switched off for this run (extractors/rules.ts): each acts as if deleted */
  without?: ReadonlySet<string>;
}

/**
 * The numbers a statement takes, so that no other statement reports them again: its own number
 * (which decides whether it stands), the level a share of the plan measures, a plan in brackets,
 * and the other figures of a table row.
 */
export interface Claims { own: Span; level?: Span; plan?: Span; also?: readonly Span[] }

/** Every span of a statement's claims, its own first. */
export function claimedSpans(c: Claims): Span[] {
  const spans = [c.own];
  if (c.level) spans.push(c.level);
  if (c.plan) spans.push(c.plan);
  if (c.also) for (const s of c.also) spans.push(s);
  return spans;
}

/**
 * Whether a position lies in the own span of a claim, asked at positions that never go back (a
 * reader's matches, left to right): one pass over the claims sorted once, instead of every claim per
 * match, which a sentence of thousands of pairs made quadratic. `add` takes a claim made at the
 * current position.
 */
export function ownCoverage(claims: readonly { claims: Claims }[]): { covers(pos: number): boolean; add(c: { claims: Claims }): void } {
  const spans = claims.map((c) => c.claims.own).sort((a, b) => a.start - b.start);
  let next = 0, reach = -Infinity; // the furthest end among the spans that start at or before the last position
  return {
    covers(pos) {
      while (next < spans.length && spans[next].start <= pos) reach = Math.max(reach, spans[next++].end);
      return pos < reach;
    },
    add(c) { reach = Math.max(reach, c.claims.own.end); },
  };
}

/**
 * The end of the last statement read that ends at or before a position, asked at positions that never go
 * back (one pass over the ends sorted once); `from` when none does. `add` takes a statement read since.
 */
export function endsBefore(read: readonly { end: number }[], from: number): { at(pos: number): number; add(c: { end: number }): void } {
  const ends = read.map((c) => c.end).sort((a, b) => a - b);
  let next = 0, last = from;
  const added: number[] = [];
  return {
    at(pos) {
      while (next < ends.length && ends[next] <= pos) last = Math.max(last, ends[next++]);
      while (added.length && added[0] <= pos) last = Math.max(last, added.shift()!);
      return last;
    },
    add(c) { added.push(c.end); },
  };
}

/** A match plus the quantity spans it used. */
export interface Claimed extends Extracted {
  claims: Claims;
}

export interface Extractor {
  name: string;
  extract(view: SentenceView): Claimed[];
}
/** The words of a plan a share is of, where they stand in the text (joined: written right after the share; apart: named by a list's opener, no part of the share's quote). */
export type Reference = { start: number; end: number; text: string; joined?: boolean; apart?: boolean };
