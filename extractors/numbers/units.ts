// Units after a number: scale words ("nghìn tỷ"), a unit from the lexicon (symbol or words, the
// longest that fits), and slash denominators ("triệu đồng/người/năm").
import { isSpaceChar, isUpperChar, matchAt, skipSpaces, wordAt, wordEnd } from './chars.ts';
import {
  MAX_UNIT_WORDS, SCALE_FALSE_FRIENDS, SCALE_WORDS, SQUARABLE, SYMBOL_CANONICAL, SYMBOL_FIRST_UNITS, SYMBOL_UNIT, UNIT_FALSE_FRIENDS, UNIT_KEY_PREFIXES, UNIT_LEXICON, unitKey,
} from './lexicon.ts';

const SQUARE_CUBE = /[23²³](?![\p{N}])/uy;
const DENOM_NUMBER = /\d+(?:[.,]\d+)*[ \t\u00a0]+/y;
const POWER_OF_TEN = /^1(?:0{1,2}|(?:\.?000)+)?$/;

const LONGEST_SCALE = Math.max(...[...SCALE_WORDS.keys()].map((k) => k.length));
const SCALE_FIRSTS = new Set([...SCALE_WORDS.keys()].map((k) => k[0]!));
const SCALE_START = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes

/** Whether a word starting with this code unit can lower-case to a scale word (each unit decided once). */
function startsScale(c: number): boolean {
  let k = SCALE_START[c]!;
  if (k === 0) SCALE_START[c] = k = SCALE_FIRSTS.has(String.fromCharCode(c).toLowerCase()[0]!) ? 2 : 1;
  return k === 2;
}

/** The length of the separator between unit words at e (what /, ?| ?- ?|[ \t\u00a0]/y matches), when it ends by `to`; 0 when none. */
function separatorAt(text: string, e: number, to: number): number {
  const c = text.charCodeAt(e), d = text.charCodeAt(e + 1);
  let n = 0;
  if (c === 44) n = d === 32 ? 2 : 1; // ", " or ","
  else if (c === 32) n = d === 45 ? (text.charCodeAt(e + 2) === 32 ? 3 : 2) : 1; // " - ", " -", " "
  else if (c === 45) n = d === 32 ? 2 : 1; // "- ", "-"
  else if (c === 9 || c === 0xa0) n = 1;
  return e + n <= to ? n : 0;
}

/** Scale words at pos ("nghìn tỷ" multiplies); returns the product and the end, or null. */
function readScale(text: string, pos: number, to: number): { scale: number; end: number } | null {
  let scale = 1;
  let end = pos;
  let p = pos;
  for (let n = 0; n < 3; n++) {
    if (p >= text.length || !startsScale(text.charCodeAt(p))) break; // the word's first letter rules out most
    const e = wordEnd(text, p, to);
    if (e === p || e - p > LONGEST_SCALE) break; // most words after a number: no slice to tell
    let w = text.slice(p, e);
    let key = w.toLowerCase();
    if (!SCALE_WORDS.has(key) && w.length <= 3 && text[p + w.length] === ' ') {
      // "t ỷ đồng": a PDF split the scale word in two
      const rest = wordAt(text, p + w.length + 1, to);
      if (rest && SCALE_WORDS.has(key + rest.toLowerCase())) { w = text.slice(p, p + w.length + 1 + rest.length); key = key + rest.toLowerCase(); }
    }
    const s = SCALE_WORDS.get(key);
    if (s === undefined) break;
    const after = skipSpaces(text, p + w.length);
    const next = wordAt(text, after, to);
    if (next && SCALE_FALSE_FRIENDS.get(key)?.includes(next.toLowerCase())) break;
    scale *= s;
    end = p + w.length;
    p = after;
  }
  return scale === 1 ? null : { scale, end };
}


