// The period a match speaks of: one in its table header; one in or around it in its sentence (read with the sentence's own
// year); the last its paragraph named; its heading's; the document's. "đến nay" and the results of an unfinished term are settled against the document's date.
import type { Document, Match } from '../document.ts';
import { headingPeriods } from './document-time.ts';
import type { Period, PeriodMention } from './period.ts';
import { findPeriods, isOneMonth, isWholeYear, spansYears, wholeYear, yearOf } from './period.ts';
import { countBefore } from '../../extractors/statement.ts';
import { yearOf as yearOfColumn } from '../../extractors/table/columns.ts';
import { earlierInPassage, sentenceAt } from './sentences.ts';
import { LIST_MARKER_AHEAD } from '../stages/segment.ts';
import { PLAN_WORDS } from '../../extractors/knowledge/index.ts';
import { alternatives } from '../../extractors/patterns.ts';
const CARRY_PERIOD = true; // the paragraph's period carries to its later sentences (measured: better on both gold sets)
// "(3) GRDP bình quân/người: từ 8.300 đến 8.500 USD": a numbered item of a list stands on its own; the
// period an earlier item names ("(2) Cơ cấu kinh tế năm 2025: …") is that item's, not the list's
const opensItem = (text: string, at: number) => text.charCodeAt(at) === 40 && LIST_MARKER_AHEAD.test(text.slice(at, at + 8));

