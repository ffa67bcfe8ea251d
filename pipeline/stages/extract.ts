// The extract stage: for every sentence of a Vietnamese body passage, find its quantities once,
// decide where target talk starts, and run the extractors (extractors/index.ts).
import { type Document, listFollows } from '../document.ts';
import { extractAll } from '../../extractors/index.ts';
import type { RunOptions } from '../../extractors/rules.ts';
import type { Quantity } from '../../extractors/numbers.ts';
import { AMBIGUOUS_DECIMAL, DECIMAL_COMMA_BY_STYLE, findQuantities } from '../../extractors/numbers.ts';
import { hasAsciiDigits } from '../../extractors/numbers/chars.ts';
import { withImpliedUnits } from '../../extractors/numbers/defined-units.ts';
import { isCountUnit } from '../../extractors/numbers/units.ts';
import { dropNonFigures, dropRepeatedHeadlines } from '../../extractors/nonfigures.ts';
import { holdsFigure } from '../../extractors/asides.ts';
import { goalsListIn, hasEstimate, headingDepth, inPlanMetList, isTopicLine, MAY_MARK_PAST, reportsResults, markerStyle, opensTargets, targetTriggerIn, topicOf } from '../../extractors/language.ts';
import { futureScope, planScope, publishedYear } from '../../extractors/target.ts';
import { CONCESSIVE_WORDS, ESTIMATE_WORDS, INDICATOR_HEADS, LINKING_VERBS, PLAN_MET_VERBS, STRIVE_WORDS, THRESHOLD_WORDS } from '../../extractors/knowledge/index.ts';
import { alternatives, words } from '../../extractors/patterns.ts';
import { once } from '../lazy.ts';
import type { SentenceView } from '../../extractors/types.ts';

/** A paragraph that goes on from the one before: "Đồng thời, …", "Bên cạnh đó, …", "Ngoài ra, …". */
// … and "Về xây dựng Đảng, hàng năm có trên 90% …": a paragraph opening on the next field of the same goals
const CONTINUES_PARAGRAPH = /^\s*(?:đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra|cùng\s+với\s+đó|về(?:\s+[\p{L}–-]+){1,6})\s*,/iu;
// "HĐND TP.Vũng Tàu đã quyết nghị các chỉ tiêu … năm 2023. / Theo đó, chỉ tiêu về tổng mức bán lẻ … 38.410 tỷ đồng; …": the
// targets a paragraph ending in a goals list set, spelled out (after a paragraph that only reports, "Theo đó" reports too)
const FOLLOWS_GOALS_LIST = /^\s*theo\s+đó\s*,/iu;
// "… dự kiến sẽ nâng cấp 555 km đường. Cụ thể, nâng cấp 55 km quốc lộ; …. Qua đó, nâng tỷ lệ … lên 65%": the
// detail or the outcome of the sentence before, in its paragraph, is what that sentence was (a plan's, here)
const DETAILS_SENTENCE_BEFORE = /^\s*(?:cụ\s+thể|trong\s+đó|qua\s+đó)\s*[,:]/iu;
// "Năm 2024, TX An Nhơn phấn đấu đạt … từ 16,5-17,5%. Cơ cấu kinh tế …: Tỷ trọng ngành công nghiệp … chiếm từ 73,1% - 73,6%":
// a sentence of a range of shares after one setting targets in its paragraph goes on setting them (results are no ranges)
const SHARE_RANGE = /\d(?:[.,]\d+)?[ \t]*%?[ \t]*[-–][ \t]*\d+(?:[.,]\d+)?[ \t]*%/u;

// "Thu nhập bình quân … đạt 68 triệu đồng/người/năm trở lên.": a level as a floor to reach, no year named
const FIGURE_THEN_AT_LEAST = new RegExp(`\\d[^\\d;:()]{0,40}?\\s(?:${alternatives(THRESHOLD_WORDS)})(?![\\p{L}])`, 'u');
const YEAR_NAMED = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** A sentence that sets floors to reach ("… đạt 95% trở lên") and names no year nor results: after a paragraph of targets, more of them. */
function setsThreshold(text: string, from: number, to: number): boolean {
  const sentence = text.slice(from, to);
  return FIGURE_THEN_AT_LEAST.test(sentence) && !YEAR_NAMED.test(sentence) && !reportsResults(text, from, to);
}

