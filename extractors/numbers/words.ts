// Number words: "hai mươi lăm" = 25, "một trăm lẻ năm" = 105, "năm mươi lăm nghìn" = 55 000; and the
// quantity a run of them starts in running text ("ba trăm hộ", "hai mươi tỷ đồng").
import { skipSpaces } from './chars.ts';
import { dateWordBefore, qualifierBefore, RANGE_WORDS, rankAt, WINDOW } from './context.ts';
import { SCALE_NUMBER_WORDS, SCALE_WORDS, UNIT_LEXICON, unitKey } from './lexicon.ts';
import { BOUND_QUALIFIERS, ORDINAL_WORDS } from '../knowledge/numbers.ts';
import { scaled, type ScanResult } from './quantity.ts';
import { readUnit } from './units.ts';

/** Digit words, 0-9; a spelled-out number starts with one of them, "mười", "trăm" or a scale word. */
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['không', 0], ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7],
  ['tám', 8], ['chín', 9],
]);
/** Unit digit after "mười"/"mươi": "mười lăm" = 15, "hai mươi mốt" = 21, "ba mươi tư" = 34. */
const UNIT_AFTER_TEN: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['lăm', 5], ['nhăm', 5], ['sáu', 6], ['bảy', 7],
  ['bẩy', 7], ['tám', 8], ['chín', 9],
]);

function parseGroup(t: readonly string[], i: number): { value: number; next: number } | null {
  let j = i;
  let value = 0;
  let hundreds = false;
  const d0 = DIGIT_WORDS.get(t[j]!);
  if (d0 !== undefined && t[j + 1] === 'trăm') { value = d0 * 100; j += 2; hundreds = true; }
  else if (t[j] === 'trăm') { value = 100; j += 1; hundreds = true; }
  const w = t[j];
  const d = w === undefined ? undefined : DIGIT_WORDS.get(w);
  if (w === 'mười') {
    value += 10; j++;
    const u = UNIT_AFTER_TEN.get(t[j]!);
    if (u !== undefined) { value += u; j++; }
  } else if (d !== undefined && d > 0 && (t[j + 1] === 'mươi' || t[j + 1] === 'chục')) {
    value += d * 10; j += 2;
    const u = t[j] === 'mốt' ? 1 : UNIT_AFTER_TEN.get(t[j]!);
    if (u !== undefined) { value += u; j++; }
  } else if (hundreds && (w === 'linh' || w === 'lẻ') && DIGIT_WORDS.get(t[j + 1]!)) {
    value += DIGIT_WORDS.get(t[j + 1]!)!; j += 2;
  } else if (!hundreds && d !== undefined) {
    value = d; j++;
  }
  return j > i ? { value, next: j } : null;
}

/** Longest valid number-word prefix of lower-case tokens: its value and how many tokens it used. */
function parseWordTokens(t: readonly string[]): { value: number; used: number } | null {
  let total = 0;
  let i = 0;
  let prevScale = Infinity;
  let best: { value: number; used: number } | null = null;
  while (i < t.length) {
    const g = parseGroup(t, i);
    const j = g ? g.next : i;
    let mult = 1;
    let k = j;
    while (k < t.length && SCALE_WORDS.has(t[k]!)) mult *= SCALE_WORDS.get(t[k++]!)!;
    if (!g && (mult === 1 || i !== 0)) break;
    const groupValue = g ? g.value : 1; // "nghìn" alone = 1000
    if (mult === 1) { total += groupValue; best = { value: total, used: j }; break; }
    if (mult >= prevScale) break; // "hai nghìn ba triệu" stops before "ba"
    total += groupValue * mult;
    prevScale = mult;
    i = k;
    best = { value: total, used: k };
  }
  return best;
}

