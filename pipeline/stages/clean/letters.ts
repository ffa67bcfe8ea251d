// Letters: the text is copied in NFC, and the letters of a broken PDF font are repaired. A piece
// that NFC (or the repair) changes is composed per base letter + combining marks and inserted
// (unmapped, so an offset inside such a letter maps to the letter's raw start); if that does not
// reproduce the piece's NFC form the whole piece is inserted.
import type { TextBuilder } from '../../document.ts';

// A broken PDF font maps "ư"/"Ư" to "ƣ"/"Ƣ" (U+01A3/U+01A2, letters no Vietnamese word uses).
export const BROKEN_FONT_LETTER = /[ƣƢ]/;
/**
 * Code units that are NFC as they stand and compose with nothing before them (no marks; ASCII,
 * Latin, the precomposed Vietnamese letters, general punctuation): text made of these alone is
 * NFC, with no normalize call over the whole document. Others (a mark, "≥", an emoji) say nothing.
 */
const NOT_SURELY_NFC = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u205e]/;
export const isSurelyNfc = (text: string): boolean => !NOT_SURELY_NFC.test(text);
export const repairLetters = (s: string): string => s.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư');

/**
 * Copies raw[start, end) in NFC with broken-font letters repaired: unchanged text is copied,
 * composed or repaired letters are inserted.
 */
export function emitNfc(b: TextBuilder, raw: string, start: number, end: number, rawIsClean: boolean): void {
  if (rawIsClean) { b.copy(raw, start, end); return; }
  const seg = raw.slice(start, end);
  const want = repairLetters(seg).normalize('NFC');
  if (want === seg) { b.copy(raw, start, end); return; }
  // per base letter + combining marks; check that this reproduces the NFC form of the piece
  const ops: ([number, number] | string)[] = [];
  const cluster = /[ƣƢ]\p{M}*|\P{M}\p{M}+/gu;
  let pos = 0, built = '';
  for (let m; (m = cluster.exec(seg));) {
    const composed = repairLetters(m[0]).normalize('NFC');
    if (composed === m[0]) continue;
    if (m.index > pos) { ops.push([pos, m.index]); built += seg.slice(pos, m.index); }
    ops.push(composed); built += composed;
    pos = m.index + m[0].length;
  }
  if (pos < seg.length) { ops.push([pos, seg.length]); built += seg.slice(pos); }
  if (built !== want) { b.insert(want); return; }
  for (const op of ops) typeof op === 'string' ? b.insert(op) : b.copy(raw, start + op[0], start + op[1]);
}