// "… phấn đấu tổng giá trị sản xuất trên 600 tỷ đồng. Tỷ lệ hộ nghèo dưới 1,5%, 90% gia đình, …": a sentence of levels,
// opening on an indicator's head or a share, with no verb before its first figure and no year, after one setting targets in its
// paragraph, goes on setting them ("Tiếp nhận 14 đơn thư" reports work done); it opens no goals list, so a later sentence
// of the paragraph naming a past year still reports
const FIRST_FIGURE = new RegExp(`^\\s*(?:(?:${alternatives(INDICATOR_HEADS)})(?![\\p{L}])[^\\d.;:]{0,80}?)?(?=\\d)`, 'iu');
const VERB = new RegExp(words([...LINKING_VERBS, ...PLAN_MET_VERBS, 'đã']), 'iu'); // a verb, or the past's mark
function listsLevelsOnly(text: string, from: number, to: number): boolean {
  const lead = FIRST_FIGURE.exec(text.slice(from, Math.min(to, from + 81)))?.[0];
  return lead !== undefined && !VERB.test(lead) && !YEAR_NAMED.test(text.slice(from, to)) && !reportsResults(text, from, to);
}

// "Trong đó, thành phố phấn đấu đến năm 2025, thu nhập … đạt 130 triệu đồng. Thu ngân sách … đạt hơn 1.000 tỷ đồng; …": a
// sentence that strives for a year sets that year's targets, and the next of its paragraph goes on setting them, its verbs
// and all, unless it says a time, an estimate, the past or a result of its own
const STRIVES_FOR_YEAR = new RegExp(`(?<![\\p{L}])(?:${alternatives([...STRIVE_WORDS, 'mục tiêu'])})[^.;:]{0,40}?(?<![\\p{L}])năm[ \\t]+((?:19|20)\\d\\d)(?!\\d)`, 'iu');
// ("Mặc dù đủ điểm đô thị loại III, Trảng Bàng vẫn còn 6 tiêu chuẩn chưa đạt": a report's concession, no goal, even after a paragraph of them)
const CONCESSIVE = new RegExp(words(CONCESSIVE_WORDS), 'iu');
const OWN_TIME_OR_RESULT = new RegExp(`(?<![\\p{L}])(?:${alternatives([...ESTIMATE_WORDS, 'đã', 'tháng', 'quý'])})(?![\\p{L}])`, 'iu');
const YEARS_NAMED = new RegExp(YEAR_NAMED.source, 'g');
/**
 * Whether sentence [from, to) goes on with the targets the sentence before it set for `year`, the year it strove for: it names no
 * year before that one ("Đến năm 2030 đạt khoảng 80% …" after the goals for 2025, "Tăng độ che phủ rừng lên 61% vào năm 2025").
 */
function goesOnStriving(text: string, from: number, to: number, year: number): boolean {
  const sentence = text.slice(from, to);
  return !OWN_TIME_OR_RESULT.test(sentence) && !(sentence.match(YEARS_NAMED) ?? []).some((y) => +y < year) && !MAY_MARK_PAST.test(sentence) && !reportsResults(text, from, to);
}

// "Năm 2022, tỉnh đề ra chỉ tiêu khai thác hơn 300.000m3 gỗ. Đến hết tháng 6/2022, tổng sản lượng gỗ khai thác ước đạt trên
// 176.000m3, …": a sentence that estimates, outside brackets, reports results, unless the goals were set estimating too
// ("đặt chỉ tiêu … ước tăng 8,7%. … ước đạt 71.300 tỷ đồng"); an item of a goals list may carry an estimate in its brackets
// ("tăng 8% (ước thực hiện năm 2024 tăng 7,5%)"); not "dự kiến", also a plan's word
const ESTIMATED = new RegExp(words(ESTIMATE_WORDS.filter((w) => w !== 'dự kiến')), 'iu');
function estimatesOutsideBrackets(text: string, s: SentenceSpan): boolean {
  return ESTIMATED.test(text.slice(s.start, s.end).replace(/\([^()]*\)/g, ' '));
}

