// Vietnamese number normalizer: finds quantities (qualifier + number or range + scale + unit) in text.
// "." groups thousands and "," marks decimals; scale words (nghìn, triệu, tỷ, ...) fold into the value;
// dates, periods, document numbers, phone numbers, A/B pairs and footnote markers are not quantities.
// One left-to-right pass with a global candidate regex; all regexes are linear (no overlapping quantifiers).
import { MAX_UNIT_WORDS, SCALE_FALSE_FRIENDS, SCALE_WORDS, UNIT_FALSE_FRIENDS, UNIT_KEY_PREFIXES, UNIT_LEXICON, unitKey } from './units.ts';

export interface Quantity {
  start: number; end: number;       // qualifier + number(s) + scale + unit
  numStart: number; numEnd: number; // just the number or the range
  value: number;                    // base units, scale words folded in
  value_max: number | null;         // upper end of a range
  unit: string | null;              // normalized unit; null when no unit follows
  approx: string | null;            // qualifier before the number, lower-cased
  notes: string[];                  // e.g. 'number/ambiguous-decimal-mark'
}

export const AMBIGUOUS_DECIMAL = 'number/ambiguous-decimal-mark';

// ---------------------------------------------------------------- digits

interface ParsedNumber { value: number; ambiguous: boolean }

const DIGITS_ONLY = /^\d+$/;
const GROUP3 = /^\d{3}$/;
const LEAD_GROUP = /^\d{1,3}$/;

function groupedInt(parts: string[]): number | null {
  if (!LEAD_GROUP.test(parts[0]!)) return null;
  for (let i = 1; i < parts.length; i++) if (!GROUP3.test(parts[i]!)) return null;
  return Number(parts.join(''));
}

