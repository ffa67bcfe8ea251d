// Title and date of an administrative document (report, resolution, decision, official letter),
// read from its own first lines: the place-and-date line under the national motto
// ("Lâm Đồng, ngày 12 tháng 11 năm 2025"), the kind heading ("BÁO CÁO", "NGHỊ QUYẾT" ...) with the
// subject lines under it, or the "V/v ..." line of an official letter. A number or day left blank
// (a draft, or an e-signature stamp printed over them) is reported, not guessed.
import { repairLetters } from '../stages/clean.ts';

/** Headings that open the title block, upper-case as printed. */
const KINDS = [
  'BÁO CÁO', 'NGHỊ QUYẾT', 'QUYẾT ĐỊNH', 'KẾ HOẠCH', 'TỜ TRÌNH', 'THÔNG BÁO', 'CHỈ THỊ', 'KẾT LUẬN',
  'CHƯƠNG TRÌNH', 'ĐỀ ÁN', 'PHỤ LỤC', 'BIÊN BẢN', 'HƯỚNG DẪN', 'THÔNG TƯ', 'NGHỊ ĐỊNH', 'QUY ĐỊNH',
  'QUY CHẾ', 'CÔNG VĂN', 'THÔNG CÁO', 'DIỄN VĂN', 'BÀI PHÁT BIỂU', 'ĐIỀU LỆ', 'PHƯƠNG ÁN', 'DỰ ÁN', 'BIỂU MẪU',
];
const KIND_LINE = new RegExp(`^(?:${KINDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** Lines that belong to the letterhead, never to a title. */
const LETTERHEAD = /^(?:CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐỘC LẬP\s?[-–]|ĐẢNG CỘNG SẢN|Độc lập\s?[-–]|Số\s?:|Kính gửi|Dự thảo|DỰ THẢO|[-–_=*.…]{3,}$)/u;
/** A body paragraph starts: the title block is over. */
const BODY_OPENER = /^(?:Căn cứ|Thực hiện|Kính gửi|Theo |Trên cơ sở|Xét |Nhằm |Để |Sau khi|Ngày |Năm |Trong |Qua |Hôm nay|\(Kèm theo|\(Ban hành|\(Áp dụng|PHẦN |Phần |CHƯƠNG |Chương |[IVX]{1,4}\s?[.:-]\s|\d{1,2}\s?[.)]\s)/u;
const SUBJECT_LINE = /^V\s?\/\s?v\s*[:.]?\s*/u;

// "ngày 12 tháng 11 năm 2025", with the day or month possibly left blank ("ngày   tháng 11 năm 2025",
// "ngày ….. tháng ….. năm 2025"); every gap is bounded so the regex stays linear.
const BLANK = String.raw`[\s.…_/-]{0,24}`;
const WORDS_DATE = new RegExp(String.raw`ngày\s{0,3}(\d{1,2}|${BLANK})\s{0,3}tháng\s{0,3}(\d{1,2}|${BLANK})\s{0,3}năm\s{0,3}(\d{4})`, 'iu');
const NUMERIC_DATE = /ngày\s{0,3}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{4})/iu;
/**
 * "Lâm Đồng, ngày …": a place (capitalised words) and a comma before the date, as under the national
 * motto; not a document code ("Quyết định số 06/QĐ-TTg, ngày …" cites another document).
 */
const PLACE_BEFORE = /(?:^|[\s|(])\p{Lu}[\p{L}.]{0,12}(?:\s\p{Lu}[\p{L}.]{0,12}){0,4}\s{0,2},\s{0,3}$/u;
/** "Số: /BC-SNV", "Số:……../BC-K4": the number left blank before its slash. */
const BLANK_NUMBER = /(?<!\p{L})[Ss]ố\s{0,3}:?\s{0,3}[.…_\s]{0,24}\/\s{0,2}\p{Lu}/u;

export interface DocumentHeading {
  title: string | null;
  /** YYYY-MM-DD, or YYYY-MM when the day is blank */
  date: string | null;
  /** the header leaves the document number blank */
  blankNumber: boolean;
  /** the date line prints month and year but no day */
  blankDay: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lower = /\p{Ll}/u;

function validDate(y: number, m: number, d: number | null): string | null {
  if (y < 1945 || y > 2100 || m < 1 || m > 12) return null;
  if (d === null) return `${y}-${pad(m)}`;
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The document's own date in one line: after a place ("X, ngày …") or in "(Kèm theo … ngày …)". */
export function dateInLine(line: string): { date: string; blankDay: boolean } | null {
  for (const re of [WORDS_DATE, NUMERIC_DATE]) {
    const m = re.exec(line);
    if (!m) continue;
    const own = PLACE_BEFORE.test(line.slice(Math.max(0, m.index - 60), m.index)) || /^\(?\s?Kèm theo/iu.test(line);
    if (!own) continue;
    const day = /\d/.test(m[1]) ? +m[1] : null;
    const month = /\d/.test(m[2]) ? +m[2] : null;
    if (month === null) continue;
    const date = validDate(+m[3], month, day);
    if (date) return { date, blankDay: day === null };
  }
  return null;
}

function isUpper(line: string): boolean { return !lower.test(line); }

/** The title block: the kind heading and the subject lines under it, or the "V/v" subject. */
function titleFrom(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const subject = SUBJECT_LINE.exec(line);
    if (!KIND_LINE.test(line) && !subject) continue;
    const parts = [subject ? line.slice(subject[0].length) : line];
    // "BÁO CÁO" alone, then its subject; an upper-case title goes on in upper case, a mixed one mixed
    let upper: boolean | null = subject ? false : isUpper(line) && line.length > 20 ? true : null;
    for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
      const next = lines[j];
      if (/^Dự thảo$|^DỰ THẢO$/u.test(next)) continue;
      if (LETTERHEAD.test(next) || BODY_OPENER.test(next) || next.length > 200 || dateInLine(next)) break;
      const nextUpper = isUpper(next);
      if (upper !== null && nextUpper !== upper) break;
      upper = nextUpper;
      parts.push(next);
      if (/[.:;]$/u.test(next)) break;
    }
    let title = parts.join(' ').replace(/\s+/g, ' ').replace(/[\s:;,]+$/u, '').trim();
    if (subject) title = title.charAt(0).toUpperCase() + title.slice(1);
    if (title.length >= 4) return title;
  }
  return null;
}

/** Failing a kind heading, the first line that reads like a title (four words or more, no letterhead). */
function fallbackTitle(lines: string[]): string | null {
  for (const line of lines) {
    if (LETTERHEAD.test(line) || BODY_OPENER.test(line) || dateInLine(line) || line.includes('|')) continue;
    if (/^(?:UBND|ỦY BAN|UỶ BAN|HỘI ĐỒNG|SỞ |BAN |HUYỆN|TỈNH|THÀNH ỦY|TỈNH ỦY|HUYỆN ỦY)/u.test(line)) continue;
    const words = line.split(' ').length;
    if (words >= 4 && line.length <= 200 && !/[.;:]$/u.test(line)) return line;
  }
  return null;
}

/** Title, date and blank fields from the first lines of a document's text. */
export function readHeading(text: string, maxLines = 40): DocumentHeading {
  const lines: string[] = [];
  for (const l of repairLetters(text.slice(0, 6000)).normalize('NFC').split('\n')) {
    const t = l.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    if (lines.length >= maxLines) break;
  }
  let date: string | null = null, blankDay = false, blankNumber = false;
  for (const l of lines) {
    // a header row of a DOCX table holds several cells: read each
    for (const cell of l.split(' | ')) {
      if (!blankNumber && BLANK_NUMBER.test(cell)) blankNumber = true;
      if (!date) {
        const d = dateInLine(cell);
        if (d) ({ date, blankDay } = d);
      }
    }
  }
  const title = titleFrom(lines) ?? fallbackTitle(lines);
  return { title, date, blankNumber, blankDay };
}

/** The diagnostics a heading calls for; `signed`: the file carries a digital signature. */
export function headingDiagnostics(h: DocumentHeading, format: 'pdf' | 'docx', signed: boolean): { code: string; stage: string; message: string }[] {
  if (!h.blankNumber && !h.blankDay) return [];
  const what = [h.blankNumber ? 'number' : '', h.blankDay ? 'day' : ''].filter(Boolean).join(' and ');
  const known = h.blankDay && h.date ? `; the date is known to the month only (${h.date})` : '';
  if (signed && format === 'pdf') {
    return [{ code: 'pdf/signature-stamp', stage: 'load', message: `e-signed PDF: the document ${what} are left to the signature stamp, not in the text${known}` }];
  }
  return [{ code: `${format}/blank-number-date`, stage: 'load', message: `the header leaves the document ${what} blank (a draft or an unsigned copy)${known}` }];
}