/** The longest lexicon unit (symbol or words) starting exactly at pos. */
function readUnitWords(text: string, pos: number, to: number): { unit: string; end: number; kind: string } | null {
  const sym = SYMBOL_FIRST_UNITS.has(text.charCodeAt(pos)) ? matchAt(SYMBOL_UNIT, text, pos, to) : null;
  if (sym) return { unit: SYMBOL_CANONICAL.get(sym) ?? sym, end: pos + sym.length, kind: 'symbol' };
  // the longest run of words whose key is a lexicon entry (no arrays, no slice but the key's)
  let k = 0;
  let key = '';
  let end = pos;
  let p = pos;
  for (let n = 0; n < MAX_UNIT_WORDS; n++) {
    const e = wordEnd(text, p, to);
    if (e === p) break;
    // a longer unit's key extends this one's, so no lexicon entry lies beyond a key that starts none
    const words = unitKey(text.slice(pos, e));
    if (!UNIT_KEY_PREFIXES.has(words)) break;
    if (UNIT_LEXICON.has(words)) { k = n + 1; key = words; end = e; }
    const sep = separatorAt(text, e, to);
    if (sep === 0) break;
    p = e + sep;
  }
  return k === 0 ? null : lexiconUnit(text, pos, end, to, key, k === 1);
}

/** The unit text[pos, end) whose key is `key`, unless what is around it says otherwise. */
function lexiconUnit(text: string, pos: number, end: number, to: number, key: string, oneWord: boolean): { unit: string; end: number; kind: string } | null {
  const entry = UNIT_LEXICON.get(key)!;
  const friends = UNIT_FALSE_FRIENDS.get(key);
  if (friends) {
    const next = wordAt(text, skipSpaces(text, end), to);
    if (next && friends.includes(next.toLowerCase())) return null;
  }
  if (oneWord && SQUARABLE.has(key)) {
    const power = matchAt(SQUARE_CUBE, text, end, to);
    if (power) return { unit: key + (power === '2' || power === '²' ? '²' : '³'), end: end + power.length, kind: 'measure' };
  }
  if (key === 'điểm') { // "2,5 điểm %" = percentage points
    const pct = skipSpaces(text, end);
    if (text[pct] === '%' && pct < to) return { unit: 'điểm phần trăm', end: pct + 1, kind: 'percent' };
  }
  // a lone capital letter glued to the digits is a code ("5G", "3D"), not a unit
  if (oneWord && end - pos === 1 && isUpperChar(text[pos]) && !isSpaceChar(text[pos - 1] ?? ' ')) return null;
  return { unit: entry.canonical ?? text.slice(pos, end).toLowerCase().replace(/\s+/gu, ' '), end, kind: entry.kind };
}

/**
 * The unit (with optional leading scale words) starting at pos after optional spaces.
 * `unit` is '' when only a scale word is there ("1,5 triệu"). Slash denominators are part of the unit:
 * "triệu đồng/người/năm" -> scale 1e6, unit "đồng/người/năm"; "bác sỹ/1 vạn dân" -> "bác sỹ/vạn dân".
 */
export function readUnit(text: string, pos: number, to: number = text.length): { unit: string; end: number; scale: number } | null {
  let p = skipSpaces(text, pos);
  if (p >= to) return null;
  let scale = 1;
  let end = pos;
  const sc = readScale(text, p, to);
  if (sc) { scale = sc.scale; end = sc.end; p = skipSpaces(text, sc.end); }
  const head = readUnitWords(text, p, to);
  if (!head) return sc ? { unit: '', end, scale } : null;
  let unit = head.unit;
  end = head.end;
  // denominators: "/người/năm", "/ha", "/1 vạn dân", "/100 bé gái"
  for (let n = 0; n < 3 && text[end] === '/' && end + 1 < to; n++) {
    let q = end + 1;
    let prefix = '';
    const num = matchAt(DENOM_NUMBER, text, q, to);
    if (num) {
      const written = num.trimEnd();
      if (!POWER_OF_TEN.test(written)) break; // "170 vụ/193 đối tượng" are two counts
      if (written !== '1') prefix = written + ' ';
      q += num.length;
    }
    const dsc = wordAt(text, q, to);
    if (dsc && SCALE_WORDS.has(dsc.toLowerCase())) {
      const after = skipSpaces(text, q + dsc.length);
      if (after > q + dsc.length) { prefix += dsc.toLowerCase() + ' '; q = after; }
    }
    const den = readUnitWords(text, q, to);
    let denUnit: string | null = den && den.kind !== 'symbol' ? den.unit : null;
    let denEnd = den ? den.end : q;
    if (!denUnit) {
      const w = num ? null : wordAt(text, q, to); // "tấn/ha", "km/h": any single word right after "/"
      if (!w) break;
      denUnit = w.toLowerCase();
      denEnd = q + w.length;
    }
    unit += '/' + prefix + denUnit;
    end = denEnd;
  }
  return { unit, end, scale };
}

