// The words before a number that qualify it or say it is no quantity: qualifiers ("khoảng", "gần",
// "trên"), currency signs ("US$"), date words ("ngày", "năm"), identifier words ("số", "Quyết định"),
// rank words ("xếp thứ"), and list markers at the start of a line. Each is read in a window of WINDOW
// characters ending at the number.
import { isHorizontalSpace } from './chars.ts';
import { CURRENCY_BEFORE, CURRENCY_PREFIX_UNIT } from './lexicon.ts';
import type { Quantity } from './quantity.ts';

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

export const WINDOW = 28;

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
const CURRENCY_ENDS = new WordEnds([...CURRENCY_PREFIX_UNIT.keys()], 'u');
const DATE_ENDS = new WordEnds(DATE_WORDS, 'iu');
const ID_ENDS = new WordEnds(ID_WORDS, 'iu');

/** A qualifier ending right before pos: [1] a word ("khoảng", "từ", "âm"), [2] a sign ("~", ">="). */
export const qualifierBefore = (text: string, lo: number, pos: number) => lastMatch(QUALIFIER_BEFORE, text, lo, pos, QUALIFIER_ENDS);
/** A currency sign or code ending right before pos: [1] as written ("US$", "VND"). */
export const currencyBefore = (text: string, lo: number, pos: number) => lastMatch(CURRENCY_BEFORE, text, lo, pos, CURRENCY_ENDS);
/** A date or ordinal word ending right before pos: [1] the word ("ngày", "lần thứ"). */
export const dateWordBefore = (text: string, lo: number, pos: number) => lastMatch(DATE_WORD_BEFORE, text, lo, pos, DATE_ENDS);
/** An identifier word ("số", "Quyết định", "QL") ending right before pos, perhaps with a ":" or "." after it. */
export const idWordBefore = (text: string, lo: number, pos: number) => lastMatch(ID_WORD_BEFORE, text, lo, pos, ID_ENDS, ID_PUNCT);



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

/**
 * Whether the "-", "−" or "+" at signPos, glued to the digits that follow, is the number's sign: it
 * follows a space, "(", ":", ";", "," or "=" (not a word, a number or a percentage: "5-7", "10% -15%"),
 * and a "+" opens no phone number. At the start of a line a dash is a list marker ("-15 xã đạt
 * chuẩn") unless the line holds only the number and a short unit (a table cell "-892 ha").

/** "xếp thứ", "đứng thứ", "vị trí thứ": the ordinal after them is a rank. */
const RANK_BEFORE = /(?<![\p{L}\p{M}])(?:(?:xếp|đứng|giữ|duy[ \t\u00a0]+trì|tụt[ \t\u00a0]+xuống|vươn[ \t\u00a0]+lên)(?:[ \t\u00a0]+(?:vị[ \t\u00a0]+trí|hạng))?|vị[ \t\u00a0]+trí|hạng)[ \t\u00a0]+thứ[ \t\u00a0]*$/iu;

/** A rank ("xếp thứ 4", "vị trí thứ ba") as a quantity in "hạng" quoted from the rank word, or null. */
export function rankAt(text: string, lo: number, numStart: number, numEnd: number, value: number): Quantity | null {
  const from = Math.max(lo, numStart - 32);
  const m = RANK_BEFORE.exec(text.slice(from, numStart));
  if (!m || value < 1) return null;
  return { start: from + m.index, end: numEnd, numStart, numEnd, value, value_max: null, unit: 'hạng', approx: null, notes: [] };
}
