// The words before a number that qualify it or say it is no quantity: qualifiers ("khoảng", "gần",
// "trên"), currency signs ("US$"), date words ("ngày", "năm"), identifier words ("số", "Quyết định"),
// rank words ("xếp thứ"), and list markers at the start of a line. Each is read in a window of WINDOW
// characters ending at the number. The words are tables in knowledge/numbers.ts (NUMBER_CONTEXT_TABLES).
import { NUMBER_CONTEXT_TABLES, type NumberContextRole } from '../knowledge/numbers.ts';
import { isHorizontalSpace, isLetterOrMarkCode, letterOrMarkBefore } from './chars.ts';
import { CURRENCY_PREFIX_UNIT } from './lexicon.ts';
import type { Quantity } from './quantity.ts';

const formsOf = (role: NumberContextRole) => NUMBER_CONTEXT_TABLES.filter((t) => t.role === role).flatMap((t) => t.forms);

export const WINDOW = 28;

/** The body of a regex character class holding these characters, each escaped. */
const escapeClass = (chars: Iterable<string>) => [...new Set(chars)].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');


/** 1: a word, which must follow no letter or mark ("(?<![\p{L}\p{M}])word"); 2: a sign, which may follow anything. */
interface SuffixNode { next: Map<number, SuffixNode>; kind: 0 | 1 | 2 }

/**
 * Words (and signs) matched where they end, as a regex with `flags` compares characters: each code
 * unit is matched against the words' letters once, and the words sit in a trie read backwards.
 * `startOf` answers what "(?<![\p{L}\p{M}])(?:word|...)$" on text.slice(from, end) would, without
 * a slice or a regex: the leftmost match is the longest word that ends at `end` and may start where
 * it starts.
 */
class WordsBefore {
  private readonly letters: RegExp[] = [];
  private readonly folded = new Int16Array(0x10000); // code -> 1 + index of the letter it equals, -1 none, 0 unknown
  private readonly root: SuffixNode = { next: new Map(), kind: 0 };

  constructor(words: readonly string[], flags: string, signs: readonly string[] = []) {
    for (const ch of new Set([...words, ...signs].join(''))) this.letters.push(new RegExp(`^[${escapeClass([ch])}]$`, flags));
    for (const [list, kind] of [[words, 1], [signs, 2]] as const) {
      for (const w of list) {
        let node = this.root;
        for (let k = w.length - 1; k >= 0; k--) {
          const key = this.fold(w.charCodeAt(k));
          let next = node.next.get(key);
          if (!next) node.next.set(key, next = { next: new Map(), kind: 0 });
          node = next;
        }
        node.kind = kind;
      }
    }
  }

  private fold(code: number): number {
    let f = this.folded[code]!;
    if (f === 0) {
      const ch = String.fromCharCode(code);
      f = this.folded[code] = this.letters.findIndex((re) => re.test(ch)) + 1 || -1;
    }
    return f;
  }

  /** The start of the longest word ending exactly at `end` and starting at or after `from`, or -1. */
  startOf(text: string, end: number, from: number): number {
    let node = this.root;
    let start = -1;
    for (let k = end - 1; k >= from; k--) {
      const f = this.fold(text.charCodeAt(k));
      const next = f > 0 ? node.next.get(f) : undefined;
      if (!next) break;
      if (next.kind === 2 || (next.kind === 1 && !letterOrMarkBefore(text, k, from))) start = k;
      node = next;
    }
    return start;
  }
}

/** A word or sign before a number: where it starts, as written, and whether it is a sign ("~", ">="). */
export interface Before { index: number; text: string; sign: boolean }

/**
 * The word of `words` in the WINDOW characters before pos, followed by spaces only up to pos (at
 * most `maxSpaces`), or by spaces, one mark of `punct` and spaces.
 */
function wordBefore(words: WordsBefore, text: string, lo: number, pos: number, punct = '', maxSpaces = Infinity): Before | null {
  const from = Math.max(lo, pos - WINDOW);
  let p = pos;
  while (p > from && isHorizontalSpace(text.charCodeAt(p - 1))) p--;
  if (pos - p > maxSpaces) return null;
  if (punct && p > from && punct.includes(text[p - 1]!)) {
    p--;
    while (p > from && isHorizontalSpace(text.charCodeAt(p - 1))) p--;
  }
  const start = words.startOf(text, p, from);
  return start < 0 ? null : { index: start, text: text.slice(start, p), sign: !isLetterOrMarkCode(text.charCodeAt(start)) };
}

