// The quantity a digit token starts, read in named steps over one DigitRead: what stands before the
// digits, the token itself, the unit after it, a range, the qualifier before it, and the context that
// makes it no quantity (a date, an identifier, a list number, a year). A step returns the offset to
// resume scanning at when the digits are no quantity, or undefined to go on.
import { isDigitChar, isLetterChar, isSpaceChar, isUpperChar, matchAt } from './chars.ts';
import { type Before, currencyBefore, dateWordBefore, idWordBefore, isListMarker, BARE_RANK_JOINT_BEFORE, qualifierBefore, RANGE_WORDS, rankAt } from './context.ts';
import { afterThousands, compoundPart, DIGIT_TOKEN, DOC_AFTER, isDateDash, isPrintedSign, MONTH_YEAR, type ParsedNumber, parseDigits, SI_SUFFIX, skipChain, spacedGroups, TIME_AFTER } from './digits.ts';
import { CURRENCY_PREFIX_UNIT, isMoneyUnit as isMoney, UNIT_LEXICON, unitKey } from './lexicon.ts';
import { COMPARATIVE_QUALIFIERS, RANGE_TOP_QUALIFIERS, SUPERLATIVE_QUALIFIERS } from '../knowledge/numbers.ts';
import { EVERY_YEAR_BEFORE } from '../knowledge/time.ts';
import { GROUP_WORDS, JOINED_UNIT_NOUNS, PAIR_WHOLE_WORDS } from '../knowledge/clause.ts';
import { COMPARED_WITH } from '../knowledge/plans.ts';
import { alternatives } from '../patterns.ts';
import { AMBIGUOUS_DECIMAL, scaled, type ScanResult } from './quantity.ts';
import { perPeople, readUnit } from './units.ts';

const RANGE_SEP = /[ \t\u00a0]*(?:->|→|-|–|—|đến|tới|và)[ \t\u00a0]*/iuy;
// "từ 80 triệu đồng/m2 đến hơn 100 triệu đồng/m2": a qualifier before a range's top, after "từ … đến"
const TOP_QUALIFIER = new RegExp(`(?:${RANGE_TOP_QUALIFIERS.join('|')})[ \\t\\u00a0]+`, 'iuy');
const SCORE_MARK = /^[ \t\u00a0]?[đĐ]$/u;
const WHOLE_AFTER_SLASH = new RegExp(String.raw`\d\s?\/\s?(?:${alternatives(PAIR_WHOLE_WORDS)})\s$`, 'iu'); // (right after A's digits: "25.560 máy/ tổng số 54.269 người" is no pair)
const YEAR = /^(?:19|20)\d\d$/;

/** One digit token being read: the text and bounds, and what the steps found so far. */
export interface DigitRead {
  text: string; lo: number; hi: number; i: number;
  prev: string;                // the character before the digits ('' at lo)
  token: string; tokenEnd: number; numStart: number; sign: number;
  parsed: ParsedNumber;        // the token's own value (spaced groups included), before scale and range
  glued: boolean;              // a letter right before the digits ("đạt3,02%")
  currencyPrefix: Before | null;
  value: number; numEnd: number;
  ambiguous: boolean;          // a decimal mark that may be a thousands mark, or the reverse
  start: number; end: number; unit: string | null; scale: number; extra: number;
  unitRead: boolean;           // a unit word or symbol followed the digits (not just a scale)
  valueMax: number | null; qual: Before | null; qualWord: string; approx: string | null;
}

/** A record for scanDigits to read into: one per scan, every field set again for each token. */
export function newDigitRead(): DigitRead {
  return {
    text: '', lo: 0, hi: 0, i: 0, prev: '', token: '', tokenEnd: 0, numStart: 0, sign: 1, parsed: NOT_PARSED, glued: false,
    currencyPrefix: null, value: 0, ambiguous: false, numEnd: 0, start: 0, end: 0, unit: null, scale: 1, extra: 0,
    unitRead: false, valueMax: null, qual: null, qualWord: '', approx: null,
  };
}
const NOT_PARSED: ParsedNumber = { value: 0, ambiguous: false };

