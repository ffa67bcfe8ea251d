// `progress`: an achievement as a percentage of a target, plan or estimate —
// "đạt 95% chỉ tiêu Nghị quyết", "bằng 158,3% chỉ tiêu NQĐH", "vượt 13,2% mục tiêu Nghị quyết",
// "vượt 1,5 lần kế hoạch" (150 %), "(vượt chỉ tiêu nghị quyết lần lượt 0,4% và 0,7%/năm)".
// One clause that gives the level, the percentage and the target is ONE record: the level quantity
// before the percentage and a target in parentheses after it ("(Chỉ tiêu NQĐH giao 65 triệu đồng)")
// are claimed by it.
import { exceededShare, isAmountsShare, isPartOfAmountBefore, isShare } from './amount-share.ts';
import { emptyFields } from './statement.ts';
import type { Quantity } from './numbers.ts';
import { estimateAt, EXCEEDING_VERBS, inPlanMetList, MAX_SUBJECT, planDoneVerbBefore, planTouches, progressVerbBefore, referenceAfter, WB, WE, words, REFERENCE_HEADS } from './language.ts';
import { targetAfter } from './plan-in-brackets.ts';
import { ruleOff } from './rules.ts';
import type { Claimed, Claims, Extractor, PrevIndicator, Reference, SentenceView } from './types.ts';
import { inAsideClosedBefore } from './asides.ts';
import { planComparedListItem } from './compared-list.ts';
import { floorBefore, isMeaningfulSubject, phraseAfter, quantityIndexAt, trailingAdverbs, subjectBefore, textBefore, textBeyond, tidy } from './clause.ts';
import { COMPARED_WITH, GROWTH_HEADS, INDICATOR_HEADS, NOT_LEVELS, PLAN_DOCUMENTS, PROGRESS_VERBS, RESPECTIVELY_WORDS, WIDTH } from './knowledge/index.ts';
import { isCountedNoun, RATE_HEAD } from './count-names.ts';
import { levelIndicator } from './level-names.ts';
import { alternatives } from './patterns.ts';

/** "vượt chỉ tiêu nghị quyết lần lượt " right before a list of percentages. */
// "so với dự toán đạt 50,31%", "so dự toán giao đạt 42%": the reference first, then the verb
// ("so với chỉ tiêu giao của UBND (70.544 người) đạt 84%": the plan's amount in brackets may follow it; "vượt kế hoạch năm 2024 khoảng 6%": its year)
const refBefore = new RegExp(`${WB}(vượt|đạt|bằng|so\\s+với|so)\\s+(${words(REFERENCE_HEADS)}(?:\\s+(?!(?:là|ở|mức|còn|dưới|trên|khoảng|đạt|bằng|vượt)${WE})(?:[\\p{L}]+|(?:19|20)\\d\\d(?!\\d))){0,4}?)(?:\\s*\\([^()]{1,40}\\))?\\s+(?:(đạt|bằng|vượt)\\s+)?(?:(?:${alternatives(RESPECTIVELY_WORDS)})\\s+)?$`, 'iu');
/**
 * "Tổng đàn gia súc 33.976 con, đạt 100,73%": a share right after a level in another unit, ending its
 * clause, is that level's share of a plan left unwritten (reference null).
 */
function unwrittenPlan(view: SentenceView, i: number): Reference | null {
  const q = view.quantities[i], level = view.quantities[i - 1];
  if (!level?.unit || isShare(level) || NOT_LEVELS.has(level.unit)) return null;
  const between = view.text.slice(level.end, q.start);
  if (!LEVEL_THEN_SHARE.test(between) && !NOUN_THEN_BRACKETED_SHARE.test(between) && !(AMOUNT_THEN_SHARE.test(between) && !isCountedNoun(level.unit))) return null;
  const change = CHANGE_NEXT.exec(textBeyond(view, q.end, WIDTH.phrase)); // "…, đạt 18,9%, tăng 31,4% so cùng kỳ": the comparison is the change's
  if (!change && !CLAUSE_ENDS.test(textBeyond(view, q.end, WIDTH.touch))) return null;
  // "giải quyết 220 tin …, đã xử lý 215 tin (đạt 97,7%)": a share in brackets that is the count over a
  // number near it is the count's rate; "…, bằng 99,8%" without brackets is of last year as often as
  // of a plan (only "(bằng 23,8%; -15,6%)" sets the two apart)
  if (between.includes('(') ? isRateOfNearby(view, i) : /bằng/iu.test(between)) return null;
  // "Đồng Hới thực hiện 1.003,3 ha, đạt 99,8%; …; Lệ Thủy … 99,5% so cùng kỳ": the sentence names what it is of
  return COMPARISON_LATER.test(view.text.slice(q.end + (change?.[0].length ?? 0), view.end)) ? null : noReference(q);
}
/**
 * "… cơ bản đạt kế hoạch đề ra: tổng sản lượng lương thực đạt 102,2%; thu ngân sách đạt 145%": each
 * share of a list opened by a plan met is a share of that plan (not repeated, so no reference); a
 * rate ("tỷ lệ gia đình văn hóa đạt 72%") is a level of its own.
 */