const STRIVES_AT = new RegExp(`^(?:${alternatives(STRIVE_WORDS)})(?![\\p{L}])`, 'iu');
/** How far into a sentence its target talk may start for the sentence to be about targets (after a lead holding figures). */
const TALK_OPENS_SENTENCE = 60;

type SentenceSpan = { start: number; end: number; passage: number };

/** Where the sentences read so far left target talk, and the goals list open in the current passage. */
class TargetTalk {
  /** The passage whose last sentence read was about targets, not a plan in its brackets (-2: none). */
  endedPassage = -2;
  /** The same, when its sentences strove for a year's targets, and that year (Infinity: none named). */
  private strovePassage = -2;
  private stroveYear = Infinity;
  /** Whether the sentence entered last opens a body passage right after another (no heading nor footnote between). */
  private opensBodyAfterBody = false;
  private inBody = false;
  /** The passage whose last sentence read left a goals list open (-2: none). */
  listPassage = -2;
  /** The passage of the goals list open ("mục tiêu ... là:", to the end of its passage; -1: none), and where it opened. */
  private goalsPassage = -1;
  private goalsFrom = Infinity;
  /** Whether the sentence that opened the goals list estimated ("đặt chỉ tiêu … ước tăng 8,7%"): then its list may go on estimating. */
  private goalsEstimated = false;

  /** Sentence s comes next: the goals list it opens or goes on with (`opensPassage`: s opens its passage; `body`: a body passage's). */
  enter(text: string, s: SentenceSpan, opensPassage: boolean, body: boolean): void {
    if (s.passage !== this.goalsPassage || (this.goalsFrom < s.start && (reportsResults(text, s.start, s.end) || (!this.goalsEstimated && estimatesOutsideBrackets(text, s))))) {
      this.goalsPassage = -1; this.goalsFrom = Infinity;
    }
    const opener = goalsListIn(text, s.start, s.end);
    if (opener >= 0 && this.goalsPassage < 0) { this.goalsPassage = s.passage; this.goalsFrom = opener; this.goalsEstimated = estimatesOutsideBrackets(text, s); }
    // "Đồng thời, có thêm ít nhất 10 sản phẩm …" after a paragraph that ended setting targets goes on setting them
    if (this.goalsPassage < 0 && continuesTargetTalk(text, s, this, opensPassage)) { this.goalsPassage = s.passage; this.goalsFrom = s.start; }
    this.opensBodyAfterBody = opensPassage && body && this.inBody;
    this.inBody = body;
  }

  /** Where the goals list open in sentence s starts in it (Infinity: none open). */
  listFrom(s: SentenceSpan): number {
    return this.goalsPassage === s.passage ? Math.max(this.goalsFrom, s.start) : Infinity;
  }

  /** Whether sentence s, in no goals list, goes on with the targets the sentence before it set (in its paragraph, or ending the one before). */
  goesOn(text: string, s: SentenceSpan): boolean {
    if (this.goalsPassage >= 0) return false;
    // "Cụ thể, mục tiêu đến năm 2030 đào tạo … 28.000 người." then "Thu hút 45% học sinh …": the first sentence of a paragraph after one
    // striving for a year's targets goes on with them, unless it says a time, an estimate, the past, a result or a concession of its own
    if (this.opensBodyAfterBody && this.strovePassage === s.passage - 1 && goesOnStriving(text, s.start, s.end, this.stroveYear) && !CONCESSIVE.test(text.slice(s.start, s.end))) {
      this.strovePassage = s.passage; // the paragraph strives as the one before it (read keeps it: this sentence speaks of targets)
      return true;
    }
    return this.endedPassage === s.passage
      && (listsLevelsOnly(text, s.start, s.end) || (this.strovePassage === s.passage && goesOnStriving(text, s.start, s.end, this.stroveYear)));
  }

