// Periods named in a text: "năm 2024", "6 tháng đầu năm 2024", "quý III/2024", "tháng 10/2022", "9 tháng", "lũy kế đến
// 15/11/2023", "giai đoạn 2021-2025", "nhiệm kỳ 2020-2025", "đến năm 2025". A period whose year the text leaves out takes the
// year of its context. A period after "so với" is what a change is measured against, not the period of the number.
import { isAsciiDigit } from '../../extractors/numbers/chars.ts';
import { ADVERB_COMPOUNDS, DATED_LAWS, DATED_STANDARDS, ORIGIN_WORDS, MONTH_COUNT_WORDS, MONTHS_GONE_BY_WORDS, PLAN_WORDS } from '../../extractors/knowledge/index.ts';
import { alternatives, notCompoundEnd } from '../../extractors/patterns.ts';
import { allMatches, matchesAtWordStart } from './scan.ts';
import { Taken } from './taken.ts';

/** `cutoff`: a running tally up to a month's end ("đến hết tháng 5/2023"): a stock's figure under it stands at that end only */
export interface Period { from: string | null; to: string | null; cutoff?: true }
export interface PeriodMention extends Period {
  start: number;
  end: number;
  /** an end point only ("đến năm 2025", "lũy kế đến 15/11/2023", "đến nay") */
  until: boolean;
  /** the year was taken from the context */
  relative: boolean;
  /** named but not known ("nhiệm kỳ qua" with no term of the document's to count back from): dates its figures as unknown */
  unknown?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const first = (y: number, m = 1) => `${y}-${pad(m)}-01`;
const last = (y: number, m = 12) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
/** The last day of month m of year y, as YYYY-MM-DD. */
export const lastDayOf = (y: number, m: number) => last(y, m);
/** The first `n` months of year `y` ("6 tháng đầu năm"), or its last `n` ("6 tháng cuối năm"). */
const monthsOfYear = (n: number, y: number, fromEnd: boolean, relative: boolean) =>
  fromEnd ? { from: first(y, 13 - n), to: last(y), until: false, relative } : { from: first(y), to: last(y, n), until: false, relative };
/** The whole of year y. */
export const wholeYear = (y: number): Period => ({ from: first(y), to: last(y) });
/** Whether a period runs over more than one calendar year (a term, a stage: "nhiệm kỳ 2020-2025"). */
export const spansYears = (p: Period | null) => p !== null && p.from !== null && p.to !== null && yearOf(p.to)! > yearOf(p.from)!;
/** Whether a period lies inside one calendar month from its first day ("tháng 11/2022"). */
export const isOneMonth = (p: Period) => p.from !== null && p.to !== null && p.from.endsWith('-01') && p.from.slice(0, 7) === p.to.slice(0, 7);
/** Whether a period is one whole calendar year. */
export const isWholeYear = (p: Period) => p.from !== null && p.from === first(+p.from.slice(0, 4)) && p.to === last(+p.from.slice(0, 4));
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const okYear = (y: number) => y >= 1975 && y <= 2100;

// "so với năm 2019", "so cùng kỳ", "giá so sánh năm 2010", "tháng trước", "bằng năm 2019", "tương đương với năm 2011": references; a few words may stand between
// ("so với vụ mùa năm 2018"), more after "so với" ("so với giá bình quân của cả vụ năm 2022"), but no plan: "so với kế hoạch năm 2025"
const NOT_PLAN_WORD = String.raw`(?:(?!(?:${alternatives(PLAN_WORDS)})(?![\p{L}]))\p{L}+\s+)`;
const COMPARISON_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:so\s+(?:với\s+)?${NOT_PLAN_WORD}{0,7}|(?:so\s+sánh|hơn|bằng|trước|sau|cùng\s+kỳ|tương\s+đương(?:\s+với)?)\s+${NOT_PLAN_WORD}{0,3})$`, 'iu');

// "Sang đến quý I/2023, GRDP …" (coming to that quarter) speaks of the quarter itself, not up to it
const NOT_UNTIL = String.raw`(?<!sang\s{1,3})`;
// "theo chuẩn nghèo đa chiều giai đoạn 2022-2025": a span right after a standard's name dates the standard
const STANDARD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(DATED_STANDARDS)})\s+$`, 'iu');
// "Thực hiện Luật Khoáng sản năm 2010": a year right after a law's name (its words as written, no mark between) dates the law
const LAW_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(DATED_LAWS)})(?:[ \t]+[\p{L}\-]+){0,7}[ \t]+$`, 'u');
// "được thành lập năm 1990", "ca nhiễm đầu tiên được phát hiện năm 1990" (not "thành lập mới trong năm 2024"); "từ những năm 1980", a decade
const ORIGIN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:${alternatives(ORIGIN_WORDS)})(?:\s+(?!trong\s)\p{L}+){0,3}?(?:\s+(?:vào|từ))?|những)\s+$`, 'iu');
const UNTIL_BEFORE = new RegExp(String.raw`(?<![\p{L}])${NOT_UNTIL}(?:tính\s+)?đến\s+(?:hết\s+)?$`, 'iu');