function planMetListItem(view: SentenceView, q: Quantity, verb: { verb: string }, floor: number): Reference | null {
  // "…: tổng giá trị sản xuất ước đạt 53%, tăng 23,7%": a change after the share is a change, no share of the plan
  if (RATE_WORD.test(verb.verb) || CHANGE_VERB.test(verb.verb) || !inPlanMetList(view.text, view.start, q.start)) return null;
  const span = subjectBefore(view.text, view.start, q.start, floor);
  const subject = view.text.slice(span.start, span.end);
  // (a growth rate, "Tốc độ tăng trưởng kinh tế hàng năm đạt 14,7%", too)
  return RATE_HEAD.test(subject) || GROWTH_HEAD.test(subject) ? null : noReference(q);
}
const GROWTH_HEAD = new RegExp(`^(?:${alternatives(GROWTH_HEADS)})(?![\\p{L}])`, 'iu');
const CHANGE_VERB = /^(?:tăng|giảm)$/iu;
const ITEM_ENDS = /^\s*(?:[,;.)]|$)/u;
const OWN_INDICATOR = new RegExp(`^\\s*(?:${alternatives(INDICATOR_HEADS)})(?![\\p{L}])`, 'iu');

/**
 * "Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%", "tổng kế hoạch đầu tư công
 * đã giải ngân 5.590 tỷ đồng, đạt 60,26%": a share ending its clause in a sentence whose subject is a
 * plan is a share of that plan.
 */
function planInSubject(view: SentenceView, q: Quantity): Reference | null {
  const plan = PLAN_SUBJECT.exec(view.text.slice(view.start, Math.min(q.start, view.start + WIDTH.reference)));
  if (!plan) return null;
  const refStart = view.start + plan.index + plan[0].indexOf(plan[1]);
  // "Kế hoạch … được triển khai, tỷ lệ hộ nghèo đạt 5%": a share with an indicator of its own is no share of the plan
  const own = subjectBefore(view.text, view.start, q.start);
  if (own.start > refStart && OWN_INDICATOR.test(view.text.slice(own.start, own.end))) return null;
  return { start: refStart, end: refStart + plan[1].length, text: plan[1] };
}

/**
 * The plan a share ending its clause is of when no plan word follows it: the list's opener, the
 * sentence's subject, or one left unwritten; null when it is no share of a plan.
 */
