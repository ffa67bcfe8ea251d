// Words of time: units a count of which is a duration or a date, periods, the past.
import { NUMBER_TABLES } from './numbers.ts';
import { COMPARED_WITH } from './plans.ts';

/** Units of time (the number reader's 'time' tables): "9 tháng", "5 tuổi" are durations or ages, never the level of an indicator. */
export const TIME_UNITS: readonly string[] = NUMBER_TABLES.filter((t) => t.role === 'time').flatMap((t) => t.forms);
/** Besides the units of time, what makes "A/B" a schedule rather than a count: "2/3 buổi". */
export const SCHEDULE_UNITS = ['buổi'] as const;
/** Words before "A/B" that make it a date, a period or a number ("ngày 30/4", "niên khóa 2020/2021", "số 12/NQ"). */
export const PERIOD_BEFORE_PAIR = ['ngày', 'tháng', 'quý', 'năm', 'niên khóa', 'khóa', 'số', 'lúc', 'giai đoạn', 'kỳ', 'đợt', 'mùa', 'vụ mùa'] as const;
/** Words before "năm" that make it "every year" ("tăng bình quân hằng năm 10-12%"): the number after it is no year's ordinal. */
export const EVERY_YEAR_BEFORE = ['hằng', 'hàng', 'mỗi', 'bình quân', 'trung bình'] as const;
/** Words that speak of a period already over, without a year. */
export const PAST_WORDS = ['năm qua', 'vừa qua', 'năm trước', 'những năm qua', 'nhiệm kỳ qua', 'giai đoạn vừa qua'] as const;
/** Words that speak of now, a time already reached: "Hiện nay toàn tỉnh có …", "đến nay tỉnh mới có …" (no plan's period). */
export const PRESENT_WORDS = ['đến nay', 'hiện nay', 'hiện tại', 'tính đến nay', 'đến thời điểm này', 'đến thời điểm hiện tại'] as const;
/** Standards named by the span they hold for: "theo chuẩn nghèo đa chiều giai đoạn 2022-2025" dates the standard, not the figures. */
export const DATED_STANDARDS = ['chuẩn nghèo', 'chuẩn nghèo đa chiều', 'chuẩn cận nghèo', 'chuẩn nghèo tiếp cận đa chiều',
  // the criteria a commune is rated by: "đánh giá theo tiêu chí nông thôn mới giai đoạn 2021-2025"
  'tiêu chí nông thôn mới', 'bộ tiêu chí nông thôn mới', 'tiêu chí xã nông thôn mới', 'bộ tiêu chí xã nông thôn mới',
  'bộ tiêu chí quốc gia về xã nông thôn mới', 'bộ tiêu chí quốc gia về nông thôn mới'] as const;
/** Laws named with their year, as written (capitalised): "Thực hiện Luật Khoáng sản năm 2010" dates the law, not the figures. */
export const DATED_LAWS = ['Luật', 'Bộ luật', 'Hiến pháp', 'Pháp lệnh'] as const;
/**
 * Words of a beginning: a year after them, in their clause, dates when something began, not the figures ("Hội … được thành
 * lập năm 1990, hiện có 8.190 hội viên", "ca nhiễm đầu tiên được phát hiện năm 1990").
 */
export const ORIGIN_WORDS = ['thành lập', 'ra đời', 'đầu tiên'] as const;
/** Words opening an age band right after a count, which names its people: "1.200 người từ 60 tuổi trở lên", "trẻ dưới 5 tuổi". */
export const AGE_BAND_LEADS = ['từ', 'dưới', 'trên', 'đủ'] as const;
/** A count of months spelled out, as it opens "Năm tháng đầu năm", "sáu tháng cuối năm 2023" (2 to 11: one month is "tháng đầu năm"). */
export const MONTH_COUNT_WORDS: Readonly<Record<string, number>> = {
  'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười một': 11,
};
/** The counts of months spelled out that may open "… tháng qua" ("Sáu tháng qua"): all but "năm" ("những năm tháng qua" is "the years gone by"). */
export const MONTHS_GONE_BY_WORDS: readonly string[] = Object.keys(MONTH_COUNT_WORDS).filter((w) => w !== 'năm');
/** Words that name a period before a year: "năm 2019", "giai đoạn 2021 - 2025", "KH 2024". */
export const PERIOD_WORDS = ['năm', 'giai đoạn', 'nhiệm kỳ', 'thời kỳ', 'kế hoạch', 'KH'] as const;

// Time phrases, as the patterns the rules use (they hold numbers, so they are patterns, not word lists).

