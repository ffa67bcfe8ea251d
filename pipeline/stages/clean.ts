// The clean stage: doc.raw -> doc.text, doc.rawMap, doc.passages.
//
// Every character of the cleaned text is either copied from the raw text (and mapped back to it
// through doc.rawMap) or inserted (a collapsed space, a line separator, an NFC-composed letter).
// What it does, line by line:
// - whitespace: runs of spaces/tabs/NBSP become one space, lines are trimmed, any number of blank
//   lines becomes one blank line, single newlines stay (news text puts one paragraph per line);
// - converter emphasis (*x*, **x**, ***x***) loses its asterisks; a lone "*" stays;
// - footnotes of print-converted reports: markers glued to the body ("Nghị quyết¹", "⁽³¹⁾") are
//   dropped, footnote lines ("¹ Theo ...") become 'footnote' passages, and a paragraph cut by a
//   page break (with or without a footnote block in between) is joined again with one space;
//   the footnotes it swallowed follow the joined paragraph;
// - site furniture (counters, share bars, comment boxes, footers, menus) stays in the text but
//   gets passages with role 'furniture';
// - letters of a broken PDF font: "ƣ"/"Ƣ" (never Vietnamese) are read as "ư"/"Ư", inserted like
//   composed letters, with a `clean/broken-font-letter` diagnostic;
// - a syllable a PDF text layer split with a space ("cò n", "hi ệu", "t ỷ") is joined again when
//   the joined form is a Vietnamese syllable and a part is none (syllables.ts; not on HTML pages);
// - NFC: pieces that NFC changes are composed per base letter + combining marks and inserted
//   (unmapped, so an offset inside such a letter maps to the letter's raw start); if that does not
//   reproduce the piece's NFC form the whole piece is inserted.
import type { Diagnostic, Document, Passage, PassageRole } from '../document.ts';
import { TextBuilder } from '../document.ts';
import { splitSyllableSpaces } from './syllables.ts';

const STAGE = 'clean';

// ---------- characters ----------

/** Horizontal whitespace: what collapses to one space (a table: this is asked for every character). */
const SPACES = new Uint8Array(0x10000);
for (const c of [32, 9, 0xa0, 0x202f, 0x205f, 0x3000, 0x1680]) SPACES[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACES[c] = 1;
const isSpace = (code: number): boolean => SPACES[code] === 1;
/** Invisible characters that are dropped outright (zero-width space, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029\x85]/g;
const FOOTNOTE_MARK = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}/y;
const ANY_MARK = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** Lines that need the slow path: odd spaces, emphasis, markers, invisible characters. */
const NEEDS_SLOW_PATH = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\u1680\u2060\ufeff\u00ad*⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]| {2}/;
const CLOSING_PUNCT = '.,;:!?)]}”’»…';
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// ---------- lines ----------

type Piece = [start: number, end: number] | ' ';

interface Line {
  start: number; // raw offsets of the line without its break
  end: number;
  /** a blank line (or a page break) came between this line and the previous non-blank one */
  gapBefore: boolean;
  pieces: Piece[];
  /** cleaned text of the line (NFC) */
  text: string;
  footnote: boolean;
  furniture: boolean;
  /** a page number between two halves of a paragraph: moved out of the way like a footnote */
  pageNumber: boolean;
}

/** Splits raw into lines; form feeds count as blank lines (page breaks). */
function splitLines(raw: string): { start: number; end: number; pageBreak: boolean }[] {
  const lines: { start: number; end: number; pageBreak: boolean }[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m; (m = LINE_BREAK.exec(raw));) {
    lines.push({ start, end: m.index, pageBreak: m[0] === '\f' });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: raw.length, pageBreak: false });
  return lines;
}

function isBlank(raw: string, start: number, end: number, drop: Uint8Array): boolean {
  for (let i = start; i < end; i++) {
    if (!drop[i] && !isSpace(raw.charCodeAt(i))) return false;
  }
  return true;
}

