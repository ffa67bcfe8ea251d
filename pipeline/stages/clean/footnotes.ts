// Footnotes of print-converted reports: markers glued to the body ("Nghị quyết¹", "⁽³¹⁾") are
// dropped; a line that starts with one ("¹ Theo ...") is itself a footnote and keeps it.
import { isLetterOrDigit, isSpace } from './lines.ts';

const FOOTNOTE_MARK = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/y;
const ANY_MARK = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** The first non-space offset of raw[start, end). */
function firstContent(raw: string, start: number, end: number, drop: Uint8Array): number {
  let i = start;
  while (i < end && (drop[i] || isSpace(raw.charCodeAt(i)))) i++;
  return i;
}

/**
 * Marks footnote markers in a line for dropping; returns whether the line is itself a footnote
 * ("¹ Theo chỉ tiêu ...", "⁽³¹⁾ Năm 2021 ..."), whose leading marker stays.
 */
export function markFootnoteMarkers(raw: string, start: number, end: number, drop: Uint8Array): boolean {
  const first = firstContent(raw, start, end, drop);
  let keepEnd = -1;
  FOOTNOTE_MARK.lastIndex = first;
  const lead = FOOTNOTE_MARK.exec(raw);
  if (lead && lead.index === first) {
    const next = raw[first + lead[0].length];
    if (next !== undefined && first + lead[0].length < end && (isSpace(next.charCodeAt(0)) || /\p{L}/u.test(next))) {
      keepEnd = first + lead[0].length;
    }
  }
  const from = keepEnd >= 0 ? keepEnd : start;
  const line = raw.slice(from, end);
  ANY_MARK.lastIndex = 0;
  for (let m; (m = ANY_MARK.exec(line));) {
    const markStart = from + m.index, markEnd = markStart + m[0].length;
    // m², km³: a unit exponent, not a footnote
    if ((m[0] === '²' || m[0] === '³') && raw[markStart - 1] === 'm' && !isLetterOrDigit(raw[markEnd])) continue;
    drop.fill(1, markStart, markEnd);
  }
  return keepEnd >= 0;
}