  /** Sentence s was read, speaking of targets from `targetFrom` (Infinity: of none). */
  read(text: string, s: SentenceSpan, targetFrom: number): void {
    // a goals list still open leaves the talk on targets, however late in the sentence it opened ("HĐND … đã quyết nghị các chỉ tiêu …")
    const listOpen = this.goalsPassage === s.passage;
    // (striving later, after a lead with no figure, is the sentence's talk too: "Nằm trong lộ trình … Đề án “…”, huyện phấn đấu …")
    const opens = targetFrom < s.start + TALK_OPENS_SENTENCE
      || (targetFrom < s.end && STRIVES_AT.test(text.slice(targetFrom, targetFrom + 16)) && !holdsFigure(text.slice(s.start, targetFrom)));
    this.endedPassage = opens || listOpen ? s.passage : -2;
    this.listPassage = listOpen ? s.passage : -2;
    const strove = this.endedPassage === s.passage && this.strovePassage !== s.passage ? STRIVES_FOR_YEAR.exec(text.slice(s.start, s.end)) : null;
    if (strove) this.stroveYear = +strove[1];
    this.strovePassage = this.endedPassage === s.passage && (this.strovePassage === s.passage || strove) ? s.passage : -2;
  }
}

/**
 * Whether sentence s goes on setting the targets the sentence read before it set (`talk`: where it did): the next
 * paragraph going on from it ("Đồng thời, …") or setting floors, or spelling out the goals list it ended in ("Theo
 * đó, …", opening the paragraph), or in its own paragraph its detail or outcome ("Cụ thể, …", "Qua đó, …").
 */
function continuesTargetTalk(text: string, s: SentenceSpan, talk: TargetTalk, opensPassage: boolean): boolean {
  const opening = text.slice(s.start, s.start + 20);
  return (talk.endedPassage === s.passage - 1 && (CONTINUES_PARAGRAPH.test(opening) || setsThreshold(text, s.start, s.end)))
    || (talk.listPassage === s.passage - 1 && opensPassage && FOLLOWS_GOALS_LIST.test(opening))
    || (talk.endedPassage === s.passage && (DETAILS_SENTENCE_BEFORE.test(opening)
      || (SHARE_RANGE.test(text.slice(s.start, s.end)) && !reportsResults(text, s.start, s.end))));
}

/** Passage roles whose sentences can hold statements. */
const EXTRACTED_ROLES = new Set(['body', 'heading', 'footnote']);

/** CHITIEU_WITHOUT_RULES=id,id runs as if those rules were deleted: how the mutation check (scripts/mutate.ts) removes one. */
const WITHOUT_FROM_ENV: RunOptions = process.env.CHITIEU_WITHOUT_RULES ? { without: new Set(process.env.CHITIEU_WITHOUT_RULES.split(',')) } : {};