/** The words that open a range ("từ", "giữa", "trong khoảng"): no qualifier of the number. */
export const RANGE_WORDS: ReadonlySet<string> = new Set(formsOf('range'));
const QUALIFIERS = new WordsBefore([...formsOf('approx'), ...formsOf('range'), ...formsOf('negative')], 'iu', [...'<>≥≤≈~', '>=', '<=']);
const CURRENCIES = new WordsBefore([...CURRENCY_PREFIX_UNIT.keys()], 'u');
const DATE_WORDS = new WordsBefore(formsOf('date'), 'iu');
const ID_WORDS = new WordsBefore(formsOf('identifier'), 'iu');

/** A qualifier ending right before pos: a word ("khoảng", "từ", "âm") or a sign ("~", ">="). */
export const qualifierBefore = (text: string, lo: number, pos: number) => wordBefore(QUALIFIERS, text, lo, pos);
/** A currency sign or code ending right before pos (after at most one space), as written ("US$", "VND"). */
export const currencyBefore = (text: string, lo: number, pos: number) => wordBefore(CURRENCIES, text, lo, pos, '', 1);
/** A date or ordinal word ending right before pos ("ngày", "lần thứ"). */
export const dateWordBefore = (text: string, lo: number, pos: number) => wordBefore(DATE_WORDS, text, lo, pos);
/** An identifier word ("số", "Quyết định", "QL") ending right before pos, perhaps with a ":" or "." after it. */
export const idWordBefore = (text: string, lo: number, pos: number) => wordBefore(ID_WORDS, text, lo, pos, ':.-–');

/** "1." / "2.1" / "(3)" opening a line or a list item: a heading or list number, not a quantity. */
export function isListMarker(text: string, lo: number, numStart: number, end: number, hi: number): boolean {
  const next = end < hi ? text[end]! : '';
  let p = numStart - 1;
  while (p >= lo && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p--;
  if (p >= lo && text[p] === '(' && next === ')') return true;
  while (p >= lo && (text[p] === '(' || text[p] === '-' || text[p] === '+' || text[p] === '*' || text[p] === '•' || text[p] === ' ' || text[p] === '\t')) p--;
  if (!(p < lo || text[p] === '\n' || text[p] === '\r')) return false;
  if (next === '.' || next === ')' || next === ':') return true;
  // more text on the same line after the number: a numbered heading ("2 Tình hình ...")
  let e = end;
  while (e < hi && (text[e] === ' ' || text[e] === '\t')) e++;
  return e < hi && text[e] !== '\n' && text[e] !== '\r';
}

/** "xếp thứ", "đứng thứ", "vị trí thứ", "xếp vị thứ", "lên thứ 4 trong vùng": the ordinal after them is a rank. */
const RANK_BEFORE = /(?<![\p{L}\p{M}])(?:(?:xếp|đứng|giữ|duy[ \t\u00a0]+trì|tụt[ \t\u00a0]+xuống|vươn[ \t\u00a0]+lên|lên|xuống)(?:[ \t\u00a0]+(?:vị(?:[ \t\u00a0]+trí)?|hạng))?|vị(?:[ \t\u00a0]+trí)?|hạng)[ \t\u00a0]+thứ[ \t\u00a0]*$/iu;

/** "cao thứ hai cả nước", "thấp thứ 3 khu vực", "cao thứ 6 so với cả nước": a superlative's ordinal is a rank when a scope follows it. */
const SUPERLATIVE_BEFORE = /(?<![\p{L}\p{M}])(?:cao|thấp|lớn|nhanh)[ \t\u00a0]+thứ[ \t\u00a0]*$/iu;
const SCOPE_AFTER = /^[ \t\u00a0]+(?:so[ \t\u00a0]+với[ \t\u00a0]+)?(?:cả[ \t\u00a0]+nước|toàn[ \t\u00a0]+quốc|khu[ \t\u00a0]+vực|vùng|trong[ \t\u00a0]+(?:cả[ \t\u00a0]+nước|khu[ \t\u00a0]+vực|vùng))(?![\p{L}\p{M}])/iu;
/** "Thứ tư là tỉnh Bắc Giang": an ordinal opening its clause, then the unit ranked there. */
const RANKED_UNIT_AFTER = /^[ \t\u00a0]+(?:thuộc[ \t\u00a0]+về|là)[ \t\u00a0]+(?:tỉnh|thành[ \t\u00a0]+phố|TP\.?|huyện|thị[ \t\u00a0]+xã|quận|xã|phường)(?![\p{L}\p{M}])/iu;
/** "vươn lên vị trí số 1", "từ vị trí số 28": a position numbered with "số" is a rank too. */
const NUMBERED_POSITION_BEFORE = /(?<![\p{L}\p{M}])vị[ \t\u00a0]+trí[ \t\u00a0]+số[ \t\u00a0]*$/iu;

/** A position in a ranking: "vị trí 15", "hạng 9", "vị trí thứ 20", "hạng số 1". */
const POSITION = String.raw`(?:vị[ \t\u00a0]+trí|hạng)(?:[ \t\u00a0]+(?:thứ|số))?`;
/** "từ vị trí 15 lên 13", "từ hạng 5 xuống hạng 9": a rank that moved, each position after its move word. */
const RANK_MOVE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:từ|lên|xuống)[ \t\u00a0]+${POSITION}[ \t\u00a0]*$`, 'iu');
/** "từ vị trí 15 lên 13": the position moved to, written bare after the one it moved from (quoted from its move word). */
const RANK_MOVED_TO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])từ[ \t\u00a0]+${POSITION}[ \t\u00a0]+\d{1,3}[ \t\u00a0]+(?<to>lên|xuống)[ \t\u00a0]*$`, 'diu');
/** "lần lượt xếp thứ 2 và 3", "đứng thứ 1, 2 và 5": a bare number in a list of ranks after a rank's verb (quoted from itself). */
const RANK_LIST_BEFORE = /(?<![\p{L}\p{M}])(?:xếp|đứng)(?:[ \t\u00a0]+(?:thứ|hạng|vị[ \t\u00a0]+trí))?[ \t\u00a0]+\d{1,3}(?:[ \t\u00a0]*,[ \t\u00a0]*\d{1,3})*[ \t\u00a0]*(?:,|và)[ \t\u00a0]*$/iu;
/** A move word or a list's joint right before a number: the only bare numbers RANK_MOVED_TO_BEFORE and RANK_LIST_BEFORE can make a rank. */
export const BARE_RANK_JOINT_BEFORE = /(?:(?<![\p{L}\p{M}])(?:lên|xuống|và)|,)[ \t\u00a0]*$/iu;