/**
 * Marks the asterisks of paired emphasis in raw[start, end) (one paragraph: emphasis may span a
 * line break, as in "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**"). An opener is followed by a non-space and
 * not preceded by a letter/digit; a closer the reverse; a closer pairs with the nearest unmatched
 * opener of the same run length.
 * "*** Hoạt động**" at a line start is a bullet "*" inside bold: the run splits into opener + bullet.
 */
function markEmphasis(raw: string, start: number, end: number, drop: Uint8Array): void {
  // one stack of unmatched openers per run length, so that matching stays O(1) per run
  const openers = new Map<number, number[]>();
  const push = (length: number, at: number) => {
    const stack = openers.get(length);
    if (stack) stack.push(at); else openers.set(length, [at]);
  };
  let i = raw.indexOf('*', start);
  while (i >= 0 && i < end) {
    let j = i;
    while (j < end && raw.charCodeAt(j) === 42) j++;
    const length = j - i;
    const before = i > start ? raw[i - 1] : ' ';
    const after = j < end ? raw[j] : ' ';
    const spaceBefore = /\s/.test(before);
    const spaceAfter = /\s/.test(after);
    if (length >= 2 && spaceAfter && atLineStart(raw, start, i)) {
      push(length - 1, i); // the last asterisk is a bullet
    } else {
      const canClose = !spaceBefore && !isLetterOrDigit(after);
      const canOpen = !spaceAfter && !isLetterOrDigit(before);
      const stack = canClose ? openers.get(length) : undefined;
      if (stack && stack.length) {
        const open = stack.pop()!;
        drop.fill(1, open, open + length);
        drop.fill(1, i, j);
      } else if (canOpen) push(length, i);
    }
    i = raw.indexOf('*', j);
  }
}

