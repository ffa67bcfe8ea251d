// What makes a number part of something else rather than an indicator's level: a complement ("tại 02
// xã"), a bound that says which things a count counts ("có 2 tỉnh đạt kim ngạch trên 10 tỉ USD"), a
// figure inside a later subject or label ("Số xã đạt 10-14 tiêu chí: 28 xã"), … Each veto is named;
// value.ts tries them in order before a number may be a level.
import { BOUND_QUALIFIERS, CLASS_BOUND_WORDS, JOINED_UNIT_NOUNS, SHARE_HEADS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { referenceAfter } from './language.ts';
import { clauseStart, textBefore, textBeyond, THRESHOLD_AFTER } from './clause.ts';
import { SHARE_UNITS } from './level-names.ts';
import { isCountedNoun, opensOnItsNoun } from './count-names.ts';
import { alternatives } from './patterns.ts';
import { isActionCount } from './nonfigures.ts';
import { UNIT_LEXICON, unitKey } from './units.ts';
import type { SentenceView } from './types.ts';

/** What a check of a number sees: the number, its index in the sentence, the words right before it, whether it is a share. */
export interface LevelCheck { view: SentenceView; q: Quantity; index: number; lead: string; isShare: boolean; finished: string | null }

const BOUND_FROM = /(?<![\p{L}])(?:đạt|là)\s+từ\s*$/iu;
const BOUND_ENDS = /^\s*(?:trở\s+(?:lên|xuống))?\s*(?:[.;,)]|$)/u;
const lowerBound = (view: SentenceView, q: Quantity, lead: string) => BOUND_FROM.test(lead) && BOUND_ENDS.test(textBeyond(view, q.end, WIDTH.marker));
// "có 2 tỉnh đạt kim ngạch trên 10 tỉ USD", "còn 21 xã đạt dưới 15 tiêu chí": a bound after the "đạt" or "có" of a count
// that says there are so many things says which things it counts, no level of its own ("cả 3 tiêu chí đạt 5% trở lên" is one)
const THERE_ARE_BEFORE = /(?<![\p{L}])(?:có|còn)[ \t]+$/iu;
// ("18/63 tỉnh có tỷ lệ bao phủ ít nhất 01 liều vaccine": so does a bound after a pair of things and their "có" or "đạt")
const PAIR_THEN_BOUND = /(?<![\d.,/])\d{1,4}[ \t]?\/[ \t]?\d{1,4}[ \t]+(\p{L}+)[^\d,;:()]{0,40}?(?<![\p{L}])(?:đạt|có)[ \t][^\d,;:()]{0,40}$/iu;
/** The pair of things before a bound at `pos`, its first word a counted noun (no date: "đến hết ngày 31/12/2024 phấn đấu có …"). */
const pairThenBound = (view: SentenceView, pos: number) => { const m = PAIR_THEN_BOUND.exec(textBefore(view, pos, WIDTH.phrase)); return m !== null && UNIT_LEXICON.get(unitKey(m[1]))?.kind === 'count'; };
/** A bound said before a number: "trên", "dưới" (its approx), "ít nhất 01 liều", "đủ 2 liều". */
const BOUNDS = new Set<string>(['trên', 'dưới', ...BOUND_QUALIFIERS]);
const FULL_BEFORE = /(?<![\p{L}])đủ[ \t]+$/iu;
const COUNT_THEN_BOUND = /^[^\d,;:()]{0,40}?(?<![\p{L}])(?:đạt|có)[ \t][^\d,;:()]{0,40}$/iu;
function boundsCountBefore(view: SentenceView, q: Quantity, index: number): boolean {
  const count = view.quantities[index - 1];
  const bound = BOUNDS.has(q.approx ?? '') || FULL_BEFORE.test(textBefore(view, q.start, WIDTH.touch)) || THRESHOLD_AFTER.test(textBeyond(view, q.end, WIDTH.marker));
  if (bound && (!count || count.end < q.start - WIDTH.phrase) && pairThenBound(view, q.start)) return true;
  if (!count?.unit || SHARE_UNITS.test(count.unit) || !isCountedNoun(count.unit)) return false;
  return bound && COUNT_THEN_BOUND.test(view.text.slice(count.end, q.start)) && THERE_ARE_BEFORE.test(textBefore(view, count.start, WIDTH.link));
}
// a count's noun phrase (two words at most: in "704 quyết định thu hồi đất của 691 hộ" the households say whose land was taken), then "của": "8 sản phẩm của ", "88 sản phẩm OCOP của "
const OWNERS_BETWEEN = /^(?:[ \t]+\p{L}+){0,2}[ \t]+của[ \t]+$/u;
const PLACE_UNITS = new Set<string>(JOINED_UNIT_NOUNS);
/** "8 sản phẩm của 7 chủ thể": those whose things the count before counted, counted themselves (no complement; places are: "20 hộ của 3 xã"). */
export function ownersOfCount(view: SentenceView, index: number, q: Quantity): boolean {
  const prev = view.quantities[index - 1];
  return !!prev?.unit && !!q.unit && isCountedNoun(prev.unit) && isCountedNoun(q.unit) && !PLACE_UNITS.has(q.unit) && q.start - prev.end <= WIDTH.phrase
    && OWNERS_BETWEEN.test(view.text.slice(prev.end, q.start));
}
/** What makes a number part of something else rather than an indicator's level, each named; tried in order. */
export const NOT_A_LEVEL: readonly { name: string; test(c: LevelCheck): boolean }[] = [
  // "186 lượt = 201 người = 179 vụ việc": an activity log, not an indicator
  { name: 'activity-log', test: ({ view, q }) => /=\s*$/.test(textBefore(view, q.start, WIDTH.touch)) || /^\s*=/.test(textBeyond(view, q.end, WIDTH.touch)) },
  // a count after "tại/ở/của/từ" is a complement ("... tại 02 xã"), not a level; after work finished
  // there ("hoàn thành xây dựng nông thôn mới tại 3 xã") it counts the places that finished
  // (a rank is no complement: "xếp ở vị trí thứ hai")
  // ("đạt từ 6.109 tỷ đồng trở lên.": "từ" after a linking verb opens a level's lower bound, no complement; a bound inside
  // a subject, "số xã đạt từ 10 tiêu chí trở lên là 37 xã", is a threshold)
  // (those who took part are counted: "với sự tham gia của 1.238 lượt người", an action's count)
  { name: 'complement', test: ({ view, q, index, isShare, lead, finished }) => !isShare && q.unit !== 'hạng' && /(?:^|\s)(?:tại|ở|của|thuộc|trong|từ|theo)\s*$/iu.test(lead) && finished === null && !lowerBound(view, q, lead) && !ownersOfCount(view, index, q)
    && !isActionCount(textBefore(view, q.start, WIDTH.action), q.unit) },
  { name: 'class-bound', test: ({ view, q, index }) => boundsCountBefore(view, q, index) },
  // "giao chỉ tiêu cho các sở, ban, ngành và 8 huyện": a count that ends a list of bodies names who, not how much
  { name: 'list-of-bodies', test: ({ view, q, isShare }) => !isShare && /(?:^|\s)các\s[^\d;:.()]{1,60}\svà\s*$/iu.test(textBefore(view, q.start, WIDTH.phrase)) },
  // "đạt từ 95-100% các chỉ tiêu": a share of plans, not the level of an indicator
  {
    name: 'share-of-plans',
    test({ view, q, isShare }) {
      if (!isShare) return false;
      const plan = referenceAfter(view.text, q.end, view.end);
      return (plan !== null && !plan.joined) || /^\s*(?:các|những)\s+chỉ\s+tiêu/iu.test(textBeyond(view, q.end, WIDTH.marker));
    },
  },
  { name: 'inside-later-subject', test: ({ view, index, lead, isShare }) => !isShare && insideLaterSubject(view, index, lead) },
  // "Số xã đạt 10-14 tiêu chí: 28 xã", "Số xã đạt từ 15-18 tiêu chí là 29 xã": a figure inside a label that counts the things of the count after it
  { name: 'inside-count-label', test: ({ view, index }) => insideCountLabel(view, index) },
  // "Tàu cá phân theo chiều dài: dưới 6m: 271 chiếc": a bound that names a class before its own colon and count
  { name: 'class-label', test: ({ view, q, isShare }) => !isShare && (CLASS_BOUND_SET.has(q.approx ?? '') || BOUND_BEFORE.test(textBefore(view, q.start, WIDTH.touch))) && COUNT_AFTER_COLON.test(textBeyond(view, q.end, WIDTH.touch)) },
  // "TrungNguyen1102 Thành viên": a number glued to a name is no quantity ("đạt3,02%" is)
  { name: 'glued-to-name', test: ({ view, q, lead }) => /[A-Za-z_]$/.test(view.text.slice(q.start - 1, q.start)) && !/(?:đạt|tăng|giảm|còn|là|chiếm)$/iu.test(lead) },
];

