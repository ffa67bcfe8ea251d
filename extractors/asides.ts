// Asides: a clause's words in brackets. Some a subject reads past ("(giá so sánh 2010)", a date or a
// citation); some hold a level of their own, whose owner is the noun before the "(" ("Kim ngạch
// xuất khẩu sang thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%").
import { ASIDE_LEVEL_VERBS, CLASS_BOUND_WORDS, ESTIMATE_WORDS, LINKING_VERBS, MEANS_OPENERS, NUMBERED_PARTS, PEOPLE_NOUNS, PROGRESS_VERBS, STANDARD_SERIES, WIDTH } from './knowledge/index.ts';
import { alternatives, WB } from './patterns.ts';

const ANY_YEAR = /(?:19|20)\d\d/g;
export const holdsFigure = (s: string) => /\d/.test(s.replace(ANY_YEAR, ''));

const MEANS_CLAUSE = new RegExp(`^[\\s\\-–+•*]*(?:${alternatives(MEANS_OPENERS)})\\s+(?:\\d+\\s+)?(?:\\p{L}+\\s+){0,6}\\p{L}+\\s*$`, 'iu');
/** "Qua rà soát", "Qua 5 năm thực hiện", "Thông qua kiểm tra", "Theo Sở Tư pháp" before a comma: an aside on the means, the time or the source a figure came by, no subject. */
export const isMeansClause = (clause: string) => MEANS_CLAUSE.test(clause);

/** "(giá so sánh 2010)", "(KH 7%)", "(tại Công văn số … ngày 08/10/2025)": an aside, from its "(", a clause reads past: short (a few characters, or without a figure but years), or one that only dates or cites. */
export function isSkippableAside(aside: string): boolean {
  aside = withoutStandardCodes(aside); // "(QCVN 02: 2009/BYT)" cites a standard
  if (/[;:]/.test(aside)) return false;
  return (aside.length < WIDTH.comparison && (aside.length <= WIDTH.lead || !holdsFigure(aside))) || isDateOrReferenceAside(aside.slice(1));
}

// "QCVN 02:2009/BYT", "TCVN ISO 9001:2015", "QCVN 01-1:2018/BYT": a standard's code, a colon between its number and its year
const SERIES_WORDS = alternatives(STANDARD_SERIES);
const STANDARD_SERIES_AT = new RegExp(`${WB}(?:${SERIES_WORDS})`, 'u');
const STANDARD_CODE = new RegExp(`${STANDARD_SERIES_AT.source}(?:[ \\t]+(?:${SERIES_WORDS}))?[ \\t]*\\d+(?:[.-]\\d+)*[ \\t]?:[ \\t]?(?:19|20)\\d\\d(?!\\d)(?:\\/[\\p{Lu}]+)?`, 'gu');
/** `s` without the standards' codes it cites. */
export const withoutStandardCodes = (s: string) => (s.includes(':') && STANDARD_SERIES_AT.test(s) ? s.replace(STANDARD_CODE, '') : s);
// "Số thuê bao băng rộng di động/100 dân", "Số giường bệnh/1 vạn dân": a rate's base, in a label, names no figure
const RATE_BASE = new RegExp(`\\/[ \\t]?\\d{1,3}(?:\\.\\d{3})*(?:[ \\t]?(?:vạn|nghìn|ngàn))?[ \\t]?(?:${alternatives(PEOPLE_NOUNS)})(?![\\p{L}])`, 'giu');
// "từ 6 đến dưới 12m", "từ 90 CV trở lên": a class's bounds, in a label, name no figure
const CLASS_BOUND = new RegExp(`(?<![\\p{L}])(?:${alternatives(CLASS_BOUND_WORDS)})[ \\t]+\\d+(?:[.,]\\d+)?`, 'giu');
// "Dự án 10 (…)", "Tiểu dự án 2", "Nội dung số 3": a programme's numbered part, in a label, names no figure
const NUMBERED_PART = new RegExp(`(?<![\\p{L}])(?:${alternatives(NUMBERED_PARTS)})[ \\t]+(?:số[ \\t]+)?\\d{1,3}(?![\\d.,%])`, 'giu');
/** `s` without the digits that name no figure of it: the standards' codes it cites, a rate's base ("/100 dân"), a class's bounds, a programme's numbered part. */
export const withoutNamingDigits = (s: string) => withoutStandardCodes(s).replace(RATE_BASE, '').replace(CLASS_BOUND, '').replace(NUMBERED_PART, '');
const CODE_BEFORE_COLON = 24; // "TCVN ISO 9001", "QCVN 01-1" and a space or two
/** Whether the colon at `i` parts a standard's number from its year ("QCVN 02:2009/BYT"): no label ends there. */
export function isCodeColon(text: string, i: number): boolean {
  const from = Math.max(0, i - CODE_BEFORE_COLON);
  const around = text.slice(from, i + 10);
  if (!STANDARD_SERIES_AT.test(around)) return false;
  STANDARD_CODE.lastIndex = 0;
  for (let m = STANDARD_CODE.exec(around); m; m = STANDARD_CODE.exec(around)) {
    if (from + m.index < i && i < from + m.index + m[0].length) return true;
  }
  return false;
}

