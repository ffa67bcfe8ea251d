// Digit tokens: "7.476" (a thousands group), "47,45" (a decimal), "540.010,8", "45 620" (groups
// spaced apart), a printed sign ("-2,5%"), an SI suffix ("100k", "3M"), "16 tỷ 434 triệu"; and the
// chains of digits that are no quantity (dates, A/B pairs, document and phone numbers) to skip.
import { isDigitChar, isHorizontalSpace, isSpaceChar, matchAt } from './chars.ts';
import { dateWordBefore, idWordBefore } from './context.ts';
import { readUnit } from './units.ts';

export interface ParsedNumber { value: number; ambiguous: boolean }

/** A digit token: digits with "." or "," between groups. */
export const DIGIT_TOKEN = /\d+(?:[.,]\d+)*/y;
/** "2.2021" is month.year. */
export const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])[.,](?:19|20)\d\d$/;
export const TIME_AFTER = /(?::\d|h\d|g\d)/iy; // "07:42", "7h30"
export const DOC_AFTER = /-[\p{Lu}]/uy;        // "08-NQ/TU"
const PHONE_TAIL = /(?:[ .\-]?\d+)+/y;
const CHAIN_TAIL = /(?:[\/\-.:][\p{L}\p{N}]+)+/uy;

const DIGITS_ONLY = /^\d+$/;
const GROUP3 = /^\d{3}$/;
const LEAD_GROUP = /^\d{1,3}$/;

function groupedInt(parts: string[]): number | null {
  if (!LEAD_GROUP.test(parts[0]!)) return null;
  for (let i = 1; i < parts.length; i++) if (!GROUP3.test(parts[i]!)) return null;
  return Number(parts.join(''));
}

/** Parse a digit token ("7.476", "47,45", "540.010,8", ",77"); null when it is not a well-formed number. */
export function parseDigits(token: string): ParsedNumber | null {
  let s = token;
  if (s.length > 40) return null;
  if (s[0] === ',' || s[0] === '.') s = '0' + s;
  if (DIGITS_ONLY.test(s)) return finite(Number(s), false);
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dots = s.split('.');
    const commas = s.split(',');
    if (lastComma > lastDot && commas.length === 2) { // Vietnamese "540.010,8"
      const int = groupedInt(commas[0]!.split('.'));
      return int === null || !DIGITS_ONLY.test(commas[1]!) ? null : finite(Number(`${int}.${commas[1]}`), false);
    }
    if (lastDot > lastComma && dots.length === 2) { // English "1,234.5"
      const int = groupedInt(dots[0]!.split(','));
      return int === null || !DIGITS_ONLY.test(dots[1]!) ? null : finite(Number(`${int}.${dots[1]}`), false);
    }
    return null;
  }
  const mark = lastDot >= 0 ? '.' : ',';
  const last = lastDot >= 0 ? lastDot : lastComma;
  const first = s.indexOf(mark);
  if (first !== last) return finite(groupedInt(s.split(mark)), false); // "5.327.827.000" (or English "5,327,827")
  const int = s.slice(0, first);
  const frac = s.slice(first + 1);
  const looksGrouped = frac.length === 3 && LEAD_GROUP.test(int) && !/^0+$/.test(int);
  if (mark === '.') {
    // "7.476" is a thousands group; "2.5" is an English-style decimal inside Vietnamese text.
    return looksGrouped ? finite(Number(int + frac), false) : finite(Number(`${int}.${frac}`), true);
  }
  // "47,45" is a decimal; "13,760" reads as an English thousands group but could be 13.76.
  return looksGrouped ? finite(Number(int + frac), true) : finite(Number(`${int}.${frac}`), false);
}

function finite(v: number | null, ambiguous: boolean): ParsedNumber | null {
  return v === null || !Number.isFinite(v) ? null : { value: v, ambiguous };
}

/** "7.476"->7476, "47,45"->47.45, "540.010,8"->540010.8, "01"->1, "2.5"->2.5; null when malformed. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (!/^[.,]?\d+(?:[.,]\d+)*$/.test(t)) return null;
  return parseDigits(t)?.value ?? null;
}

/**
 * Whether the "-", "−" or "+" at signPos, glued to the digits that follow, is the number's sign: it
 * follows a space, "(", ":", ";", "," or "=" (not a word, a number or a percentage: "5-7", "10% -15%"),
 * and a "+" opens no phone number. At the start of a line a dash is a list marker ("-15 xã đạt
 * chuẩn") unless the line holds only the number and a short unit (a table cell "-892 ha").
 */