/** The quantity starting with the digit token `candidate` at i (read into r), or where to resume scanning. */
export function scanDigits(r: DigitRead, text: string, i: number, candidate: string, lo: number, hi: number): ScanResult {
  const lead = readLead(r, text, i, candidate, lo, hi);
  if (lead !== undefined) return lead;
  const skip = readToken(r) ?? readUnitAfter(r) ?? readRange(r);
  if (skip !== undefined) return skip;
  r.value = scaled(r.value, r.scale) + r.extra;
  if (r.sign < 0) r.value = -r.value;
  // "83%/80%", "1.250/1.100 tỷ đồng" after the unit: an A/B pair, not ours (money over a count is two figures)
  if (r.end < hi && text[r.end] === '/' && isDigitChar(text[r.end + 1] ?? '') && !(isMoney(r.unit) && countAfterSlash(text, r.end, hi))) return skipChain(text, r.end, hi);
  readQualifier(r);
  return notAQuantity(r) ?? {
    start: r.start, end: r.end, numStart: r.numStart, numEnd: r.numEnd, value: r.value, value_max: r.valueMax,
    unit: r.unit, approx: r.approx, notes: r.ambiguous ? [AMBIGUOUS_DECIMAL] : [],
  };
}

/** What stands right before the digits: a leading-comma decimal (",77"), a sign, or a chain to skip. */
function readLead(r: DigitRead, text: string, i: number, candidate: string, lo: number, hi: number): number | undefined {
  let token = candidate;
  let tokenEnd = i + token.length;
  if (tokenEnd > hi) { token = token.slice(0, hi - i).replace(/[.,]+$/, ''); tokenEnd = i + token.length; }
  let numStart = i;
  const prev = i > lo ? text[i - 1]! : '';
  const prev2 = i - 1 > lo ? text[i - 2]! : '';
  let sign = 1;
  if (prev === ',' && (i - 1 === lo || isSpaceChar(prev2))) { numStart = i - 1; token = ',' + token; }
  else if ((prev === '-' || prev === '−' || prev === '+') && isPrintedSign(text, lo, i - 1, tokenEnd, hi)) {
    sign = prev === '+' ? 1 : -1; // "đạt -2,5%", "(-892 ha)", "(+18 ha)"
    numStart = i - 1;
  }
  else if (prev === '+') return skipChain(text, tokenEnd, hi, true);
  else if ((prev === '/' && !(moneyBeforeSlash(text, lo, i - 1) && countAfterSlash(text, i - 1, hi))) || prev === '#' || prev === '№' || prev === '^') return skipChain(text, tokenEnd, hi);
  else if (prev === ' ' && (prev2 === 'ố' || prev2 === 'Ố') && WHOLE_AFTER_SLASH.test(text.slice(Math.max(lo, i - 16), i))) return skipChain(text, tokenEnd, hi); // "…/tổng số 370.409": a pair's B
  else if (prev === ':' && isDigitChar(prev2)) return skipChain(text, tokenEnd, hi);
  else if ((prev === '-' || prev === '–' || prev === '.') && prev2 !== '' && (isLetterChar(prev2) || isDigitChar(prev2))) return skipChain(text, tokenEnd, hi);
  // what follows the digits
  if (tokenEnd < hi) {
    // "23/12", "22/55", "2550/UBND-TH", "23-12-2021": a date, an A/B pair or a document number ("500/100.000 trẻ" is a rate)
    if ((text[tokenEnd] === '/' && !perPeople(text, tokenEnd, hi)) || isDateDash(text, tokenEnd, hi)) return skipChain(text, tokenEnd, hi);
    if (matchAt(TIME_AFTER, text, tokenEnd, hi)) return skipChain(text, tokenEnd, hi);
    if (matchAt(DOC_AFTER, text, tokenEnd, hi)) return skipChain(text, tokenEnd, hi);
  }
  r.text = text; r.lo = lo; r.hi = hi; r.i = i; r.prev = prev;
  r.token = token; r.tokenEnd = tokenEnd; r.numStart = numStart; r.sign = sign; r.parsed = NOT_PARSED;
  r.glued = false; r.currencyPrefix = null; r.value = 0; r.ambiguous = false; r.numEnd = tokenEnd;
  r.start = numStart; r.end = tokenEnd; r.unit = null; r.scale = 1; r.extra = 0; r.unitRead = false;
  r.valueMax = null; r.qual = null; r.qualWord = ''; r.approx = null;
  return undefined;
}