const YEAR = String.raw`((?:19|20)\d{2})`;
/** What joins a month or a quarter to its year: "tháng 10/2022", "tháng 11 năm 2023", "quý III-2024", "tháng 9.2021" (a dot only before a year). */
const MONTH_YEAR_SEP = String.raw`(?:/|năm|-|\.(?=(?:19|20)\d\d(?!\d)))`;
// a day written in digits, "15/12/2022": day, month, year
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?${YEAR}`;
/** The date y-m-d, or null when there is no such day. */
const dayOf = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null);
/** "thực hiện", "phát hiện", …: compounds whose "hiện" is no "now" (a lookbehind). */
const NOT_NOW = notCompoundEnd('hiện', ADVERB_COMPOUNDS);
const MASK = { from: null, to: null, until: false, relative: false, mask: true } as const; // text naming no period that no later rule may read
const UNKNOWN = { from: null, to: null, until: false, relative: false, unknown: true } as const;
/** The years of the document's term ("nhiệm kỳ 2020 – 2025": [2020, 2025]), or null. */
const termYears = (term: Period | null): [number, number] | null => {
  const a = yearOf(term?.from ?? null), b = yearOf(term?.to ?? null);
  return a !== null && b !== null && b > a ? [a, b] : null;
};
/** The term just ended before one of years [a, b]: as long, ending the year it starts (2015 – 2020 before 2020 – 2025). */
const termBefore = ([a, b]: [number, number]) => ({ from: first(a - (b - a)), to: last(a), until: false, relative: false });
// "lũy kế đến", "tính đến hết", "từ đầu năm đến": what opens the day the figures run to
// the words of a running tally before "đến": "lũy kế đến 15/11/2023", "tính đến ngày 20/9/2021"
const TALLY = String.raw`lũy\s+kế|luỹ\s+kế|tính`;
const UNTIL_LEAD = String.raw`(?:${TALLY})?\s{0,2}(?:từ\s+đầu\s+năm\s+(?:tính\s+)?)?đến\s+(?:hết\s+)?`;
// the hour of a running tally before its day: "tính đến 9h sáng 7/9", "Tính đến 15h ngày 16/9", "đến 17 giờ 30 phút ngày …"
const CLOCK = String.raw`\d{1,2}\s?(?:h|giờ)(?:\s?\d{1,2}(?:\s?phút|')?)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?\s+`;
// what may stand between the lead and the day: "thời điểm báo cáo", then "ngày" or an hour ("ngày" maybe after it)
const REPORT_TIME = String.raw`(?:thời\s+điểm\s+(?:báo\s+cáo\s+)?)?`;
const DAY_OPENER = String.raw`(?:ngày\s+|${CLOCK}(?:ngày\s+)?)`;
const FROM_YEAR_START = /từ\s+đầu\s+năm/iu;
/** The day the figures run to (`words`: the words naming it; `relative`: its year read from the context); null for no such day. */
function untilDay(words: string, d: number, mo: number, y: number, relative = false): Omit<PeriodMention, 'start' | 'end'> | null {
  const to = dayOf(y, mo, d);
  if (!to) return null;
  // "từ đầu năm tính đến ngày 21/3/2023": from 1 January of that year
  const from = FROM_YEAR_START.test(words) ? first(y) : null;
  return { from, to, until: from === null, relative }; // a span carries on like "3 tháng"; a bound does not
}
// A rule is skipped on text without what it cannot match without: a digit, a year, one of the words it
// `needs` (lower-cased; the words' letters have no case-folding partners but their capitals), or a
// pattern every match `contains`.
const RULES: { re: RegExp; digit?: boolean; year?: boolean; needs?: string[]; contains?: RegExp; relative?: boolean; make: (m: RegExpExecArray, year: number | null, term: Period | null) => (Omit<PeriodMention, 'start' | 'end'> & { mask?: true }) | null }[] = [
  { // "nửa đầu nhiệm kỳ 2020-2025" (2020–2022), "nửa cuối nhiệm kỳ 2020-2025" (2023–2025): a half of a term, split at its middle year
    digit: true, year: true, needs: ['nửa'], re: new RegExp(String.raw`(?<![\p{L}])nửa\s+(đầu|cuối|sau)\s+(?:nhiệm\s+kỳ|giai\s+đoạn)\s{1,3}${YEAR}\s{0,2}[-–—]\s{0,2}${YEAR}(?!\d)`, 'iu'),
    make: (m) => {
      const a = +m[2], b = +m[3], middle = a + Math.floor((b - a) / 2);
      if (!okYear(a) || b - a < 2 || b - a > 10) return null;
      return m[1].toLowerCase() === 'đầu' ? { from: first(a), to: last(middle), until: false, relative: false } : { from: first(middle + 1), to: last(b), until: false, relative: false };
    },
  },
  { // "tính từ 15/12/2022 tới 14/10/2023", "từ ngày 01/01/2023 đến ngày 30/6/2023": from one day to another ("từ 1/7 đến
    // 26/11/2025": the first day in the second's year; "từ ngày 14-2 đến 22-2", "từ 14 - 21.2": in the document's year, the
    // first's month the second's when unsaid; with neither "ngày" nor a year, no word after it: "từ 3/10 đến 5/10 xã" counts)
    digit: true, needs: ['từ'], re: new RegExp(String.raw`(?<![\p{L}])từ\s+(ngày\s+)?(\d{1,2})(?:\s?[/.-]\s?(\d{1,2}))?(?:\s?[/.-]\s?${YEAR})?\s{0,2},?\s{0,2}(?:đến|tới|[-–])\s{0,2}(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?${YEAR})?(?![\d/.-]|\s?[/.-]\s?\d)`, 'iu'),
    make: (m, year) => {
      const written = m[7] ?? m[4];
      if (!written && !m[1] && /^\s*\p{L}/u.test(m.input.slice(m.index + m[0].length))) return null;
      const y2 = written ? +written : year, y1 = m[4] ? +m[4] : y2;
      if (y1 === null || y2 === null || !okYear(y1) || !okYear(y2)) return null;
      const to = dayOf(y2, +m[6], +m[5]);
      let from = dayOf(y1, m[3] ? +m[3] : +m[6], +m[2]);
      if (from && to && from > to && !m[4]) from = dayOf(y1 - 1, +m[3], +m[2]); // "từ 28/12 đến 5/1/2024": the year before
      return from && to && from <= to ? { from, to, until: false, relative: !written } : null;
    },
  },
  { // "Tết Nguyên đán Giáp Thìn 2024", "Tết Canh Tý 2020": the lunar new year's feast, in its calendar year
    digit: true, year: true, needs: ['tết'], re: new RegExp(String.raw`(?<![\p{L}])tết(?:\s+nguyên\s+đán)?(?:\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)?\s+(?:năm\s+)?${YEAR}(?!\d)`, 'iu'),
    make: (m) => (okYear(+m[1]) ? { ...wholeYear(+m[1]), until: false, relative: false } : null),
  },
  { // "năm học 2017-2018": a school year, September to August
    digit: true, year: true, needs: ['học'], re: new RegExp(String.raw`(?<![\p{L}])năm\s+học\s{1,3}${YEAR}\s{0,2}[-–—/]\s{0,2}${YEAR}(?!\d)`, 'iu'),
    make: (m) => {
      const a = +m[1], b = +m[2];
      return okYear(a) && b === a + 1 ? { from: `${a}-09-01`, to: `${b}-08-31`, until: false, relative: false } : null;
    },
  },
  { // "từ đầu năm đến đầu tháng 11-2022", "từ đầu năm đến tháng 10/2023": the months of the year up to that one (its first day, its 15th, or all of it)
    digit: true, needs: ['đầu'], contains: /tháng\s*\d/iu, re: new RegExp(String.raw`(?<![\p{L}])từ\s+đầu\s+năm\s{0,2},?\s{0,2}(?:đến|tới)\s+(?:(đầu|giữa|hết|cuối)\s+)?tháng\s+(\d{1,2})(?:\s{0,2}${MONTH_YEAR_SEP}\s{0,2}(?:${YEAR}|nay))?(?![\d/])`, 'iu'),
    make: (m, year) => {
      const mo = +m[2];
      const y = m[3] ? +m[3] : year;
      if (mo < 1 || mo > 12 || y === null) return null;
      const part = m[1]?.toLowerCase();
      const to = part === 'đầu' ? `${y}-${pad(mo)}-01` : part === 'giữa' ? `${y}-${pad(mo)}-15` : last(y, mo);
      return { from: first(y), to, until: false, relative: !m[3] };
    },
  },
  { // "Trong nhiệm kỳ qua, …" in the report to a congress of 2020 – 2025: the term just ended, 2015 – 2020, as long as the
    // document's own term (`term`, from its title or body) and ending the year that one starts; unknown without it
    needs: ['qua'], re: /(?<![\p{L}])nhiệm\s+kỳ\s+(?:vừa\s+)?qua(?![\p{L}])/iu,
    make: (_m, _year, term) => {
      const years = termYears(term);
      return years ? termBefore(years) : UNKNOWN;
    },
  },
  { // "5 năm qua, …", "Qua 5 năm, …": the years gone by up to the document's date (filled in by the caller; relative, as
    // "đến nay" is); in the report to a congress whose term is as long, the term just ended, as "nhiệm kỳ qua"
    // (not when its years follow: "Trong 3 năm qua (2013 - 2015)", "Qua 5 năm 2016-2020")
    digit: true, needs: ['qua'], re: /(?:(?<![\p{L}\d.,])(\d{1,2})\s+năm\s+(?:vừa\s+)?qua(?![\p{L}])|(?<![\p{L}])qua\s+(\d{1,2})\s+năm(?![\p{L}\d]))(?!\s{0,3}\(?\s{0,3}(?:19|20)\d\d)/iu,
    make: (m, year, term) => {
      const n = +(m[1] ?? m[2]), years = termYears(term);
      if (n < 2 || n > 50) return null;
      if (years && years[1] - years[0] === n) return termBefore(years);
      return year === null ? null : { from: first(year - n), to: null, until: false, relative: true };
    },
  },
  { // "giai đoạn 2021-2025", "nhiệm kỳ 2020 – 2025", "(2016-2020)", "2021 - 2025"
    digit: true, year: true, re: new RegExp(String.raw`(?:(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|từ\s+năm|từ)\s{1,3})?${YEAR}\s{0,2}(?:[-–—]|đến(?:\s+hết)?)\s{0,2}(?:năm\s+)?${YEAR}(?!\d)`, 'iu'),
    make: (m) => {
      const a = +m[1], b = +m[2];
      // a span of more than ten years is rarely a period ("(1945-2020)" names an anniversary, "thấp hơn … trong giai
      // đoạn 2011-2024" a comparison); from one year to another it is one ("Từ năm 2008 đến năm 2021, giải ngân đạt …")
      const longest = /^từ/iu.test(m[0]) ? 50 : 10;
      return okYear(a) && b > a && b - a <= longest ? { from: first(a), to: last(b), until: false, relative: false } : null;
    },
  },
  { // "trong giai đoạn từ năm 2016 đến nay": from that year's start up to the document's date (filled in by the caller;
    // relative, as "đến nay" is: it dates its own clause and carries to no sentence after it)
    digit: true, year: true, needs: ['từ', 'nay'], re: new RegExp(String.raw`(?<![\p{L}])từ\s+năm\s+${YEAR}\s{0,2},?\s{0,2}(?:đến|tới)\s+nay(?![\p{L}])`, 'iu'),
    make: (m) => (okYear(+m[1]) ? { from: first(+m[1]), to: null, until: false, relative: true } : null),
  },
  { // "Từ ngày 01/3/2025 đến nay", "từ tháng 3/2025 đến nay", "từ tháng 8 đến nay" (in the document's year): from that day or
    // month up to the document's date (filled in by the caller)
    digit: true, needs: ['từ', 'nay'], re: new RegExp(String.raw`(?<![\p{L}])từ\s+(?:ngày\s+(\d{1,2})\s?[/.-]\s?|tháng\s+)(\d{1,2})(?:\s?[/.-]\s?${YEAR})?\s{0,2},?\s{0,2}đến\s+nay(?![\p{L}])`, 'iu'),
    make: (m, year) => {
      const y = m[3] ? +m[3] : year;
      const from = y === null ? null : dayOf(y, +m[2], m[1] ? +m[1] : 1);
      return from ? { from, to: null, until: false, relative: !m[3] } : null;
    },
  },
  { // "lũy kế đến 15/11/2023", "tính đến ngày 20/9/2021", "đến hết ngày 30/6/2024", "đến thời điểm báo cáo ngày 05/11/2025"
    digit: true, year: true, needs: ['đến'], contains: /\d\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}/, re: new RegExp(String.raw`${UNTIL_LEAD}${REPORT_TIME}${DAY_OPENER}?(\d{1,2})\s{0,1}[/.-]\s{0,1}(\d{1,2})\s{0,1}[/.-]\s{0,1}${YEAR}`, 'iu'),
    make: (m) => untilDay(m[0], +m[1], +m[2], +m[3]),
  },
  { // "tính đến ngày 30 tháng 6 năm 2024": the numbered date above, written in words
    digit: true, year: true, needs: ['đến', 'ngày'], re: new RegExp(String.raw`${UNTIL_LEAD}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+${YEAR}`, 'iu'),
    make: (m) => untilDay(m[0], +m[1], +m[2], +m[3]),
  },
  { // "Tính đến ngày 15/3, …", "tính đến 9h sáng 7/9", "thống kê đến 17/8": the day without its year, read in the document's
    // year ("ngày", an hour, or a tally's word before "đến" needed: "đến 15/20 xã" is a count)
    digit: true, needs: ['đến', 'ngày'], re: new RegExp(String.raw`(?:${UNTIL_LEAD}${REPORT_TIME}${DAY_OPENER}|(?<![\p{L}])(?:${TALLY}|thống\s+kê)\s{1,2}đến\s+(?:hết\s+)?)(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/.-]|\s[/.-])`, 'iu'),
    make: (m, year) => (year === null ? null : untilDay(m[0], +m[1], +m[2], year, true)),
  },
  { // "Quyết định số 3236/QĐ-UBND, ngày 29 tháng 12 năm 2020", "…, ngày 10 tháng 7 năm 2024": a day (a
    // document's, an event's) is no period of a figure, and its month is not read as one (MASK: taken, not reported)
    digit: true, needs: ['ngày'], re: new RegExp(String.raw`(?<![\p{L}])ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+(?:19|20)\d{2})?`, 'iu'),
    make: () => MASK,
  },
  { // "Phiên họp thường kỳ tháng 9 của UBND tỉnh", "hội nghị giao ban tháng 10": the month of a meeting, no period of a figure (MASK)
    digit: true, needs: ['họp', 'hội', 'giao'], contains: /tháng\s+\d/iu, re: new RegExp(String.raw`(?<![\p{L}])(?:phiên\s+họp|kỳ\s+họp|cuộc\s+họp|hội\s+nghị(?:\s+giao\s+ban)?|giao\s+ban)(?:\s+(?:thường\s+kỳ|định\s+kỳ|trực\s+tuyến|UBND\s+\p{L}+))?\s+tháng\s+\d{1,2}(?:\s{0,2}[/-]\s{0,2}(?:19|20)\d{2})?`, 'iu'),
    make: () => MASK,
  },
  { // "6 tháng đầu năm 2024", "9 tháng năm 2019", "10 tháng đầu năm nay", "6 tháng cuối năm" (not a length of time: "sớm trước 5 năm 4 tháng")
    digit: true, needs: ['tháng'], re: new RegExp(String.raw`(?<![\d,.])(?<!\d[ \t]{1,3}năm[ \t]{1,3})(\d{1,2})\s+tháng(?![\p{L}])(?:\s+(đầu\s+|cuối\s+)?(?:năm\s+|của\s+năm\s+)?(?:${YEAR}|nay)?)?`, 'iu'),
    make: (m, year) => {
      const n = +m[1];
      const y = m[3] ? +m[3] : year;
      if (n < 2 || n > 11 || y === null) return null;
      if (!m[2] && !m[3] && !/nay$/i.test(m[0]) && !/năm\s*$/i.test(m[0])) {
        // "9 tháng" alone reads as the first nine months of the year in context
        if (n !== 6 && n !== 9 && n < 3) return null;
      }
      return monthsOfYear(n, y, m[2] !== undefined && /cuối/i.test(m[2]), !m[3]);
    },
  },
  { // "Năm tháng đầu năm", "sáu tháng cuối năm 2023", "Sáu tháng qua": the count spelled out, as "5 tháng đầu năm", "6 tháng
    // qua" (only before "đầu/cuối năm" or "qua", and "qua" after MONTHS_GONE_BY_WORDS only)
    needs: ['tháng'], contains: /tháng\s+(?:đầu|cuối|qua|vừa)/iu, re: new RegExp(String.raw`(?<![\p{L}])(${alternatives(Object.keys(MONTH_COUNT_WORDS))})\s+tháng\s+(?:(đầu|cuối)\s+(?:của\s+)?năm(?:\s+(?:${YEAR}|nay))?|(?:vừa\s+)?(qua))(?![\p{L}\d])`, 'iu'),
    make: (m, year) => {
      const word = m[1].toLowerCase().replace(/\s+/g, ' '), n = MONTH_COUNT_WORDS[word];
      const y = m[3] ? +m[3] : year;
      if (n === undefined || y === null || (m[4] && !MONTHS_GONE_BY_WORDS.includes(word))) return null;
      return monthsOfYear(n, y, m[2]?.toLowerCase() === 'cuối', !m[3]);
    },
  },
  { // "nửa đầu năm 2024", "nửa cuối năm nay", "nửa đầu năm": the half of a year, as "6 tháng đầu năm"
    needs: ['nửa'], re: new RegExp(String.raw`(?<![\p{L}])nửa\s+(đầu|cuối|sau)\s+(?:của\s+)?năm(?:\s+(?:${YEAR}|nay))?(?![\p{L}\d])`, 'iu'),
    make: (m, year) => {
      const y = m[2] ? +m[2] : year;
      if (y === null) return null;
      return monthsOfYear(6, y, m[1].toLowerCase() !== 'đầu', !m[2]);
    },
  },
  { // "tháng đầu tiên của năm 2025", "trong tháng đầu năm 2024": January; "tháng cuối cùng của năm": December ("những tháng đầu năm" is no one month)
    needs: ['tháng'], contains: /tháng\s+(?:đầu|cuối)/iu, re: new RegExp(String.raw`(?<![\p{L}]|\d[ \t]{0,3}|(?:những|các|mấy)[ \t]{1,3})tháng\s+(đầu|cuối)(?:\s+(?:tiên|cùng))?\s+(?:của\s+)?năm(?:\s+(?:${YEAR}|nay))?(?![\p{L}\d])`, 'iu'),
    make: (m, year) => {
      const y = m[2] ? +m[2] : year;
      if (y === null) return null;
      const mo = m[1].toLowerCase() === 'đầu' ? 1 : 12;
      return { from: first(y, mo), to: last(y, mo), until: false, relative: !m[2] };
    },
  },
  { // "quý III/2024", "quý I năm 2023", "quý IV"
    needs: ['quý'], re: new RegExp(String.raw`quý\s+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s{0,2}${MONTH_YEAR_SEP}\s{0,2}${YEAR})?`, 'iu'),
    make: (m, year) => {
      const q = ROMAN[m[1].toLowerCase()];
      const y = m[2] ? +m[2] : year;
      if (!q || y === null) return null;
      return { from: first(y, 3 * q - 2), to: last(y, 3 * q), until: false, relative: !m[2] };
    },
  },
  { // "tính đến hết tháng 10 năm nay", "Kết thúc tháng 11/2019", "Tính đến thời điểm cuối tháng 11": the months of the year up to it
    digit: true, needs: ['đến', 'thúc', 'hết'], re: new RegExp(String.raw`(?:(?:tính\s+)?đến\s+(?:thời\s+điểm\s+)?(?:hết\s+|cuối\s+)|kết\s+thúc\s+|(?<![\p{L}])hết\s+)tháng\s+(\d{1,2})(?:\s{0,2}${MONTH_YEAR_SEP}\s{0,2}(?:${YEAR}|nay))?`, 'iu'),
    make: (m, year) => {
      const mo = +m[1];
      const y = m[2] ? +m[2] : year;
      if (mo < 1 || mo > 12 || y === null) return null;
      return { from: first(y), to: last(y, mo), until: false, relative: !m[2], cutoff: true };
    },
  },
  { // "tháng 7 và tháng 8/2021", "tháng 7, 8/2021": two months in a row, both ("tháng 7 và tháng 9" are two periods; "tháng 7, 8 xã" one)
    digit: true, needs: ['tháng'], contains: /\d\s*(?:,|và)\s*(?:tháng\s+)?\d/iu, re: new RegExp(String.raw`(?<![\p{L}])tháng\s+(\d{1,2})\s{0,2}(,|và)\s{0,2}(tháng\s+)?(\d{1,2})(?:\s{0,2}${MONTH_YEAR_SEP}\s{0,2}(?:${YEAR}|nay))?(?![\d/])`, 'iu'),
    make: (m, year) => {
      const a = +m[1], b = +m[4], y = m[5] ? +m[5] : year;
      if (m[2] === ',' && !m[3] && !m[5]) return null;
      return a >= 1 && b === a + 1 && b <= 12 && y !== null ? { from: first(y, a), to: last(y, b), until: false, relative: !m[5] } : null;
    },
  },
  { // "tháng 10/2022", "tháng 11 năm 2023", "tháng 9", and glued, "tháng11/2023"
    digit: true, needs: ['tháng'], re: new RegExp(String.raw`(?<![\p{L}])tháng\s*(\d{1,2})(?!\s*tháng)(?:\s{0,2}${MONTH_YEAR_SEP}\s{0,2}(?:${YEAR}|nay))?(?![\d/])`, 'iu'),
    make: (m, year) => {
      const mo = +m[1];
      const y = m[2] ? +m[2] : year;
      if (mo < 1 || mo > 12 || y === null) return null;
      return { from: first(y, mo), to: last(y, mo), until: false, relative: !m[2] };
    },
  },
  { // "đến năm 2025", "đến cuối năm 2013", "cuối năm 2024", "hết năm 2025"
    digit: true, year: true, needs: ['năm'], re: new RegExp(String.raw`(?:${NOT_UNTIL}(?:tính\s+)?đến\s+(?:hết\s+|cuối\s+)?|cuối\s+|hết\s+)năm\s+${YEAR}`, 'iu'),
    make: (m) => ({ from: null, to: last(+m[1]), until: true, relative: false }),
  },
  { // "Từ đầu năm 2020 đến nay": from 1 January of that year up to the document's date (filled in by the caller)
    digit: true, year: true, needs: ['đầu'], re: new RegExp(String.raw`(?<![\p{L}])từ\s+đầu\s+năm\s+${YEAR}\s{0,2},?\s{0,2}(?:đến|tới)\s+nay(?![\p{L}])`, 'iu'),
    make: (m) => ({ from: first(+m[1]), to: null, until: false, relative: true }),
  },
  { // "năm 2024", "Năm 2022,", and glued, "Năm2012,"
    digit: true, year: true, needs: ['năm'], re: new RegExp(String.raw`(?<![\p{L}])năm\s*${YEAR}(?![\d/])`, 'iu'),
    make: (m) => ({ from: first(+m[1]), to: last(+m[1]), until: false, relative: false }),
  },
  { // "Từ đầu năm đến nay", "lũy kế từ đầu năm": from 1 January of the document's year up to its date (filled in by the caller)
    relative: true, needs: ['đầu'], re: /(?<![\p{L}])từ\s+đầu\s+năm(?:\s{0,2},?\s{0,2}(?:đến|tới)\s+nay)?(?![\p{L}]|\s*\d)/iu,
    make: (_m, year) => (year === null ? null : { from: first(year), to: null, until: false, relative: true }),
  },
  { // "đến nay", "hiện nay", "hiện có": up to the document's date (filled in by the caller); not the end of a compound ("ước thực hiện là 1.114.100 người")
    relative: true, needs: ['đến', 'hiện'], re: new RegExp(String.raw`(?<![\p{L}])(?:(?:tính\s+)?đến\s+(?:nay|thời\s+điểm\s+(?:này|hiện\s+tại|báo\s+cáo))|${NOT_NOW}hiện\s+(?:nay|có|là|tại))(?![\p{L}])`, 'iu'),
    make: () => ({ from: null, to: null, until: true, relative: true }),
  },
  { // "năm nay"
    relative: true, needs: ['năm'], re: /(?<![\p{L}])năm\s+nay(?![\p{L}])/iu,
    make: (_m, year) => (year === null ? null : { from: first(year), to: last(year), until: false, relative: true }),
  },
];

/** The periods named in text[start, end), in order; overlapping readings keep the first rule's. */
// each rule's pattern made global once; a leading "no letter before" is checked by hand (faster)
const NO_LETTER_BEFORE = String.raw`(?<![\p{L}])`;
const GLOBAL_RULES = RULES.map((rule) => {
  const lead = rule.re.source.startsWith(NO_LETTER_BEFORE);
  return { re: new RegExp(lead ? rule.re.source.slice(NO_LETTER_BEFORE.length) : rule.re.source, 'giu'), lead, digit: rule.digit === true, year: rule.year === true, needs: rule.needs, contains: rule.contains };
});

// The rules whose readings are all `relative` come last: leaving them out changes no other reading.
const ALL_RELATIVE_FROM = RULES.findIndex((rule) => rule.relative);
if (ALL_RELATIVE_FROM >= 0 && RULES.slice(ALL_RELATIVE_FROM).some((rule) => !rule.relative)) throw new Error('period rules: the all-relative ones must come last');

// The words a rule needs, all looked for in one pass (one `includes` per word read the span again for each).
// A match restarts one character on, so a word starting inside another is found too; none is the start
// of another (a position would report only one of them).
const NEEDED_WORDS = [...new Set(RULES.flatMap((rule) => rule.needs ?? []))];
if (NEEDED_WORDS.some((w) => /\s/.test(w) || NEEDED_WORDS.some((v) => v !== w && v.startsWith(w)))) throw new Error('period rules: a needed word holds a space or starts another');
const NEEDED_WORD = new RegExp(alternatives(NEEDED_WORDS), 'giu');

/** The needed words (lower case) that occur in the span, as substrings in any case, as `includes` on its lower case finds them. */
function neededWordsIn(span: string): Set<string> {
  const found = new Set<string>();
  NEEDED_WORD.lastIndex = 0;
  for (let m; (m = NEEDED_WORD.exec(span)) !== null;) {
    found.add(m[0].toLowerCase());
    if (found.size === NEEDED_WORDS.length) break;
    NEEDED_WORD.lastIndex = m.index + 1;
  }
  return found;
}

/**
 * `absolute`: only the periods that name their year (the relative readings left out); `compared`: the periods
 * a comparison names ("so với 6 tháng đầu năm 2021") kept, not masked; `term`: the term the document is on, which
 * "nhiệm kỳ qua" is the one before.
 */
export function findPeriods(text: string, start: number, end: number, year: number | null, absolute = false, compared = false, term: Period | null = null): PeriodMention[] {
  const slice = text.slice(start, end);
  const out: PeriodMention[] = [];
  const taken = new Taken(); // what every mention read and every masked span (days, comparisons) holds: read by no later rule
  const hasDigit = /[0-9]/.test(slice);
  const hasYear = hasDigit && /(?:19|20)[0-9]{2}/.test(slice);
  const present = neededWordsIn(slice);
  const has = (w: string) => present.has(w);
  for (let r = 0, n = absolute && ALL_RELATIVE_FROM >= 0 ? ALL_RELATIVE_FROM : RULES.length; r < n; r++) {
    const rule = RULES[r];
    const { re, lead, digit, year: needsYear, needs, contains } = GLOBAL_RULES[r];
    if ((digit && !hasDigit) || (needsYear && !hasYear) || (needs && !needs.some(has)) || (contains && !contains.test(slice))) continue;
    for (const m of lead ? matchesAtWordStart(re, slice, false) : allMatches(re, slice)) {
      let s = m.index, e = m.index + m[0].length;
      while (s < e && /\s/.test(slice[s])) s++;
      if (taken.overlaps(start + s, start + e)) continue;
      // "so với 6 tháng đầu năm 2021": a comparison's period, and no part of it ("năm 2021") is read by a later rule
      if (!compared && COMPARISON_BEFORE.test(slice.slice(Math.max(0, s - 40), s))) { taken.add(start + s, start + e); continue; }
      const made = rule.make(m as unknown as RegExpExecArray, year, term);
      if (!made) continue;
      if (made.mask) { taken.add(start + s, start + e); continue; }
      const before = slice.slice(Math.max(0, s - 60), s);
      if ((spansYears(made) ? STANDARD_BEFORE.test(before.slice(-40)) : ORIGIN_BEFORE.test(before)) || LAW_BEFORE.test(before)) { taken.add(start + s, start + e); continue; }
      // "thực hiện đến 6 tháng đầu năm 2024", "đến hết quý III": up to the end of that period
      if (!made.until && UNTIL_BEFORE.test(slice.slice(Math.max(0, s - 16), s))) { made.from = null; made.until = true; }
      const mention: PeriodMention = { from: made.from, to: made.to, until: made.until, relative: made.relative, start: start + s, end: start + e, ...(made.cutoff && !made.until && { cutoff: true as const }) };
      if (made.unknown) mention.unknown = true;
      out.push(mention);
      taken.add(start + s, start + e);
    }
  }
  const merged = withExactEnds(text, out.sort((a, b) => a.start - b.start));
  return absolute ? merged.filter((p) => !p.relative) : merged;
}

/**
 * "10 tháng đầu năm (tính đến ngày 30/10/2025)", "năm 2025 (tính đến ngày 30/10/2025)": a day the
 * figures run to, in brackets right after a span it falls in, is where the span ends: one period,
 * 2025-01-01 .. 2025-10-30 (apart, the nearer one, an end point only, was taken and the start lost).
 */
function withExactEnds(text: string, periods: PeriodMention[]): PeriodMention[] {
  for (let k = 0; k + 1 < periods.length; k++) {
    const span = periods[k], day = periods[k + 1];
    if (span.from === null || span.until || !day.until || day.from !== null || day.to === null || span.to === null) continue;
    if (day.to < span.from || day.to > span.to || !/^[ \t]*\([ \t]*$/.test(text.slice(span.end, day.start))) continue;
    periods.splice(k, 2, { from: span.from, to: day.to, until: false, relative: false, start: span.start, end: day.end });
  }
  return periods;
}

/** The year a date string ("2024-06-11", "2024-06-11T06:29") falls in. */
export function yearOf(date: string | null | undefined): number | null {
  if (!date || date.length < 4) return null;
  for (let k = 0; k < 4; k++) if (!isAsciiDigit(date.charCodeAt(k))) return null; // four digits
  return +date.slice(0, 4);
}
