// A share said of an amount: an amount (revenue, output, capital) is never a percentage itself, so
// "thu ngân sách đạt 130%" is its share of a plan the text leaves unwritten (reference null), as the spec reads it.
import { AMOUNT_HEADS, COMPARED_WITH, WIDTH } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import { subjectBefore, textAfter, textBefore } from './clause.ts';
import type { Quantity } from './numbers.ts';
import type { SentenceView } from './types.ts';

const AMOUNT_SUBJECT = new RegExp(`^(?:tổng\\s+)?(?:${alternatives(AMOUNT_HEADS)})(?![\\p{L}])`, 'iu');
const COMPARED_AFTER = new RegExp(`^\\s*(?:\\([^()]*\\)\\s*)?${COMPARED_WITH}`, 'iu');

/** True when `q`, after the verb "đạt", is the share of a plan of the amount its clause opens with ("doanh thu đạt 105% so với cùng kỳ" is no plan's). */
export function isAmountsShare(view: SentenceView, q: Quantity, verb: string, floor: number): boolean {
  if (verb.toLowerCase() !== 'đạt') return false;
  const span = subjectBefore(view.text, view.start, q.start, floor);
  return AMOUNT_SUBJECT.test(view.text.slice(span.start, span.end)) && !COMPARED_AFTER.test(textAfter(view, q.end, WIDTH.comparison));
}

/** A share: a percentage, or a multiple ("gấp 1,5 lần"). */
export const isShare = (q: Quantity) => q.unit === '%' || q.unit === 'lần';

// "vượt" only: "tăng 7,2%, bằng 98% kế hoạch" is a rate of change, the level of the share after it
const EXCEEDED_BEFORE = /(?<![\p{L}])vượt[ \t]*$/iu;
/** A percentage right after "vượt" ("vượt 9%"): a share of a plan exceeded, of its own, never another share's level. */
export const exceededShare = (view: SentenceView, q: Quantity) => q.unit === '%' && EXCEEDED_BEFORE.test(textBefore(view, q.start, WIDTH.word));

/** True when quantity j is "chiếm X%" right after an amount of its clause: the amount's part of a whole left unwritten ("… 2.310 tỷ đồng, chiếm 67,6%"). */
export function isPartOfAmountBefore(view: SentenceView, j: number, clauseFloor: number): boolean {
  const l = view.quantities[j], amount = view.quantities[j - 1];
  return l.unit === '%' && amount.start >= clauseFloor && amount.unit !== null && !isShare(amount)
    && PART_AFTER_AMOUNT.test(view.text.slice(amount.end, l.start));
}
const PART_AFTER_AMOUNT = /^\s*,\s*chiếm(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/iu;