// a day ("ngày 29/8/2025"), a document's number ("số 3380/BC-STC")
const DATE_OR_REFERENCE = /(?<![\p{L}\p{N}])(?:(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|số\s*:?\s*\d+[\p{L}\p{N}/.-]*)(?![\p{N}])/giu;
/**
 * "(tổ chức vào ngày 29/8/2025)", "(tại Công văn số 3380/BC-STC ngày 08/10/2025 …)": an aside that dates
 * or cites something and holds no other figure (a year is none; "(giá so sánh năm 2010)" is no such aside).
 */
export function isDateOrReferenceAside(aside: string): boolean {
  const rest = aside.replace(DATE_OR_REFERENCE, '');
  return rest.length < aside.length && !holdsFigure(rest);
}

/** "Số dự án chậm tiến độ (tại Công văn số 3380/BC-STC ngày 08/10/2025)": an aside that only dates or cites is no part of the name. */
export function withoutDatedAside(subject: string): string {
  const m = /\s*\(([^()]*)\)$/u.exec(subject);
  return m && m.index > 0 && isDateOrReferenceAside(m[1]) ? subject.slice(0, m.index) : subject;
}

/** The last character before `pos` that is no space or tab, not before `floor` (floor - 1: none). */
function lastNonBlank(text: string, pos: number, floor: number): number {
  let k = pos - 1;
  while (k >= floor && (text[k] === ' ' || text[k] === '\t')) k--;
  return k;
}

/** Where the aside closing right before `pos` (spaces between) opens, or -1: its "(" within a phrase's width, not before `floor`. */
export function asideOpeningBefore(text: string, pos: number, floor: number): number {
  const close = lastNonBlank(text, pos, floor);
  if (close < floor || text[close] !== ')') return -1;
  const from = Math.max(floor, close - WIDTH.phrase);
  const open = text.lastIndexOf('(', close);
  return open >= from && !text.slice(open + 1, close).includes(')') ? open : -1;
}

const ONLY_VERB = new RegExp(`^[\\s,]*(?:(?:${alternatives(PROGRESS_VERBS)})\\s*)?$`, 'iu');
/**
 * Whether the number `q` stands in an aside that closes right before the verb of a share at `pos` (its "(" not before
 * `floor`): "lúa 6.668,1 ha (vụ Đông Xuân 3.772,1 ha, vụ Hè Thu 2.896ha) đạt 98,5%" breaks the level down in brackets, the
 * share after them is the level's ("… đạt 100% (giảm 0,28%), Thuận Bắc đạt 103%" names its own after the aside).
 */
export function inAsideClosedBefore(text: string, q: { start: number; end: number }, pos: number, floor: number): boolean {
  const close = text.indexOf(')', q.end);
  if (close < 0 || close >= pos || text.slice(q.end, close).includes('(') || !ONLY_VERB.test(text.slice(close + 1, pos))) return false;
  const open = text.lastIndexOf('(', q.start);
  return open >= floor && !text.slice(open + 1, q.start).includes(')');
}

/** Whether offset `i` of `s` stands inside brackets that close later in `s`: an aside's, not the text around it. */
export function inClosedAside(s: string, i: number): boolean {
  const before = s.slice(0, i);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && s.indexOf(')', i) >= 0;
}

/** Where the aside holding `pos` opens when only spaces come between its "(" and `pos`, or -1. */
export function asideOpeningJustBefore(text: string, pos: number, floor: number): number {
  const open = lastNonBlank(text, pos, floor);
  return open >= floor && text[open] === '(' ? open : -1;
}

const LEVEL_VERB_ONLY = new RegExp(`^\\s*(?:${alternatives(ASIDE_LEVEL_VERBS)})\\s*$`, 'iu');
/** Where the aside opens when it holds only a level's verb before `pos` ("(tăng 12%)", "(chiếm 12% …)"), or -1. */
export function levelAsideOpening(text: string, clauseFrom: number, pos: number, floor: number): number {
  return LEVEL_VERB_ONLY.test(text.slice(clauseFrom, pos)) ? asideOpeningJustBefore(text, clauseFrom, floor) : -1;
}

/** "(năm 2020 ước đạt …)", "(quý I đạt …)": only a time, perhaps an estimate word, and a linking verb before the aside's level. */
const TIME_ONLY_OPENING = new RegExp(`^\\s*(?:năm\\s+(?:19|20)\\d\\d|quý\\s+[IVX\\d]{1,4}(?:\\s?\\/\\s?(?:19|20)\\d\\d)?|tháng\\s+\\d{1,2}(?:\\s?\\/\\s?(?:19|20)\\d\\d)?)`
  + `(?:\\s+(?:${alternatives(ESTIMATE_WORDS)}))?(?:\\s+(?:đạt|là))?\\s*$`, 'iu');
/** Where the aside opens when it holds only a time before `pos` ("khoảng 35% GRDP (năm 2020 ước đạt 2.995,8 tỷ đồng)"), or -1. */
export function timeAsideOpening(text: string, clauseFrom: number, pos: number, floor: number): number {
  return TIME_ONLY_OPENING.test(text.slice(clauseFrom, pos)) ? asideOpeningJustBefore(text, clauseFrom, floor) : -1;
}

/** A subject that is only a linking verb and what follows it ("chiếm tỷ trọng", "tăng"): its owner is named before it. */
export const OPENS_WITH_LINK = new RegExp(`^(?:${alternatives(LINKING_VERBS)})(?![\\p{L}])`, 'iu');