function atLineStart(raw: string, blockStart: number, pos: number): boolean {
  for (let k = pos - 1; k >= blockStart; k--) {
    const c = raw[k];
    if (c === '\n' || c === '\r') return true;
    if (!isSpace(c.charCodeAt(0))) return false;
  }
  return true;
}

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
function markFootnoteMarkers(raw: string, start: number, end: number, drop: Uint8Array): boolean {
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

/** The pieces of one line: trimmed, spaces collapsed, dropped characters left out. */
function buildPieces(raw: string, start: number, end: number, drop: Uint8Array, slow: boolean): Piece[] {
  if (!slow) {
    let a = start, b = end;
    while (a < b && isSpace(raw.charCodeAt(a))) a++;
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--;
    return a < b ? [[a, b]] : [];
  }
  const pieces: Piece[] = [];
  let run = -1; // start of the current copied run
  // the run that ended at the current gap: held back, as a single plain space usually joins it to the next
  let heldStart = -1, heldEnd = -1;
  const pushHeld = () => { if (heldStart >= 0) { pieces.push([heldStart, heldEnd]); heldStart = -1; } };
  let gapSpace = -1; // offset of the first whitespace char of the current gap, -1 if none
  let gapSpaces = 0;
  let gapDrop = false;
  let any = false;
  for (let i = start; i < end; i++) {
    const code = raw.charCodeAt(i);
    const dropped = drop[i] === 1;
    if (dropped || isSpace(code)) {
      if (run >= 0) { heldStart = run; heldEnd = i; run = -1; }
      if (dropped) gapDrop = true;
      else { if (gapSpace < 0) gapSpace = i; gapSpaces++; }
      continue;
    }
    if (run < 0) {
      if (any && gapSpace >= 0 && !(gapDrop && CLOSING_PUNCT.includes(raw[i]))) {
        if (gapSpaces === 1 && !gapDrop && raw.charCodeAt(gapSpace) === 32) {
          // a single plain space: copy it along with what follows
          if (heldStart >= 0 && heldEnd === gapSpace) { run = heldStart; heldStart = -1; }
          else { pushHeld(); run = gapSpace; }
        } else {
          pushHeld();
          pieces.push(raw.charCodeAt(gapSpace) === 32 ? [gapSpace, gapSpace + 1] : ' ');
        }
      }
      if (run < 0) { pushHeld(); run = i; }
      gapSpace = -1; gapSpaces = 0; gapDrop = false;
      any = true;
    }
  }
  pushHeld();
  if (run >= 0) pieces.push([run, end]);
  return pieces;
}

function piecesText(raw: string, pieces: Piece[]): string {
  let s = '';
  for (const p of pieces) s += p === ' ' ? ' ' : raw.slice(p[0], p[1]);
  return s;
}

// ---------- furniture ----------

/** Whole lines that are page chrome (compared lower-cased, without bullets, brackets and a final colon). */
const FURNITURE_LABELS = new Set([
  'bình luận', 'viết bình luận', 'gửi bình luận', 'hiện tại chưa có bình luận', 'chưa có bình luận',
  'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi ý kiến', 'gửi phản hồi', 'xem phản hồi', 'phản hồi',
  'các bài viết khác', 'bài viết khác', 'tin liên quan', 'bài viết liên quan', 'tin bài liên quan',
  'tin khác', 'các tin khác', 'tin cùng chuyên mục', 'bài cùng chuyên mục', 'tin mới', 'tin mới nhất',
  'thông tin mới nhất', 'tin mới cập nhật', 'tin nổi bật', 'tin đọc nhiều', 'đọc nhiều', 'xem nhiều',
  'tin xem nhiều', 'đọc nhiều nhất', 'xem thêm', 'các bài mới', 'các bài đã đăng', 'tin đã đưa',
  'đăng nhập', 'đăng ký', 'đăng xuất', 'top', 'về đầu trang', 'lên đầu trang', 'đầu trang', 'back to top',
  'thống kê truy cập', 'lượt truy cập', 'liên kết website', 'liên kết web', 'liên kết', 'thăm dò ý kiến',
  'trang chủ', 'quay lại', 'trở về', 'in bài', 'in bài viết', 'bản in', 'in trang', 'gửi email', 'gửi bài viết',
  'chia sẻ', 'share', 'tweet', 'like', 'từ khóa', 'từ khoá', 'tags', 'tag', 'video', 'quảng cáo', 'liên hệ',
  'góp ý', 'góp ý - liên hệ', 'sitemap', 'rss', 'font unicode', 'cỡ chữ', 'bình chọn', 'kết quả bình chọn',
  'tìm kiếm', 'menu', 'đặt làm trang chủ', 'giao diện pda', 'skip to main content', 'lưu bài viết',
  'nghe đọc bài', 'theo dõi chúng tôi', 'tải ứng dụng', 'mạng xã hội', 'bình luận (0)', 'in',
]);
/** Labels after which the rest of a page is related-article teasers, until a body paragraph. */
const TAIL_LABELS = new Set([
  'bình luận', 'viết bình luận', 'gửi bình luận', 'hiện tại chưa có bình luận', 'các bài viết khác',
  'bài viết khác', 'tin liên quan', 'bài viết liên quan', 'tin bài liên quan', 'tin khác', 'các tin khác',
  'tin cùng chuyên mục', 'bài cùng chuyên mục', 'xem thêm', 'các bài mới', 'các bài đã đăng', 'tin đã đưa',
  'tin mới', 'tin mới nhất', 'thông tin mới nhất', 'tin đọc nhiều', 'xem nhiều', 'đọc nhiều',
]);
const FURNITURE_PATTERNS: RegExp[] = [
  /chia sẻ (?:bài viết )?(?:lên|qua|với|trên)/iu,
  /^a-\s*a\s*a\+/iu,
  /(?:tăng|giảm) tương phản/iu,
  /điểm của bài viết|đánh giá bài viết|\d\s*trong\s*\d+\s*(?:lượt\s*)?đánh giá/iu,
  /^(?:©|\(c\)|copyright|bản quyền)/iu,
  /all rights reserved|ghi rõ nguồn|giấy phép (?:số|xuất bản|thiết lập)|chịu trách nhiệm (?:nội dung|xuất bản)|cơ quan chủ quản/iu,
  /^(?:địa chỉ|điện thoại|đt|tel|phone|fax|hotline|đường dây nóng|email|e-mail|website)\s*[:：]/iu,
  /vui lòng tích vào|thăm dò ý kiến/iu,
  /^(?:>>|»)/u,
  /^(?:lượt xem|lượt đọc|số lượt xem|lượt truy cập)\b/iu,
  // a teaser with its date: "Khẩn trương phòng chống cơn bão (26/12)", "(3 giờ trước)"
  /\((?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d+ (?:giờ|phút|ngày) trước)\)$/u,
];
/** A line that is only a date (and time): "Thứ ba, 22/09/2020, 07:42 [GMT+7]", "08/09/2023 - 02:45 PM". */
const DATELINE =
  /^(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[,\-–|]?\s*\d{1,2}:\d{2}(?::\d{2})?'?(?:\s*[ap]m)?)?(?:\s*[\[(]?(?:gmt|utc)\s*[+-]\s*\d{1,2}[\])]?)?$/iu;
/** "15:20 PM | 21/12/2012" */
const TIME_FIRST_DATELINE = /^\d{1,2}:\d{2}(?:\s?[ap]m)?\s?[|,\-–]?\s?\d{1,2}\/\d{1,2}\/\d{4}$/iu;
/** "Hôm nay : 5.099", "• Đang online: 1": a short "label : number" line. */
const COUNTER = /^[•·\-*+\s]{0,4}([\p{L}\p{N}][\p{L}\p{N} ]{0,29})\s?[:：]\s{0,3}\d[\d.,]{0,15}$/u;
/** COUNTER needs a colon: most lines have none, and are passed over without the regex. */
const isCounter = (text: string) => (text.includes(':') || text.includes('：')) && COUNTER.test(text);
const COUNTER_WORDS = /hôm nay|hôm qua|online|truy cập|trong tuần|tuần này|tháng này|tất cả|tổng số|tổng lượt|lượt xem|khách|thành viên|visitors?|today|total/iu;
/** A page number between pages: "5", "- 5 -", "Trang 5", "5/20". */
const PAGE_NUMBER = /^(?:trang\s*)?[-–]?\s?\d{1,4}\s?(?:\/\s?\d{1,4})?\s?[-–]?$/iu;

function furnitureLabel(text: string): string {
  return text.toLowerCase().replace(/^[\s•·\-*+>»[(]+/u, '').replace(/[\s:：»›)\]]+$/u, '').replace(/\s+/gu, ' ');
}

// The patterns that can match anywhere in a line, as one regex (one scan of the line instead of
// five); the anchored ones stay apart, they fail at once.
const isAnchored = (re: RegExp) => re.source.startsWith('^') || re.source.endsWith('$');
const FURNITURE_ANYWHERE = new RegExp(
  FURNITURE_PATTERNS.filter((re) => !isAnchored(re) && re.flags === 'iu').map((re) => `(?:${re.source})`).join('|'), 'iu');
const FURNITURE_OTHERS = FURNITURE_PATTERNS.filter((re) => isAnchored(re) || re.flags !== 'iu');

function isFurnitureLine(text: string): boolean {
  if (text.length > 300) return false;
  if (text.length <= 60 && FURNITURE_LABELS.has(furnitureLabel(text))) return true;
  if (FURNITURE_ANYWHERE.test(text)) return true;
  for (const re of FURNITURE_OTHERS) if (re.test(text)) return true;
  // a menu: "Trang chủ | Giới thiệu | Tin tức" — but not a table row or header, which holds numbers
  // or column words ("Thu ngân sách | tỷ đồng | 2.150 | 2.318", "Chỉ tiêu | ĐVT | Kế hoạch")
  if (text.includes('|')) {
    const parts = text.split('|');
    const tableLike = parts.some((p) => /^\s*[<>≤≥~]?\s*\d[\d.,]*\s*[%‰]?\s*$/u.test(p))
      || /(?:^|\|)\s*(?:chỉ\s+tiêu|đvt|đơn\s+vị(?:\s+tính)?|kế\s+hoạch|thực\s+hiện|stt|tt)\s*(?:\||$)/iu.test(text);
    if (!tableLike && parts.length >= 3 && parts.every((p) => p.trim().length <= 30)) return true;
  }
  return false;
}

/** Ends like a sentence (or a clause): a paragraph that ends this way was not cut by a page break. */
function endsClosed(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && ')]}"”’»\''.includes(text[i])) i--;
  return i >= 0 && '.!?…:;'.includes(text[i]);
}
const startsLowercase = (text: string) => /^\p{Ll}/u.test(text);

/** Marks furniture lines: patterns, counter blocks, short lines between furniture, and page tails. */
function markFurniture(lines: Line[]): void {
  const datelines = new Set<Line>();
  for (const line of lines) {
    line.furniture = !line.footnote && isFurnitureLine(line.text);
    if (!line.footnote && (DATELINE.test(line.text) || TIME_FIRST_DATELINE.test(line.text))) { line.furniture = true; datelines.add(line); }
    line.pageNumber = !line.footnote && PAGE_NUMBER.test(line.text);
    if (line.pageNumber) line.furniture = true;
  }
  // counter blocks: a run of "label : number" lines where one names a counter, or after furniture
  for (let i = 0; i < lines.length;) {
    if (lines[i].footnote || !isCounter(lines[i].text)) { i++; continue; }
    let j = i;
    let named = false;
    while (j < lines.length && !lines[j].footnote && isCounter(lines[j].text)) {
      if (COUNTER_WORDS.test(lines[j].text)) named = true;
      j++;
    }
    if (named || (i > 0 && lines[i - 1].furniture)) for (let k = i; k < j; k++) lines[k].furniture = true;
    i = j;
  }
  // related-article tails: after "Tin liên quan", "Bình luận"... everything short or a teaser
  let tail = false;
  for (const line of lines) {
    if (line.furniture) {
      if (line.text.length <= 60 && TAIL_LABELS.has(furnitureLabel(line.text))) tail = true;
      continue;
    }
    if (!tail || line.footnote) continue;
    const teaser = /(?:\.\.\.|…)$/u.test(line.text);
    const bodyLike = line.text.length >= 80 && endsClosed(line.text) && !teaser;
    if (bodyLike) tail = false;
    else line.furniture = true;
  }
  // short unpunctuated lines sandwiched between furniture ("Bản đồ địa giới hành chính"); a title
  // between two datelines is not
  const chrome = (l: Line) => l.furniture && !datelines.has(l);
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (line.furniture || line.footnote || line.text.length > 60 || endsClosed(line.text)) continue;
    if (chrome(lines[i - 1]) && chrome(lines[i + 1])) line.furniture = true;
  }
}

