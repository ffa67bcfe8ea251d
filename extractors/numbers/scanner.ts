// The number scanner: one left-to-right pass over the text with a global candidate regex; each
// candidate (a digit token, or a whole number word) is read by scanDigits or scanWords, which return
// a quantity or where to go on. Everything a scan knows sits in its own Scan record, so scans do not
// share state: two may run interleaved, or one inside another.
import { isAsciiDigit, isSpaceChar, wordCharBefore } from './chars.ts';
import { type DigitRead, newDigitRead, scanDigits } from './digit-quantity.ts';
import type { Quantity } from './quantity.ts';
import { NUMBER_WORD_ALT, ORDINAL_WORD_ALT, scanWords } from './words.ts';

// Candidates are digit tokens (anywhere) and whole number words (no letter, mark or digit on either
// side, any case). A lookbehind at the front of the candidate regex makes V8 try it at every
// position, several times slower than this one without it: the word's left edge is checked here.
// Its lastIndex is set before each search, so nothing carries over between calls.
const CANDIDATE = new RegExp(`\\d+(?:[.,]\\d+)*|(?:${NUMBER_WORD_ALT}|${ORDINAL_WORD_ALT})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');

/** One scan of text[lo, hi): where it stands and the candidate it is reading. */
interface Scan {
  readonly text: string; readonly lo: number; readonly hi: number;
  /** The trimmed bounds of the whole range: a lone number word counts only when it is all there is. */
  readonly firstSolid: number; readonly lastSolid: number;
  pos: number;
  start: number; end: number; token: string; digits: boolean;
  /** What scanDigits reads a digit token into (one record per scan, not one per token). */
  readonly digitRead: DigitRead;
}

function startScan(text: string, lo: number, hi: number): Scan {
  let firstSolid = lo;
  while (firstSolid < hi && isSpaceChar(text[firstSolid]!)) firstSolid++;
  let lastSolid = hi;
  while (lastSolid > firstSolid && isSpaceChar(text[lastSolid - 1]!)) lastSolid--;
  return { text, lo, hi, firstSolid, lastSolid, pos: lo, start: 0, end: 0, token: '', digits: false, digitRead: newDigitRead() };
}

/** Whether a candidate starts at or after s.pos (and before s.hi); it goes to s.start/end/token/digits. */
function nextCandidate(s: Scan): boolean {
  const text = s.text;
  CANDIDATE.lastIndex = s.pos;
  for (let m; (m = CANDIDATE.exec(text)) !== null;) {
    const i = m.index;
    const digits = isAsciiDigit(text.charCodeAt(i));
    // "27 km/30,3 km": a scan that stopped inside "30,3" goes on past its decimals, never reads "3" alone
    const insideNumber = digits && i >= 2 && (text[i - 1] === ',' || text[i - 1] === '.') && isAsciiDigit(text.charCodeAt(i - 2));
    if (!insideNumber && (digits || i === 0 || !wordCharBefore(text, i))) {
      if (i >= s.hi) return false;
      s.start = i; s.end = i + m[0].length; s.token = m[0]; s.digits = digits;
      return true;
    }
    CANDIDATE.lastIndex = i + 1;
  }
  return false;
}

/** The next quantity of the scan, or null at its end. */
function nextQuantity(s: Scan): Quantity | null {
  while (nextCandidate(s)) {
    const i = s.start;
    const q = s.digits ? scanDigits(s.digitRead, s.text, i, s.token, s.lo, s.hi) : scanWords(s.text, i, s.end, s.lo, s.hi, s.firstSolid, s.lastSolid);
    if (q === null) s.pos = s.end;
    else if (typeof q === 'number') s.pos = Math.max(q, i + 1);
    else { s.pos = q.end; return q; }
  }
  return null;
}

/**
 * A scan of text[from, to). A window is scanned as its own string: the regex cannot stop at `to`,
 * and nothing outside may count; `offset` is added back to what it finds.
 */
function scanOf(text: string, from: number, to: number): { scan: Scan; offset: number } | null {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return null;
  if (lo === 0 && hi === text.length) return { scan: startScan(text, 0, hi), offset: 0 };
  return { scan: startScan(text.slice(lo, hi), 0, hi - lo), offset: lo };
}

function shift(q: Quantity, offset: number): Quantity {
  if (offset !== 0) { q.start += offset; q.end += offset; q.numStart += offset; q.numEnd += offset; }
  return q;
}

/** The quantities in text[from, to), in order, with offsets into text. */
export function findQuantities(text: string, from = 0, to: number = text.length): Quantity[] {
  const run = scanOf(text, from, to);
  const out: Quantity[] = [];
  if (!run) return out;
  for (let q; (q = nextQuantity(run.scan)) !== null;) out.push(shift(q, run.offset));
  return out;
}

/** The same quantities one at a time, as the caller asks for them. */
export function* quantitiesIn(text: string, from = 0, to: number = text.length): Generator<Quantity, void, undefined> {
  const run = scanOf(text, from, to);
  if (!run) return;
  for (let q; (q = nextQuantity(run.scan)) !== null;) yield shift(q, run.offset);
}