function impliedPlan(view: SentenceView, i: number, verb: { verb: string }, floor: number): Reference | null {
  const q = view.quantities[i];
  if (q.unit !== '%') return null;
  const endsItem = ITEM_ENDS.test(textBeyond(view, q.end, WIDTH.touch));
  return (endsItem ? planMetListItem(view, q, verb, floor) ?? planInSubject(view, q) ?? (isAmountsShare(view, q, verb.verb, floor) ? noReference(q) : null) : null) ?? unwrittenPlan(view, i);
}
/** The reference of a plan the text leaves unwritten: empty, at the share's end. */
const noReference = (q: Quantity): Reference => ({ start: q.end, end: q.end, text: '' });
/** A sentence opening (after a short frame maybe) with a plan as its subject (group 1), up to its verb: "Tổng kế hoạch vốn đầu tư công". */
const PLAN_SUBJECT = new RegExp(`^(?:[^,.;:]{0,40},)?\\s*((?:tổng\\s+)?(?:${alternatives(PLAN_DOCUMENTS)})(?![\\p{L}])(?:\\s+(?!(?:đã|được|là|đạt|trên|khoảng|giải|năm)(?![\\p{L}]))[\\p{L}\\p{N}]+){0,5})`, 'iu');
const LEVEL_THEN_SHARE = /^\s*[,(]\s*(?:đạt|vượt|bằng)\s*$/iu; // "…, đạt 100,73%", "… (bằng 23,8%; -15,6%)"
// "… ước đạt 9,117 tỷ đồng đạt 117%": an amount's share with no comma between ("12 xã đạt 46%" is the communes' rate)
const AMOUNT_THEN_SHARE = /^\s*(?:đạt|vượt)\s*$/iu;
// "981 người lao động đi làm việc ở nước ngoài (đạt 57,71%)": the count's own words, then the share in brackets
const NOUN_THEN_BRACKETED_SHARE = /^[\p{L}\p{M} ]{1,80}\(\s*(?:đạt|vượt|bằng)\s*$/u;

/** Whether the share at i is the level before it over one of the few numbers around them, to the share's last digit. */
function isRateOfNearby(view: SentenceView, i: number): boolean {
  const q = view.quantities[i], level = view.quantities[i - 1];
  const digits = /[.,](\d+)\s*%?$/.exec(view.text.slice(q.numStart, q.numEnd))?.[1].length ?? 0;
  const slack = 10 ** -digits;
  const isBase = (b: Quantity | undefined) => b !== undefined && b.value > 0 && !isShare(b) && Math.abs((level.value / b.value) * 100 - q.value) <= slack;
  for (let k = 1; k <= RATE_BASE_REACH; k++) if (isBase(view.quantities[i - 1 - k]) || isBase(view.quantities[i + k])) return true;
  return false;
}
/** How many numbers either side a rate's base is sought ("Tiếp nhận 220 tin …, đã xử lý 215 tin (đạt 97,7%)", "… 19.255 hồ sơ (đạt 96,55%), hồ sơ đến hạn 19.944 hồ sơ"). */
const RATE_BASE_REACH = 6;
/** A change right after a share, compared with a period maybe, ending its clause: ", tăng gần 29% so cùng kỳ năm ngoái." */
const CHANGE_NEXT = /^[ \t]*,[ \t]*(?:tăng|giảm)(?:[ \t]+(?:gần|hơn|khoảng|trên))?[ \t]+\d[\d.,]*[ \t]?%(?:[ \t]+so[ \t][^,;.()]{0,40})?(?=[ \t]*(?:[;.)]|$))/iu;
// (or the next item after "và": "thu nội địa 10.152 tỷ đồng, đạt 50,51% và thu xuất nhập khẩu …")
const CLAUSE_ENDS = /^\s*(?:[;.)]|$|và(?!\p{L}))/u;
/** A comparison with a period: "so với cùng kỳ", "so năm 2023", "so với quý trước". */
const COMPARED_PERIOD = `${COMPARED_WITH}(?:cùng\\s+kỳ|năm|tháng|quý|kỳ)`;
const PERIOD_COMPARED_NEXT = new RegExp(`^\\s*${COMPARED_PERIOD}(?![\\p{L}])`, 'iu');
const COMPARISON_LATER = new RegExp(`(?<![\\p{L}])${COMPARED_PERIOD}`, 'iu');

/** A sentence that opens with what its shares are of: "So với kế hoạch năm đề ra, …" (group 1: the plan). */
const OPENING_REFERENCE = new RegExp(`^\\s*(?:${COMPARED_WITH})(${words(REFERENCE_HEADS)}(?:\\s+(?!(?:là|thì|đạt|bằng|vượt)${WE})[\\p{L}]+){0,4}?)\\s*,`, 'iu');
/** A share compared again right after it ("81% so với cùng kỳ") is no share of the opening plan. */
const RESTATED_PLAN = new RegExp(`^\\s*(?:${COMPARED_WITH})`, 'iu');
/** What refBefore needs somewhere: a reference word (found by its first letters; refBefore's lookbehind is tried at every position). */
const REFERENCE_WORD = new RegExp(alternatives(REFERENCE_HEADS), 'iu');
/**
 * What the loop over a sentence's shares carries from one progress clause to the next: the numbers
 * taken, where the next level may start, the previous indicator (for a change or an inherited
 * subject), and the last verb, share end and level (for a list "bằng 118% dự toán tỉnh và 105% dự toán huyện").
 */