// ---------- headings ----------

const NUMBERED_TITLE = /^(?:[IVXLC]{1,6}\.|\d{1,2}\.|\d{1,2}(?:\.\d{1,2}){1,3}\.?|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\))\s+\p{Lu}/u;
const LIST_ITEM = /^[a-zđ][).]\s/u;
const PART_TITLE = /^(?:phần|chương|mục|điều)\s+(?:thứ\s+)?[\p{L}\p{N}]+/iu;

function isHeading(text: string): boolean {
  if (text.length > 160 || /[.!?;:,…]$/u.test(text)) return false;
  if (NUMBERED_TITLE.test(text) || PART_TITLE.test(text)) return true;
  if (/\p{Ll}/u.test(text)) return false;
  let upper = 0;
  for (const ch of text) if (/\p{Lu}/u.test(ch) && ++upper >= 3) return true;
  return false;
}

// ---------- emitting ----------

/** A passage-to-be: one line, or several lines of a paragraph cut by page breaks. */
interface Unit { lines: Line[]; gapBefore: boolean; role: PassageRole }

/**
 * A paragraph cut by a page break: the previous body line ends without sentence punctuation and
 * the next one starts lower-case; after a footnote block the next may start with a capital
 * (a proper noun: "... giải pháp xây dựng / ¹⁹ ... / Công an phường Tân Phong ...").
 */
