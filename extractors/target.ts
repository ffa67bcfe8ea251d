// `target`: a target level stated on its own — "Phấn đấu đến năm 2025, thu NSNN trên địa bàn đạt
// 185 tỷ đồng", "nâng tỷ lệ che phủ rừng lên 28,3% vào năm 2025", "mục tiêu NQĐH là dưới 01%", and
// every item of a goals list ("các mục tiêu cụ thể năm 2023 đó là: ... khoảng 9,0%. ..."). Where
// target talk starts is decided per sentence by the extract stage (`view.targetFrom`); here the
// levels after that point become targets.
//
// Target talk is decided by time as well as by wording: a document whose title names the targets
// of a period that has not yet passed ("Các chỉ tiêu chủ yếu đến năm 2025" dated 2020, "Nghị quyết
// … về nhiệm vụ … năm 2012") speaks of targets throughout, written as results or not ("Tổng thu
// ngân sách đạt 53.152 triệu đồng"), except where a passage speaks of an earlier period
// ("Trong năm 2019, … đạt 1.400 tỷ đồng").
import { headingDepth, issuesPlan, MAY_MARK_PAST, opensPlan, PAST_MARKER, periodOf, plannedPart, RESULT_HEADING, setsOutPlan, YEAR_MENTION } from './language.ts';
import { COMPARED_WITH, COMPARISON_BASE, PLAN_WORDS, WIDTH } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import type { Span } from './statement.ts';
import type { Extractor } from './types.ts';

/** What planScope reads of a document: its text, date, title and passages (pipeline/document.ts's Document is one). */
export interface PlanDocument {
  text: string;
  meta: { published: string | null; title: string | null };
  passages: readonly (Span & { role: string })[];
}
/** A sentence of such a document, with the index of its passage. */
export interface PlanSentence extends Span { passage: number }
import { levelStatements } from './value.ts';

export const targetExtractor: Extractor = {
  name: 'target',
  extract: (view) => levelStatements(view, 'target'),
};

/**
 * The year of the date the loader read for a document (its metadata, a dateline, a stamp line), or null.
 * A date known to its year alone ("2022") says when the figures are, not whether "năm 2022" was still ahead
 * when it was written: it is left out here (the context stage reads it).
 */
export function publishedYear(doc: { meta: { published: string | null } }): number | null {
  const m = /^(\d{4})-/.exec(doc.meta.published ?? '');
  return m ? Number(m[1]) : null;
}

/** The year a document was written: its date, else the first date printed in its opening lines. */
export function documentYear(doc: PlanDocument): number | null {
  const published = publishedYear(doc);
  if (published !== null) return published;
  // "Hôm nay, Thứ hai ngày 10/08/2020": a portal header's date of reading dates nothing
  const head = doc.text.slice(0, WIDTH.head).replace(/^[ \t]*hôm[ \t]+nay(?![\p{L}]).*$/gimu, '');
  const date = /(?<!\d)\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*((?:19|20)\d\d)(?!\d)|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d\d)/iu.exec(head);
  return date ? Number(date[1] ?? date[2]) : null;
}

/** The first `n` body passages below the title (among the page's first eight passages), each cut at WIDTH.head characters. */
function openingPassages(doc: PlanDocument, title: string | null, n: number): string[] {
  const out: string[] = [];
  for (const p of doc.passages.slice(0, 8)) {
    if (out.length === n) break;
    if (p.role === 'body' && !title?.startsWith(doc.text.slice(p.start, p.end).trim())) out.push(doc.text.slice(p.start, Math.min(p.end, p.start + WIDTH.head)));
  }
  return out;
}

/** The first sentence of the first paragraph of the body below its title, or null. */
function leadSentence(doc: PlanDocument, title: string): string | null {
  const lead = openingPassages(doc, title, 1)[0];
  return lead === undefined ? null : lead.split(/[.!?](?:\s|$)/u)[0];
}

// a part of a year: "quý II", "tháng 6", "6 tháng đầu năm", "6 tháng cuối năm"
const PART_OF_YEAR = /(?<![\p{L}])(?:(?:quý|tháng)[ \t]+(?:[IV]{1,3}|\d{1,2})|\d{1,2}[ \t]+tháng[ \t]+(?:đầu|cuối)[ \t]+năm)(?![\p{L}\d])/iu;
/**
 * A line that reviews a period, then plans the next: its plan part and the last year it reviews; null for any other.
 * A review of part of the year whose later part is planned ("đánh giá kết quả quý II và 6 tháng đầu năm, triển khai
 * nhiệm vụ quý III năm 2019") reviews that year.
 */
