// When the document speaks of: its date (as loaded, else its dateline) and the period of the whole
// document (its title's, else its first period heading's, else the one its body names most), and
// the period each heading sets for the passages under it.
import { type Document, listFollows } from '../document.ts';
import type { Period, PeriodMention } from './period.ts';
import { findPeriods, isOneMonth, isWholeYear, lastDayOf, yearOf } from './period.ts';
import { once } from '../lazy.ts';
import { bracketPairs } from './scan.ts';
import { headingDepth } from '../../extractors/language.ts';
import { AIM_TITLE_WORDS, COMPARED_WITH, DOCUMENT_TYPES, PLAN_TITLE_WORDS, STRIVE_WORDS } from '../../extractors/knowledge/index.ts';
import { alternatives } from '../../extractors/patterns.ts';

// "…, ngày 10 tháng 7 năm 2024" (the place-and-date line of an official text)
export const DATELINE = /(?:^|\n)[ \t]*([\p{Lu}][\p{L} .\-–]{1,40}?),\s{0,3}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/u;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The document's date: as loaded, else its "…, ngày … tháng … năm …" line. A date known to the month
 * only (a draft's or an e-signed copy's blank day: "2025-11") is read as the month's last day, the
 * latest the document can speak of.
 */
export function documentDate(doc: Document): string | null {
  const p = doc.meta.published;
  if (p && /^\d{4}-\d{2}-\d{2}/.test(p)) return p.slice(0, 10);
  if (p && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(p)) return lastDayOf(+p.slice(0, 4), +p.slice(5, 7));
  const m = DATELINE.exec(doc.text.slice(0, 6000));
  if (m) return `${m[4]}-${pad(+m[3])}-${pad(+m[2])}`;
  return null;
}

// "Chiều 6/6/2019, UBND huyện tổ chức Hội nghị …": a news story's lead names the day of its event
const LEAD_DATE = /(?:^|\n)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*[-–]?[ \t]*)?(?:sáng|chiều|tối|trưa|đêm)[ \t]+(?:ngày[ \t]+)?\d{1,2}[ \t]?[/.-][ \t]?\d{1,2}[ \t]?[/.-][ \t]?((?:19|20)\d{2})(?!\d)/iu;

/** The year of the event a news story opens on, for a text nothing else dates; null when it opens on none. */
export function leadYear(doc: Document): number | null {
  const m = LEAD_DATE.exec(doc.text.slice(0, 3000));
  return m ? +m[1] : null;
}

/** The document's title as loaded, else its first line. */
export function titleOf(doc: Document): string {
  return doc.meta.title ?? doc.text.slice(0, Math.max(0, doc.text.indexOf('\n'))).slice(0, 300);
}

const TYPE_LINE = new RegExp(`^\\s*(?:${alternatives(DOCUMENT_TYPES)})\\s*$`, 'iu');
/** The lines under an official document's type line ("BÁO CÁO"), in its first lines: its title, up to three short lines. */
function titleUnderType(doc: Document): string | null {
  const ps = doc.passages.slice(0, 15);
  const at = ps.findIndex((p) => p.end - p.start <= 20 && TYPE_LINE.test(doc.text.slice(p.start, p.end)));
  if (at < 0) return null;
  const lines: string[] = [];
  for (const p of ps.slice(at + 1, at + 4)) {
    if (p.end - p.start > 100) break; // a body paragraph ("Thực hiện … Công văn số … ngày 04/11/2025 …")
    lines.push(doc.text.slice(p.start, p.end));
  }
  return lines.length ? lines.join(' ') : null;
}

/**
 * The periods the title names, those in brackets last: "HĐND huyện khóa XI (nhiệm kỳ 2016-2021) … kết
 * quả năm 2020" reports on 2020; the council's term is an aside.
 */
export function periodsOfTitle(doc: Document, year: number | null): PeriodMention[] {
  let title = titleOf(doc);
  let all = findPeriods(title, 0, title.length, year);
  // an official report's first line is its issuer's: its title is under its type ("BÁO CÁO" / "Kết quả … năm 2024; …")
  if (!all.length) {
    title = titleUnderType(doc) ?? title;
    all = findPeriods(title, 0, title.length, year);
  }
  // "Kỳ họp thứ X, HĐND phường … khoá XXVI, nhiệm kỳ 2021-2026": the council's term says who met, not when the figures are
  all = all.filter((p) => !isCouncilTerm(title, p));
  const asides = bracketPairs(title, 0, title.length);
  if (!asides.length) return all;
  // periods and asides both go left to right
  const inside = new Set<PeriodMention>();
  for (let k = 0, a = 0; k < all.length; k++) {
    while (a < asides.length && asides[a][1] < all[k].end) a++;
    if (a < asides.length && asides[a][0] < all[k].start) inside.add(all[k]);
  }
  return inside.size ? [...all.filter((p) => !inside.has(p)), ...all.filter((p) => inside.has(p))] : all;
}

