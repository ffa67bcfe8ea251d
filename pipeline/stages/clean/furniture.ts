// Site furniture (counters, share bars, comment boxes, footers, menus, datelines, page numbers):
// the lines stay in the text but become passages with role 'furniture'.
import type { Line } from './lines.ts';
import { endsClosed } from './paragraphs.ts';

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
/** A weather widget's line: "Hà Nội: 14°C", "TP Hồ Chí Minh: 28°C" (a name in capitals, case-sensitive: "Nhiệt độ: 25°C" is no widget). */
export const WEATHER_LINE = /^(?:[\p{Lu}][\p{L}.]*[ \t]){0,4}[\p{Lu}][\p{L}.]*[ \t]?:[ \t]?-?\d{1,2}(?:[.,]\d)?[ \t]?°C$/u;
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
  /^\d[\d.,]*\s+(?:lượt xem|lượt đọc|lượt truy cập)$/iu, // "889 lượt xem": a view counter under the dateline
  WEATHER_LINE,
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

/** Marks furniture lines: patterns, counter blocks, short lines between furniture, and page tails. */
export function markFurniture(lines: Line[]): void {
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
  // between two datelines is not, nor a table's label between two bare figures ("3" / "Giá trị xuất
  // khẩu (triệu USD)" / "864": a table copied one cell per line, its figures alike page numbers)
  const chrome = (l: Line) => l.furniture && !datelines.has(l) && !l.pageNumber;
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (line.furniture || line.footnote || line.text.length > 60 || endsClosed(line.text)) continue;
    if (chrome(lines[i - 1]) && chrome(lines[i + 1])) line.furniture = true;
  }
}