/** Parse a digit token ("7.476", "47,45", "540.010,8", ",77"); null when it is not a well-formed number. */
function parseDigits(token: string): ParsedNumber | null {
  let s = token;
  if (s.length > 40) return null;
  if (s[0] === ',' || s[0] === '.') s = '0' + s;
  if (DIGITS_ONLY.test(s)) return finite(Number(s), false);
  const dots = s.split('.');
  const commas = s.split(',');
  if (dots.length > 1 && commas.length > 1) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
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
  const parts = dots.length > 1 ? dots : commas;
  const mark = dots.length > 1 ? '.' : ',';
  if (parts.length > 2) return finite(groupedInt(parts), false); // "5.327.827.000" (or English "5,327,827")
  const [int, frac] = parts as [string, string];
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

// ---------------------------------------------------------------- number words

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

const WORD_SPLIT = /[\s-]+/u;

/** "hai mươi mốt"->21, "một trăm lẻ năm"->105, "năm mươi lăm nghìn"->55000; null unless the whole string is a number. */
export function parseNumberWords(s: string): number | null {
  const tokens = s.trim().toLowerCase().normalize('NFC').split(WORD_SPLIT).filter(Boolean);
  if (tokens.length === 0) return null;
  const r = parseWordTokens(tokens);
  return r && r.used === tokens.length ? r.value : null;
}

// ---------------------------------------------------------------- units

const SYMBOL_UNIT = /%o(?![\p{L}\p{N}])|%|‰|₫|\$|€|£|°C|℃|đ\/c(?![\p{L}\p{M}])/uy;
const WORD = /[\p{L}\p{M}]+/uy;
const WORD_SEP = /, ?| ?- ?|[ \t\u00a0]/y;
const SQUARE_CUBE = /[23²³](?![\p{N}])/uy;
const DENOM_NUMBER = /\d+(?:[.,]\d+)*[ \t\u00a0]+/y;
const POWER_OF_TEN = /^1(?:0{1,2}|(?:\.?000)+)?$/;

const SYMBOL_CANONICAL: Record<string, string> = {
  '%o': '‰', '%': '%', '‰': '‰', '₫': 'đồng', '$': 'USD', '€': 'EUR', '£': 'GBP', '°C': '°C', '℃': '°C', 'đ/c': 'đ/c',
};
const SQUARABLE = new Set(['m', 'km', 'cm', 'dm', 'mm']);

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && isHorizontalSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** matchAt(WORD, ...) without the regex: letters and marks from a table, the regex past a surrogate. */
function wordAt(text: string, pos: number, to: number): string | null {
  let j = pos;
  for (let c; j < text.length && !((c = text.charCodeAt(j)) >= 0xd800 && c <= 0xdfff); j++) if (!isLetterOrMarkCode(c)) break;
  if (j < text.length && text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdfff) return matchAt(WORD, text, pos, to);
  return j > pos && j <= to ? text.slice(pos, j) : null;
}

function matchAt(re: RegExp, text: string, pos: number, to: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && pos + m[0].length <= to ? m[0] : null;
}

/** Scale words at pos ("nghìn tỷ" multiplies); returns the product and the end, or null. */
function readScale(text: string, pos: number, to: number): { scale: number; end: number } | null {
  let scale = 1;
  let end = pos;
  let p = pos;
  for (let n = 0; n < 3; n++) {
    let w = wordAt(text, p, to);
    if (!w) break;
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
  const sym = matchAt(SYMBOL_UNIT, text, pos, to);
  if (sym) return { unit: SYMBOL_CANONICAL[sym] ?? sym, end: pos + sym.length, kind: 'symbol' };
  const ends: number[] = [];
  const keys: string[] = [];
  let p = pos;
  for (let n = 0; n < MAX_UNIT_WORDS; n++) {
    const w = wordAt(text, p, to);
    if (!w) break;
    // a longer unit's key extends this one's, so no lexicon entry lies beyond a key that starts none
    const key = unitKey(text.slice(pos, p + w.length));
    if (!UNIT_KEY_PREFIXES.has(key)) break;
    ends.push(p + w.length);
    keys.push(key);
    const sep = matchAt(WORD_SEP, text, p + w.length, to);
    if (!sep) break;
    p = p + w.length + sep.length;
  }
  for (let k = ends.length; k > 0; k--) {
    const written = text.slice(pos, ends[k - 1]);
    const key = keys[k - 1]!;
    const entry = UNIT_LEXICON.get(key);
    if (!entry) continue;
    let end = ends[k - 1]!;
    const friends = UNIT_FALSE_FRIENDS.get(key);
    if (friends) {
      const next = wordAt(text, skipSpaces(text, end), to);
      if (next && friends.includes(next.toLowerCase())) return null;
    }
    if (k === 1 && SQUARABLE.has(key)) {
      const power = matchAt(SQUARE_CUBE, text, end, to);
      if (power) {
        end += power.length;
        return { unit: key + (power === '2' || power === '²' ? '²' : '³'), end, kind: 'measure' };
      }
    }
    // a lone capital letter glued to the digits is a code ("5G", "3D"), not a unit
    if (key === 'điểm') { // "2,5 điểm %" = percentage points
      const pct = skipSpaces(text, end);
      if (text[pct] === '%' && pct < to) return { unit: 'điểm phần trăm', end: pct + 1, kind: 'percent' };
    }
    if (k === 1 && written.length === 1 && isUpperChar(written) && !isSpaceChar(text[pos - 1] ?? ' ')) return null;
    return { unit: entry.canonical ?? written.toLowerCase().replace(/\s+/gu, ' '), end, kind: entry.kind };
  }
  return null;
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

// ---------------------------------------------------------------- context

const QUALIFIERS = [
  'gần như', 'trên dưới', 'xấp xỉ', 'tối thiểu', 'tối đa', 'ít nhất', 'nhiều nhất', 'chưa đến', 'chưa tới',
  'không quá', 'không dưới', 'không ít hơn', 'không nhiều hơn', 'không cao hơn', 'không hơn', 'không tới', 'không đến',
  'ít hơn', 'nhiều hơn', 'cao hơn', 'thấp hơn', 'kém hơn', 'lớn hơn', 'nhỏ hơn', 'tầm khoảng', 'khoảng chừng', 'khoảng',
  'chừng', 'gần', 'trên', 'hơn', 'dưới', 'chỉ', 'ngót', 'tới', 'đến', 'tầm', 'ước chừng',
];
const QUALIFIER_WORDS = [...QUALIFIERS, 'từ', 'giữa', 'âm'];
const QUALIFIER_SYMBOLS = '<>≥≤≈~';
// Leftmost match wins in a window ending at the number, so multi-word qualifiers beat their tails.
const QUALIFIER_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{M}])(${QUALIFIER_WORDS.join('|')})|([<>≥≤≈~]|>=|<=))[ \\t\\u00a0]*$`, 'iu');
const CURRENCY_PREFIXES = ['US$', '$', '€', '£', '₫', 'USD', 'EUR', 'GBP', 'VND', 'VNĐ', 'INR', 'AED', 'JPY', 'CNY', 'KRW', 'Rs', 'Rs.'];
const CURRENCY_BEFORE = /(?<![\p{L}\p{M}])(US\$|\$|€|£|₫|USD|EUR|GBP|VND|VNĐ|INR|AED|JPY|CNY|KRW|Rs\.?)[ \t\u00a0]?$/u;
const CURRENCY_PREFIX_UNIT: Record<string, string> = {
  'US$': 'USD', '$': 'USD', '€': 'EUR', '£': 'GBP', '₫': 'đồng', USD: 'USD', EUR: 'EUR', GBP: 'GBP', VND: 'đồng',
  'VNĐ': 'đồng', INR: 'INR', AED: 'AED', JPY: 'JPY', CNY: 'CNY', KRW: 'KRW', Rs: 'INR', 'Rs.': 'INR',
};

// The number is a date part, year, ordinal or identifier when right after one of these words.
const DATE_WORDS = ['ngày', 'tháng', 'năm', 'quý', 'thứ', 'lần thứ'];
const DATE_WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(${DATE_WORDS.join('|')})[ \\t\\u00a0]*$`, 'iu');
const ID_WORDS = [
  'số', 'số hiệu', 'khóa', 'khoá', 'điều', 'khoản', 'chương', 'mục', 'phụ lục', 'biểu', 'bảng', 'hình', 'mẫu số', 'tổ', 'thôn', 'xóm', 'khu', 'ấp', 'phường', 'quận',
  'đường', 'quốc lộ', 'tỉnh lộ', 'ql', 'tl', 'đt', 'lô', 'phòng', 'tầng', 'lớp', 'cấp', 'cấp độ', 'mức độ', 'giai đoạn', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư',
  'chỉ thị', 'kết luận', 'công văn', 'kế hoạch', 'luật', 'sđt', 'điện thoại', 'fax', 'hotline', 'tel', 'mã', 'mũi', 'lần', 'top', 'covid', 'đợt', 'kỳ', 'khóa học', 'học kỳ',
  'vòng', 'bước', 'câu', 'trang', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'số nhà', 'bản', 'tuyến', 'hạng', 'mục tiêu', 'nhóm', 'đội', 'vùng', 'block', 'tập', 'phần', 'chương trình',
  'cuộc', 'thông báo', 'tờ trình', 'báo cáo', 'kênh', 'km', 'kênh số', 'ca', 'hệ', 'thế hệ', 'phiên bản', 'version', 'model', 'iphone', 'windows', 'industry',
  'công nghiệp', 'chuyển đổi số', 'giờ', 'lúc', 'đề án', 'dự án', 'trung ương', 'trung đoàn', 'sư đoàn', 'quân khu', 'quân đoàn', 'đối tượng',
  'tiểu khu', 'khoảnh', 'lô', 'thửa', 'tờ bản đồ', 'chỉ tiêu', 'nhiệm vụ', 'giải pháp', 'nội dung',
];
const ID_PUNCT = ':.-–';
const ID_WORD_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(${ID_WORDS.join('|')})[ \\t\\u00a0]*[:.\\-–]?[ \\t\\u00a0]*$`, 'iu');

const WINDOW = 28;

/**
 * An exact, cached one-character test against a regex character class (flags included, so case
 * folding is the regex's own): each char code is decided by the regex once.
 */
function charTester(re: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
  return (code) => {
    let k = known[code]!;
    if (k === 0) known[code] = k = re.test(String.fromCharCode(code)) ? 2 : 1;
    return k === 2;
  };
}
/** The body of a regex character class holding these characters, each escaped. */
const escapeClass = (chars: Iterable<string>) => [...new Set(chars)].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

interface SuffixNode { next: Map<number, SuffixNode>; word: boolean }

/**
 * Whether one of `words` ends exactly at text[end) (starting at or after `from`), characters compared
 * as a regex with `flags` compares them: each character code is matched against the words' letters
 * once, and the words sit in a trie read backwards. An exact pre-test for the "(?:word|...)[ \t]*$"
 * context regexes: where no word ends, they cannot match, and nothing is sliced or run.
 */
class WordEnds {
  private readonly letters: RegExp[] = [];
  private readonly folded = new Int16Array(0x10000); // code -> 1 + index of the letter it equals, -1 none, 0 unknown
  private readonly root: SuffixNode = { next: new Map(), word: false };

  constructor(words: readonly string[], flags: string) {
    for (const ch of new Set(words.join(''))) this.letters.push(new RegExp(`^[${escapeClass([ch])}]$`, flags));
    for (const w of words) {
      let node = this.root;
      for (let k = w.length - 1; k >= 0; k--) {
        const key = this.fold(w.charCodeAt(k));
        let next = node.next.get(key);
        if (!next) node.next.set(key, next = { next: new Map(), word: false });
        node = next;
      }
      node.word = true;
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

  endsAt(text: string, end: number, from: number): boolean {
    let node = this.root;
    for (let k = end - 1; k >= from; k--) {
      const f = this.fold(text.charCodeAt(k));
      const next = f > 0 ? node.next.get(f) : undefined;
      if (!next) return false;
      if (next.word) return true;
      node = next;
    }
    return false;
  }
}

const isHorizontalSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;

/**
 * `re` (anchored at its end by `$` after optional spaces, and an optional `punct` mark for the ID
 * words) run on the WINDOW characters before pos, once `ends` says one of its words ends there.
 */
function lastMatch(re: RegExp, text: string, lo: number, pos: number, ends: WordEnds, punct = ''): RegExpExecArray | null {
  const from = Math.max(lo, pos - WINDOW);
  let p = pos;
  while (p > from && isHorizontalSpace(text.charCodeAt(p - 1))) p--;
  let possible = ends.endsAt(text, p, from);
  if (!possible && punct && p > from && punct.includes(text[p - 1]!)) {
    let q = p - 1;
    while (q > from && isHorizontalSpace(text.charCodeAt(q - 1))) q--;
    possible = ends.endsAt(text, q, from);
  }
  if (!possible) return null;
  const m = re.exec(text.slice(from, pos));
  if (m) m.index += from;
  return m;
}

// the words each context regex can end with, for lastMatch's pre-test
const QUALIFIER_ENDS = new WordEnds([...QUALIFIER_WORDS, ...QUALIFIER_SYMBOLS, '>=', '<='], 'iu');
const CURRENCY_ENDS = new WordEnds(CURRENCY_PREFIXES, 'u');
const DATE_ENDS = new WordEnds(DATE_WORDS, 'iu');
const ID_ENDS = new WordEnds(ID_WORDS, 'iu');

// ---------------------------------------------------------------- scanning

const NUMBER_WORD_ALT = 'không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ';
const NEXT_NUMBER_WORD = new RegExp(
  `[ \\t\\u00a0]+(${NUMBER_WORD_ALT}|mươi|mốt|lăm|nhăm|tư|linh|lẻ|chục)(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');
const DIGIT_TOKEN = /\d+(?:[.,]\d+)*/y;
const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])[.,](?:19|20)\d\d$/;
const RANGE_SEP = /[ \t\u00a0]*(?:-|–|—|đến|tới|và)[ \t\u00a0]*/iuy;
const TIME_AFTER = /(?::\d|h\d|g\d)/iy; // "07:42", "7h30"
const DOC_AFTER = /-[\p{Lu}]/uy;        // "08-NQ/TU"
const PHONE_TAIL = /(?:[ .\-]?\d+)+/y;
// Single-character tests, asked several times per number: from tables filled by the same regexes.
const SPACE_RE = /\s/u;
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;
/** `re.test(ch)` for a string that is (almost always) one UTF-16 unit. */
function oneCharTest(re: RegExp, test = charTester(re)): (ch: string | undefined) => boolean {
  return (ch) => ch !== undefined && (ch.length === 1 ? test(ch.charCodeAt(0)) : re.test(ch));
}
const isLetterOrMarkCode = charTester(LETTER);
const isSpaceChar = oneCharTest(SPACE_RE);
const isLetterChar = oneCharTest(LETTER, isLetterOrMarkCode);
const isUpperChar = oneCharTest(UPPER);
const isDigitChar = oneCharTest(DIGIT);

