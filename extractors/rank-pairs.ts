// Ranks written as pairs (rules ratio/rank, ratio/rank-out-of, ratio/target-rank of ratio.ts): "xếp thứ
// 12/63 tỉnh", "(xếp thứ 2/62)", a range "xếp vị trí 10 - 15/63", and in target talk a rank set as a goal
// ("Phấn đấu … xếp vị trí 10 - 15/63 tỉnh, thành phố trên cả nước, 3/14 tỉnh vùng …").
import { emptyFields } from './statement.ts';
import { WB } from './language.ts';
import { WIDTH } from './knowledge/index.ts';
import { ruleOff } from './rules.ts';
import type { Claimed, SentenceView } from './types.ts';
import { floorBefore, subjectBefore, textBefore, tidy } from './clause.ts';

const RANK_WORDS = String.raw`(?:(?:xếp|đứng)(?:\s+(?:thứ|hạng|vị\s+trí))?|thứ|hạng|vị\s+trí)`;
// "đứng thứ 8/13", "xếp hạng 12/63", and the verb alone: "đứng 8/13 khu vực ĐBSCL"
export const BEFORE_RANK = new RegExp(`${WB}${RANK_WORDS}\\s*$`, 'iu');
// "xếp vị trí 10 - 15/63": the range's first rank, then its dash, before the pair
const RANK_RANGE_BEFORE = new RegExp(`${WB}${RANK_WORDS}\\s*(\\d{1,3})\\s*[-–]\\s*$`, 'iu');

/** The first rank of a range before a pair ("10 - " of "xếp vị trí 10 - 15/63") and where it starts; `before` ends at the pair. */
export function rankRangeBefore(before: string, pairStart: number): { low: number; start: number } | null {
  const m = RANK_RANGE_BEFORE.exec(before);
  if (!m) return null;
  const tail = m[0].length - m[0].lastIndexOf(m[1]); // from the first rank to the pair
  return { low: Number(m[1]), start: pairStart - tail };
}

/** "(xếp thứ 2/62)": a rank out of B with no noun, named by the subject before it. */
export function rankOutOf(view: SentenceView, aStart: number, pairEnd: number, a: number, b: number): Claimed {
  const { text, start } = view;
  const fields = emptyFields('value');
  fields.value = a;
  fields.unit = 'hạng';
  fields.total = b;
  const rankWord = BEFORE_RANK.exec(textBefore(view, aStart, WIDTH.pairLead));
  const rankStart = rankWord ? aStart - (Math.min(WIDTH.pairLead, aStart - start) - rankWord.index) : aStart;
  const open = text.lastIndexOf('(', rankStart);
  const subjectEnd = open >= start && !/\S/u.test(text.slice(open + 1, rankStart)) ? open : rankStart;
  const subject = subjectBefore(text, start, subjectEnd, floorBefore(view, subjectEnd));
  const named = tidy(text.slice(subject.start, subject.end));
  fields.indicator = named ? `thứ hạng ${named}` : null;
  return { start: subject.end > subject.start ? subject.start : rankStart, end: pairEnd, fields, rule: 'ratio/rank-out-of', claims: { own: { start: aStart, end: pairEnd } } };
}

/** A rank read in target talk is a rank set as a goal: the same record as a target (null when the rule is off). */
export function asTarget(view: SentenceView, rank: Claimed): Claimed | null {
  if (rank.rule !== 'ratio/rank' || rank.claims.own.start < view.targetFrom) return rank;
  return ruleOff(view, 'ratio/target-rank') ? null : { ...rank, fields: { ...rank.fields, kind: 'target' }, rule: 'ratio/target-rank' };
}