function reviewAndPlan(line: string | null): { planned: string; reviewed: number | null } | null {
  const planned = line ? plannedPart(line) : null;
  if (!planned) return null;
  const review = line!.slice(0, line!.length - planned.length);
  const partsOfOneYear = PART_OF_YEAR.test(review) && PART_OF_YEAR.test(planned) ? periodOf(planned)?.to ?? null : null;
  return { planned, reviewed: periodOf(review)?.to ?? partsOfOneYear };
}

/** The title: the loader's, else a short first line that ends in no full stop. */
function titleOf(doc: PlanDocument): string | null {
  if (doc.meta.title) return doc.meta.title;
  const first = doc.passages.find((p) => p.role !== 'furniture');
  const line = first ? doc.text.slice(first.start, first.end).trim() : '';
  return line.length > 0 && line.length <= 200 && !/[.!?]$/u.test(line) ? line : null;
}

/**
 * "Các chỉ tiêu kinh tế xã hội chủ yếu ước đạt được trong năm 2021" published on 4 December 2020: a title
 * whose whole period starts after the year the document was published speaks of plans, whatever its words.
 */
function startsAfterPublished(period: { from: number | null } | null, doc: PlanDocument): boolean {
  const published = publishedYear(doc);
  return published !== null && period !== null && period.from !== null && period.from > published;
}

/**
 * A page about a plan just issued (its title issues it, or one of its first passages says "UBND tỉnh vừa ban hành Kế
 * hoạch …"), whose opening sets out what the plan holds (its goals), speaks of its targets, written as results or not
 * ("Tổng số dự án đấu giá … năm 2019 dự kiến là 635 dự án"). The period planned: the title's, else the one the opening
 * passages name first; null for any other page, or when none is named.
 */
function issuedPlanPeriod(doc: PlanDocument, title: string | null, titled: ReturnType<typeof periodOf>): ReturnType<typeof periodOf> {
  const opening = openingPassages(doc, title, 3);
  const issued = (title !== null && issuesPlan(title, true)) || opening.some((line) => issuesPlan(line, false));
  // "UBND tỉnh vừa phê duyệt Đề án … năm 2017, 20 chương trình, đề án, tổng kinh phí 2,52 tỉ đồng" with no goal: news of the approval
  if (!issued || !opening.some(setsOutPlan)) return null;
  if (titled) return titled;
  for (const line of opening) { const period = periodOf(line); if (period) return period; }
  return null;
}

/**
 * For a document whose title sets targets for a period not yet over, a function telling for each
 * sentence (in order) from where it speaks of targets (Infinity: of an earlier period). Otherwise null.
 */
export function planScope(doc: PlanDocument): ((s: PlanSentence) => number) | null {
  const title = titleOf(doc);
  const titled = title ? periodOf(title) : null;
  const opens = title !== null && (opensPlan(title) || startsAfterPublished(titled, doc));
  const issued = opens && titled ? null : issuedPlanPeriod(doc, title, titled);
  if (!opens && !issued) return planSections(doc);
  // a title that reviews a period, then plans the next: the period planned is its plan part's, and the review comes first;
  // so does a lead that says so under a title that only plans ("… hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026")
  const split = opens ? reviewAndPlan(title) ?? reviewAndPlan(leadSentence(doc, title!)) : null;
  const planned = split?.planned ?? null;
  const period = planned ? periodOf(planned) : titled ?? issued;
  if (!period) return null;
  const year = documentYear(doc);
  if (year !== null && period.to < year) return null; // a retrospective of a period already over
  const bound = period.from ?? year ?? period.to; // years before this are the past
  // in the review, a year it covers is no plan ("… kết nạp 49 hội viên (đến tháng 4 năm 2025)" reviewing 2019-2025)
  const reviewed = split?.reviewed ?? null;
  let section: 'plan' | 'past' = planned ? 'past' : 'plan'; // set by headings, for the passages under them
  let passage = -1;
  let state: 'plan' | 'past' = section;
  return (s) => {
    const p = doc.passages[s.passage];
    if (s.passage !== passage) {
      passage = s.passage;
      const line = doc.text.slice(p.start, p.end);
      if (p.role === 'heading' && RESULT_HEADING.test(line)) section = 'past';
      else if (p.role === 'heading' && opensPlan(line)) section = 'plan';
      state = section;
    }
    let from = state === 'plan' ? s.start : Infinity;
    for (const m of timeMarkers(doc.text, s.start, s.end)) {
      // a span that ends as the plan begins is the period before it ("nhiệm kỳ 2019-2025" beside a plan for 2025-2030)
      // in the review, so is a term it runs inside of ("nhiệm kỳ 2022-2027" in a review of 2023)
      const past = m.year === null || m.year < bound || (m.year === bound && m.first < bound)
        || (state === 'past' && reviewed !== null && (m.year <= reviewed || m.first < reviewed));
      if (past && state === 'plan') { from = Infinity; state = 'past'; } // "Trong năm 2019, ..."
      else if (!past && state === 'past') { from = m.start; state = 'plan'; } // "..., năm 2020, huyện đặt ra ..."
    }
    return from;
  };
}

