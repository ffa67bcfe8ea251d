// How a rank and the score beside it are named (naming rules `rank` and `score-of-rank` of
// level-names.ts): "đạt 11,07%, xếp thứ 4 trong khu vực" ranks what the clause measured; "xếp thứ
// hai với 73,20 điểm", "Giữ vị trí số 2 là Hà Nội với 7.363 dự án" give the figure the rank was given for.
import { WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { textAfter, tidy } from './clause.ts';
import type { Named } from './count-names.ts';
import type { PrevIndicator, SentenceView } from './types.ts';

export const RANK_CHANGE = /(?:tăng|giảm|nhảy(?:\s+vọt)?|tụt|vươn\s+lên|thăng|vượt)(?:\s+(?:thêm|hơn))?\s*$/iu;

/** "đạt 11,07%, xếp thứ 4 trong khu vực", "tỉnh xếp thứ 3 cả nước về …": the rank of what the clause or the one before measured. */
const RANK_SCOPE = /^[ \t]*(?:(?:cả\s+nước|toàn\s+quốc|(?:trong|khu\s+vực|vùng)\s+[^,;.()]{1,40}?)(?=[,;.()]|\s+về|$))?(?:[ \t]*về\s+[^,;.()]{1,60})?/u;

const RANK_VERB_TAIL = /\s*(?:(?:xếp|đứng|giữ(?:\s+vững)?|duy\s+trì|vươn(?:\s+lên)?|tụt(?:\s+xuống)?)(?:\s+(?:ở|tại))?)?\s*$/iu;

/** The rank's indicator; `names` tells whether the subject before it says what is ranked. */
export function rankIndicator(view: SentenceView, q: Quantity, subject: { start: number; end: number }, prev: PrevIndicator | null, names: (own: string) => boolean): Named {
  // "Tỉnh Quảng Ninh xếp ở", "Hải Phòng vươn lên": the ranked unit and the rank's verb name nothing ranked
  const own = tidy(view.text.slice(subject.start, subject.end).replace(RANK_VERB_TAIL, ''));
  // after a level in the same sentence the rank is that level's ("đạt 19,8%, đứng thứ hai cả nước")
  const what = prev?.base ?? (names(own) ? own : '');
  const scope = RANK_SCOPE.exec(textAfter(view, q.end, WIDTH.rankScope))?.[0].trim() ?? '';
  const topic = what || scope ? '' : view.topic() ?? '';
  return { indicator: `thứ hạng ${what || topic} ${scope}`.replace(/\s+/gu, ' ').trim(), start: subject.end > subject.start ? Math.min(subject.start, q.start) : q.start, end: q.end, rule: 'rank', base: prev?.base ?? what };
}

// "xếp thứ hai (là tỉnh Quảng Ninh) với 73,20 điểm", "xếp vị trí thứ 2 (71,05 điểm)": no other figure between the rank and the score
const WITH_SCORE = /^(?:[^,;.\d]{0,60}?(?:^|\s)với\s*|[ \t]*\([ \t]*)$/u;

/** A score or a count that can be the figure a rank was given for ("với 73,20 điểm", "với 7.363 dự án"): no rank, no share. */
const isFigureOfRanked = (q: Quantity) => q.unit !== null && q.unit !== 'hạng' && q.unit !== 'bậc' && q.unit !== '%';

/** Whether quantity `index` of the sentence is a score right after a rank: "xếp thứ hai với 73,20 điểm". */
export function scoreAfterRank(view: SentenceView, index: number): boolean {
  const rank = view.quantities[index - 1], q = view.quantities[index];
  return rank?.unit === 'hạng' && isFigureOfRanked(q) && WITH_SCORE.test(view.text.slice(rank.end, q.start));
}

/** The score right after a rank in its clause ("vươn lên vị trí số 1 với 74,84 điểm"): the score of what the rank ranks. */
export function scoreOfRank(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null): Named | null {
  if (prev?.unit !== 'hạng' || !isFigureOfRanked(q) || !WITH_SCORE.test(view.text.slice(floor, q.start))) return null;
  const what = prev.base || view.part || view.topic() || '';
  const named = what.toLowerCase().startsWith(`${(q.unit ?? '').toLowerCase()} `); // "điểm môn Toán … với 7,1 điểm": the unit is the name's head already
  return { indicator: tidy(named ? what : `${q.unit} ${what}`), start: q.start, end: q.end, rule: 'score-of-rank', base: prev.base };
}