/** A whole subject that only says when: "9 tháng", "Lũy kế 9 tháng", "tháng 9", "6 tháng đầu năm 2024", "quý III", "tháng đầu năm" (what "Năm tháng đầu năm" leaves once its "Năm" is cut). */
export const ONLY_TIME = /^(?:lũy\s+kế\s+|riêng\s+|trong\s+)?(?:cả\s+năm|\d+\s+tháng(?:\s+đầu)?(?:\s+năm(?:\s+\d{4})?)?|tháng\s+(?:đầu|cuối)(?:\s+năm(?:\s+\d{4})?)?|tháng\s+\d+(?:\/\d{4})?|quý\s+[IVX\d]+(?:\/\d{4})?|năm\s+\d{4}|lũy\s+kế)$/iu;
/** A time frame opening a clause, cut off its subject: "Trong nhiệm kỳ kết nạp 49 hội viên", "cuối nhiệm kỳ đạt 170 hội viên", "Trong năm qua có …", "Trong giai đoạn 2021-2025", "kết thúc nhiệm kỳ 2025-2030", "Cùng thời gian này, có …", "Sáu tháng qua, …" (not "năm tháng qua", the years gone by). */
export const TIME_FRAME_LEAD = String.raw`(?:(?:trong|suốt|cuối|đầu|giữa|kết\s+thúc|cùng)\s+(?:suốt\s+|giữa\s+|cả\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+gian|thời\s+kỳ|năm|tháng|quý)(?:\s+(?:qua|này|vừa\s+qua|tới|nay|(?:19|20)\d{2}(?:\s{0,2}[-–]\s{0,2}(?:19|20)\d{2})?))?|(?:${MONTHS_GONE_BY_WORDS.join('|').replace(/ /g, '\\s+')})\s+tháng\s+(?:vừa\s+)?qua)(?=[\s,]|$)`;
/** A subject that opens with when: "6 tháng đầu năm 2024 …", "cả năm", "lũy kế", "giai đoạn …". */
export const OPENS_WITH_TIME = /^(?:(?:cả|trong|riêng|tính|lũy\s+kế)\s+)?(?:năm|\d+\s+tháng|tháng|quý|lũy\s+kế|giai\s+đoạn|cả\s+năm|nhiệm\s+kỳ)(?![\p{L}])/iu;
/** Time words that may open a clause of who acts: "Dự kiến cuối năm 2013", "Đến nay", "6 tháng đầu năm". */
export const ACTOR_TIME = `(?:dự\\s+kiến|(?:lũy\\s+kế\\s+|luỹ\\s+kế\\s+)?(?:đến|tính\\s+đến)\\s+nay|hiện\\s+nay|hiện|(?:cuối|đầu|trong|hết|đến(?:\\s+hết)?)?\\s*năm\\s+\\d{4}|(?:\\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai))?)\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s+\\d{4})?)`;
/** A year that opens a clause and says only when: "Năm 2023 tỉnh đón …" (the subject is what follows). */
export const OPENING_YEAR = String.raw`(?:cả\s+)?năm\s+\d{4}(?![\p{N}])`;
/** A school year or term that opens a clause and says only when: "Năm học 2022-2023 có …", "Năm học này toàn tỉnh có …", "Học kỳ I" (not "năm học sinh"). */
export const SCHOOL_TERM = String.raw`(?:năm\s+học|học\s+kỳ)(?:\s+(?:này|qua|vừa\s+qua|tới|trước|I{1,2}|[12]|(?:19|20)\d{2}\s{0,2}[-–]\s{0,2}(?:19|20)\d{2}))?(?![\p{L}\d])(?!\s+(?:sinh|viên)(?![\p{L}]))`;
/** A term or stage in brackets, closing a heading glued to the item it opens: "(nhiệm kỳ 2020 - 2025)", "(giai đoạn 2021-2025)". */
export const TERM_IN_BRACKETS = String.raw`\((?:nhiệm[ \t]+kỳ|giai[ \t]+đoạn)[ \t]+(?:19|20)\d{2}[ \t]{0,2}[-–][ \t]{0,2}(?:19|20)\d{2}\)`;
/** A span of years closing a name: "… bình quân giai đoạn 2011-2013". */
export const PERIOD_SPAN = /\s+(?:bình\s+quân\s+)?(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+(?:19|20)\d{2}\s{0,2}[-–]\s{0,2}(?:19|20)\d{2}$/iu;
/** The period that ends a topic ("Chỉ số giá tiêu dùng tháng 9 …" → "Chỉ số giá tiêu dùng"). */
export const PERIOD_TAIL = /\s+(?:tháng|quý|năm|\d+\s+tháng)(?:\s|$).*$/iu;
/** Words before a year that make it the base of a comparison, not the period spoken of ("so với năm 2018", "cùng kỳ năm trước"). */
export const COMPARISON_BASE = new RegExp(`(?:${COMPARED_WITH}|cùng\\s+kỳ\\s+)$`, 'iu');