/** `options.without` switches rules off (extractors/rules.ts), for the rule tests and the mutation check. */
export function extract(doc: Document, options: RunOptions = WITHOUT_FROM_ENV): Document {
  if (doc.lang !== null && doc.lang !== 'vie' && doc.lang !== 'und') {
    doc.matches = [];
    return doc;
  }
  const views: SentenceView[] = [];
  const inTargetSection = targetSections(doc);
  const estimated = estimatedItems(doc);
  // a document that sets targets by its title, else one whose sentences name years after its date
  const planFrom = planScope(doc) ?? futureScope(doc) ?? (() => Infinity), published = publishedYear(doc);
  // one scan of the whole text is faster than one per sentence; each sentence takes its share
  const decimalComma = once(() => writesDecimalComma(doc.text));
  const all = dropNonFigures(doc.text, withImpliedUnits(doc.text, settleDecimalMarks(doc.text, findQuantities(doc.text), decimalComma)));
  let next = 0;
  const talk = new TargetTalk();
  let topicPassage = -1; // the topic carries across the sentences of one passage
  let topic: () => string | null = () => null;
  const partOf = partTitles(doc);
  for (const s of doc.sentences) {
    const passage = doc.passages[s.passage];
    // a row read under a table header is no page furniture, whatever a cell of it looks like
    if (!passage || !(s.table?.cells.length || EXTRACTED_ROLES.has(passage.role))) continue;
    talk.enter(doc.text, s, s.start === passage.start, passage.role === 'body');
    if (s.passage !== topicPassage) { topicPassage = s.passage; topic = () => null; }
    const inSection = inTargetSection.has(s.passage);
    // read for every sentence outside such a section: a time word in one without figures ("Năm qua, …") moves the plan's state;
    // a list opened by a plan met ("một số chỉ tiêu đạt và vượt kế hoạch, như: …") reports results, even on a plan's page
    const scoped = inSection ? s.start : planFrom(s);
    const plan = !inSection && scoped < s.end && inPlanMetList(doc.text, s.start, s.end) ? Infinity : scoped;
    const quantities = inside(s.start, s.end);
    // three sentences in four hold no number: no extractor finds anything there (a ratio reads digits)
    if (!quantities.length && !s.table && !hasAsciiDigits(doc.text, s.start, s.end)) continue;
    const trigger = targetTriggerIn(doc.text, s.start, s.end);
    const targetFrom = inSection || talk.goesOn(doc.text, s) ? s.start : Math.min(talk.listFrom(s), trigger >= 0 ? trigger : Infinity, plan);
    // the topic is what the previous sentences named; worked out only when a subject asks for it
    const before = topic;
    views.push({ text: doc.text, start: s.start, end: s.end, passageEnd: passage.end, quantities, targetFrom, topic: before, table: s.table, part: s.table ? partOf(s.passage) : null, decimalComma, estimated: estimated.has(s.passage), publishedYear: published });
    talk.read(doc.text, s, targetFrom);
    const first = quantities.find((q) => q.unit);
    if (first) {
      const sentenceStart = s.start;
      topic = once(() => topicOf(doc.text, sentenceStart, first.start) ?? before());
    }
  }
  doc.matches = dropRepeatedHeadlines(extractAll(views, options), doc);
  return doc;

  /** The quantities wholly inside [start, end); sentences come in order, so a cursor suffices. */
  function inside(start: number, end: number) {
    while (next < all.length && all[next].start < start) next++;
    const out = [];
    for (let i = next; i < all.length && all[i].start < end; i++) if (all[i].end <= end) out.push(all[i]);
    return out;
  }
}

/**
 * The items of a list opened by a line that estimates ("- Dự ước đến 31/12/2019, có 10/17 chỉ tiêu đạt …,
 * cụ thể:" then "+ Thu ngân sách … 76,4/140 tỷ đồng"): their figures are estimates too. The list runs
 * while passages are marked items, up to one that opens a list of its own.
 */
function estimatedItems(doc: Document): Set<number> {
  const items = new Set<number>();
  let open = false;
  doc.passages.forEach((p, i) => {
    const line = doc.text.slice(p.start, p.end);
    const opens = p.role === 'body' && line.trimEnd().endsWith(':');
    if (open && p.role === 'body' && !opens && markerStyle(line) !== null) { items.add(i); return; }
    // the estimate must open the list itself: the sentence ending in the colon, not an earlier one of its paragraph
    open = opens && hasEstimate(doc.text, p.start + Math.max(line.lastIndexOf('. '), line.lastIndexOf('; ')) + 1, p.end);
  });
  return items;
}

/**
 * The title of the part each passage is in: the last heading numbered as a part ("I.", "II.": depth 1)
 * before it, without its numbering ("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)"). Asked by passage index, in order.
 */