/** A council's numbered term right before a period: "khoá XXVI, ", "khóa XI (", "khóa XX, nhiệm kỳ ". */
const COUNCIL_TERM_BEFORE = /(?<![\p{L}])kh(?:óa|oá)[ \t]+[IVXLC\d]+[ \t]*[,(–-]?[ \t]*(?:\([ \t]*)?(?:nhiệm[ \t]+kỳ[ \t]*)?$/iu;

/** Whether period p of a title is a council's term ("HĐND huyện khoá XX, nhiệm kỳ 2021-2026"): who met, not when the figures are. */
const isCouncilTerm = (text: string, p: { start: number }) => COUNCIL_TERM_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start));

const SAME_PERIOD_OF = /cùng\s+kỳ\s+năm\s+((?:19|20)\d{2})(?![\d.,]\d)/giu;

/**
 * The year a document reports on when nothing dates it: "tăng 8% so với cùng kỳ năm 2023" compares
 * with the same period a year before, so the figures are of 2024. The year named most after
 * "cùng kỳ năm", plus one; null when none is named, or two are named equally often.
 */
export function yearAfterSamePeriod(doc: Document): number | null {
  const year = namedMost(doc.text.slice(0, 60000).matchAll(SAME_PERIOD_OF), (m) => m[1]);
  return year ? +year[1] + 1 : null;
}