// "3,21% của quý I/2020", "5% trong năm 2023", "đạt 70% năm 2025, 85% năm 2030": a period joined to the figure is the figure's own
const JOINED_AFTER = /^[ \t]{1,2}(?:(?:của|trong|vào)[ \t]{1,2})?$/u, ITEM_CLOSED = /^[ \t]*(?:,[ \t]*)?và[ \t]+[\d.,]+[ \t]*%?$/u;
// … but right after a multiple or a share "bằng" one, the period is its base: "bằng 1,35 lần năm 2020", "bằng 105% năm 2022"
const COMPARED_FIGURE = /(?<![\p{L}])(?:bằng|gấp)[ \t]+\S+(?:[ \t]+\S+)?$|lần$/iu;
// a count of things (not a year, not a share): "2 xã", "15 trường"
const COUNT_BETWEEN = /(?<![\d.,/])\d{1,3}[ \t]+\p{Ll}/u;
// ", lũy kế 8 tháng", ", luỹ kế từ đầu năm": a running total opening a clause of its own
const CUMULATIVE_OPENS = /,[ \t]*(?:lũy|luỹ)[ \t]+kế[ \t]*$/iu;
// what opens a paragraph that breaks down the one before: "Trong đó, …", "Cụ thể: …"
// ("Chia theo loại hình kinh tế, khu vực kinh tế Nhà nước đạt …": a statistics release's breakdown of the figure before)
const BREAKDOWN_OPENING = /^\s*(?:trong\s+đó|cụ\s+thể|chia\s+theo|phân\s+theo)(?![\p{L}])/iu;
const SINGLED_OUT = /(?<![\p{L}])riêng[ \t]+$/iu;
// "vào năm 2018": the date an event happened
const EVENT_DATE_LEAD = /(?<![\p{L}])vào[ \t]{1,2}$/iu;
// "phương hướng nhiệm vụ năm 2018": the period of the direction set, after a period of results
const DIRECTION_BEFORE = /phương[ \t]+hướng[^.;:]{0,30}$/iu;
// "vượt kế hoạch năm 2024", "bằng 60% dự toán năm 2024": a period right after a plan's word is the plan's
// ("kế hoạch vốn năm 2022", "dự toán thu ngân sách năm 2024": a plan's own words between)
const PLAN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(PLAN_WORDS)})(?:[ \\t]{1,2}\\p{Ll}+){0,3}[ \\t]{1,2}$`, 'iu');
// "tăng bình quân 11,8%/năm", "giảm hằng năm 3%": a yearly average, which runs over a span ("thu nhập bình quân đầu người", an
// average per head, is a level at a time)
const YEARLY = /(?<![\p{L}])(?:hằng|hàng|mỗi)[ \t]+năm(?![\p{L}])|(?<![\p{L}])(?:tăng|giảm)[ \t]+(?:bình[ \t]+quân|trung[ \t]+bình)(?![\p{L}])|%[ \t]*\/[ \t]*năm(?![\p{L}])/iu;
const RATE_OF_CHANGE = /(?<![\p{L}])tốc[ \t]+độ(?![\p{L}])/iu;
/** Whether a figure is a flow over a span (a yearly average, a rate of change, an amount per year), not a level at its end. */
const runsOverSpan = (quote: string, unit: string | null) => YEARLY.test(quote) || RATE_OF_CHANGE.test(quote) || /\/năm$/u.test(unit ?? '');
// "đạt 50,54% kế hoạch năm": a share of the year's plan (no year written)
const ANNUAL_PLAN = new RegExp(`(?<![\\p{L}])(?:${alternatives(PLAN_WORDS)})[ \\t]{1,2}năm(?![ \\t]*\\d)(?![\\p{L}])`, 'iu');
const namesPlan = (text: string, p: PeriodMention) => PLAN_BEFORE.test(text.slice(Math.max(0, p.start - 48), p.start));
// "tăng 27,73% so với đầu năm", "tăng 10,74% so với cuối năm 2021": a change since the start of the year
const SINCE_YEAR_START = /so\s+(?:với\s+)?(?:đầu\s+năm(?:\s+(\d{4}))?|cuối\s+năm\s+(?:trước|(\d{4})))(?![\p{L}\d])/iu;
/** The first day of the year of `to`, when match m is a change since that day (in its quote or right after it). */
function sinceYearStart(text: string, m: Match, to: string): string | null {
  const after = text.slice(m.end, m.end + 30);
  const since = SINCE_YEAR_START.exec(text.slice(m.start, m.end)) ?? (/^[^\d.;]{0,8}so\s/iu.test(after) ? SINCE_YEAR_START.exec(after) : null);
  const year = +to.slice(0, 4);
  if (!since || (since[1] && +since[1] !== year) || (since[2] && +since[2] + 1 !== year)) return null;
  return `${year}-01-01`;
}
/** "Năm 2023 | là năm đầu …": a year the sentence says is one of a span's years. */
const YEAR_IS_A_YEAR_OF = /^\s*(?:cũng\s+)?là\s+năm(?![\p{L}])/iu;
/** A part of a period, not all of it: "7 tháng đầu năm 2024" of "năm 2024". */
const isPartOf = (part: Period, whole: Period) => part.from !== null && part.to !== null && whole.from !== null && whole.to !== null
  && part.from >= whole.from && part.to <= whole.to && (part.from > whole.from || part.to < whole.to);
// "hiện là 5 trường", "đến nay 120 xã": a period right before a figure is that figure's own
const ownsNextFigure = (text: string, p: PeriodMention) => /^[ \t]{1,2}\d/.test(text.slice(p.end, p.end + 3));
const ASIDE_REACH = 400;
const ASIDE_WINDOW = 120; // how far after a period the words of its aside are read
/** "cùng kỳ" right before a year: the document's span of that year. */
const SAME_PERIOD_BEFORE = /(?<![\p{L}])cùng[ \t]+kỳ[ \t]+$/iu;
/** How far before a bracket its period is read ("cao hơn mức tăng của quý II (…)"). */
const BRACKET_LEAD = 30;
/** How many asides' periods the look back from a figure passes before it gives up (a long run of asides costs no walk to the sentence's start). */
const ASIDES_PASSED = 8;
/**
 * "tăng 1,8% (quý III ước đạt 20,0 nghìn tấn, tăng 3,5%)": a period in brackets with a figure of its own
 * after it is that aside's, not a figure's outside them. `from`..`to` runs between the period and the
 * figure outside: the brackets open there (the figure comes first) or close there (the aside comes first).
 */
function inOwnAside(text: string, p: PeriodMention, from: number, to: number): boolean {
  if (to - from > ASIDE_REACH) return false; // an aside is short: far apart, the two are in no one aside (and no scan grows with the text)
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) break; // the period's brackets close before the figure
  }
  // before the figure, the period's brackets must close ("(quý III …) …"); after it, open ("… (quý III …")
  if (p.end <= from ? depth >= 0 : depth <= 0) return false;
  // the aside's words after the period, up to its closing bracket (or the whole bounded window without one)
  return /\d/.test(asideAfter(text, p.end) ?? text.slice(p.end, p.end + ASIDE_WINDOW));
}

/** The words from `at` up to the closing bracket, looked for within ASIDE_WINDOW (no scan to the text's end); null without one. */
function asideAfter(text: string, at: number): string | null {
  const window = text.slice(at, at + ASIDE_WINDOW);
  const close = window.indexOf(')');
  return close < 0 ? null : window.slice(0, close);
}

/** Whether p stands in brackets opened within its sentence (from `from`) that hold a figure after it. */
function inAsideWithFigure(text: string, from: number, p: PeriodMention): boolean {
  const reach = Math.max(from, p.start - ASIDE_REACH); // an aside is short: no look back to the sentence's start
  const before = text.slice(reach, p.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  const aside = asideAfter(text, p.end);
  return aside !== null && /\d/.test(aside);
}

/** What the document as a whole says of time. */
export interface DocumentTime {
  /** the document's date */
  date: string | null;
  /** the period of the whole document, and the one its body names most (read when first asked) */
  period: Period | null;
  common: () => Period | null;
  /** the period of its results, when not the document's (a title on the plans of the year after them) */
  results: Period | null;
  /** the year periods without one are read in */
  year: number | null;
}

// "3 năm liền (2017-2019)", "5 năm liên tiếp (2016 - 2020)": the years of a run, in brackets, date their own clause only
const RUN_OF_YEARS_BEFORE = /(?<![\p{L}])\d{1,2}\s+năm\s+(?:liền|liên\s+tiếp|liên\s+tục)\s*\(\s*$/iu;
const ofARun = (text: string, p: PeriodMention) => spansYears(p) && RUN_OF_YEARS_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start));

/** How far into the lead its month may stand ("Tháng 11/2022, …", "Trong tháng 11/2022, …"). */
const LEAD_MONTH_REACH = 20;

/** The periods of one document's matches; each sentence's periods are found once per year. */
export class MatchPeriods {
  private readonly doc: Document;
  private readonly time: DocumentTime;
  private readonly periods = new Map<number, PeriodMention[]>();
  private readonly otherYears = new Map<string, PeriodMention[]>();
  private readonly memo = new Map<number, PeriodMention | null>();
  private readonly headings: Map<number, Period>;
  /** the periods of each table header (a table's cells share one) */
  private readonly headers = new Map<string, PeriodMention[]>();
  /** the term the document is on, when its period spans years: "nhiệm kỳ qua" is the one before */
  private readonly term: Period | null;

  constructor(doc: Document, time: DocumentTime) {
    this.doc = doc;
    this.time = time;
    this.headings = headingPeriods(doc, time.year);
    this.term = spansYears(time.period) ? time.period : null;
  }

  /** The periods of sentence i, read in year y (the document's year, or the one the sentence names). */
  private periodsOf(i: number, y: number | null): PeriodMention[] {
    // read in the document's year: keyed by the sentence alone (no key string made)
    const own = y === this.time.year;
    let p = own ? this.periods.get(i) : this.otherYears.get(`${i}|${y}`);
    if (!p) {
      const s = this.doc.sentences[i];
      p = findPeriods(this.doc.text, s.start, s.end, y, false, false, this.term);
      if (own) this.periods.set(i, p); else this.otherYears.set(`${i}|${y}`, p);
    }
    return p;
  }

  /** The period of match m in sentence si (-1: outside every sentence). */
  periodFor(m: Match, si: number): Period | null {
    const { doc, time } = this;
    // a result on a page whose title sets the plans of the year after it is read in its own year ("Trong năm, …")
    const own = this.periodOfDocument(m);
    const year = own !== time.period ? yearOf(own!.to) : time.year;
    const header = m.header ? this.headerPeriods(m.header) : [];
    if (header.length) return this.settle(header[0], m, year);
    if (si >= 0) {
      const local = this.periodsOf(si, year);
      // "Trong tháng 9, … tăng 25,3% (năm 2017 đạt 90,4%)": an aside's year, with its own figure, is not the sentence's
      const named = local.find((p) => !p.relative && p.to !== null && !inAsideWithFigure(doc.text, doc.sentences[si].start, p));
      const sentenceYear = yearOf(named?.to ?? null) ?? year;
      const bracketed = this.periodBeforeBrackets(m, sentenceYear);
      if (bracketed) return this.settle(bracketed, m, sentenceYear);
      const pick = this.periodAround(this.periodsOf(si, sentenceYear), m);
      const carries = CARRY_PERIOD && !opensItem(doc.text, doc.sentences[si].start);
      if (pick) {
        // "Trong 7 tháng năm 2024, …. Trong đó, có 06 huyện đã hoàn thành vượt kế hoạch năm 2024, gồm: …": a result
        // measured against its year's plan is of the part of that year named before, not of the plan's whole year
        // ("Đến ngày 20/9/2022, kế hoạch vốn năm 2022 đã giải ngân …": from the year's start to that day)
        const plan = m.fields.kind !== 'target' && namesPlan(doc.text, pick);
        const part = plan ? partBefore(this.periodsOf(si, sentenceYear), pick) ?? (carries ? this.carried(si, m) : null) : null;
        return part && isPartOf(part, pick) ? this.settle(part, m, year) : this.settle(pick, m, sentenceYear);
      }
      const carried = carries ? this.carried(si, m) : null;
      if (carried) return this.settle(carried, m, year);
      const h = this.headings.get(doc.sentences[si].passage);
      if (h) return this.settle(h, m, year);
    }
    if (!time.period) return time.date && m.fields.kind !== 'target' ? { from: null, to: time.date } : null;
    // "GRDP bình quân đầu người trên 110 triệu đồng" among the targets of a page on the term 2020 - 2025: a level the
    // term is to reach, at its end; a flow over it ("bình quân hằng năm", "tốc độ tăng trưởng", "20 nghìn lao động/năm")
    // runs over the span
    if (m.fields.kind === 'target' && spansYears(time.period) && !runsOverSpan(doc.text.slice(m.start, m.end), m.fields.unit)) return { from: null, to: time.period.to };
    return this.settle(own!, m, year);
  }

  /** The document's period for match m: its results' when the title sets the plans of the year after them (DocumentTime.results). */
  private periodOfDocument(m: Match): Period | null {
    return m.fields.kind !== 'target' && this.time.results ? this.time.results : this.time.period;
  }

  /**
   * "cao hơn mức tăng của quý II (2,09%)", "so với năm 2019 (81.000 lượt)": a figure alone in brackets right
   * after a period is that period's, the period compared with included (read on the words before the bracket only).
   */
  private periodBeforeBrackets(m: Match, y: number | null): PeriodMention | null {
    const text = this.doc.text;
    const lead = text.slice(Math.max(0, m.start - 3), m.start); // the bracket is right before the figure: no look further back
    const k = lead.lastIndexOf('(');
    if (k < 0 || lead.slice(k + 1).trim() || !/^[^()]{0,3}\)/.test(text.slice(m.end, m.end + 4))) return null;
    const open = m.start - lead.length + k;
    const from = Math.max(0, open - BRACKET_LEAD);
    const before = findPeriods(text, from, open, y, false, true);
    const last = before[before.length - 1];
    if (!last || text.slice(last.end, open).trim()) return null;
    // "cao hơn cùng kỳ năm 2023 (5,12%)" in a report on 6 months of 2024: those months of 2023
    const own = this.time.period;
    const compared = yearOf(last.to);
    if (SAME_PERIOD_BEFORE.test(text.slice(Math.max(0, last.start - 12), last.start)) && own?.from && own.to && compared !== null && isWholeYear(last)
      && yearOf(own.from) === yearOf(own.to) && !isWholeYear(own)) {
      return { ...last, from: `${compared}${own.from.slice(4)}`, to: `${compared}${own.to.slice(4)}` };
    }
    return last;
  }

  /** The period the sentences before match m's (in its paragraph, or the one a breakdown opens on) carry to it. */
  private carried(si: number, m: Match): PeriodMention | null {
    const { doc, time } = this;
    const result = m.fields.kind !== 'target';
    // "Tính đến ngày 20/7, … 10.760 căn nhà …. Trong đó xây mới 7.475 căn": a breakdown right after a sentence
    // dated up to a day goes on to that day (which carries to no other sentence), or up to now ("hiện nay")
    const s = doc.sentences[si];
    if (si > 0 && doc.sentences[si - 1].passage === s.passage && BREAKDOWN_OPENING.test(doc.text.slice(s.start, s.start + 12))) {
      const until = this.periodsOf(si - 1, time.year).filter((p) => p.until && p.from === null && (p.to !== null || p.relative));
      if (until.length) return until[until.length - 1];
    }
    const look = (j: number) => {
      // "đến năm 2025" bounds its own clause, not the sentences after it, nor does "đến nay"; a span
      // without its year ("6 tháng đầu năm") carries, read in the document's year; "… kết quả năm 2017,
      // phương hướng nhiệm vụ năm 2018": the plan's period carries to no result
      // "… tăng 1,8% (quý III ước đạt 20,0 nghìn tấn, …)." : an aside's period, with its own figure, carries to nothing after it
      const ps = this.periodsOf(j, time.year).filter((p) => (!p.relative || (p.from !== null && p.to !== null)) && !p.until && !ofARun(doc.text, p)
        && !(result && DIRECTION_BEFORE.test(doc.text.slice(Math.max(0, p.start - 40), p.start)))
        && !inOwnAside(doc.text, p, p.end, doc.sentences[j].end));
      let last = ps.length ? ps[ps.length - 1] : null;
      // "Năm 2023 là năm đầu thực hiện Nghị quyết … nhiệm kỳ 2022-2027, …": the year the sentence is about, the term only its frame
      const framed = last && spansYears(last) ? ps.slice(0, -1).reverse().find((p) => isPartOf(p, last!) && YEAR_IS_A_YEAR_OF.test(doc.text.slice(p.end, p.end + 12))) : undefined;
      if (framed) last = framed;
      // "Đến ngày 20/9/2022, kế hoạch vốn năm 2022 đã giải ngân …": the part of the plan's year the sentence ran to
      return last && result && namesPlan(doc.text, last) ? partBefore(this.periodsOf(j, time.year), last) ?? last : last;
    };
    return earlierInPassage(doc.sentences, this.memo, si, look) ?? this.beforeBreakdown(si, look);
  }

  /** "Trong đó, công nghiệp khai khoáng ước đạt …": a paragraph opening a breakdown goes on in the period of the one before. */
  private beforeBreakdown(si: number, look: (j: number) => PeriodMention | null): PeriodMention | null {
    const { sentences, passages, text } = this.doc;
    const from = passages[sentences[si].passage].start;
    const before = sentenceAt(sentences, from - 1);
    // "Năm 2022 …, nổi bật như:" then a paragraph of results: a paragraph after one that opens a list goes on in its period
    if (before < 0 || !(BREAKDOWN_OPENING.test(text.slice(from, from + 12)) || text.slice(sentences[before].start, sentences[before].end).trimEnd().endsWith(':'))) return null;
    // "Riêng tháng 4, …" singles a part out in its own paragraph: the breakdown after it is of the whole before it
    const whole = (j: number) => { const p = look(j); return p && SINGLED_OUT.test(text.slice(Math.max(0, p.start - 8), p.start)) ? null : p; };
    return whole(before) ?? earlierInPassage(sentences, new Map(), before, whole);
  }

  private headerPeriods(header: string): PeriodMention[] {
    let p = this.headers.get(header);
    if (!p) {
      p = findPeriods(header, 0, header.length, this.time.year);
      // "Kế hoạch 2021", "TH 2023": a column's bare year is the year of its figures
      const y = p.length ? null : yearOfColumn(header);
      if (y !== null) p = [{ ...wholeYear(y), until: false, relative: false, start: 0, end: header.length }];
      this.headers.set(header, p);
    }
    return p;
  }

  /**
   * The period a match is in: one inside it, else one joined right after it ("tăng 3,21% của quý
   * I/2020"), else the nearest before it, else one right after it in its clause.
   */
  private periodAround(all: PeriodMention[], m: Match): PeriodMention | undefined {
    const from = countBefore(all, m.start); // periods starting before the match
    const next = all[countBefore(all, m.end)];
    const joint = next && next.start - m.end <= 8 ? this.doc.text.slice(m.end, next.start) : null;
    const joined = joint !== null && JOINED_AFTER.test(joint) && (joint.trim() !== '' || !COMPARED_FIGURE.test(this.doc.text.slice(Math.max(m.start, m.end - 30), m.end)));
    // one inside it, unless it closes the item before the figure, whose own is joined after it ("… vào năm 2025 và 90% vào năm 2030")
    for (let k = from; k < all.length && all[k].start < m.end; k++) if (all[k].end <= m.end && !inOwnAside(this.doc.text, all[k], all[k].end, m.end)) return joined && ITEM_CLOSED.test(this.doc.text.slice(all[k].end, m.end)) ? next : all[k];
    if (joined) return next;
    // the nearest before it, unless one an earlier item owns ("đạt chuẩn … vào năm 2018; …")
    for (let k = from - 1, passed = 0; k >= 0 && passed <= ASIDES_PASSED; k--) {
      const p = all[k];
      if (this.isOwnedByEarlierItem(p, m)) continue;
      if (inOwnAside(this.doc.text, p, p.end, m.start)) { passed++; continue; }
      // "Trong 6 tháng đầu năm, …, đến nay tổng nguồn vốn … đạt 7.953 tỷ đồng": "đến nay" inside a span its sentence opened on,
      // one the document's date falls in, is that span ("Năm 2021, … đến nay" in a report of 2024 is not)
      const date = this.time.date;
      if (p.from === null && p.to === null && p.until && date) return all.slice(0, k).find((x) => x.from !== null && x.to !== null && !x.until && x.from <= date && date <= x.to) ?? p;
      return p;
    }
    if (!next) return undefined;
    if (inOwnAside(this.doc.text, next, m.end, next.start)) return undefined;
    // no ';' or '.' between the match and it: in the match's clause; "… hiện là 5 trường": a period right before another figure is that figure's
    const text = this.doc.text;
    if (ownsNextFigure(text, next)) return undefined;
    for (let k = m.end; k < next.start; k++) if (text.charCodeAt(k) === 59 || text.charCodeAt(k) === 46) return undefined;
    // nor past another count: "tại 3 xã …, tiếp tục … tại 2 xã giai đoạn 1 (2011-2015)" dates the 2 xã
    if (COUNT_BETWEEN.test(text.slice(m.end, next.start))) return undefined;
    // "trồng được 681 ha, lũy kế từ đầu năm …": a running total's period opens the next clause
    if (CUMULATIVE_OPENS.test(text.slice(m.end, next.start))) return undefined;
    return next;
  }

  /**
   * "xã đạt chuẩn Nông thôn mới vào năm 2018 (…); tỷ lệ hộ nghèo giảm …", "… hiện là 5 trường; tỷ lệ bao
   * phủ …": a date after "vào" is when its own item happened, a period right before a figure is that
   * figure's; past a ';' neither says anything of the next item.
   */
  private isOwnedByEarlierItem(p: PeriodMention, m: Match): boolean {
    const text = this.doc.text;
    return (EVENT_DATE_LEAD.test(text.slice(Math.max(0, p.start - 6), p.start)) || ownsNextFigure(text, p)) && text.slice(p.end, m.start).includes(';');
  }

  /**
   * "Now" for "đến nay": the document's date; on an undated page whose lead opens on one month ("Tháng 11/2022, Ban
   * Quản lý … đã cấp mới …"), a monthly report, that month's end. Null when neither is known.
   */
  private leadMonth: string | null | undefined;
  private now(): string | null {
    if (this.time.date) return this.time.date;
    if (this.leadMonth === undefined) {
      this.leadMonth = null;
      // the first opening passages that name a period (a title naming none comes before the lead)
      for (const p of this.doc.passages.slice(0, 4)) {
        const first = p.role === 'body' ? findPeriods(this.doc.text, p.start, p.end, this.time.year, true)[0] : undefined;
        if (!first) continue;
        if (first.start - p.start <= LEAD_MONTH_REACH && isOneMonth(first)) this.leadMonth = first.to;
        break;
      }
    }
    return this.leadMonth;
  }

  /** "đến nay" ends at the document's date; a result cannot reach past it within an unfinished term. */
  private settle(p: Period & { until?: boolean; unknown?: boolean }, m: Match, y: number | null): Period {
    const { date, common } = this.time;
    const docPeriod = this.periodOfDocument(m);
    if (p.unknown) return { from: null, to: null };
    // "Tính đến tháng 5/2025, … đạt 50,54% kế hoạch năm": a share of the year's plan runs from that year's start
    if (p.until && p.from === null && p.to !== null && m.fields.kind === 'progress' && ANNUAL_PLAN.test(this.doc.text.slice(m.start, m.end))) {
      return { from: `${p.to.slice(0, 4)}-01-01`, to: p.to };
    }
    // "Kim ngạch xuất khẩu tăng bình quân 11,8%/năm" under "Phấn đấu đến năm 2025" in a plan for 2021 - 2025: a yearly
    // average runs over the span the document is on, when that span ends where the sentence does
    if (p.until && p.from === null && p.to !== null && spansYears(docPeriod) && docPeriod!.to === p.to && YEARLY.test(this.doc.text.slice(m.start, m.end))) {
      return { from: docPeriod!.from, to: p.to };
    }
    // "từ ngày 01/3/2025 đến nay", "từ năm 2021 đến nay": from its day up to the document's date; in a report on a
    // term, up to where its "đến nay" runs (the report's year)
    if (p.to === null && p.from !== null) return { from: p.from, to: this.now() ?? (spansYears(docPeriod) ? this.settle({ from: null, to: null }, m, y).to : docPeriod?.to ?? null) };
    // "đến nay": the period the document reports on, else up to its date
    if (p.to === null && p.from === null) {
      if (spansYears(docPeriod)) {
        // "Đến nay, …" in a page of 29/10/2019 on 2010-2019: now is the page's date, the span not yet over
        if (date && docPeriod!.from! <= date && date < docPeriod!.to!) return { from: null, to: date };
        // "Đến nay, …" in a page of 2020 whose body names "giai đoạn 2021-2025" most: a span begun after the page is a plan it speaks of
        const pageYear = yearOf(date) ?? yearOf(this.doc.meta.published);
        if (pageYear !== null && yearOf(docPeriod!.from)! > pageYear) return { from: null, to: date ?? `${pageYear}-12-31` };
        return this.settle(docPeriod!, m, y);
      }
      return { from: null, to: this.now() ?? docPeriod?.to ?? (y !== null ? `${y}-12-31` : null) };
    }
    // results of an unfinished term or stage ("nhiệm kỳ 2020-2025" in a 2023 report) run up to the report
    if (m.fields.kind !== 'target' && p.to && p.from && yearOf(p.to)! - yearOf(p.from)! >= 1) {
      const single = (x: Period | null) => (x?.from && x.to && yearOf(x.from) === yearOf(x.to) ? x : undefined);
      const asOf = date ?? (single(docPeriod) ?? single(common()))?.to ?? null;
      if (asOf && yearOf(asOf)! < yearOf(p.to)!) return { from: null, to: asOf };
    }
    if (p.from === null && p.to !== null) return { from: sinceYearStart(this.doc.text, m, p.to), to: p.to };
    return p.cutoff ? { from: p.from, to: p.to, cutoff: true } : { from: p.from, to: p.to };
  }
}

/**
 * The part of a plan's period that a sentence names before the plan: a span inside it ("7 tháng đầu năm
 * 2024"), or a day inside it that a running total reaches ("Đến ngày 20/9/2022", read from the plan's start).
 */
function partBefore(periods: PeriodMention[], plan: PeriodMention): PeriodMention | null {
  for (let k = countBefore(periods, plan.start) - 1; k >= 0; k--) {
    const p = periods[k];
    if (p.end > plan.start) continue;
    if (isPartOf(p, plan)) return p;
    if (p.until && p.from === null && p.to !== null && plan.from !== null && plan.to !== null && plan.from <= p.to && p.to < plan.to) {
      return { ...p, from: plan.from, until: false };
    }
  }
  return null;
}