function partTitles(doc: Document): (passage: number) => string | null {
  let title: string | null = null;
  let read = -1;
  return (passage) => {
    for (; read < passage; ) {
      const p = doc.passages[++read];
      if (p.role !== 'heading') continue;
      const line = doc.text.slice(p.start, p.end);
      if (headingDepth(line) === 1 && !line.includes('|')) title = line.replace(/^\s*[IVX]+[.)]\s+/u, '').trim();
    }
    return title;
  };
}

/**
 * List items under a heading that opens targets ("2. Các chỉ tiêu chủ yếu:", "II. CÁC CHỈ TIÊU CHỦ
 * YẾU") speak of targets. The list ends at a line numbered like the heading ("3. Nhiệm vụ ..."),
 * at a plain paragraph, or at a heading that opens nothing.
 */
function targetSections(doc: Document): Set<number> {
  const inside = new Set<number>();
  let style: string | null | undefined; // the opener's numbering; undefined: not in a list of targets
  const published = publishedYear(doc);
  doc.passages.forEach((p, i) => {
    if (p.role === 'furniture') return;
    const line = doc.text.slice(p.start, p.end).trim();
    const marker = markerStyle(line);
    // "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)" in plain case, with neither colon nor numbering: a heading when a list comes next
    if (opensTargets(line) && (p.role === 'heading' || line.endsWith(':') || listFollows(doc, i)) && !namesOnlyPast(line, published)) { style = marker; return; }
    if (style === undefined) return;
    if (marker === null && isTopicLine(line)) return; // "Về kinh tế", "Trong lĩnh vực xã hội:" group the items
    const listItem = marker !== null && marker !== style;
    if (!listItem && !(p.role === 'heading' && marker !== null)) { style = undefined; return; }
    if (marker === style) { style = undefined; return; }
    inside.add(i);
  });
  return inside;
}

/** "Một số chỉ tiêu … chủ yếu của tỉnh năm 2023 như sau:" published in 2024: every year it names is over, so its list reports results. */
function namesOnlyPast(line: string, published: number | null): boolean {
  if (published === null) return false;
  const years = [...line.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  return years.length > 0 && years.every((y) => y < published);
}

/**
 * "1,028 triệu người": a comma before three digits reads as an English thousands group unless the
 * document writes numbers the Vietnamese way ("7.476", "47,45"); then it is a decimal comma. The
 * record keeps a note either way.
 */
function settleDecimalMarks(text: string, quantities: Quantity[], decimalComma: () => boolean): Quantity[] {
  const ambiguous = quantities.filter((q) => {
    if (!q.notes.includes(AMBIGUOUS_DECIMAL)) return false;
    const digits = text.slice(q.numStart, q.numEnd);
    return /\d,\d{3}(?!\d)/.test(digits) && !countsWholeThings(q, digits);
  });
  if (!ambiguous.length || !decimalComma()) return quantities;
  for (const q of ambiguous) {
    q.value /= 1000;
    if (q.value_max !== null) q.value_max /= 1000;
    q.notes = [...q.notes, DECIMAL_COMMA_BY_STYLE];
  }
  return quantities;
}

/**
 * "có 55,086 hộ đạt chuẩn": whole things counted (a counted noun, per nothing, no scale word: the value is the digits')
 * have no fraction, so the group is a thousands group whatever the document's style.
 */
function countsWholeThings(q: Quantity, digits: string): boolean {
  return q.unit !== null && !q.unit.includes('/') && isCountUnit(q.unit) && q.value === Number(digits.replace(/,/g, ''));
}

/**
 * Whether the document writes numbers the Vietnamese way ("7.476", "47,45") far more than the English way;
 * with no sign of either, the Vietnamese way (the spec's rule: "," marks decimals unless the page plainly says otherwise).
 */
function writesDecimalComma(text: string): boolean {
  const vietnamese = (text.match(/\d\.\d{3}(?![\d.,])|\d,\d{1,2}(?![\d.,])/g) ?? []).length;
  const english = (text.match(/\d,\d{3}\.\d|\d\.\d{1,2}(?![\d.,])/g) ?? []).length;
  return vietnamese > 2 * english || (vietnamese === 0 && english === 0);
}