/** Words that read as numbers only with a counted noun after them, never before a time unit ("năm tháng"). */
const WEAK_SINGLE_WORDS = new Set(['một', 'năm', 'không']);

export function findQuantities(text: string, from = 0, to: number = text.length): Quantity[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi <= lo) return [];
  if (lo === 0 && hi === text.length) return scan(text, 0, hi);
  // A window is scanned as its own string: the regex cannot stop at `to`, and nothing outside may count.
  const found = scan(text.slice(lo, hi), 0, hi - lo);
  for (const q of found) { q.start += lo; q.end += lo; q.numStart += lo; q.numEnd += lo; }
  return found;
}

function scan(text: string, lo: number, hi: number): Quantity[] {
  const out: Quantity[] = [];
  // whole-range bounds (trimmed): a lone number word counts only when it is all there is
  let firstSolid = lo;
  while (firstSolid < hi && isSpaceChar(text[firstSolid]!)) firstSolid++;
  let lastSolid = hi;
  while (lastSolid > firstSolid && isSpaceChar(text[lastSolid - 1]!)) lastSolid--;

  let pos = lo;
  for (;;) {
    const i = nextCandidate(text, pos);
    if (i < 0 || i >= hi) break;
    const q = candidateIsDigits ? scanDigits(text, i, candidateText, lo, hi) : scanWords(text, i, candidateEnd, lo, hi, firstSolid, lastSolid);
    if (q === null) { pos = candidateEnd; continue; }
    if (typeof q === 'number') { pos = Math.max(q, i + 1); continue; }
    out.push(q);
    pos = q.end;
  }
  return out;
}