// the bound before the number, or the one the quantity holds as its qualifier ("dưới 6m")
const BOUND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(CLASS_BOUND_WORDS)})[ \\t]+$`, 'iu');
const CLASS_BOUND_SET = new Set<string>(CLASS_BOUND_WORDS);
const COUNT_AFTER_COLON = /^[ \t]*(?:trở[ \t]+lên[ \t]*)?:[ \t]*\d/iu;
// the label's counted noun, after a list marker maybe ("… tỷ lệ 28% - Số xã đạt 10-14 tiêu chí")
const LIST_ITEM_LABEL = /(?:^|\s)(?:[•*+–-]\s*)?(?:tổng\s+)?số\s+(\p{L}+(?:\s\p{L}+)?)\s+(?:đạt|có)\s[^\d]{0,40}$/u;
const LABEL_TO_COUNT = /^[ \t]*(?:trở[ \t]+lên[ \t]*)?(?::|là(?![\p{L}]))[ \t]*$/iu;
/** Whether the figure at `index` stands in a label "Số <noun> …" whose count of that noun follows it after ":" or "là". */
function insideCountLabel(view: SentenceView, index: number): boolean {
  const q = view.quantities[index], next = view.quantities[index + 1];
  if (!next?.unit || !LABEL_TO_COUNT.test(view.text.slice(q.end, next.start))) return false;
  const label = view.text.slice(clauseStart(view.text, view.start, q.start), q.start).toLowerCase();
  return LIST_ITEM_LABEL.exec(label)?.[1] === next.unit.toLowerCase();
}

/** A share's name that says which things it counts by what they reached: "Tỷ lệ xã đạt". */
const SHARE_CONDITION = new RegExp(`^\\s*(?:${alternatives(SHARE_HEADS)})\\s[^\\d,;:()]{1,60}\\sđạt\\s*$`, 'iu');

/** "tiêm từ 2 liều vắc xin đạt 99,1%", "Tỷ lệ xã đạt 19 tiêu chí … là 60%": a count inside the subject of a later share. */
function insideLaterSubject(view: SentenceView, index: number, lead: string): boolean {
  const q = view.quantities[index];
  // the share after it first: most numbers have none, and then the clause need not be read
  const next = view.quantities[index + 1];
  if (!next || !next.unit || !SHARE_UNITS.test(next.unit)) return false;
  const between = view.text.slice(q.end, next.start);
  if (/[,;:()]/.test(between) || !/(?:đạt|chiếm|là)\s+$/iu.test(between)) return false;
  const clause = view.text.slice(clauseStart(view.text, view.start, q.start), q.start);
  // "Hồ sơ quá hạn 689 hồ sơ chiếm 3,45%": a count named by its own noun, then the part of the whole it makes
  if (q.unit && /chiếm\s+$/iu.test(between) && opensOnItsNoun(clause, q.unit)) return false;
  const condition = SHARE_CONDITION.test(clause);
  return condition || !/(?:đạt|là|có|còn|chiếm|cho|được|với|tăng|giảm|lên|khoảng|gần|trên|hơn)\s*$/iu.test(lead);
}