interface ProgressState {
  used: Set<Quantity>;
  floor: number;
  prevIndicator: PrevIndicator | null;
  lastVerb: { verb: string } | null;
  lastShareEnd: number;
  lastLevel: Quantity | null;
  lastEstimate: boolean;
}

/** A share's verb, reference and relation, and the shares read with it ("lần lượt 0,4% và 0,7%"). */
interface ShareClause { relation: 'reached' | 'exceeded_by'; reference: Reference; group: Quantity[]; verb: { verb: string } | null; carried: boolean }

export const progressExtractor: Extractor = {
  name: 'progress',
  extract(view: SentenceView): Claimed[] {
    const { start, quantities } = view;
    const out: Claimed[] = [];
    if (!quantities.some(isShare)) return out;
    const state: ProgressState = { used: new Set(), floor: start, prevIndicator: null, lastVerb: null, lastShareEnd: -1, lastLevel: null, lastEstimate: false };
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i];
      if (!isShare(q) || state.used.has(q)) continue;
      const clause = shareClause(view, i, state);
      if (!clause) continue;
      const { group, verb } = clause;
      if (q.unit === 'lần') clause.relation = 'reached'; // "vượt 1,5 lần kế hoạch" reaches 150 %
      // "đạt 57,5%, đạt KH": the share IS the level and the plan is met — no progress percentage
      const joinedWithoutLevel = clause.reference.joined && group.length === 1
        && !quantities.slice(Math.max(0, i - 3), i).some((l) => l.end > state.floor && !state.used.has(l));
      if (joinedWithoutLevel) continue;
      const levels = levelsOf(view, i, clause, state);
      for (let k = 0; k < group.length; k++) {
        const share = group[k];
        const level = levels[k];
        if (!level && ruleOff(view, 'progress/share')) continue;
        out.push(progressRecord(view, share, level, clause, state));
        state.used.add(share);
        if (verb) { state.lastVerb = verb; state.lastShareEnd = share.end; state.lastLevel = level ?? null; }
      }
      // the plan after the share belongs to it: "đạt 60% KH tỉnh giao, đạt 58% KH huyện giao" — no subject of the next
      state.floor = Math.max(group[group.length - 1].end, clause.reference.end);
      i += group.length - 1;
    }
    return out;
  },
};