export function isPrintedSign(text: string, lo: number, signPos: number, tokenEnd: number, hi: number): boolean {
  let p = signPos - 1;
  if (p >= lo && !isSpaceChar(text[p]!) && !'([:;,='.includes(text[p]!)) return false;
  while (p >= lo && isHorizontalSpace(text.charCodeAt(p))) p--;
  if (p >= lo && (isDigitChar(text[p]!) || text[p] === '%' || text[p] === '‰')) return false;
  if (text[signPos] === '+') {
    PHONE_TAIL.lastIndex = tokenEnd;
    return !(PHONE_TAIL.test(text) && PHONE_TAIL.lastIndex > tokenEnd) && tokenEnd - signPos <= 9;
  }
  if (p >= lo && text[p] !== '\n' && text[p] !== '\r') return true;
  let e = tokenEnd;
  while (e < hi && text[e] !== '\n' && text[e] !== '\r') e++;
  return SHORT_CELL_TAIL.test(text.slice(tokenEnd, Math.min(e, tokenEnd + 40)));
}
/** What may follow a signed number alone on its line: a short unit ("-892 ha", "-2,5%", "-1,2 tỷ đồng"). */
const SHORT_CELL_TAIL = /^[ \t\u00a0]*(?:[%‰]|[\p{L}\p{M}]+(?:[ \t\u00a0/]+[\p{L}\p{M}]+){0,2})?[ \t\u00a0.;,)]*$/u;

/** An SI suffix glued to the digits: "100k", "3M". */
export const SI_SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6 };

/** "434 triệu" after "16 tỷ": a whole number below 1000 with a smaller scale word (and the unit, if any). */
export function compoundPart(text: string, pos: number, hi: number, below: number): { value: number; unit: string; end: number } | null {
  const m = matchAt(COMPOUND_DIGITS, text, pos, hi);
  if (!m) return null;
  const u = readUnit(text, pos + m.length, hi);
  if (!u || u.scale === 1 || u.scale >= below) return null;
  const n = Number(m.trim());
  return n * u.scale < below ? { value: n * u.scale, unit: u.unit, end: u.end } : null;
}
const COMPOUND_DIGITS = /[ \t\u00a0]+\d{1,3}(?![\d.,\/\p{L}])/uy;

/**
 * "700 tỷ đồng" after "107 nghìn", "500 người" after "2 nghìn": a whole number below 1000 then a scale above a thousand
 * (the thousands count that scale: 107.700 tỷ), or a unit alone (2.500 người); null otherwise.
 */
export function afterThousands(text: string, pos: number, hi: number): { value: number; scale: number; unit: string; end: number } | null {
  const m = matchAt(COMPOUND_DIGITS, text, pos, hi);
  const u = m ? readUnit(text, pos + m.length, hi) : null;
  if (!u || (u.scale === 1 ? !u.unit : u.scale < 1e6)) return null;
  return { value: Number(m!.trim()), scale: u.scale, unit: u.unit, end: u.end };
}

/**
 * "45 620", "1 234 567 người": a 1-3 digit number followed by groups of exactly three digits after a
 * space. Not after a date or name word, nor inside a row of numbers (a digit before or after); with
 * plain spaces (not no-break or thin ones) a unit or scale word must follow.
 */
export function spacedGroups(text: string, lo: number, numStart: number, token: string, tokenEnd: number, hi: number): { value: number; digits: string; end: number } | null {
  const c = text.charCodeAt(tokenEnd);
  if (!(c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009) || !SPACED_LEAD.test(token)) return null;
  const g = matchAt(SPACED_GROUPS, text, tokenEnd, hi);
  if (!g) return null;
  const end = tokenEnd + g.length;
  let p = numStart - 1;
  while (p >= lo && isHorizontalSpace(text.charCodeAt(p))) p--;
  if (p >= lo && isDigitChar(text[p]!)) return null;
  let e = end;
  while (e < hi && isHorizontalSpace(text.charCodeAt(e))) e++;
  if (e < hi && isDigitChar(text[e]!)) return null;
  if (/ /.test(g)) {
    const u = readUnit(text, end, hi);
    if (!u || u.end === end) return null;
  }
  if (dateWordBefore(text, lo, numStart)) return null;
  if (!/ /.test(g) && idWordBefore(text, lo, numStart)) return null;
  const digits = token + g.replace(/[ \u00a0\u202f\u2009]/gu, '');
  const value = Number(digits.replace(',', '.'));
  return Number.isFinite(value) ? { value, digits, end } : null;
}
const SPACED_LEAD = /^[1-9]\d{0,2}$/;
const SPACED_GROUPS = /(?:[ \u00a0\u202f\u2009]\d{3}(?![\d]))+(?:,\d+)?(?![\d.,]\d|[.,]?\p{L})/uy;

/** "23-12-2021" from its first dash: a dash, 1-2 digits, a dash or slash, digits. */
export function isDateDash(text: string, pos: number, hi: number): boolean {
  if (text[pos] !== '-') return false;
  let p = pos + 1;
  let n = 0;
  while (p < hi && isDigitChar(text[p]!) && n < 3) { p++; n++; }
  return n >= 1 && n <= 2 && (text[p] === '-' || text[p] === '/') && isDigitChar(text[p + 1] ?? '');
}

/** Skip the rest of a date, A/B pair, document number or phone number starting at pos. */
export function skipChain(text: string, pos: number, hi: number, phone = false): number {
  const re = phone ? PHONE_TAIL : CHAIN_TAIL;
  re.lastIndex = pos;
  return re.test(text) ? Math.min(re.lastIndex, hi) : pos;
}

