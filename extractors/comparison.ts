// Changes and comparisons: the verb right before a changed number, what a ranking ranks by, and the base a
// change is measured against ("so với cùng kỳ năm trước").
import { lineStartNear, textBefore } from './clause.ts';
import { CHANGE_ADVERBS, PLAN_WORDS, RANK_WITH_HEADS, WIDTH } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import type { Quantity } from './numbers.ts';
import type { SentenceView } from './types.ts';

/** A change verb right before its number: "tăng 7,5%", "ước giảm 0,5%", "tăng thêm 2 điểm". */
export const CHANGE_BEFORE = new RegExp(`(?<![\\p{L}])(tăng|giảm)(?:\\s+(?:${alternatives(CHANGE_ADVERBS)}))?(?:\\s+từ)?\\s*$`, 'iu');
/** A bare change verb right before its number, "thêm" at most after it: "tăng 2.677 người", "giảm thêm 5 hộ". */
export const BARE_CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm)(?:[ \t]+thêm)?[ \t]*$/iu;
/** A place in a ranking, a few words, then "với" right before the number: "giành ngôi nhất toàn đoàn với ", "dẫn đầu cả nước với ". */
const RANK_WITH_BEFORE = new RegExp(`(?<![\\p{L}])(?<!thống[ \\t]+)(?:${alternatives(RANK_WITH_HEADS)})(?:[ \\t]+[^\\s,;.()]+){0,4}[ \\t]+với[ \\t]*$`, 'iu');
/** "với" right before the number: "đứng đầu với 7,91 điểm", "giành ngôi nhất toàn đoàn với 175 Huy chương Vàng". */
export const WITH_BEFORE = /(?<![\p{L}])với\s*$/iu;
/** Whether `q` is what a place in a ranking ranks by: "giành ngôi nhất toàn đoàn với 175 Huy chương Vàng" (read wide only after "với"). */
export function rankedWith(view: SentenceView, q: Quantity): boolean {
  return WITH_BEFORE.test(textBefore(view, q.start, WIDTH.lead)) && RANK_WITH_BEFORE.test(textBefore(view, q.start, WIDTH.phrase));
}
/** The base of a comparison: "so với cùng kỳ năm trước", "so cùng kỳ", "so với tháng 12/2022". */
// "giá so sánh 2010" (constant prices) compares nothing
const SINCE_END = String.raw`(?:\s+[^\s,;.()]+){0,5}?(?=\s*[,;.()]|\s*$|\s+(?:và|nhưng|đạt|vượt|bằng|trong|do|tăng|giảm|với)(?![\p{L}]))`;
const SINCE = new RegExp(String.raw`(?<![\p{L}])(?<!giá\s{1,3})so\s+(?:với\s+)?[^\s,;.()]+${SINCE_END}`, 'giu');

// "bằng 91,4% cùng kỳ": right after a figure, the same period a year before is its base without "so với"
const SINCE_AFTER = new RegExp(String.raw`^\s*(?:${SINCE.source}|cùng\s+kỳ(?![\p{L}])${SINCE_END})`, 'iu');
const SINCE_OPENING = new RegExp(`^\\s*(?:${SINCE.source})\\s*,`, 'iu');
/** The comparison a text opens with ("so với năm 2020", after a closing bracket too), up to the next clause: null if none. */
export function comparisonAt(text: string): string | null {
  const m = SINCE_AFTER.exec(text.replace(/^\s*\)/u, ''));
  return m ? m[0].trim() : null;
}
/** A plan named in `s` ("so với KH", "dự toán"): a comparison with it is a share of the plan, no change. */
export const NAMES_PLAN = new RegExp(`(?:^|\\s)(?:${alternatives(PLAN_WORDS)})(?:\\s|$)`, 'iu');
/** The comparison a text opens with when its base is no plan ("so với cùng kỳ", "so với thiết kế"), else null. */
export function comparisonNotPlan(text: string): string | null {
  const since = comparisonAt(text);
  return since !== null && !NAMES_PLAN.test(since) ? since : null;
}

/** The comparison a change is measured against: after the number, else the last one of its clause, else the one opening its line. */
export function comparisonOf(text: string, from: number, to: number, pos: number, end: number): string | null {
  const after = SINCE_AFTER.exec(text.slice(end, Math.min(to, end + WIDTH.comparison)));
  if (after) return after[0].trim();
  const window = text.slice(Math.max(from, pos - WIDTH.reference), pos);
  const clause = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf(':')) + 1);
  const inClause = [...clause.matchAll(SINCE)].pop();
  if (inClause) return inClause[0].trim();
  const lineStart = lineStartNear(text, from);
  if (lineStart < 0) return null;
  const opening = SINCE_OPENING.exec(text.slice(lineStart, lineStart + WIDTH.comparison));
  return opening ? opening[0].replace(/\s*,$/, '').trim() : null;
}