/** "…, thứ 3 khu vực Bắc Trung Bộ", "(thứ 5 cả nước)": an ordinal opening its clause, before a scope, is a rank. */
const BARE_BEFORE = /(?:^|[,;(:\n])[ \t\u00a0]*thứ[ \t\u00a0]*$/iu;

/** Where the words that make the ordinal ending `before` a rank begin, or -1. */
function rankWordsAt(before: string, after: string, atTextStart: boolean): number {
  const named = RANK_BEFORE.exec(before) ?? NUMBERED_POSITION_BEFORE.exec(before) ?? RANK_MOVE_BEFORE.exec(before);
  if (named) return named.index;
  const movedTo = RANK_MOVED_TO_BEFORE.exec(before);
  if (movedTo) return movedTo.indices!.groups!.to[0];
  if (RANK_LIST_BEFORE.test(before)) return before.length; // the number alone
  if (!SCOPE_AFTER.test(after) && !RANKED_UNIT_AFTER.test(after)) return -1;
  const superlative = SUPERLATIVE_BEFORE.exec(before);
  if (superlative) return superlative.index;
  const bare = BARE_BEFORE.exec(before);
  // "^" is the text's start only when the slice began there
  if (!bare || !(atTextStart || /^[,;(:\n]/.test(bare[0]))) return -1;
  return bare.index + bare[0].search(/thứ/iu);
}

/** A rank ("xếp thứ 4", "vị trí thứ ba", "cao thứ hai cả nước") as a quantity in "hạng" quoted from the rank word, or null. */
export function rankAt(text: string, lo: number, numStart: number, numEnd: number, value: number): Quantity | null {
  if (value < 1) return null;
  const from = Math.max(lo, numStart - 32);
  const start = rankWordsAt(text.slice(from, numStart), text.slice(numEnd, numEnd + 24), from === lo);
  if (start < 0) return null;
  return { start: from + start, end: numEnd, numStart, numEnd, value, value_max: null, unit: 'hạng', approx: null, notes: [] };
}
