// Publication dates as pages print them: ISO stamps in meta tags, and Vietnamese date lines such as
// "Thứ ba, 22/09/2020, 07:42", "08/09/2023 - 02:45 PM", "Cập nhật: 09:30 21/12/2012" or
// "ngày 22 tháng 9 năm 2020". Output: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" when the time is shown.

const pad = (n: number) => String(n).padStart(2, '0');

function build(y: number, m: number, d: number, hh?: number, mm?: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined || hh > 23 || mm > 59) return date;
  return `${date}T${pad(hh)}:${pad(mm)}`;
}

/**
 * A stamp in another zone ("2012-12-23T20:04:00Z") as the wall time in Vietnam (UTC+7), where the
 * page printed it: converted to UTC, a morning article moves to the day before.
 */
function inVietnamTime(date: string, hh: number, mm: number, ss: number, zone: string): string | null {
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  const offset = z ? (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +z[3]) : 0;
  const utc = Date.parse(`${date}T00:00:00Z`) + ((hh * 60 + mm - offset) * 60 + ss) * 1000;
  if (!Number.isFinite(utc)) return null;
  const local = new Date(utc + 7 * 3_600_000).toISOString();
  return `${local.slice(0, 16)}${ss ? local.slice(16, 19) : ''}+07:00`;
}

/** An ISO-ish stamp from a meta tag ("2025-10-22T05:00:00+07:00", "2012/12/21 10:00") kept as ISO. */
/** An ISO date (to the month at least) opening a line, after a label maybe: "date 2024-06", "Ngày đăng: 2023-05-12 08:30" (group 1: the date). */
export const DATE_STAMP = /^(?:(?:date|published|ngày\s+đăng|cập\s+nhật)\s*:?\s*)?(\d{4}-\d{1,2}(?:-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)?)(?=\s|$)/iu;

export function normalizeIsoDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    const date = build(+iso[1], +iso[2], +iso[3]);
    if (!date) return null;
    if (iso[4] === undefined) return date;
    const zone = iso[8];
    if (zone && !/^\+07:?00$/.test(zone)) return inVietnamTime(date, +iso[4], +iso[5], +(iso[6] ?? 0), zone);
    return `${date}T${pad(+iso[4])}:${iso[5]}${iso[6] ? `:${iso[6]}` : ''}${zone ?? ''}`;
  }
  // "2024-06": a date known to the month only is kept as such, not lost
  const month = /^(\d{4})[-/](\d{1,2})$/.exec(v);
  if (month) return +month[2] >= 1 && +month[2] <= 12 && +month[1] >= 1900 ? `${month[1]}-${pad(+month[2])}` : null;
  // "2022": known to the year only, kept too (it dates the figures a text gives without a year)
  if (/^(?:19|20)\d{2}$/.test(v)) return v;
  return findDateInText(v);
}

// d/m/yyyy with an optional time after it ("07:42", "02:45 PM", "12h14") or before it ("09:30, 21/12/2012").
const TIME = String.raw`(\d{1,2})\s*[:hH]\s*(\d{2})(?:\s*:\s*\d{2})?(?:\s*(AM|PM|SA|CH|am|pm|sa|ch|sáng|chiều|tối))?`;
// a 2-digit year ("24/12/12") is read as 20yy
const DMY = String.raw`(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])`;
// separators are bounded ({0,3}) so that no two quantifiers compete for one run of spaces
const DATE_THEN_TIME = new RegExp(`${DMY}(?:\\s{0,3}[-,|]?\\s{0,3}(?:lúc\\s{1,3})?${TIME})?`);
const TIME_THEN_DATE = new RegExp(`(?<!\\d)${TIME}\\s{0,3}[-,|]?\\s{0,3}(?:ngày\\s{1,3})?${DMY}`);
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;

const year = (y: string) => (y.length === 2 ? 2000 + +y : +y);

function hour24(h: number, ampm?: string): number {
  const a = ampm?.toUpperCase();
  if ((a === 'PM' || a === 'CH' || a === 'CHIỀU' || a === 'TỐI') && h < 12) return h + 12;
  if ((a === 'AM' || a === 'SA') && h === 12) return 0;
  return h;
}

/** The first date in a short text, or null. */
export function findDateInText(text: string): string | null {
  const t = text.slice(0, 2000);
  const tFirst = TIME_THEN_DATE.exec(t);
  const dFirst = DATE_THEN_TIME.exec(t);
  if (tFirst && (!dFirst || tFirst.index < dFirst.index)) {
    return build(year(tFirst[6]), +tFirst[5], +tFirst[4], hour24(+tFirst[1], tFirst[3]), +tFirst[2]);
  }
  if (dFirst) {
    const hh = dFirst[4] !== undefined ? hour24(+dFirst[4], dFirst[6]) : undefined;
    return build(year(dFirst[3]), +dFirst[2], +dFirst[1], hh, dFirst[5] !== undefined ? +dFirst[5] : undefined);
  }
  const w = WORDS.exec(t);
  return w ? build(+w[3], +w[2], +w[1]) : null;
}

/**
 * The date an article's address carries: a stamp "…-20221223180348340.htm" (year, month, day, hour, minute and an
 * id, as many Vietnamese sites number their articles), a day's folder "/pages/2022-6-3/", or a month's folder
 * "/xa-hoi/201308/…", "/2019/10/…" (known to the month only: "2013-08"). Only the path is read.
 */
export function dateFromUrl(url: string): string | null {
  const m = /[-_/](20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,9}\.(?:html?|aspx?|php)(?:[?#]|$)/.exec(url);
  if (m) return build(+m[1], +m[2], +m[3], +m[4], +m[5]);
  let path: string;
  try { path = new URL(url).pathname; } catch { return null; }
  const day = /\/((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\//.exec(path);
  if (day) return build(+day[1], +day[2], +day[3]);
  const month = /\/((?:19|20)\d{2})\/?(0[1-9]|1[0-2])\//.exec(path);
  return month && +month[1] >= 1990 ? `${month[1]}-${month[2]}` : null;
}
