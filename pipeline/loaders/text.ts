// Plain text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and the legacy Vietnamese
// encodings (windows-1258, TCVN3, VNI) through encoding.ts; CRLF and CR become LF.
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';
import { DATE_STAMP, findDateInText, normalizeIsoDate } from './dates.ts';
import { decodeBytes, looksBinary } from './encoding.ts';
import { WEATHER_LINE } from '../stages/clean/furniture.ts';

export const loadText: Loader = async (bytes, source) => {
  if (looksBinary(bytes)) throw new LoadError(source, 'binary data, not text (wrong extension?)');
  const decoded = decodeBytes(bytes, source);
  const diagnostics = decoded.diagnostics;
  let raw = decoded.text.replace(/\r\n?/g, '\n');
  if (raw.includes('\0')) {
    // a few stray NULs (a truncated copy, an editor's padding) are dropped, not the whole file
    raw = raw.replace(/\0+/g, '');
    diagnostics.push({ code: 'text/nul-bytes', stage: 'load', message: 'NUL bytes in the text were dropped' });
  }
  if (!raw.trim()) throw new LoadError(source, 'empty file: no text to read');
  return { raw, meta: headOf(raw), diagnostics };
};

/** Official letterheads: "HỘI ĐỒNG NHÂN DÂN", "Số: 48/NQ-HĐND", "Độc lập - Tự do - Hạnh phúc". */
const LETTERHEAD = /^(?:[Ss]ố\s*:|Độc\s+lập|CỘNG\s+HÒA|CỘNG\s+HOÀ|[-–_\s]+$)|^[\p{Lu}\d\s.,\-–]{2,60}$/u;
/** Document types that head an official text; the line after them says what about. */
const DOCUMENT_TYPE = /^(?:NGHỊ QUYẾT|BÁO CÁO|QUYẾT ĐỊNH|KẾ HOẠCH|CÔNG VĂN|TỜ TRÌNH|THÔNG BÁO|CHỈ THỊ|CHƯƠNG TRÌNH|ĐỀ ÁN)$/u;

/** A line that opens with "Hôm nay" ("today"): a portal header's date of reading. */
export const TODAY_LINE = /^\s*hôm\s+nay(?![\p{L}])/iu;
/**
 * A date a period runs to or from, "Tính đến ngày 31/12/2020, trên địa bàn tỉnh có" (a short line of a PDF's
 * prose), "từ ngày 1/1/2021": the figures' cut-off, not the day the page was written.
 */
const PERIOD_DATE = /(?<![\p{L}])(?:đến|từ|tới|trước|sau)(?:\s+hết)?\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}/iu;

/** "Theo đó, …", "Trong đó, …", "Ngoài ra, …": a paragraph goes on; no headline opens so. */
const CONNECTIVE_OPENING = /^(?:Theo đó|Trong đó|Ngoài ra|Bên cạnh đó|Đồng thời|Tuy nhiên|Do đó|Vì vậy|Cụ thể|Như vậy)\s*,/u;

/** A long line ending on a letter or comma: a paragraph wrapped there, which the next line goes on with. */
const continuesLine = (prev: string | undefined) => prev !== undefined && prev.length >= 60 && /[\p{Ll},]$/u.test(prev);

/** "Kỳ họp thứ 18 HĐND huyện … (nhiệm kỳ 2016-2021). Ảnh: MINH THÔNG": a photo's caption, no headline. */
const PHOTO_CAPTION = /(?:^|[\s.(])Ảnh(?:\s\d{1,2}\/\d{1,2})?\s?:|Ảnh minh họa|Ảnh minh hoạ/u;

/**
 * A saved article starts with its headline and often a dateline ("Thứ ba, 22/09/2020, 07:42");
 * an official text with a letterhead, a place-and-date line and "NGHỊ QUYẾT / Về ...". The first
 * headline-like line is the title, a date among the first lines the date.
 */
export function headOf(raw: string): { title?: string; published?: string } {
  const lines = raw.slice(0, 4000).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12);
  const head: { title?: string; published?: string } = {};
  let clockAbove = false; // the date came from a line above the headline
  lines.forEach((line, i) => {
    // "date 2024-06", "2023-05-12 08:30 Nhờ đó, …": a crawler's stamp opening a line, the text after it maybe
    const stamp = DATE_STAMP.exec(line);
    const stamped = stamp ? normalizeIsoDate(stamp[1]) : null;
    if (stamped) { head.published ??= stamped; if (line.length === stamp![0].length) return; }
    // "Hôm nay, Thứ hai ngày 10/08/2020": a portal's header shows the day the page was read, not written
    if (TODAY_LINE.test(line)) return;
    const date = !stamped && line.length <= 80 && !PERIOD_DATE.test(line) ? findDateInText(line) : null;
    // "Thứ 7, 23/11/2024, 14:06" above the headline, "Thứ 4, 25/09/2019 | 15:51:08" under it: the portal's clock, then the article's date
    if (date) {
      if (head.published === undefined) { head.published = date; clockAbove = !head.title; } else if (clockAbove && head.title) { head.published = date; clockAbove = false; }
      return;
    }
    if (head.title) return;
    if (DOCUMENT_TYPE.test(line) && lines[i + 1] && !LETTERHEAD.test(lines[i + 1])) { head.title = `${line} ${lines[i + 1]}`; return; }
    // share bars, menus ("• Đường dây nóng: …", "Tin trong tỉnh >> Kinh tế") and letterheads are no headline
    if (LETTERHEAD.test(line) && !DOCUMENT_TYPE.test(line) && i < 8 && line.length < 60) return;
    if (WEATHER_LINE.test(line)) return; // a weather widget above the headline: "Hà Nội: 14°C"
    // (nor a menu of topics parted by stars: "DÒNG SỰ KIỆN. * ĐẠI HỘI ĐẢNG BỘ CÁC CẤP * ĐẠI DỊCH COVID-19 * …"; nor a
    // paragraph's line: one opening on a connective, "Theo đó, định hướng vùng … là Hà Nội, Quảng Ninh, Hải", or one after
    // a long line left open, "Dương, Hải Phòng, Hưng Yên, …")
    if (line.length >= 10 && line.length <= 200 && !/[.:;]$|[|›»]|>>|^[•·▪►]|^A-\s|\s\*\s[^*]*\s\*\s|Chia sẻ/u.test(line) && !PHOTO_CAPTION.test(line) && /\p{L}/u.test(line)
      && !CONNECTIVE_OPENING.test(line) && !continuesLine(lines[i - 1])) head.title = line;
  });
  return head;
}