/** The token's value: well-formed, thousands spaced apart ("45 620"), not a month.year or phone number, not a code ("H5N1"). */
function readToken(r: DigitRead): number | undefined {
  const { text, lo, hi, prev } = r;
  let parsed = parseDigits(r.token);
  if (!parsed) return r.tokenEnd;
  // "45 620 người": thousands grouped by spaces
  const spaced = spacedGroups(text, lo, r.numStart, r.token, r.tokenEnd, hi);
  if (spaced) { parsed = { value: spaced.value, ambiguous: false }; r.token = spaced.digits; r.tokenEnd = spaced.end; }
  const token = r.token;
  if (MONTH_YEAR.test(token)) return r.tokenEnd; // "2.2021" is month.year
  // phone numbers: a leading zero and four or more digits ("0214.3840.044", "0912 345 678")
  if (token[0] === '0' && isPhoneNumber(token)) return skipChain(text, r.tokenEnd, hi, true);
  r.glued = prev !== '' && isLetterChar(prev) && r.numStart === r.i;
  if (r.glued || (prev !== '' && !isLetterChar(prev))) r.currencyPrefix = currencyBefore(text, lo, r.numStart);
  if (r.glued && !r.currencyPrefix && isUpperChar(prev)) return r.tokenEnd; // "H5N1", "F0", "QL4"
  r.parsed = parsed;
  r.value = parsed.value;
  r.ambiguous = parsed.ambiguous;
  r.numEnd = r.tokenEnd;
  return undefined;
}

/** A leading zero and four or more digits before the mark, or nine in all: "0214.3840.044", "0912 345 678". */
function isPhoneNumber(token: string): boolean {
  let digits = 0;
  let intDigits = -1;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (intDigits < 0 && (c === 46 || c === 44)) intDigits = k;
  }
  return (intDigits < 0 ? token.length : intDigits) >= 4 || digits >= 9;
}

/** The unit after the token: an SI suffix ("100k"), scale words and unit, "16 tỷ 434 triệu", a currency prefix. */
function readUnitAfter(r: DigitRead): number | undefined {
  const { text, hi, tokenEnd } = r;
  // "100k", "3M", "10K đồng": an SI suffix glued to the digits scales them ("5G" stays a code)
  const si = SI_SUFFIX[text[tokenEnd] ?? ''] ?? 1;
  const unitFrom = si !== 1 && tokenEnd + 1 <= hi && !isLetterChar(text[tokenEnd + 1]) && !isDigitChar(text[tokenEnd + 1]) ? tokenEnd + 1 : tokenEnd;
  let u1 = readUnit(text, unitFrom, hi);
  if (u1 && u1.end === unitFrom) u1 = null;
  // a letter glued after the digits must be a unit ("9.688ha"), else this is a code ("5G", "3D")
  if (!u1 && unitFrom === tokenEnd && tokenEnd < hi && isLetterChar(text[tokenEnd]!)) return tokenEnd;
  if (r.glued && !r.currencyPrefix && !u1?.unit) return tokenEnd; // "đạt3,02%" yes, "abc12" no
  r.unitRead = !!(u1 && u1.unit);
  r.unit = u1 && u1.unit ? u1.unit : null;
  r.scale = (unitFrom > tokenEnd ? si : 1) * (u1 ? u1.scale : 1);
  r.end = u1 ? u1.end : unitFrom;
  // "107 nghìn 700 tỷ đồng", "2 nghìn 500 người": thousands, then fewer than a thousand of a larger scale or of the unit
  const rest = u1 && !r.unit && r.scale === 1e3 ? afterThousands(text, r.end, hi) : null;
  if (rest) { r.scale = 1e3 * rest.scale; r.extra = rest.value * rest.scale; r.unit = rest.unit || null; r.end = rest.end; }
  // "16 tỷ 434 triệu đồng", "1 tỷ 500 triệu đồng": a smaller scale goes on counting
  for (let n = 0; n < 3 && u1 && !r.unit && r.scale >= 1e6; n++) {
    const part = compoundPart(text, r.end, hi, n === 0 ? r.scale : r.scale / 1e3);
    if (!part) break;
    r.extra += part.value;
    r.unit = part.unit || null;
    r.end = part.end;
    r.ambiguous = false; // "21,618 tỷ 530 triệu": before a smaller scale the count of the larger is whole, its comma a thousands mark
    if (r.unit) break;
  }
  // "15đ" in a score sheet is a mark: no sum of money is that small
  if (r.unit === 'đồng' && r.scale === 1 && r.parsed.value <= 100 && SCORE_MARK.test(text.slice(tokenEnd, r.end))) r.unit = 'điểm';
  if (r.currencyPrefix && !r.unit) {
    r.unit = CURRENCY_PREFIX_UNIT.get(r.currencyPrefix.text) ?? null;
    r.start = r.currencyPrefix.index;
  }
  return undefined;
}

