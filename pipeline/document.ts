// The Document: one object owns the text of one input. Every span is a half-open [start, end)
// offset into `text` (the cleaned text), so `text.slice(start, end)` is always the quote.
import type { Extracted, Span, TableRow } from '../extractors/statement.ts';
import { countBefore } from '../extractors/statement.ts';
import { markerStyle } from '../extractors/language.ts';
import type { Context, Statement } from './schema.ts';

export type { Span, TableCell, TableRow } from '../extractors/statement.ts';
export type Format = 'txt' | 'html' | 'pdf' | 'docx';

/** Problems in content, with stable codes such as `lang/undetermined` or `pdf/no-text-layer`. */
export interface Diagnostic {
  code: string;
  stage: string;
  message: string;
  start?: number;
  end?: number;
}

/** A paragraph-like block of the cleaned text and what it is. */
export type PassageRole = 'body' | 'heading' | 'footnote' | 'furniture' | 'foreign';
export interface Passage extends Span { role: PassageRole; lang?: string }

export interface Sentence extends Span {
  /** index into `passages` (for a table row spanning several passages: the last one) */
  passage: number;
  /** a table row reassembled from several passages starts in this one */
  firstPassage?: number;
  /** the sentence is a table row: its cells (see extractors/table) */
  table?: TableRow;
}

export interface DocumentMeta {
  title: string | null;
  published: string | null; // ISO date (YYYY-MM-DD), date-time, or YYYY-MM when the day is not printed
  url: string | null;
  site: string | null;
  author: string | null;
}

/** A piece of the cleaned text copied from raw[rawStart, rawStart + length), at text[start]. */
export interface MapPiece { start: number; rawStart: number; length: number }

/** What an extractor returned (extractors/statement.ts), with where and when once the context stage has run. */
export interface Match extends Extracted {
  /** where and when, filled by the context stage */
  context?: Context;
}

export interface Document {
  /** sha256 of the input bytes (hex) */
  id: string;
  /** the path or name the input came from */
  source: string;
  /** the spec's `doc`: the file name */
  name: string;
  format: Format;
  /** the decoded text as loaded, before cleaning */
  raw: string;
  /** the cleaned text; every offset points into it */
  text: string;
  /** cleaned offset -> raw offset, piece by piece (sorted by start) */
  rawMap: MapPiece[];
  meta: DocumentMeta;
  lang: string | null;
  passages: Passage[];
  sentences: Sentence[];
  matches: Match[];
  statements: Statement[];
  diagnostics: Diagnostic[];
}

export function emptyMeta(): DocumentMeta {
  return { title: null, published: null, url: null, site: null, author: null };
}

/** A Document as the loader hands it over: raw text decoded, nothing cleaned yet. */
export function newDocument(init: {
  id: string; source: string; name: string; format: Format; raw: string;
  meta?: Partial<DocumentMeta>; diagnostics?: Diagnostic[];
}): Document {
  return {
    id: init.id, source: init.source, name: init.name, format: init.format, raw: init.raw,
    text: init.raw, rawMap: [{ start: 0, rawStart: 0, length: init.raw.length }],
    meta: { ...emptyMeta(), ...init.meta }, lang: null, passages: [], sentences: [],
    matches: [], statements: [], diagnostics: [...(init.diagnostics ?? [])],
  };
}

/** Whether the next passage that is no page furniture opens with a list marker ("- ", "(1)", "a)", "2."). */
export function listFollows(doc: Document, i: number): boolean {
  let j = i + 1;
  while (j < doc.passages.length && j - i <= 4 && doc.passages[j].role === 'furniture') j++; // a few lines of page furniture at most
  return j < doc.passages.length && markerStyle(doc.text.slice(doc.passages[j].start, doc.passages[j].end).trim()) !== null;
}

/** Maps an offset of the cleaned text back to the raw text (inserted text maps to its piece's end). */
export function toRawOffset(doc: Document, offset: number): number {
  const found = countBefore(doc.rawMap, offset + 1) - 1; // the last piece starting at or before it
  if (found < 0) return 0;
  const p = doc.rawMap[found];
  return p.rawStart + Math.min(offset - p.start, p.length);
}

/**
 * Builds a cleaned text out of pieces of the raw text and inserted strings, keeping the map.
 * Cleaning stages use it so that offsets stay exact.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly map: MapPiece[] = [];

  /** Copies raw[start, end). */
  copy(raw: string, start: number, end: number): void {
    if (end <= start) return;
    const last = this.map[this.map.length - 1];
    if (last && last.start + last.length === this.length && last.rawStart + last.length === start) {
      last.length += end - start;
    } else {
      this.map.push({ start: this.length, rawStart: start, length: end - start });
    }
    this.parts.push(raw.slice(start, end));
    this.length += end - start;
  }

  /** Inserts text that is not in the raw input (a joining space, a newline). */
  insert(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  get size(): number { return this.length; }

  toString(): string { return this.parts.join(''); }
}