function joinable(prev: Unit | undefined, next: Line, afterFootnotes: boolean): boolean {
  if (!prev || prev.role !== 'body') return false;
  const last = prev.lines[prev.lines.length - 1];
  if (endsClosed(last.text)) return false;
  // "a) Phát triển ..." starts lower-case but is a list item, not a continuation
  if (LIST_ITEM.test(next.text) || NUMBERED_TITLE.test(next.text)) return false;
  if (startsLowercase(next.text)) return true;
  // a line wrapped before its number ("Tổng đàn trâu\n262.400 con", "ước đạt\n70,5%")
  if (/\p{Ll}$/u.test(last.text) && /^\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s*(?:%|‰|\p{Ll})/u.test(next.text)) return true;
  // a clause cut before its bracket ("tổng thu đạt\n(không kể thu chuyển giao) 1.200 tỷ đồng"), or
  // a page break before a number with footnotes in between
  if (/[\p{Ll},]$/u.test(last.text) && /^\((?:\p{Ll}|[+-]?\d[\d.,]*\s?(?:%|‰|\p{Ll}))/u.test(next.text)) return true;
  if (afterFootnotes && /[\p{Ll},]$/u.test(last.text) && /^\d/u.test(next.text)) return true;
  return afterFootnotes && /^\p{Lu}/u.test(next.text) && !isHeading(next.text);
}

/** Groups lines into units: rejoins paragraphs cut by page breaks, moving the footnotes after them. */
function groupUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let pending: Unit[] = []; // footnotes (and page numbers) met since the last body line
  let lastBody: Unit | undefined; // the unit a continuation would join
  const flush = () => { units.push(...pending); pending = []; };
  for (const line of lines) {
    if (line.footnote || (line.pageNumber && lastBody)) {
      pending.push({ lines: [line], gapBefore: line.gapBefore, role: line.footnote ? 'footnote' : 'furniture' });
      continue;
    }
    if (!line.furniture && joinable(lastBody, line, pending.some((u) => u.role === 'footnote'))) {
      lastBody!.lines.push(line);
      continue;
    }
    // a footnote that runs on over the page break
    let lastFootnote: Unit | undefined;
    for (const u of pending) if (u.role === 'footnote') lastFootnote = u;
    if (!line.furniture && lastFootnote && joinable({ ...lastFootnote, role: 'body' }, line, false)) {
      lastFootnote.lines.push(line);
      continue;
    }
    flush();
    const role: PassageRole = line.furniture ? 'furniture' : isHeading(line.text) ? 'heading' : 'body';
    const unit: Unit = { lines: [line], gapBefore: line.gapBefore, role };
    units.push(unit);
    lastBody = role === 'body' ? unit : undefined;
  }
  flush();
  return units;
}