/** The item whose key comes most often, if it comes more often than any other; null otherwise. */
function namedMost<T>(items: Iterable<T>, key: (item: T) => string): T | null {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = key(item);
    const c = counts.get(k);
    if (c) c.n++; else counts.set(k, { item, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked[0] && (!ranked[1] || ranked[0].n > ranked[1].n) ? ranked[0].item : null;
}

/**
 * The period of the whole document: its title's, else its first period heading's, else the period
 * its body names most (`common`: read from the body once, and only when asked; `fromBody` then).
 */
export function pickDocumentPeriod(doc: Document, title: PeriodMention[], year: number | null): DocumentPeriod {
  const common = once(() => commonPeriod(doc, year));
  if (title.length) return { period: title[0], common, fromBody: false, results: resultsBeforePlan(doc, title[0], common, year) };
  // the first heading that names a period ("… NHIỆM KỲ 2020 – 2025") frames the whole report
  if (FIRST_HEADING) {
    for (const p of doc.passages.slice(0, 40)) {
      if (!isHeading(doc, p)) continue;
      const ps = findPeriods(doc.text, p.start, p.end, year).filter((x) => !x.relative);
      if (ps.length) return { period: ps[0], common, fromBody: false, results: null };
    }
  }
  return { period: common(), common, fromBody: true, results: null };
}

/** The period of the whole document; `results`, when not null, that of its results (resultsBeforePlan). */
export interface DocumentPeriod { period: Period | null; common: () => Period | null; fromBody: boolean; results: Period | null }

// a title that names the plans or aims of its year: "… thống nhất mục tiêu, nhiệm vụ năm 2026", "… hướng tới tăng trưởng 2 con số năm 2026"
const PLANS_IN_TITLE = new RegExp(`(?<![\\p{L}])(?:${alternatives([...PLAN_TITLE_WORDS, ...STRIVE_WORDS, ...AIM_TITLE_WORDS])})(?![\\p{L}])`, 'iu');

/**
 * "HĐND xã … thông qua 23 chỉ tiêu phát triển năm 2026" over a body on the year before ("Năm 2025, … xã có 14 chỉ
 * tiêu đạt …"): a title setting the plans of year Y, whose body names the whole year Y-1 most, reports Y-1's
 * results; they are of Y-1 where nothing else dates them (the plans stay Y's). Null for any other title.
 */
function resultsBeforePlan(doc: Document, title: Period, common: () => Period | null, year: number | null): Period | null {
  const t = titleOf(doc);
  if (!isWholeYear(title) || !PLANS_IN_TITLE.test(t)) return null;
  const before = (p: Period | null) => p !== null && isWholeYear(p) && yearOf(p.to) === yearOf(title.to)! - 1;
  const body = common();
  if (before(body)) return body;
  // or the body opens on it ("… đánh giá kết quả … năm 2025 và quyết nghị … năm 2026"): the title, the day of the
  // meeting, a council's term, a year compared with and the title's year named as the plans' passed over
  const titleEnd = doc.text.startsWith(t) ? t.length : 0;
  const opening = openingYear(doc, year, (p) => p.start < titleEnd || (p.from !== null && p.from === p.to) || isCouncilTerm(doc.text, p)
    || COMPARED_BEFORE.test(doc.text.slice(Math.max(0, p.start - 16), p.start))
    || (p.from === title.from && p.to === title.to && PLAN_BEFORE_YEAR.test(doc.text.slice(Math.max(0, p.start - 80), p.start))));
  return before(opening) ? opening : null;
}
/** The plans' words before their year, in its clause: "giao chỉ tiêu phát triển kinh tế - xã hội năm 2026". */
const PLAN_BEFORE_YEAR = new RegExp(`(?<![\\p{L}])(?:${alternatives(PLAN_TITLE_WORDS)})(?![\\p{L}])[^.;:]{0,60}$`, 'iu');
/** What a year compared with stands after: "so với cùng kỳ năm 2024", "so với năm 2024". */
const COMPARED_BEFORE = new RegExp(`(?:cùng[ \\t]+kỳ[ \\t]+|(?<![\\p{L}])${COMPARED_WITH})$`, 'iu');

/**
 * The period the body names most, if one is named more often than any other; else the year the
 * opening paragraph frames ("Xác định năm 2022 là năm có ý nghĩa quan trọng …, kế hoạch 5 năm
 * 2021-2025": each named once, the article is about 2022).
 */
function commonPeriod(doc: Document, year: number | null): Period | null {
  // read passage by passage (a period does not run across a line break): each is read by only the
  // rules its words can start, where the first 60,000 characters as one span were read by every rule
  const named = (absolute: boolean) => {
    const end = Math.min(doc.text.length, COMMON_REACH), out: PeriodMention[] = [];
    for (const p of doc.passages) {
      if (p.start >= end) break;
      for (const x of findPeriods(doc.text, p.start, Math.min(p.end, end), year, absolute)) if (!x.unknown && (absolute || (x.from && x.to))) out.push(x);
    }
    return out;
  };
  // "3 tháng đầu năm, toàn tỉnh đón …" in a story dated 2025 with no year written: the span its body names
  // most, read in the date's year, when the years written settle nothing (the relative rules run only then)
  const absolute = named(true);
  return namedMost(absolute, key) ?? spanOverItsLastMonth(absolute) ?? (year !== null ? namedMost(named(false), key) : null) ?? openingYear(doc, year);
}

/**
 * "tính chung 5 tháng đầu năm 2023 …", "riêng tháng 5/2023 …", each named once: a monthly release, whose span from
 * January is what the figures it leaves undated report (the month's are dated where they stand). Null otherwise.
 */
function spanOverItsLastMonth(named: PeriodMention[]): Period | null {
  const distinct = [...new Map(named.map((p) => [key(p), p])).values()];
  if (distinct.length !== 2) return null;
  const [a, b] = distinct;
  const fromJanuary = (p: Period, month: Period) => p.from === `${month.to!.slice(0, 4)}-01-01` && p.to === month.to && !isOneMonth(p);
  if (isOneMonth(b) && fromJanuary(a, b)) return a;
  if (isOneMonth(a) && fromJanuary(b, a)) return b;
  return null;
}
const key = (p: PeriodMention) => `${p.from}|${p.to}`;

/** How far into the text the body's periods are counted. */
const COMMON_REACH = 60000;

/**
 * The first period named in the opening paragraphs (a title line comes first), when it is a whole year; periods
 * `passed` over are not counted.
 */
function openingYear(doc: Document, year: number | null, passed: (p: PeriodMention) => boolean = () => false): Period | null {
  for (const p of doc.passages.filter((x) => x.role === 'body').slice(0, 3)) {
    const first = findPeriods(doc.text, p.start, p.end, year, true).find((x) => !passed(x));
    if (first) return isWholeYear(first) ? first : null;
  }
  return null;
}

const FIRST_HEADING = true;

/**
 * A heading, or a short numbered line that reads as one ("1. Kết quả … (Ước thực hiện đến hết năm 2024)."),
 * or (given its index `i`) a short line with no closing mark and no figure but years, right above a list
 * ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)" over "- Về kinh tế: …").
 */
function isHeading(doc: Document, p: { role: string; start: number; end: number }, i?: number): boolean {
  if (p.role === 'heading') return true;
  if (p.role !== 'body' || p.end - p.start > 140) return false;
  const line = doc.text.slice(p.start, p.end);
  if (headingDepth(line) > 0) return !/\d[\d.,]*\s*%/.test(line);
  return i !== undefined && !/[.!?;:,…]\s*$/u.test(line) && !/\d/.test(line.replace(/(?:19|20)\d\d/g, '')) && listFollows(doc, i);
}

/**
 * For each passage, the period of the nearest heading above it that names one, within its section:
 * under "PHƯƠNG HƯỚNG … NHIỆM KỲ V (2025-2030)", a "1. Công tác xây dựng tổ chức:" names no period and
 * the part's goes on; a heading at the same depth or above, naming none, ends it.
 */
export function headingPeriods(doc: Document, year: number | null): Map<number, Period> {
  const out = new Map<number, Period>();
  const open: { depth: number; period: Period | null }[] = []; // the sections the passage is in, outermost first
  doc.passages.forEach((p, i) => {
    if (isHeading(doc, p, i)) {
      const depth = headingDepth(doc.text.slice(p.start, Math.min(p.end, p.start + 8)));
      while (open.length && open[open.length - 1].depth >= depth) open.pop();
      open.push({ depth, period: findPeriods(doc.text, p.start, p.end, year)[0] ?? null });
    }
    for (let k = open.length - 1; k >= 0; k--) {
      const period = open[k].period;
      if (period) { out.set(i, period); break; }
    }
  });
  return out;
}
