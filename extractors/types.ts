// What every extractor sees and returns.
import type { Match, TableRow } from '../pipeline/document.ts';
import type { Quantity } from './numbers.ts';

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
  /** rule ids switched off for this run (extractors/rules.ts): each acts as if deleted */
  without?: ReadonlySet<string>;
}

/** A match plus the quantity spans it used, so that no other kind reports the same number again. */
export interface Claimed extends Match {
  claims: { start: number; end: number }[];
}

export interface Extractor {
  name: string;
  extract(view: SentenceView): Claimed[];
}