// Candidates are digit tokens (anywhere) and whole number words (no letter, mark or digit on either
// side, any case). A lookbehind at the front of the candidate regex makes V8 try it at every
// position, several times slower than this one without it: the word's left edge is checked here.
const CANDIDATE = new RegExp(`\\d+(?:[.,]\\d+)*|(?:${NUMBER_WORD_ALT})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
let candidateEnd = 0;
let candidateIsDigits = false;
let candidateText = '';

/** Start of the next candidate at or after pos (-1 when none); its text and end go to candidateText/End. */
function nextCandidate(text: string, pos: number): number {
  CANDIDATE.lastIndex = pos;
  for (let m; (m = CANDIDATE.exec(text)) !== null;) {
    const i = m.index;
    candidateIsDigits = isAsciiDigit(text.charCodeAt(i));
    if (candidateIsDigits || i === 0 || !wordCharBefore(text, i)) {
      candidateText = m[0];
      candidateEnd = i + m[0].length;
      return i;
    }
    CANDIDATE.lastIndex = i + 1;
  }
  return -1;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

const isWordCode = charTester(/[\p{L}\p{M}\p{N}]/u);

/** Whether the code point ending at i is a letter, mark or number. */
function wordCharBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(h, c));
  }
  return isWordCode(c);
}

/** A quantity, or the offset to resume scanning after a span that is not one. */
type ScanResult = Quantity | number | null;

function scanDigits(text: string, i: number, token0: string, lo: number, hi: number): ScanResult {
  let token = token0;
  let tokenEnd = i + token.length;
  if (tokenEnd > hi) { token = token.slice(0, hi - i).replace(/[.,]+$/, ''); tokenEnd = i + token.length; }
  let numStart = i;
  const prev = i > lo ? text[i - 1]! : '';
  const prev2 = i - 1 > lo ? text[i - 2]! : '';
  // leading-comma decimal ",77"
  let sign = 1;
  if (prev === ',' && (i - 1 === lo || isSpaceChar(prev2))) { numStart = i - 1; token = ',' + token; }
  else if ((prev === '-' || prev === '−' || prev === '+') && isPrintedSign(text, lo, i - 1, tokenEnd, hi)) {
    sign = prev === '+' ? 1 : -1; // "đạt -2,5%", "(-892 ha)", "(+18 ha)"
    numStart = i - 1;
  }
  else if (prev === '+') return skipChain(text, tokenEnd, hi, true);
  else if (prev === '/' || prev === '#' || prev === '№' || prev === '^') return skipChain(text, tokenEnd, hi);
  else if (prev === ':' && isDigitChar(prev2)) return skipChain(text, tokenEnd, hi);
  else if ((prev === '-' || prev === '–' || prev === '.') && prev2 !== '' && (isLetterChar(prev2) || isDigitChar(prev2))) return skipChain(text, tokenEnd, hi);
  // what follows the digits
  if (tokenEnd < hi) {
    // "23/12", "22/55", "2550/UBND-TH", "23-12-2021": a date, an A/B pair or a document number
    if (text[tokenEnd] === '/' || isDateDash(text, tokenEnd, hi)) return skipChain(text, tokenEnd, hi);
    if (matchAt(TIME_AFTER, text, tokenEnd, hi)) return skipChain(text, tokenEnd, hi);
    if (matchAt(DOC_AFTER, text, tokenEnd, hi)) return skipChain(text, tokenEnd, hi);
  }
  let parsed = parseDigits(token);
  if (!parsed) return tokenEnd;
  // "45 620 người": thousands grouped by spaces
  const spaced = spacedGroups(text, lo, numStart, token, tokenEnd, hi);
  if (spaced) { parsed = { value: spaced.value, ambiguous: false }; token = spaced.digits; tokenEnd = spaced.end; }
  if (MONTH_YEAR.test(token)) return tokenEnd; // "2.2021" is month.year
  // phone numbers: a leading zero and four or more digits ("0214.3840.044", "0912 345 678")
  const intDigits = token.split(/[.,]/)[0]!;
  if (token[0] === '0' && (intDigits.length >= 4 || token.replace(/\D/g, '').length >= 9)) return skipChain(text, tokenEnd, hi, true);

  const glued = prev !== '' && isLetterChar(prev) && numStart === i;
  let currencyPrefix: RegExpExecArray | null = null;
  if (glued || (prev !== '' && !isLetterChar(prev))) currencyPrefix = lastMatch(CURRENCY_BEFORE, text, lo, numStart, CURRENCY_ENDS);
  if (glued && !currencyPrefix && isUpperChar(prev)) return tokenEnd; // "H5N1", "F0", "QL4"

  let value = parsed.value;
  const notes: string[] = parsed.ambiguous ? [AMBIGUOUS_DECIMAL] : [];
  let numEnd = tokenEnd;
  // "100k", "3M", "10K đồng": an SI suffix glued to the digits scales them ("5G" stays a code)
  const si = SI_SUFFIX[text[tokenEnd] ?? ''] ?? 1;
  const unitFrom = si !== 1 && tokenEnd + 1 <= hi && !isLetterChar(text[tokenEnd + 1]) && !isDigitChar(text[tokenEnd + 1]) ? tokenEnd + 1 : tokenEnd;
  let u1 = readUnit(text, unitFrom, hi);
  if (u1 && u1.end === unitFrom) u1 = null;
  // a letter glued after the digits must be a unit ("9.688ha"), else this is a code ("5G", "3D")
  if (!u1 && unitFrom === tokenEnd && tokenEnd < hi && isLetterChar(text[tokenEnd]!)) return tokenEnd;
  if (glued && !currencyPrefix && !u1?.unit) return tokenEnd; // "đạt3,02%" yes, "abc12" no

  let start = numStart;
  let unit = u1 && u1.unit ? u1.unit : null;
  let scale = (unitFrom > tokenEnd ? si : 1) * (u1 ? u1.scale : 1);
  let end = u1 ? u1.end : unitFrom;
  // "16 tỷ 434 triệu đồng", "1 tỷ 500 triệu đồng": a smaller scale goes on counting
  let extra = 0;
  for (let n = 0; n < 3 && u1 && !unit && scale >= 1e6; n++) {
    const part = compoundPart(text, end, hi, n === 0 ? scale : scale / 1e3);
    if (!part) break;
    extra += part.value;
    unit = part.unit || null;
    end = part.end;
    if (unit) break;
  }
  // "15đ" in a score sheet is a mark: no sum of money is that small
  if (unit === 'đồng' && scale === 1 && parsed.value <= 100 && /^[ \t\u00a0]?[đĐ]$/u.test(text.slice(tokenEnd, end))) unit = 'điểm';
  if (currencyPrefix && !unit) {
    unit = CURRENCY_PREFIX_UNIT[currencyPrefix[1]!] ?? null;
    start = currencyPrefix.index;
  }

  // range: "15-18", "15 - 18 tiêu chí", "9,5‰-10‰", "từ 15 đến 18", "giữa 1000 và 2000 đồng"
  let valueMax: number | null = null;
  const qual = lastMatch(QUALIFIER_BEFORE, text, lo, start, QUALIFIER_ENDS);
  const qualWord = qual ? (qual[1] ?? qual[2] ?? '').toLowerCase() : '';
  const sep = extra === 0 ? matchAt(RANGE_SEP, text, end, hi) : null;
  if (sep && (sep.trim().toLowerCase() !== 'và' || qualWord === 'giữa')) {
    const p2 = end + sep.length;
    const t2 = matchAt(DIGIT_TOKEN, text, p2, hi);
    if (t2) {
      const t2End = p2 + t2.length;
      const after = t2End < hi ? text[t2End] : '';
      const p2num = parseDigits(t2);
      if (after === '/' || after === ':' || (after === '-' && isDigitChar(text[t2End + 1] ?? ''))) {
        return skipChain(text, t2End, hi);
      }
      let u2 = p2num ? readUnit(text, t2End, hi) : null;
      if (u2 && u2.end === t2End) u2 = null;
      const u2unit = u2 && u2.unit ? u2.unit : null;
      const gluedLetter = t2End < hi && isLetterChar(text[t2End]!) && !u2;
      const yearOnly = /^(?:19|20)\d\d$/.test(t2) && !u2unit && !/^(?:19|20)\d\d$/.test(token); // "5% đến 2025"
      if (p2num && !gluedLetter && !yearOnly && (unit === null || u2unit === null || u2unit === unit)) {
        const s1 = scale !== 1 ? scale : (u2 ? u2.scale : 1);
        const s2 = u2 ? u2.scale : 1;
        const lowV = value * s1;
        const highV = p2num.value * s2;
        if (highV > lowV) {
          valueMax = highV;
          value = lowV;
          scale = 1;
          if (p2num.ambiguous && !notes.length) notes.push(AMBIGUOUS_DECIMAL);
          unit = unit ?? u2unit;
          // "9,5‰-10‰" keeps its symbols inside the range; "5-7%" is just "5-7"
          numEnd = u1 && u1.unit && u2 ? u2.end : t2End;
          end = u2 ? u2.end : t2End;
        }
      }
    }
  }
  value = value * scale + extra;
  if (sign < 0) value = -value;

  // "83%/80%", "1.250/1.100 tỷ đồng" after the unit: an A/B pair, not ours
  if (end < hi && text[end] === '/' && isDigitChar(text[end + 1] ?? '')) return skipChain(text, end, hi);

  // context before the number
  let approx: string | null = null;
  if (qual) {
    if (qualWord === 'từ' || qualWord === 'giữa') {
      if (valueMax !== null) {
        start = qual.index;
        const outer = lastMatch(QUALIFIER_BEFORE, text, lo, start, QUALIFIER_ENDS);
        if (outer && outer[1] && outer[1].toLowerCase() !== 'từ' && outer[1].toLowerCase() !== 'giữa') {
          approx = outer[1].toLowerCase();
          start = outer.index;
        }
      }
    } else if (qualWord === 'âm') {
      value = -value;
      if (valueMax !== null) valueMax = -valueMax;
      start = qual.index;
    } else if (!(qualWord === 'chỉ' && /chứng\s+$/iu.test(text.slice(Math.max(lo, qual.index - 8), qual.index)))) {
      approx = qualWord; // "chứng chỉ 29,8%" is a certificate, not "only"
      start = qual.index;
    }
  }
  const isInt = Number.isInteger(parsed.value) && !token.includes(',') && !token.includes('.');
  const dateWord = lastMatch(DATE_WORD_BEFORE, text, lo, numStart, DATE_ENDS);
  if (dateWord && isInt) {
    const w = dateWord[1]!.toLowerCase();
    const v = parsed.value;
    if (w === 'thứ' && !unit && valueMax === null) return rankAt(text, lo, numStart, tokenEnd, v) ?? end; // "xếp thứ 4 cả nước"
    if (w === 'thứ' || w === 'lần thứ' || w === 'quý') return end;
    if (w === 'ngày' && v <= 31) return end;
    if (w === 'tháng' && v <= 12) return end;
    if (w === 'năm' && ((v >= 1000 && v <= 2999) || v <= 20)) return end;
  }
  // "Quyết định số: 1234 ngày 5/6": a document number, the "ngày" opens its date
  if ((!unit || unit === 'ngày') && lastMatch(ID_WORD_BEFORE, text, lo, numStart, ID_ENDS, ID_PUNCT)) return end;
  if (!unit && approx === null && isListMarker(text, lo, numStart, end, hi)) return end;
  // "trên 1 ha" / "trên một đơn vị" means "per", not "more than"
  if (approx === 'trên' && parsed.value === 1 && valueMax === null) return end;
  // a standalone year (or a period of years) without a unit
  if (!unit && isInt && /^\d{4}$/.test(token) && parsed.value >= 1900 && parsed.value <= 2100) return end;
  if (!unit && valueMax !== null && parsed.value >= 1900 && parsed.value <= 2100 && valueMax >= 1900 && valueMax <= 2100 && isInt) return end;
  if (valueMax === null && scale !== 1) numEnd = tokenEnd;
  return { start, end, numStart, numEnd, value, value_max: valueMax, unit, approx, notes };
}

/** "1." / "2.1" / "(3)" opening a line or a list item: a heading or list number, not a quantity. */
function isListMarker(text: string, lo: number, numStart: number, end: number, hi: number): boolean {
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

/**
 * Whether the "-", "−" or "+" at signPos, glued to the digits that follow, is the number's sign: it
 * follows a space, "(", ":", ";", "," or "=" (not a word, a number or a percentage: "5-7", "10% -15%"),
 * and a "+" opens no phone number. At the start of a line a dash is a list marker ("-15 xã đạt
 * chuẩn") unless the line holds only the number and a short unit (a table cell "-892 ha").
 */
function isPrintedSign(text: string, lo: number, signPos: number, tokenEnd: number, hi: number): boolean {
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

const SI_SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6 };

/** "434 triệu" after "16 tỷ": a whole number below 1000 with a smaller scale word (and the unit, if any). */
function compoundPart(text: string, pos: number, hi: number, below: number): { value: number; unit: string; end: number } | null {
  const m = matchAt(COMPOUND_DIGITS, text, pos, hi);
  if (!m) return null;
  const u = readUnit(text, pos + m.length, hi);
  if (!u || u.scale === 1 || u.scale >= below) return null;
  const n = Number(m.trim());
  return n * u.scale < below ? { value: n * u.scale, unit: u.unit, end: u.end } : null;
}
const COMPOUND_DIGITS = /[ \t\u00a0]+\d{1,3}(?![\d.,\/\p{L}])/uy;

/**
 * "45 620", "1 234 567 người": a 1-3 digit number followed by groups of exactly three digits after a
 * space. Not after a date or name word, nor inside a row of numbers (a digit before or after); with
 * plain spaces (not no-break or thin ones) a unit or scale word must follow.
 */
function spacedGroups(text: string, lo: number, numStart: number, token: string, tokenEnd: number, hi: number): { value: number; digits: string; end: number } | null {
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
  if (lastMatch(DATE_WORD_BEFORE, text, lo, numStart, DATE_ENDS)) return null;
  if (!/ /.test(g) && lastMatch(ID_WORD_BEFORE, text, lo, numStart, ID_ENDS, ID_PUNCT)) return null;
  const digits = token + g.replace(/[ \u00a0\u202f\u2009]/gu, '');
  const value = Number(digits.replace(',', '.'));
  return Number.isFinite(value) ? { value, digits, end } : null;
}
const SPACED_LEAD = /^[1-9]\d{0,2}$/;
const SPACED_GROUPS = /(?:[ \u00a0\u202f\u2009]\d{3}(?![\d]))+(?:,\d+)?(?![\d.,]\d|[.,]?\p{L})/uy;

/** "xếp thứ", "đứng thứ", "vị trí thứ": the ordinal after them is a rank. */
const RANK_BEFORE = /(?<![\p{L}\p{M}])(?:(?:xếp|đứng|giữ|duy[ \t\u00a0]+trì|tụt[ \t\u00a0]+xuống|vươn[ \t\u00a0]+lên)(?:[ \t\u00a0]+(?:vị[ \t\u00a0]+trí|hạng))?|vị[ \t\u00a0]+trí|hạng)[ \t\u00a0]+thứ[ \t\u00a0]*$/iu;

/** A rank ("xếp thứ 4", "vị trí thứ ba") as a quantity in "hạng" quoted from the rank word, or null. */
function rankAt(text: string, lo: number, numStart: number, numEnd: number, value: number): Quantity | null {
  const from = Math.max(lo, numStart - 32);
  const m = RANK_BEFORE.exec(text.slice(from, numStart));
  if (!m || value < 1) return null;
  return { start: from + m.index, end: numEnd, numStart, numEnd, value, value_max: null, unit: 'hạng', approx: null, notes: [] };
}

function isDateDash(text: string, pos: number, hi: number): boolean {
  // "23-12-2021": dash, 1-2 digits, dash, digits
  if (text[pos] !== '-') return false;
  let p = pos + 1;
  let n = 0;
  while (p < hi && isDigitChar(text[p]!) && n < 3) { p++; n++; }
  return n >= 1 && n <= 2 && (text[p] === '-' || text[p] === '/') && isDigitChar(text[p + 1] ?? '');
}

/** Skip the rest of a date, A/B pair, document number or phone number starting at pos. */
function skipChain(text: string, pos: number, hi: number, phone = false): number {
  const re = phone ? PHONE_TAIL : /(?:[\/\-.:][\p{L}\p{N}]+)+/uy;
  re.lastIndex = pos;
  return re.test(text) ? Math.min(re.lastIndex, hi) : pos;
}

/** The number words starting with the word text[i, wordEnd). */
function scanWords(text: string, i: number, wordEnd: number, lo: number, hi: number, firstSolid: number, lastSolid: number): ScanResult {
  if (wordEnd > hi) return null;
  const tokens: string[] = [text.slice(i, wordEnd).toLowerCase()];
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
  if (r.used === 1 && lastMatch(DATE_WORD_BEFORE, text, lo, i, DATE_ENDS)?.[1]?.toLowerCase() === 'thứ') {
    return rankAt(text, lo, i, numEnd, r.value) ?? numEnd; // "đứng thứ hai cả nước"
  }
  const lead = tokens[0]!;
  const leadsWithScale = SCALE_WORDS.has(lead) || lead === 'trăm';
  // A qualifier starts at most WINDOW characters before the word, so past that the span cannot be
  // the whole range: the rejections below that need neither unit nor qualifier come first (most
  // candidates are "năm 2024", "một số", "không có").
  if (i - WINDOW > firstSolid) {
    if (leadsWithScale) return numEnd;
    if (r.used === 1 && WEAK_SINGLE_WORDS.has(lead)) return numEnd;
  }
  const u = readUnit(text, numEnd, hi);
  const unitEnd = u && u.end > numEnd ? u.end : numEnd;
  const unit = u && u.end > numEnd && u.unit ? u.unit : null;
  const qual = lastMatch(QUALIFIER_BEFORE, text, lo, i, QUALIFIER_ENDS);
  const qualWord = qual ? (qual[1] ?? qual[2] ?? '').toLowerCase() : '';
  const start = qual && qualWord !== 'từ' && qualWord !== 'giữa' && qualWord !== 'âm' ? qual.index : i;
  const whole = start === firstSolid && unitEnd === lastSolid;
  if (!whole) {
    if (leadsWithScale) return ends[r.used - 1]!; // "hàng triệu người" is vague
    if (r.used === 1) {
      if (!unit) return ends[0]!;
      // "một" is mostly an article, "năm" a year, "không" a negation: alone they need the whole input
      if (WEAK_SINGLE_WORDS.has(lead)) return ends[0]!;
      const entry = UNIT_LEXICON.get(unitKey(text.slice(skipSpaces(text, numEnd), unitEnd).split('/')[0]!));
      if (!entry || entry.kind === 'time') return ends[0]!;
    }
    if (lastMatch(DATE_WORD_BEFORE, text, lo, i, DATE_ENDS)) return ends[r.used - 1]!;
  }
  let value = r.value * (u ? u.scale : 1);
  if (qualWord === 'âm') value = -value;
  return {
    start, end: unitEnd, numStart: i, numEnd, value, value_max: null, unit,
    approx: start === i ? null : qualWord, notes: [],
  };
}