const PLAN_REFERENCE_BEFORE = new RegExp(`(?:${COMPARED_WITH}|\\d\\s*(?:%|lần)\\s+)(?:${alternatives(PLAN_WORDS)})(?![\\p{L}])[^,;.\\d]{0,60}$`, 'iu');

/**
 * For a dated document whose title sets no targets: a sentence naming a year after the one it was
 * published in ("Cơ cấu kinh tế đến năm 2025: …" in an article of 2020) speaks of targets from there,
 * and its paragraph goes on doing so until a sentence names an earlier time ("Năm 2019, …", "năm qua").
 * Only a date the loader read counts: a date in the text's first lines may be a cited resolution's.
 */
export function futureScope(doc: PlanDocument): ((s: PlanSentence) => number) | null {
  const year = publishedYear(doc);
  if (year === null) return null;
  let passage = -1;
  let planning = false;
  return (s) => {
    if (s.passage !== passage) { passage = s.passage; planning = false; }
    let from = planning ? s.start : Infinity;
    for (const m of timeMarkers(doc.text, s.start, s.end)) {
      // "vượt 7,2% mục tiêu Nghị quyết đề ra cho năm 2025": a plan's year a share is of is no time spoken of
      if (PLAN_REFERENCE_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - WIDTH.reference), m.start))) continue;
      const future = m.year !== null && m.first > year; // a span the document is inside of is no future
      if (future && !planning) { from = m.start; planning = true; }
      else if (!future && planning) { from = Infinity; planning = false; }
    }
    return from;
  };
}

/**
 * For a document whose title sets no targets, the sections under a heading that opens a plan ("III.
 * PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI" after the month's results) speak of targets, up to a
 * heading at its depth or above that opens none. Null when no heading opens a plan.
 */
function planSections(doc: PlanDocument): ((s: PlanSentence) => number) | null {
  const opens = (p: PlanDocument['passages'][number]) => p.role === 'heading' && opensPlan(doc.text.slice(p.start, p.end));
  if (!doc.passages.some(opens)) return null;
  let planDepth = -1; // the depth of the heading that opened the plan section the passage is in, -1 outside one
  let passage = -1;
  return (s) => {
    for (; passage < s.passage; ) {
      const p = doc.passages[++passage];
      if (p.role !== 'heading') continue;
      const depth = headingDepth(doc.text.slice(p.start, Math.min(p.end, p.start + 8)));
      if (opens(p)) { if (planDepth < 0 || depth <= planDepth) planDepth = depth; }
      else if (planDepth >= 0 && depth <= planDepth) planDepth = -1;
    }
    return planDepth >= 0 ? s.start : Infinity;
  };
}

const YEAR = /(?:19|20)\d\d/;
/** The periods a sentence names, in order: a year or span ("năm 2019", "giai đoạn 2021-2025"), or a past word ("năm qua"). */
function timeMarkers(text: string, from: number, to: number): { start: number; year: number | null; first: number }[] {
  const sentence = text.slice(from, to);
  const out: { start: number; year: number | null; first: number }[] = [];
  // "tăng 23,4% so với năm 2018", "cùng kỳ năm trước" name the base of a change, not the period spoken of
  const base = (at: number) => COMPARISON_BASE.test(sentence.slice(Math.max(0, at - WIDTH.marker), at));
  // each pattern is tried only when what it needs is there (found by first letters, without the lookbehind)
  if (YEAR.test(sentence)) for (const m of sentence.matchAll(YEAR_MENTION)) if (!base(m.index!)) out.push({ start: from + m.index!, year: Number(m[2] ?? m[1]), first: Number(m[1]) });
  if (MAY_MARK_PAST.test(sentence)) for (const m of sentence.matchAll(PAST_MARKER)) if (!base(m.index!)) out.push({ start: from + m.index!, year: null, first: NaN });
  return out.sort((a, b) => a.start - b.start);
}