// A broken PDF font maps "ư"/"Ư" to "ƣ"/"Ƣ" (U+01A3/U+01A2, letters no Vietnamese word uses).
const BROKEN_FONT_LETTER = /[ƣƢ]/;
export const repairLetters = (s: string): string => s.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư');

/**
 * Copies raw[start, end) in NFC with broken-font letters repaired: unchanged text is copied,
 * composed or repaired letters are inserted.
 */
function emitNfc(b: TextBuilder, raw: string, start: number, end: number, rawIsClean: boolean): void {
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

// ---------- the stage ----------

export function clean(doc: Document): Document {
  const raw = doc.raw;
  const brokenFont = BROKEN_FONT_LETTER.test(raw);
  const splitWords = doc.format !== 'html';
  const rawIsNfc = raw.normalize('NFC') === raw;
  const rawIsClean = rawIsNfc && !brokenFont;
  const drop = new Uint8Array(raw.length);
  INVISIBLE.lastIndex = 0;
  for (let m; (m = INVISIBLE.exec(raw));) drop[m.index] = 1;

  // lines, with blank lines folded into gapBefore; emphasis is matched per paragraph block
  const rawLines = splitLines(raw);
  const lines: Line[] = [];
  let gap = false;
  let blockStart = -1, blockEnd = -1;
  const blockLines: { start: number; end: number; gapBefore: boolean }[] = [];
  const finishBlock = () => {
    if (blockStart < 0) return;
    if (raw.slice(blockStart, blockEnd).includes('*')) markEmphasis(raw, blockStart, blockEnd, drop);
    for (const l of blockLines) {
      // spaces inside syllables come from PDF text layers (and text copied from them), not from pages
      let joined = false;
      if (splitWords) for (const at of splitSyllableSpaces(raw.slice(l.start, l.end))) { drop[l.start + at] = 1; joined = true; }
      const slow = joined || NEEDS_SLOW_PATH.test(raw.slice(l.start, l.end));
      const footnote = slow && markFootnoteMarkers(raw, l.start, l.end, drop);
      const pieces = buildPieces(raw, l.start, l.end, drop, slow);
      if (!pieces.length) continue;
      let text = piecesText(raw, pieces);
      if (brokenFont) text = repairLetters(text);
      if (!rawIsNfc || brokenFont) text = text.normalize('NFC');
      lines.push({ start: l.start, end: l.end, gapBefore: l.gapBefore, pieces, text, footnote, furniture: false, pageNumber: false });
    }
    blockLines.length = 0;
    blockStart = -1;
  };
  for (const l of rawLines) {
    if (isBlank(raw, l.start, l.end, drop)) {
      finishBlock();
      gap = true;
    } else {
      if (blockStart < 0) blockStart = l.start;
      blockEnd = l.end;
      blockLines.push({ start: l.start, end: l.end, gapBefore: gap });
      gap = false;
    }
    if (l.pageBreak) { finishBlock(); gap = true; }
  }
  finishBlock();

  markFurniture(lines);
  const units = groupUnits(lines);

  const b = new TextBuilder();
  const passages: Passage[] = [];
  for (const unit of units) {
    if (passages.length) b.insert(unit.gapBefore ? '\n\n' : '\n');
    const start = b.size;
    unit.lines.forEach((line, n) => {
      if (n > 0) b.insert(' ');
      for (const p of line.pieces) p === ' ' ? b.insert(' ') : emitNfc(b, raw, p[0], p[1], rawIsClean);
    });
    passages.push({ start, end: b.size, role: unit.role });
  }

  doc.text = b.toString();
  doc.rawMap = b.map;
  doc.passages = passages;
  if (brokenFont) {
    let n = 0;
    for (let i = raw.indexOf('ƣ'); i >= 0; i = raw.indexOf('ƣ', i + 1)) n++;
    for (let i = raw.indexOf('Ƣ'); i >= 0; i = raw.indexOf('Ƣ', i + 1)) n++;
    doc.diagnostics.push({ code: 'clean/broken-font-letter', stage: STAGE, message: `${n} "ƣ"/"Ƣ" from a broken font read as "ư"/"Ư"` });
  }
  if (!doc.text) {
    const d: Diagnostic = { code: 'clean/empty', stage: STAGE, message: 'no text left after cleaning' };
    doc.diagnostics.push(d);
  }
  return doc;
}