// "22,95% - 35,19 % - 41,86%": three figures joined by dashes are a list, none of them a range
const DASH = /[-–—]/u;
const DASH_CHAIN_AFTER = /[ \t\u00a0]*[-–—][ \t\u00a0]*\d/y;
const DASH_CHAIN_BEFORE = /\d[ \t\u00a0]*[%‰]?[ \t\u00a0]*[-–—][ \t\u00a0]*$/u;
/** A range: "15-18", "15 - 18 tiêu chí", "9,5‰-10‰", "từ 15 đến 18", "giữa 1000 và 2000 đồng". */
function readRange(r: DigitRead): number | undefined {
  const { text, hi } = r;
  r.qual = qualifierBefore(text, r.lo, r.start);
  r.qualWord = r.qual ? r.qual.text.toLowerCase() : '';
  const sep = r.extra === 0 ? matchAt(RANGE_SEP, text, r.end, hi) : null;
  if (!sep || (sep.trim().toLowerCase() === 'và' && r.qualWord !== 'giữa')) return undefined;
  const dashed = DASH.test(sep);
  if (dashed && DASH_CHAIN_BEFORE.test(text.slice(Math.max(r.lo, r.start - 16), r.start))) return undefined; // see DASH_CHAIN_AFTER
  let p2 = r.end + sep.length;
  const topQualifier = r.qualWord === 'từ' && /[^\s–—-]/u.test(sep) ? matchAt(TOP_QUALIFIER, text, p2, hi) : null;
  if (topQualifier) p2 += topQualifier.length;
  const t2 = matchAt(DIGIT_TOKEN, text, p2, hi);
  if (!t2) return undefined;
  const t2End = p2 + t2.length;
  const after = t2End < hi ? text[t2End] : '';
  const p2num = parseDigits(t2);
  if (after === '/' || after === ':' || (after === '-' && isDigitChar(text[t2End + 1] ?? ''))) return skipChain(text, t2End, hi);
  let u2 = p2num ? readUnit(text, t2End, hi) : null;
  if (u2 && u2.end === t2End) u2 = null;
  const u2unit = u2 && u2.unit ? u2.unit : null;
  const gluedLetter = t2End < hi && isLetterChar(text[t2End]!) && !u2;
  const yearOnly = YEAR.test(t2) && !u2unit && !YEAR.test(r.token); // "5% đến 2025"
  if (!p2num || gluedLetter || yearOnly || !(r.unit === null || u2unit === null || u2unit === r.unit)) return undefined;
  const lowV = scaled(r.value, r.scale !== 1 ? r.scale : (u2 ? u2.scale : 1));
  const highV = scaled(p2num.value, u2 ? u2.scale : 1);
  if (highV <= lowV) return undefined;
  if (dashed && matchAt(DASH_CHAIN_AFTER, text, u2 ? u2.end : t2End, hi)) return undefined;
  r.valueMax = highV;
  r.value = lowV;
  r.scale = 1;
  if (p2num.ambiguous) r.ambiguous = true;
  r.unit = r.unit ?? u2unit;
  // "9,5‰-10‰" keeps its symbols inside the range; "5-7%" is just "5-7"
  r.numEnd = r.unitRead && u2 ? u2.end : t2End;
  r.end = u2 ? u2.end : t2End;
  return undefined;
}