const RATE_WORD = /(?:tỷ|tỉ)\s+lệ$/u;
/** The progress verb of the level right before a share, when only a comma or a bracket stands between them ("đạt 1.876 tỷ đồng, 105,4% …", "ước đạt hơn 181 tỷ đồng (gần 52%) so dự toán"). */
function verbOfLevelBefore(view: SentenceView, i: number): { verb: string } | null {
  const level = view.quantities[i - 1], q = view.quantities[i];
  if (!level?.unit || isShare(level) || !/^[ \t]*[,(][ \t]*$/u.test(view.text.slice(level.end, q.start))) return null;
  // "tổng sản lượng lương thực gần 3.000 tấn, hơn 105% kế hoạch": with no verb at all, a plan touching the share says what it is of
  return progressVerbBefore(view.text, view.start, level.start) ?? (planTouches(view.text, q, view.end) ? { verb: 'đạt' } : null);
}
/** The verb before the share and the plan after it, or the plan before it ("vượt chỉ tiêu nghị quyết lần lượt 0,4% và 0,7%"). */
function shareClause(view: SentenceView, i: number, state: ProgressState): ShareClause | null {
  const { text, start, end, quantities } = view;
  const q = quantities[i];
  const group: Quantity[] = [q];
  // "bằng 118% dự toán tỉnh giao và 105% dự toán huyện giao", "đạt 300% KH, 168% NQ HĐND": the verb carries over "và" or ","
  const ownVerb = progressVerbBefore(text, start, q.start) ?? higherThan(text, start, q);
  const { lastVerb, lastShareEnd } = state;
  const carried = ownVerb ? null
    : (lastVerb && lastShareEnd >= 0 && q.start - lastShareEnd < WIDTH.phrase && /^[^,;.\d]{0,60}(?:\svà|,)\s*$/u.test(text.slice(lastShareEnd, q.start)) ? lastVerb : null);
  // "… đạt 1.876 tỷ đồng, 105,4% kế hoạch": the level's verb serves the share right after its comma; "giải ngân 99% kế hoạch": a verb of doing, the plan touching
  const verb = ownVerb ?? carried ?? verbOfLevelBefore(view, i) ?? planDoneVerbBefore(text, start, q, end);
  if (verb) {
    const reference = referenceAfter(text, q.end, end);
    // "đạt tỷ lệ 100%, vượt chỉ tiêu NQĐH": a rate, and the plan a clause of its own; only "đạt tỷ lệ 43% kế hoạch" is a share of it
    if (reference && reference.joined && RATE_WORD.test(verb.verb)) return null;
    if (reference) return { relation: relationOf(verb), reference, group, verb, carried: carried !== null };
  }
  const lead = textBefore(view, q.start, WIDTH.phrase);
  const rb = REFERENCE_WORD.test(lead) ? refBefore.exec(lead) : null;
  if (!rb) {
    // "So với kế hoạch năm đề ra, 9 tháng đầu năm, tỉnh đã hoàn thành 81,6%": a sentence opening with its plan; verbless, a place's share in a list opened by one (compared-list.ts)
    if (!verb) { const listed = planComparedListItem(view, q); return listed && { relation: 'reached', reference: listed, group, verb, carried: false }; }
    const opening = RESTATED_PLAN.test(text.slice(q.end, q.end + WIDTH.lead)) ? null : OPENING_REFERENCE.exec(text.slice(start, Math.min(q.start, start + WIDTH.reference)));
    if (!opening) {
      const implied = ownVerb && impliedPlan(view, i, ownVerb, state.floor);
      return ownVerb && implied ? { relation: relationOf(ownVerb), reference: implied, group, verb: ownVerb, carried: false } : null;
    }
    const refStart = start + opening[0].indexOf(opening[1]);
    return { relation: relationOf(verb), reference: { start: refStart, end: refStart + opening[1].length, text: opening[1] }, group, verb, carried: !ownVerb };
  }
  if (/^so/iu.test(rb[1]) && !rb[3]) return null; // "so với kế hoạch 5%" says no verb
  // "đạt 35% so với dự toán và bằng 112% so cùng kỳ": a share compared with a period right after it is a level;
  // the plan before belongs to the share before
  if (PERIOD_COMPARED_NEXT.test(textBeyond(view, q.end, WIDTH.marker))) return null;
  const relation = (rb[3] ?? rb[1]).toLowerCase() === 'vượt' ? 'exceeded_by' : 'reached';
  const refStart = q.start - rb[0].length + rb[0].indexOf(rb[2]);
  // "lần lượt 0,4% và 0,7%/năm": every share of the list belongs to the same reference
  for (let j = i + 1; j < quantities.length; j++) {
    const between = text.slice(group[group.length - 1].end, quantities[j].start);
    if (!/^\s*(?:,|và|;)\s*$/u.test(between) || !quantities[j].unit?.startsWith('%')) break;
    group.push(quantities[j]);
  }
  return { relation, reference: { start: refStart, end: refStart + rb[2].length, text: rb[2] }, group, verb, carried: !ownVerb };
}

/** The level of each share of the group: the nearest unused numbers before it, after the previous progress clause and any ";". */
function levelsOf(view: SentenceView, i: number, clause: ShareClause, state: ProgressState): (Quantity | undefined)[] {
  const { text, quantities } = view;
  const { group } = clause;
  const q = quantities[i];
  const lo = Math.max(state.floor, q.start - 2 * MAX_SUBJECT);
  let clauseFloor = lo + text.slice(lo, q.start).lastIndexOf(';') + 1;
  // "Độ bao phủ BHYT là 81,8%; đạt 99,49% chỉ tiêu …": a clause that opens on the share's verb has no subject of its own:
  // the level before the ';' is the share's
  if (clauseFloor > lo && clause.verb && !clause.carried && VERB_ONLY.test(text.slice(clauseFloor, q.start))) clauseFloor = lo + text.slice(lo, clauseFloor - 1).lastIndexOf(';') + 1;
  const withLevels = !ruleOff(view, 'progress/level-and-share'); // without it, a share never takes a level
  const picked: Quantity[] = withLevels && clause.carried && state.lastLevel ? [state.lastLevel] : [];
  let change: Quantity | undefined; // a rate of change passed over, the level of a share of a rate's plan when no other is
  for (let j = i - 1; withLevels && j >= 0 && picked.length < group.length && quantities[j].start >= clauseFloor; j--) {
    const l = quantities[j];
    if (state.used.has(l) || isProgressShare(view, l) || inAsideClosedBefore(text, l, q.start, clauseFloor)) continue;
    // "tăng 21,7% so với cùng kỳ", "gấp 3,5 lần về vốn so với cùng kỳ" compare with a period: no level of a plan but
    // a rate's ("GRDP ước tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%)")
    if (comparesWithPeriod(view, l) || l.unit === 'lần') { if (!change && l.unit === '%' && q.unit === '%') change = l; continue; }
    // "so với chỉ tiêu giao (70.544 người) đạt 84%": the plan's own amount, written with it before the share, is no level
    if (l.start >= clause.reference.end && l.end <= q.start && PLAN_AMOUNT_AFTER.test(text.slice(clause.reference.end, l.start))) continue;
    if (l.unit !== null && l.unit !== 'lần' && NOT_LEVELS.has(l.unit)) continue; // "10 sản phẩm … 3 sao, đạt 125% kế hoạch": a rating names, it is no level
    if (exceededShare(view, l)) continue; // "vượt 9% về việc, vượt 27% …": a share exceeded of its own, no level
    if (group.length === 1 && j > 0 && quantities[j - 1].start >= clauseFloor && restatesLevel(view, quantities[j - 1], l)) continue;
    if (group.length === 1 && j > 0 && isPartOfAmountBefore(view, j, clauseFloor)) continue; // "… tỷ đồng, chiếm 67,6%, bằng 34,4% dự toán": the amount is
    picked.unshift(l);
  }
  if (!picked.length && change && group.length === 1 && clause.relation === 'exceeded_by' && RATE_THEN_EXCEEDED.test(text.slice(change.end, q.start))) picked.push(change);
  // "đạt 102% dự toán Trung ương giao, bằng 96,3% dự toán HĐND tỉnh giao": a second share of the
  // same level, right after the first ("…, công sở văn hóa đạt 100%" names its own)
  if (withLevels && !picked.length && state.lastLevel && group.length === 1 && q.start - state.lastShareEnd < WIDTH.phrase
    && !endsClause(text, state.lastLevel.end, state.lastShareEnd, q.start) && !namesOwnSubject(view, q, state.floor)) picked.push(state.lastLevel);
  // "đạt gần 80% kế hoạch năm, tương đương 5.919 tỷ đồng": with none before, the amount the share restates after its plan
  if (withLevels && !picked.length && group.length === 1) {
    const next = quantities[quantityIndexAt(view, clause.reference.end)];
    if (next?.unit && !isShare(next) && !state.used.has(next) && EQUIVALENT_AFTER.test(text.slice(clause.reference.end, next.start))) picked.push(next);
  }
  return group.map((_, k) => picked.length === group.length ? picked[k] : (k === group.length - 1 ? picked[picked.length - 1] : undefined));
}
// the rate's comparison, then the plan it exceeds in its own bracket or after one comma: "… so với năm 2016 (vượt mục tiêu Nghị quyết "
const RATE_THEN_EXCEEDED = /^\s*so\s+(?:với\s+)?(?:[^\d,;()]|(?:19|20)\d\d){1,40}[,(]\s*vượt(?:\s+[^\d,;()]{1,40})?\s*$/iu;
const EQUIVALENT_AFTER = /^\s*,\s*tương\s+(?:đương|ứng)(?:\s+với)?\s*$/iu;
const VERB_ONLY = new RegExp(`^\\s*(?:${alternatives(PROGRESS_VERBS)})\\s*$`, 'iu');

/**
 * True when a '.' or ';' between two shares ends the clause of the level they share, unless the ';' is
 * inside the brackets holding both ("… đồng (đạt 104,11% dự toán tỉnh giao; đạt 100,26% dự toán của huyện)").
 */
function endsClause(text: string, levelEnd: number, firstShareEnd: number, second: number): boolean {
  const between = text.slice(firstShareEnd, second);
  if (between.includes('.')) return true;
  if (!between.includes(';')) return false;
  const opened = text.slice(levelEnd, firstShareEnd);
  return !(opened.lastIndexOf('(') > opened.lastIndexOf(')') && !between.includes(')'));
}

/** True when the words before a share, after the previous clause, name a subject of their own. */
function namesOwnSubject(view: SentenceView, q: Quantity, floor: number): boolean {
  const subject = subjectBefore(view.text, view.start, q.start, floor);
  return subject.end > subject.start && isMeaningfulSubject(tidy(view.text.slice(subject.start, subject.end)));
}

/** One progress record: the share, its level (claimed with it), the indicator and a plan in brackets. */
function progressRecord(view: SentenceView, share: Quantity, level: Quantity | undefined, clause: ShareClause, state: ProgressState): Claimed {
  const { text, start } = view;
  const { reference, verb, group } = clause;
  const fields = emptyFields('progress');
  fields.percent = share.unit === 'lần' ? Math.round(share.value * 100 * 1e6) / 1e6 : share.value;
  fields.relation = clause.relation;
  fields.reference = tidy(reference.text) || null;
  const claims: Claims = { own: { start: share.start, end: share.end } };
  const quoted = reference.apart ? share : reference, opening = Math.min(share.start, quoted.start); // (apart: a list opener's plan, no part of the quote)
  let qStart = opening, qEnd = Math.max(share.end, quoted.end);
  if (!level && verb?.verb !== 'cao hơn') fields.approx = share.approx; // "đạt trên 95% kế hoạch": the qualifier is the share's
  if (level) {
    fields.value = level.value;
    fields.value_max = level.value_max;
    fields.unit = level.unit;
    fields.approx = level.approx;
    claims.level = { start: level.start, end: level.end };
    qStart = Math.min(qStart, level.start);
    qEnd = Math.max(qEnd, level.end);
    state.used.add(level);
  }
  const before = level && level.start < share.start ? level : undefined; // a level restated after its plan is named as the share is
  const anchor = before ? before.start : opening;
  let about: { start: number; end: number } | null = null;
  const named: ReturnType<typeof levelIndicator> = before || reference.apart ? levelIndicator(view, before ?? share, floorBefore(view, (before ?? share).start), state.prevIndicator) : null; // (apart: named as a level in its place's list would be)
  if (named) {
    fields.indicator = named.indicator;
    qStart = Math.min(qStart, named.start);
  } else if ((about = aboutAfter(view, share))) {
    fields.indicator = tidy(text.slice(about.start, about.end)); // "hoàn thành 81,6% về xuất khẩu": what the share is of
    qEnd = Math.max(qEnd, about.end);
  } else {
    const subject = subjectBefore(text, start, anchor, state.floor);
    if (subject.end > subject.start) {
      // "Thu ngân sách vượt 12,5% dự toán", "Tỉnh đã hoàn thành 100% kế hoạch": the verb (and its adverb) is no part of the name
      fields.indicator = tidy(text.slice(subject.start, subject.end)).replace(TRAILING_VERB, '').replace(ONLY_COMPARISON, '') || null;
      qStart = Math.min(qStart, subject.start);
    }
    // "… đã đạt 94,5% dự toán Bộ Tài chính giao và đạt 81% dự toán HĐND": a second share of the same thing
    if (!fields.indicator && state.prevIndicator && state.lastShareEnd >= 0 && SECOND_SHARE.test(text.slice(state.lastShareEnd, anchor))) fields.indicator = state.prevIndicator.base;
  }
  if (fields.indicator && named?.rule !== 'inherited') state.prevIndicator = { indicator: fields.indicator, unit: fields.unit, base: named?.base ?? fields.indicator, rule: named?.rule };
  // "ước đạt 40.120 triệu đồng, đạt 165,17% KH tỉnh giao và đạt 112,89% KH huyện giao": a second share of the same level is as estimated as the first
  fields.estimate = level && level === state.lastLevel ? state.lastEstimate : estimateAt(view, state.floor, share.start);
  state.lastEstimate = fields.estimate;
  // a target in parentheses right after the reference, possibly past the sentence end
  const target = group.length === 1 ? targetAfter(view, qEnd, true) : null;
  if (target) {
    fields.target_value = target.q.value;
    fields.target_value_max = target.q.value_max;
    fields.target_unit = target.q.unit;
    claims.plan = { start: target.q.start, end: target.q.end };
    qEnd = target.end;
  }
  return { start: qStart, end: qEnd, fields, rule: level ? 'progress/level-and-share' : 'progress/share', claims };
}

/** "81,6% về xuất khẩu": the noun phrase after "về" right after a share. */
function aboutAfter(view: SentenceView, share: Quantity): { start: number; end: number } | null {
  const m = ABOUT.exec(textBeyond(view, share.end, WIDTH.word));
  return m ? phraseAfter(view.text, share.end + m[0].length - 1, view.end) : null;
}
const ABOUT = /^\s+về\s/u;
// what may come between a share's plan and a second share's verb: the plan's words, then "và" or ","
const SECOND_SHARE = /^[^.;\d]{0,80}(?:\svà|,)\s*(?:\p{L}+\s+)?$/u;

// (an adverb that ends a compound stays: "Cây lúa thực hiện vượt chỉ tiêu 5%")
// "so với chỉ tiêu … đạt 84%": the comparison word before a plan written first names nothing
const PLAN_AMOUNT_AFTER = /^\s*\(\s*$/u; // the bracket right after a plan, before its amount
const ONLY_COMPARISON = /^so(?:\s+với)?$/iu;
const TRAILING_VERB = new RegExp(`(?:\\s+(?:đã|${trailingAdverbs.join('|')}))?\\s+(?:${alternatives(PROGRESS_VERBS)})$`, 'iu');

/** A verb of exceeding ("vượt", "tăng") makes a share "exceeded_by"; any other "reached". */
function relationOf(verb: { verb: string }): ShareClause['relation'] {
  return EXCEEDING_VERBS.some((v) => verb.verb.startsWith(v)) ? 'exceeded_by' : 'reached';
}

/** "(cao hơn 3,1% so với Nghị quyết)": "cao hơn" right before a share (the number reader's comparison, no qualifier of it); before a plan it is the verb. */
const HIGHER_BEFORE = /(?<![\p{L}])cao[ \t]+hơn[ \t]*$/iu;
function higherThan(text: string, start: number, q: Quantity): { verb: string } | null {
  return q.approx?.toLowerCase() === 'cao hơn' || HIGHER_BEFORE.test(text.slice(Math.max(start, q.start - 12), q.start)) ? { verb: 'cao hơn' } : null;
}

/** A share that is itself a progress percentage ("đạt 95% chỉ tiêu") cannot be another's level. */
function isProgressShare(view: SentenceView, q: Quantity): boolean {
  if (!isShare(q)) return false;
  return progressVerbBefore(view.text, view.start, q.start) !== null && referenceAfter(view.text, q.end, view.end) !== null;
}

/**
 * "ước đạt 48,2 nghìn tỷ đồng, tương đương 1,9 tỷ USD, vượt 3,1% kế hoạch", "đạt 49.681 tỷ đồng (khoảng 2,15 tỷ USD),
 * … đạt 73,5% so với kế hoạch", "đạt 3.400 USD, tăng 15,3% và vượt 3% kế hoạch": a restatement, in brackets too, or a
 * change right after a level is not what the plan measures.
 */
function restatesLevel(view: SentenceView, level: Quantity, l: Quantity): boolean {
  return level.unit !== null && RESTATES.test(view.text.slice(level.end, l.start));
}
const RESTATES = /^\s*(?:,\s*(?:tương\s+đương(?:\s+với)?|(?:ước\s+)?(?:tăng|giảm)(?:\s+thêm)?)|\((?:\s*tương\s+đương(?:\s+với)?)?)\s*$/iu;

/**
 * "tăng 21,7% so với cùng kỳ": a change against an earlier period; "tăng 35.311 người (4,69%) so với cùng kỳ": both the
 * change and its rate in brackets; "so với cùng kỳ tăng 9,9%": the comparison first, then the change's verb.
 */
function comparesWithPeriod(view: SentenceView, q: Quantity): boolean {
  return COMPARED_AFTER.test(textBeyond(view, q.end, WIDTH.lead)) || COMPARED_THEN_CHANGE.test(textBefore(view, q.start, WIDTH.clauseWord));
}
const COMPARED_AFTER = /^\s*(?:\([^()]{1,30}\)\s*|\)\s*)?(?:so\s+(?:với|cùng\s+kỳ)|cùng\s+kỳ(?![\p{L}]))/iu; // "so cùng kỳ", "bằng 91,4% cùng kỳ": "so với" short or left out
const COMPARED_THEN_CHANGE = new RegExp(`(?<![\\p{L}])${COMPARED_WITH}cùng\\s+kỳ(?:\\s+năm\\s+(?:trước|(?:19|20)\\d\\d))?\\s*,?\\s*(?:tăng|giảm)\\s*$`, 'iu');