/** The words a number word run starts with (alternatives of a regex); the others only continue one. */
export const NUMBER_WORD_ALT = [...DIGIT_WORDS.keys(), 'mười', 'trăm', ...SCALE_NUMBER_WORDS].join('|');
/** Words read only as a rank after "thứ" ("đứng thứ tư"): candidates of the scan, never part of a run. */
export const ORDINAL_WORD_ALT = Object.keys(ORDINAL_WORDS).join('|');
const NEXT_NUMBER_WORD = new RegExp(
  `[ \\t\\u00a0]+(${NUMBER_WORD_ALT}|mươi|mốt|lăm|nhăm|tư|linh|lẻ|chục)(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
/** Words that read as numbers only with a counted noun after them, never before a time unit ("năm tháng"). */
const WEAK_SINGLE_WORDS = new Set(['một', 'năm', 'không']);
const BOUNDS = new Set<string>(BOUND_QUALIFIERS);
const BOUND_BEFORE = new RegExp(`(?:${BOUND_QUALIFIERS.join('|').replace(/ /g, '[ \\t]+')})[ \\t]+$`, 'iu'); // "có ít nhất một huyện"

const WORD_SPLIT = /[\s-]+/u;

/** "hai mươi mốt"->21, "một trăm lẻ năm"->105, "năm mươi lăm nghìn"->55000; null unless the whole string is a number. */
export function parseNumberWords(s: string): number | null {
  const tokens = s.trim().toLowerCase().normalize('NFC').split(WORD_SPLIT).filter(Boolean);
  if (tokens.length === 0) return null;
  const r = parseWordTokens(tokens);
  return r && r.used === tokens.length ? r.value : null;
}

/** The number words starting with the word text[i, wordEnd). */
export function scanWords(text: string, i: number, wordEnd: number, lo: number, hi: number, firstSolid: number, lastSolid: number): ScanResult {
  if (wordEnd > hi) return null;
  const tokens: string[] = [text.slice(i, wordEnd).toLowerCase()];
  const ordinal = ORDINAL_WORDS[tokens[0]!];
  if (ordinal !== undefined) return dateWordBefore(text, lo, i)?.text.toLowerCase() === 'thứ' ? rankAt(text, lo, i, wordEnd, ordinal) ?? wordEnd : wordEnd;
  const ends: number[] = [wordEnd];
  let p = ends[0]!;
  while (tokens.length < 16) {
    NEXT_NUMBER_WORD.lastIndex = p;
    const nm = NEXT_NUMBER_WORD.exec(text);
    if (!nm || NEXT_NUMBER_WORD.lastIndex > hi) break;
    tokens.push(nm[1]!.toLowerCase());
    p = NEXT_NUMBER_WORD.lastIndex;
    ends.push(p);
  }
  const r = parseWordTokens(tokens);
  if (!r) return ends[0]!;
  const numEnd = ends[r.used - 1]!;
  if (r.used === 1 && dateWordBefore(text, lo, i)?.text.toLowerCase() === 'thứ') {
    return rankAt(text, lo, i, numEnd, r.value) ?? numEnd; // "đứng thứ hai cả nước"
  }
  const lead = tokens[0]!;
  const leadsWithScale = SCALE_WORDS.has(lead) || lead === 'trăm';
  // A qualifier starts at most WINDOW characters before the word, so past that the span cannot be
  // the whole range: the rejections below that need neither unit nor qualifier come first (most
  // candidates are "năm 2024", "một số", "không có").
  if (i - WINDOW > firstSolid) {
    if (leadsWithScale) return numEnd;
    if (r.used === 1 && WEAK_SINGLE_WORDS.has(lead) && !(lead === 'một' && BOUND_BEFORE.test(text.slice(Math.max(lo, i - 16), i)))) return numEnd;
  }
  const u = readUnit(text, numEnd, hi);
  const unitEnd = u && u.end > numEnd ? u.end : numEnd;
  const unit = u && u.end > numEnd && u.unit ? u.unit : null;
  const qual = qualifierBefore(text, lo, i);
  const qualWord = qual ? qual.text.toLowerCase() : '';
  const start = qual && !RANGE_WORDS.has(qualWord) && qualWord !== 'âm' ? qual.index : i;
  const whole = start === firstSolid && unitEnd === lastSolid;
  if (!whole) {
    if (leadsWithScale) return ends[r.used - 1]!; // "hàng triệu người" is vague
    if (r.used === 1) {
      if (!unit) return ends[0]!;
      // "một" is mostly an article, "năm" a year, "không" a negation: alone they need the whole input, or a
      // floor or ceiling before them ("có ít nhất một huyện đạt chuẩn")
      if (WEAK_SINGLE_WORDS.has(lead) && !BOUNDS.has(qualWord)) return ends[0]!;
      const entry = UNIT_LEXICON.get(unitKey(text.slice(skipSpaces(text, numEnd), unitEnd).split('/')[0]!));
      if (!entry || entry.kind === 'time') return ends[0]!;
    }
    if (dateWordBefore(text, lo, i)) return ends[r.used - 1]!;
  }
  let value = scaled(r.value, u ? u.scale : 1);
  if (qualWord === 'âm') value = -value;
  return {
    start, end: unitEnd, numStart: i, numEnd, value, value_max: null, unit,
    approx: start === i ? null : qualWord, notes: [],
  };
}