const COMPARATIVE = new Set<string>(COMPARATIVE_QUALIFIERS);
const SUPERLATIVE = new Set<string>(SUPERLATIVE_QUALIFIERS);
// … or what it is higher in: "cao hơn 8,9% về tỷ lệ giải ngân"
const BASE_AFTER = /^[ \t]*,?[ \t]*(?:so(?:[ \t]+với)?|về)(?![\p{L}])/iu;
// a unit or group that changed the most: "tỉnh giảm nhiều nhất" ("phấn đấu tăng ít nhất 5%" still sets a floor)
const UNIT_CHANGED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives([...JOINED_UNIT_NOUNS, ...GROUP_WORDS, 'địa phương'])})[ \\t]+(?:tăng|giảm)[ \\t]+$`, 'iu');
// … or what it is compared with, opening its clause: "so với cùng kỳ năm 2022 phát hiện nhiều hơn 15 vụ", "(so với năm
// 2022, phát hiện ít hơn 24 vụ, nhiều hơn 12 đối tượng)"
const BASE_BEFORE = new RegExp(`(?<![\\p{L}])${COMPARED_WITH}[^;.:()\\n]{0,100}$`, 'iu');
/** "cao hơn 2,19% so với năm 2022" (higher by), "tỉnh giảm nhiều nhất 2,91%" (the most): the words compare, they qualify nothing. */
function notApprox(r: DigitRead, at: number): boolean {
  const { text, lo, qualWord, end } = r;
  if (COMPARATIVE.has(qualWord)) return BASE_AFTER.test(text.slice(end, end + 12));
  return SUPERLATIVE.has(qualWord) && UNIT_CHANGED_BEFORE.test(text.slice(Math.max(lo, at - 24), at));
}

/** The qualifier before the number: "khoảng", "gần", "trên" (approx); "từ", "giữa", "trong khoảng" open a range; "âm" negates. */
function readQualifier(r: DigitRead): void {
  const { text, lo, qual, qualWord } = r;
  if (!qual) return;
  if (RANGE_WORDS.has(qualWord)) {
    if (r.valueMax !== null) {
      r.start = qual.index;
      const outer = qualifierBefore(text, lo, r.start);
      const outerWord = outer && !outer.sign ? outer.text.toLowerCase() : '';
      if (outer && outerWord && !RANGE_WORDS.has(outerWord)) {
        r.approx = outerWord;
        r.start = outer.index;
      }
    }
  } else if (qualWord === 'âm') {
    r.value = -r.value;
    if (r.valueMax !== null) r.valueMax = -r.valueMax;
    r.start = qual.index;
  } else if (!(qualWord === 'chỉ' && /chứng\s+$/iu.test(text.slice(Math.max(lo, qual.index - 8), qual.index))) && !notApprox(r, qual.index)) {
    // "chứng chỉ 29,8%" is a certificate, not "only"; after what it is compared with the words say by how much, no bound
    if (!(COMPARATIVE.has(qualWord) && BASE_BEFORE.test(text.slice(Math.max(lo, qual.index - 110), qual.index)))) r.approx = qualWord;
    r.start = qual.index;
  }
}

/**
 * "doanh số cho vay đạt 758.489 triệu đồng/31.761 lượt khách hàng": an amount of money over a count of things is two
 * figures, the amount and those it went to, no A/B pair (moneyBeforeSlash and countAfterSlash read both sides).
 */
function countAfterSlash(text: string, slash: number, hi: number): boolean {
  const b = matchAt(DIGIT_TOKEN, text, slash + 1, hi);
  const u = b ? readUnit(text, slash + 1 + b.length, hi) : null;
  return u !== null && u.unit !== '' && UNIT_LEXICON.get(unitKey(u.unit))?.kind === 'count';
}
const WORD_BEFORE_SLASH = /\d[ \t]*(?:\p{L}+[ \t]+)?(\p{L}+)$/u;
function moneyBeforeSlash(text: string, lo: number, slash: number): boolean {
  if (slash <= lo || !isLetterChar(text[slash - 1]!)) return false; // most slashes part digits ("22/55", "23/12/2021"): no word read back
  const m = WORD_BEFORE_SLASH.exec(text.slice(Math.max(lo, slash - 24), slash));
  return m !== null && isMoney(m[1]!);
}

const EVERY_YEAR = new RegExp(`(?<![\\p{L}])(?:${alternatives(EVERY_YEAR_BEFORE)})\\s+$`, 'iu');

/** Where the context says the number is no quantity: a date part, an ordinal, a document number, a list number, a year. */
function notAQuantity(r: DigitRead): ScanResult | undefined {
  const { text, lo, hi, numStart, token, unit, valueMax, end } = r;
  const v = r.parsed.value;
  const isInt = Number.isInteger(v) && !token.includes(',') && !token.includes('.');
  const dateWord = isInt ? dateWordBefore(text, lo, numStart) : null;
  if (dateWord) {
    const w = dateWord.text.toLowerCase();
    // "xếp thứ 4 cả nước"; after a rank's verb a noun is its scope, no unit ("đứng thứ 7 khu vực đồng bằng sông Cửu Long")
    if (w === 'thứ' && valueMax === null) return rankAt(text, lo, numStart, r.tokenEnd, v) ?? end;
    if (w === 'thứ' || w === 'lần thứ' || w === 'quý') return end;
    if (w === 'ngày' && v <= 31) return end;
    if (w === 'tháng' && v <= 12) return end;
    // "năm 2024", "năm 3" (a plan's third year); not "hằng năm 10%" (every year)
    if (w === 'năm' && ((v >= 1000 && v <= 2999) || (v <= 20 && !EVERY_YEAR.test(text.slice(Math.max(lo, dateWord.index - 16), dateWord.index))))) return end;
  }
  // "Quyết định số: 1234 ngày 5/6": a document number, the "ngày" opens its date
  // "vươn lên vị trí số 1": a position numbered with "số" is a rank, no identifier
  if ((!unit || unit === 'ngày') && idWordBefore(text, lo, numStart)) return (!unit && isInt && valueMax === null ? rankAt(text, lo, numStart, r.tokenEnd, v) : null) ?? end;
  // "từ vị trí 15 lên 13", "xếp thứ 2 và 3": a bare position after the rank it moved from or the rank listed before it
  if (!unit && isInt && valueMax === null && BARE_RANK_JOINT_BEFORE.test(text.slice(Math.max(lo, numStart - 8), numStart))) {
    const rank = rankAt(text, lo, numStart, r.tokenEnd, v);
    if (rank) return rank;
  }
  if (!unit && r.approx === null && isListMarker(text, lo, numStart, end, hi)) return end;
  // "trên 1 ha" / "trên một đơn vị" means "per", not "more than"
  if (r.approx === 'trên' && v === 1 && valueMax === null && !(r.scale > 1 && isMoney(unit))) return end; // "trên 1 tỷ USD" is more than a billion; "trên 1 vạn dân" per ten thousand
  // a standalone year (or a period of years) without a unit
  if (!unit && isInt && /^\d{4}$/.test(token) && v >= 1900 && v <= 2100) return end;
  if (!unit && valueMax !== null && v >= 1900 && v <= 2100 && valueMax >= 1900 && valueMax <= 2100 && isInt) return end;
  return undefined;
}
