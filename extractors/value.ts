// `value`: the measured or estimated level of an indicator — "tỷ lệ hộ nghèo giảm xuống còn 0,6%",
// "Thu nhập bình quân đầu người đạt 53 triệu đồng/người/năm", "97% hộ gia đình ... đạt tiêu chuẩn
// văn hóa", "tăng 7,5% so với cùng kỳ". A number needs a unit and a subject that names what is
// measured; bare counts of years, ages, stars or doses of a list are left alone.
import { emptyFields } from './statement.ts';
import type { Kind } from './statement.ts';
import type { Quantity } from './numbers.ts';
import { isActionCount } from './nonfigures.ts';
import { BARE_CHANGE_BEFORE, estimateAt, MAX_SUBJECT, PRODUCTION_BEFORE, rankedWith, WITH_BEFORE } from './language.ts';
import { clauseStart, phraseAfter, quantityIndexAt, textBefore, textBeyond, tidy } from './clause.ts';
import { continuesList, isAveragePerUnit, levelIndicator, MEASURE_HEAD, RANK_CHANGE, SHARE_UNITS } from './level-names.ts';
import type { PrevIndicator } from './types.ts';
import { scoreAfterRank } from './rank-names.ts';
import { planBefore, targetAfter, withoutPlanMet } from './plan-in-brackets.ts';
import { CHANGE_ADVERBS, COMPLETION_VERBS, EVENT_UNITS, GOAL_WORDS, LINK_QUALIFIERS, LINKING_VERBS, MEASURE_NOUN_HEADS, NOT_LEVELS, NUMBER_CONTEXT_TABLES, OCCURRENCE_VERBS, PHRASE_WORDS, PRODUCTION_VERBS, PROGRAMME_VERBS, HOME_BUILDING_VERBS, DONE_BY_COUNTED_VERBS, STRIVE_WORDS, RATE_PERIODS, REPORTING_VERBS, SCORE_UNIT, SUBJECT_LEADING, TASK_WORDS, WIDTH } from './knowledge/index.ts';
import { bracketedShare, COUNT_SHARE_HEAD, countAfterCount, countedPhrase, isCountedNoun, opensOnItsNoun } from './count-names.ts';
import { DAMAGED_AFTER, damagedBefore, NOUN_WORD_AFTER } from './damage-names.ts';
import type { Named } from './count-names.ts';
import { alternatives } from './patterns.ts';
import type { Claimed, Claims, Extractor, SentenceView } from './types.ts';
import { UNIT_LEXICON, unitKey } from './units.ts';
import { Memo } from './memo.ts';
import { fromToLevel } from './from-to.ts';
import { inListRun } from './list-runs.ts';
import { secondOfChange } from './change-names.ts';
import { measureAfterAmount, measureItem, namedListItem } from './measure-list.ts';
import { ruleOff } from './rules.ts';
import { NOT_A_LEVEL, ownersOfCount } from './not-a-level.ts';
import type { LevelCheck } from './not-a-level.ts';

/** "Số bác sĩ/vạn dân đạt 11,8": a bare number takes the rate unit its subject names. */
// (or "Số bác sỹ bình quân 1 vạn dân (người): 15", "… trên 100.000 dân: 4,1": the base after "bình quân" or "trên", a bracket
// maybe after it; per 100.000 is no vạn)
const RATE_BASE = String.raw`\s*(?:1\s+)?(vạn|nghìn|1\.000|10\.000|100\.000)\s+(dân|người)`; // "/ 1 vạn dân", "bình quân 1 nghìn người"
const RATE_IN_SUBJECT = new RegExp(String.raw`([\p{L}]+(?:\s+[\p{L}]+){0,3})\s*(?:\/|\s(?:bình\s+quân|trung\s+bình|trên))${RATE_BASE}(?:\s+[\p{L}]+){0,3}(?:\s*\([^()\d]{1,20}\))?\s*(?:đạt|là|còn|khoảng|:)?\s*$`, 'iu');
/** What RATE_IN_SUBJECT needs somewhere: "/vạn dân", "/ 1 nghìn người"; tried first, since it is found without backtracking. */
const RATE_UNIT = new RegExp(String.raw`(?:\/|bình\s+quân|trung\s+bình|trên)${RATE_BASE}`, 'iu');
/** A clause whose subject is a score ("Điểm PCI cao nhất là 72,95", "với tổng điểm 48,811", "Điểm số PCI … đạt bình quân 65,74"). */
const SCORE_SUBJECT = /(?<![\p{L}])(?<!(?:địa|thời|trọng|đặc|ưu|nhược|quan|các|những)\s)(?:[tT]ổng\s+)?[đĐ]iểm(?:\s+số)?(?:\s+(?:\p{Lu}{2,}[\p{L}-]*|năm\s+(?:19|20)\d\d|bình\s+quân|trung\s+bình|cao\s+nhất|thấp\s+nhất|chung|cả\s+nước|toàn\s+quốc|là|đạt|với))*\s*$/u;

/** A clause opening on what it counts: "Số doanh nghiệp …", "Tổng số hộ …", "bệnh nhân …", "Tương tự số bệnh nhân …"; its first three words. */
const COUNT_SUBJECT_OPEN = new RegExp(`^[\\s,]*(?:(?:${alternatives(SUBJECT_LEADING)})[\\s,]+(?=(?:tổng[ \\t]+)?số[ \\t]))?(?:(?:tổng[ \\t]+)?số[ \\t]+)?(\\p{L}+)(?:[ \\t]+(\\p{L}+))?(?:[ \\t]+(\\p{L}+))?`, 'iu');
/** …or "số …" after "với"/"và" inside it: "Hà Nam dẫn đầu với số hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ … là 168.746". */
const COUNT_SUBJECT_LINKED = /(?<![\p{L}])(?:với|và)[ \t]+(?:tổng[ \t]+)?số[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?(?:[ \t]+(\p{L}+))?/iu;
/** …and closing on the verb or the colon before its figure: "… là 520", "… đạt 1.200", "… tăng huyết áp: 4.290". */
const COUNT_SUBJECT_VERB = /(?:[ \t](?:là|đạt)|:)[ \t]*$/iu;

/**
 * "Số doanh nghiệp đăng ký thành lập mới là 520", "bệnh nhân điều trị ngoại trú tăng huyết áp: 4.290": a whole
 * number without a unit after a clause that opens on a counted noun of the lexicon ("số" before it maybe)
 * counts that noun (the longest of its first words that is one).
 */
function countOfSubject(view: SentenceView, q: Quantity): string | null {
  if (!Number.isInteger(q.value) || q.value_max !== null) return null;
  let clause = textBefore(view, q.start, WIDTH.phrase, clauseStart(view.text, view.start, q.start));
  // "… tăng huyết áp: 4.290": a colon ends the clause before it; the label is the clause the colon closes
  if (!clause.trim() && view.text.slice(Math.max(view.start, q.start - 3), q.start).includes(':')) {
    const colon = view.text.lastIndexOf(':', q.start);
    clause = textBefore(view, colon + 1, WIDTH.phrase, clauseStart(view.text, view.start, colon));
    if (/\d/.test(clause)) return null; // "Ý kiến (3) Lượt xem: 24.518": a counter, no label of what is counted
  }
  if (!COUNT_SUBJECT_VERB.test(clause)) return null;
  for (const m of [COUNT_SUBJECT_LINKED.exec(clause), COUNT_SUBJECT_OPEN.exec(clause)]) { // "số …" named, else the opening noun
    if (!m) continue;
    for (let n = 3; n >= 1; n--) {
      if (!m[n]) continue;
      const noun = m.slice(1, n + 1).join(' ');
      if (UNIT_LEXICON.get(unitKey(noun))?.kind === 'count') return noun.toLowerCase();
    }
  }
  return null;
}

// "là 59.177 người …; tăng 3.860 (7%)": a bare change with its share in brackets right after it
const SHARE_IN_BRACKETS_AFTER = new RegExp(`^[ \\t]*${bracketedShare()}`, 'u');
/** The unit of the level a bare change with its share in brackets changes: the last unit of a count or measure before it in the sentence. */
function unitOfChangedLevel(view: SentenceView, q: Quantity): string | null {
  if (!BARE_CHANGE_BEFORE.test(textBefore(view, q.start, WIDTH.lead)) || !SHARE_IN_BRACKETS_AFTER.test(textBeyond(view, q.end, WIDTH.marker))) return null;
  const index = quantityIndexAt(view, q.start);
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const unit = view.quantities[k].unit;
    if (unit && !SHARE_UNITS.test(unit)) return unit;
  }
  return null;
}

function withUnitFromSubject(view: SentenceView, q: Quantity): Quantity {
  if (q.unit !== null) return q;
  // a bare number after a score's subject is in điểm (a score, never a year: no more than 1.000)
  if (q.value <= 1000 && SCORE_SUBJECT.test(textBefore(view, q.start, WIDTH.phrase, clauseStart(view.text, view.start, q.start)))) return { ...q, unit: SCORE_UNIT };
  const counted = countOfSubject(view, q);
  if (counted) return { ...q, unit: counted };
  const changed = unitOfChangedLevel(view, q);
  if (changed) return { ...q, unit: changed };
  const before = textBefore(view, q.start, WIDTH.phrase);
  if (!RATE_UNIT.test(before)) return q;
  const m = RATE_IN_SUBJECT.exec(before);
  if (!m) return q;
  const head = m[1].replace(/^(?:số|tổng\s+số)\s+/iu, '').toLowerCase();
  const per = m[2] === 'nghìn' || m[2] === '1.000' ? 'nghìn' : m[2] === '100.000' ? '100.000' : 'vạn';
  return { ...q, unit: `${head}/${per} ${m[3].toLowerCase()}` };
}

// the units of events, levels only when an action counts them (EVENT_UNITS)
const EVENT_UNIT_SET = new Set<string>(EVENT_UNITS);
/** Whether a number in its unit can be an indicator's level: no date, age, dose or bare count of events. */
function isLevel(view: SentenceView, q: Quantity): boolean {
  if (!q.unit) return false;
  if (q.unit === 'lần') return /(?:gấp|tăng|giảm|bằng|lên)\s*$/iu.test(textBefore(view, q.start, WIDTH.word));
  if (q.unit === 'tuổi' && /tuổi\s+thọ|tuổi\s+bình\s+quân/iu.test(textBefore(view, q.start, WIDTH.phrase))) return true;
  // a duration that is itself the indicator ("Thời gian lưu trú bình quân là 1,6 ngày"), a count of days ("tổng số ngày nghỉ là 143.000 ngày")
  if ((q.unit === 'ngày' || q.unit === 'giờ' || q.unit === 'phút') && /thời\s+gian|thời\s+hạn|số\s+(?:ngày|giờ)|(?:ngày|giờ)\s+công/iu.test(textBefore(view, q.start, WIDTH.phrase))) return true;
  // "tổ chức được 46 phiên giao dịch việc làm": events an action counts (a bare "3 phiên" is no level)
  if (EVENT_UNIT_SET.has(q.unit)) return isActionCount(textBefore(view, q.start, WIDTH.action), q.unit);
  if (NOT_LEVELS.has(q.unit)) return false;
  return true;
}

/** Level statements of the sentence, as `value` before `view.targetFrom` and `target` after it. */
export function levelStatements(view: SentenceView, kind: Kind): Claimed[] {
  const { text, start, end, quantities } = view;
  const out: Claimed[] = [];
  let prevEnd = start;
  let prevIndicator: PrevIndicator | null = null, prevEstimate = false, levelsBefore: LevelsBefore = null; // see targetGoingOn
  let lastEstimateEnd = -1; // where the sentence's last estimated level ends
  const plansInBrackets = new Set<number>(); // starts of numbers taken as a statement's target
  const goalBefore = quantities.map((q) => q.start < view.targetFrom && goalNamedBefore(view, q)); // a goal named: a target (read once a pass)
  if (kind === 'target' && !quantities.some((q, i) => q.start >= view.targetFrom || goalBefore[i])) return out; // no target talk: nothing to name
  let planAhead: ReturnType<typeof planBefore> = null; // the plan opening the brackets of the number at index, found one step before
  for (let index = 0; index < quantities.length; index++) {
    // "Tỷ lệ hồ sơ … (chỉ tiêu tối thiểu 98%, hiện đạt 97,4%)": named before the brackets, the plan its target
    const opening = planAhead;
    planAhead = planBefore(view, index + 1);
    const q = withUnitFromSubject(view, quantities[index]);
    if (plansInBrackets.has(q.start) || planAhead) continue; // a plan: the level after it takes it
    const floor = prevEnd;
    prevEnd = q.end; // taken back below when this number makes no statement
    const inTarget = (q.start >= view.targetFrom || goalBefore[index]) && !COUNTS_GOALS.test(q.unit ?? '');
    if (!isLevel(view, q)) { prevEnd = floor; continue; }
    if ((kind === 'target') !== inTarget) { if (kind === 'target' && q.unit) (levelsBefore ??= new Map()).set(q.unit, { q, floor }); continue; }
    const fromTo = ruleOff(view, `${kind}/from-to`) ? null : fromToLevel(view, index);
    // "phấn đấu … giảm từ 5,2% xuống còn 3%": the level a target starts from is no target
    if (fromTo?.first && kind === 'target') continue;
    const lead = textBefore(view, q.start, WIDTH.lead);
    const finished = PLACE_WORD_BEFORE.test(lead) ? finishedPlaces(view, q) : null; // read once: a veto, a level and a name
    if (!fromTo && !looksLikeLevel(view, q, index, floor, inTarget, lead, finished)) { prevEnd = floor; continue; }
    const named: Named | null = fromTo ?? targetGoingOn(view, q, floor, prevIndicator, levelsBefore, kind) ?? levelIndicator(view, opening ? { ...q, start: opening.open } : q, floor, prevIndicator, kind);
    if (!named) { prevEnd = floor; continue; }
    if (named.rule !== 'inherited') prevIndicator = { indicator: named.indicator, unit: q.unit, base: named.base, rule: named.rule }; // the chain's first subject carries on
    const indicator = finished ?? (opening ? withoutPlanMet(named.indicator) : named.indicator);
    let qStart = named.start, qEnd = opening && text[q.end] === ')' ? q.end + 1 : named.end;
    const fields = emptyFields(kind);
    fields.indicator = indicator;
    fields.value = q.value;
    fields.value_max = q.value_max;
    fields.unit = q.unit;
    fields.approx = q.approx;
    fields.estimate = estimateAt(view, floor, q.start)
      || (prevEstimate && (CHANGED_BY.test(textBefore(view, q.start, WIDTH.phrase, floor)) || RESTATED_BY.test(textBefore(view, q.start, WIDTH.verb, floor))))
      // "... ước đạt 7,85% ...; trong đó khu vực dịch vụ tăng 7,01%": the breakdown of an estimate
      || (lastEstimateEnd >= 0 && q.start - lastEstimateEnd < MAX_SUBJECT && /trong\s+đó/iu.test(text.slice(lastEstimateEnd, q.start)));
    if (kind === 'target') fields.estimate = false; // a target is never an estimate (spec), even "ước tăng 8,7%" in a plan
    prevEstimate = fields.estimate;
    if (fields.estimate) lastEstimateEnd = q.end;
    const claims: Claims = { own: { start: q.start, end: q.end } };
    const target = opening ? { q: opening.plan, end: q.end } : targetAfter(view, q.end);
    if (target) {
      fields.target_value = target.q.value;
      fields.target_value_max = target.q.value_max;
      fields.target_unit = target.q.unit;
      claims.plan = { start: target.q.start, end: target.q.end };
      plansInBrackets.add(target.q.start);
      qEnd = Math.max(qEnd, target.end);
      prevEnd = Math.max(prevEnd, target.end); // the next number's subject starts after the plan ("…/KH 2.000 tỷ đồng, tăng 258 tỷ đồng")
    }
    out.push({ start: qStart, end: qEnd, fields, rule: `${kind}/${named.rule}`, claims, notes: q.notes.length ? [...q.notes] : undefined });
  }
  return out;
}

/** In the target pass, the last level of each unit before the target talk, named only when a target asks (targetGoingOn). */
type LevelsBefore = Map<string, { q: Quantity; floor: number }> | null;
// only striving and dates between a level and the target after it: ", phấn đấu đến năm 2025 có ", " năm 2025 và "
const STRIVE_AND_DATE = new RegExp(`^[\\s,;)]*(?:năm\\s+(?:19|20)\\d\\d\\s*)?(?:và\\s+)?(?:(?:${alternatives(STRIVE_WORDS)})\\s+)?(?:(?:đến|tới|vào|trong)\\s+(?:hết\\s+|cuối\\s+)?)?(?:năm\\s+(?:19|20)\\d\\d\\s*,?\\s*)?(?:sẽ\\s+)?(?:có|đạt|là)?\\s*$`, 'iu');
/**
 * "… năm 2020 đạt 1.200 CLB (tăng bình quân 8%/năm), phấn đấu đến năm 2025 có 1.500 CLB": a target of the unit of the
 * level before it, with only striving and dates between them, measures what that level did (a rate of change names nothing).
 */
function targetGoingOn(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, levelsBefore: LevelsBefore, kind: Kind): Named | null {
  if (kind !== 'target' || !q.unit || floor <= view.start || q.start - floor > WIDTH.phrase || ruleOff(view, 'target/inherited')) return null;
  const level = prev?.unit === q.unit ? null : levelsBefore?.get(q.unit);
  if (!level && prev?.unit !== q.unit) return null;
  const between = view.text.slice(floor, q.start);
  if (!/\d{4}|phấn|phân/u.test(between) || !STRIVE_AND_DATE.test(between)) return null;
  const seed = level ? levelIndicator(view, level.q, level.floor, null) : null;
  const base = !level ? prev!.base : seed && seed.rule !== 'inherited' && seed.rule !== 'change' ? seed.base : null;
  return base ? { indicator: base, start: q.start, end: q.end, rule: 'inherited', base } : null;
}

const FINISHED = new RegExp(`(?<![\\p{L}])(?:${alternatives([...COMPLETION_VERBS, ...OCCURRENCE_VERBS])})(?![\\p{L}])`, 'iu');
const OCCURRED = new RegExp(`^(?:${alternatives(OCCURRENCE_VERBS)})$`, 'iu');
const AUXILIARY_END = /(?:\s+(?:đã|đang|vẫn|đều))?\s*$/u; // "một vụ lốc xoáy đã xảy ra": the verb's tense is no part of what occurred
const PLACE_LEAD = /(?:^|\s)(?:tại|ở)\s*$/iu;
/** What finishedPlaces needs right before the number, tested first on the few characters there. */
const PLACE_WORD_BEFORE = /(?:tại|ở)\s*$/iu;

/**
 * A count of places after "tại/ở" that follows a verb of finished work or of an outbreak in its clause
 * counts the places that finished or where it broke out: "Cơ bản hoàn thành xây dựng nông thôn mới tại 3
 * xã" → "xã hoàn thành xây dựng nông thôn mới", "Bệnh Dại xảy ra tại 02 xã". Null for any other count,
 * and when the work holds a figure of its own.
 */
function finishedPlaces(view: SentenceView, q: Quantity): string | null {
  const before = textBefore(view, q.start, WIDTH.phrase);
  const lead = PLACE_LEAD.exec(before);
  if (!lead || !q.unit) return null;
  const at = q.start - before.length; // where `before` starts in the text
  const clause = before.slice(Math.max(0, clauseStart(view.text, view.start, q.start) - at), lead.index);
  const verb = FINISHED.exec(clause);
  const work = verb ? clause.slice(verb.index).trim() : '';
  // "hoàn thành 100% kế hoạch tại 5 xã": the places of a figure, not a count of their own
  if (!verb || /\d/.test(work)) return null;
  // an outbreak's places are named by what broke out, before its verb: "xã xảy ra Bệnh Dại"
  const what = OCCURRED.test(verb[0]) ? clause.slice(0, verb.index).replace(AUXILIARY_END, '') : '';
  return tidy(`${q.unit} ${work} ${/\d/.test(what) ? '' : what}`);
}

// "…, tăng 5%", "ước đạt …, tăng thêm 2 điểm": a change right after a level (its adverb may stand between)
const CHANGE_ADVERB = `(?:\\s+(?:${alternatives(CHANGE_ADVERBS)}))?`;
const CHANGED_BY = new RegExp(`(?:tăng|giảm|gấp|bằng)${CHANGE_ADVERB}\\s*$`, 'iu');
/** "… ước đạt 1,38%, tương ứng với 182 hộ nghèo": the same level in other words, an estimate when the one before is. */
const RESTATED_BY = /(?<![\p{L}])(?:tương[ \t]+ứng|tương[ \t]+đương)(?:[ \t]+với)?[ \t]*$/iu;
/** The qualifiers a number may carry ("hơn", "khoảng", "gần"): "…, tăng hơn 1%" is a change like "…, tăng 1%". */
const APPROX_QUALIFIER = `(?:\\s+(?:${alternatives(NUMBER_CONTEXT_TABLES.find((t) => t.role === 'approx')!.forms)}))?`;
// "xây dựng mới 120 km", "trồng mới được 50 ha": "mới" (newly) and "được" or "thêm" after the verb
const CHANGE_AFTER = new RegExp(`^\\s*[,(]\\s*(?:tăng|giảm)${CHANGE_ADVERB}${APPROX_QUALIFIER}\\s+\\d`, 'iu');

/** The checks a number must pass to be an indicator's level rather than part of something else. */
function looksLikeLevel(view: SentenceView, q: Quantity, index: number, floor: number, inTarget: boolean, lead: string, finished: string | null): boolean {
  const check: LevelCheck = { view, q, index, lead, isShare: SHARE_UNITS.test(q.unit!), finished };
  if (NOT_A_LEVEL.some((veto) => veto.test(check))) return false;
  // a multiple ("gấp 1,38 lần năm 2020") is a change of the level before it, like a share
  // "nhảy vọt 8 bậc so với năm 2022": a change of rank is a level like a rank
  const rankChange = q.unit === 'bậc' && RANK_CHANGE.test(check.lead);
  return check.isShare || q.unit === 'lần' || q.unit === 'hạng' || rankChange || inTarget || namesWhatIsMeasured(view, q, floor, check.lead)
    || continuesList(view, index, floor) || finished !== null || measureItem(view, index, floor) !== null || namedListItem(view, index, floor) || measureAfterAmount(view, index, floor) || scoreAfterRank(view, index)
    || countAfterCount(view, index) || secondOfChange(view, q) !== null || ownersOfCount(view, index, q) || wholeOfParts(view, q);
}

const WITH_COST_AFTER = /^[^,;.]*?[ \t]với[ \t]/u;
/**
 * An amount of money or a share, then "với" right before a count: "… tỷ đồng, với ", "… là 2,93%, với ", the share's
 * comparison maybe between ("bằng 131% so với cùng kỳ năm ngoái với 2.899 lượt hộ vay vốn").
 */
const WITH_TOTAL_AFTER = /^[^\d,;.:]{0,60}?,?[ \t]*(?<![\p{L}])(?:với|và)[ \t]+tổng[ \t]+(?:số[ \t]+)?(?:vốn|mức[ \t]+đầu[ \t]+tư|kinh[ \t]+phí|giá[ \t]+trị|diện[ \t]+tích)(?![\p{L}])/iu;
const IN_COMPLEMENT = /(?<![\p{L}])(?:của|tại|ở|từ)[ \t][^,;.:()]*$/iu;
const AMOUNT_WITH = /(?:đồng|USD|EUR|%)(?:[ \t]+so[ \t]+(?:với[ \t]+)?[^,;.()\d]{1,40}?)?[ \t]*,?[ \t]*với[ \t]*$/iu;
const AMOUNT_OVER = /(?:đồng|USD|EUR)[ \t]*\/[ \t]*$/u; // "758.489 triệu đồng/31.761 lượt khách hàng vay vốn"
/** A verb of building right before a count ("xây dựng được 850 mô hình", "xây dựng thêm 7 trường"). */
const BUILT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(HOME_BUILDING_VERBS)})(?:\\s+(?:được|thêm))?\\s*$`, 'iu');
// … but "đổi mới" (renewal), "nông thôn mới" (the new-rural programme), "đô thị mới", "năm mới" are names
const NEWLY_BEFORE = /(?<![\p{L}])(?!(?:đổi|thôn|thị|năm)[ \t])\p{L}+[ \t]+mới[ \t]*$/iu;
/**
 * "25 chỉ tiêu phấn đấu năm 2024, gồm 11 chỉ tiêu kinh tế", "ngành đề ra 11 nhiệm vụ trọng tâm": how many targets
 * or tasks were set is a fact about the plan, no target.
 */
const COUNTS_GOALS = new RegExp(`^(?:${alternatives([...GOAL_WORDS, ...TASK_WORDS])})$`, 'iu');

/**
 * A goal named right before a figure, which opens its brackets or quotes or follows "là" ("đạt mục tiêu của Chương
 * trình (giảm hơn 3%/năm)", "mục tiêu “30% huyện nghèo thoát nghèo”", "mục tiêu theo Nghị quyết … là 1,8 tỷ USD"):
 * the figure is that goal, a target, even in a sentence that reports results. "Chương trình mục tiêu quốc gia …" is a
 * programme's name, no goal.
 */
const GOAL_FIGURE_BEFORE = new RegExp(`(?<![\\p{L}])(?<!chương[ \\t]+trình[ \\t]+)mục[ \\t]+tiêu(?![ \\t]+quốc[ \\t]+gia)(?:[ \\t]+[^,;.()“”"\\n]{1,80}?)?[ \\t]*(?:\\(|“|"|(?<![\\p{L}])là)[ \\t]*(?:(?:giảm|tăng|đạt)[ \\t]+)?$`, 'iu');
/** "…, kế hoạch đề ra là 465.000 tấn", "so với dự toán năm 2024 là 500 tỷ đồng", "tổng kế hoạch thu quỹ … là": a plan opening its clause, its figure after "là". */
const PLAN_FIGURE_BEFORE = new RegExp(`(?:^|[,;:(–—]|(?<![\\p{L}])(?:so[ \\t]+với|theo|trong[ \\t]+khi|hơn))[ \\t]*(?:tổng[ \\t]+)?(?:kế[ \\t]+hoạch|dự[ \\t]+toán|chỉ[ \\t]+tiêu)(?:[ \\t]+(?:[^,;.()“”"\\n\\d]|(?:19|20)\\d\\d){1,60}?)?[ \\t]+là[ \\t]*$`, 'iu');
/** What both end on, right before the figure: read first on a few characters (the goal's words are sought back only then). */
const FIGURE_OPENS = /(?:\(|“|"|(?<![\p{L}])là)[ \t]*(?:(?:giảm|tăng|đạt)[ \t]+)?$/iu;
const goalNamedBefore = (view: SentenceView, q: Quantity) => {
  if (!FIGURE_OPENS.test(textBefore(view, q.start, WIDTH.link))) return false;
  const before = textBefore(view, q.start, WIDTH.reference);
  return GOAL_FIGURE_BEFORE.test(before) || PLAN_FIGURE_BEFORE.test(before);
};

/** A unit given per a period ("tấn/ngày", "m³/ngày đêm", "lượt/năm"), not a share per year ("%/năm"). */
const PER_PERIOD = new RegExp(`^[^%‰]+\\/(?:${alternatives(RATE_PERIODS)})$`, 'u');
/** A linking verb right before the number: "là 47.803 người", "đạt 225 nghìn tấn", "còn 195 hộ", "kết nạp mới 69 đảng viên". */
const LINKING = new RegExp(`(?<![\\p{L}])(?:${alternatives(LINKING_VERBS)})(?:\\s+(?:${alternatives(LINK_QUALIFIERS)}))?\\s*$|:\\s*$`, 'iu');

/** "Ông Nam cho biết: 12 hộ …": a colon after a verb of saying opens a quote, no level (read past the lead only after a colon). */
const SAID_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(REPORTING_VERBS)})\\s*:\\s*$`, 'iu');
const saidBefore = (view: SentenceView, q: Quantity, lead: string) => lead.trimEnd().endsWith(':') && SAID_BEFORE.test(textBefore(view, q.start, WIDTH.marker));
/**
 * Nothing of the clause before the number: the sentence's start, a ';' or ':' (list items), a comma after an
 * opening phrase ("Năm 2023, 91 xã …"), "…) và" after an aside, or "giúp"/"với" ("giúp gần 74 nghìn lượt hộ …");
 * "thêm" may stand first ("Thêm 16 xã …").
 */
const CLAUSE_OPENING = /(?:^|[;:,]|\)[ \t]*(?:,|và)|(?<![\p{L}])(?:giúp|với|và))\s*(?:thêm\s+)?$/iu;
/**
 * What the things of a count reached, right after its noun: "đạt chuẩn …", "được công nhận …" (who recognised
 * them may stand between: "138 xã được UBND tỉnh Lào Cai công nhận …"), "hoàn thành …", "tham gia"; or what a programme
 * gave them, a short phrase maybe before "được": "74 nghìn lượt hộ tại vùng khó khăn được vay vốn".
 */
// (or the count's own short phrase first, a year maybe in it: "04 sản phẩm mới tham gia Chương trình OCOP năm 2021 được công nhận")
const COUNT_PHRASE = String.raw`(?:(?:[^\d,;:()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?[ \t])?`;
const REACHED_AFTER = new RegExp(`^[ \\t]+(?:đạt|tham[ \\t]+gia|${COUNT_PHRASE}được[ \\t]+(?:\\p{L}+[ \\t]+){0,6}?công[ \\t]+nhận|hoàn[ \\t]+thành|(?:[^\\d,;:()]{0,40}?[ \\t])?được[ \\t]+(?:${alternatives(PROGRAMME_VERBS).replace(/\\s\+/g, '[ \\t]+')})|đã[ \\t]+(?:${alternatives(DONE_BY_COUNTED_VERBS).replace(/\\s\+/g, '[ \\t]+')}))(?![\\p{L}])`, 'iu');
/** "474 doanh nghiệp đăng ký hoạt động trở lại, tăng 31,3%": after a count, its noun phrase and then its change. */
const PHRASE_THEN_CHANGE = /^[ \t]+\p{Ll}[^,;:.()\d]{0,60},[ \t]*(?:tăng|giảm)(?:[ \t]+thêm)?[ \t]+\d/u;
const WHOLE_THEN_PARTS = /^[ \t]*,?[ \t]*trong[ \t]+đó(?![\p{L}])/iu;
/** "219 chủ thể … với 569 sản phẩm, trong đó có 336 sản phẩm …": a count whose breakdown follows is the whole, a figure (not how many goals were set). */
const wholeOfParts = (view: SentenceView, q: Quantity) => !!q.unit && isCountedNoun(q.unit) && !COUNTS_GOALS.test(q.unit) && WHOLE_THEN_PARTS.test(textBeyond(view, q.end, WIDTH.marker));
const PHRASE_THEN_NEXT = /^[ \t]+\p{Ll}[^,;:.()\d]{1,80},[ \t]*$/u; // a count's phrase, then the next count of the list
/** "Sau học nghề, 16.542 người có việc làm, 415 người được … tuyển dụng": the first of a list of counts (list-item names the rest). */
function opensCountList(view: SentenceView, q: Quantity): boolean {
  const next = view.quantities[quantityIndexAt(view, q.end)];
  return next?.unit === q.unit && next.start - q.end <= WIDTH.phrase && PHRASE_THEN_NEXT.test(view.text.slice(q.end, next.start));
}

// "Hơn 219 km đường trục thôn được trải bê tông", "134,8 km đường trục xã, liên xã được trải nhựa": a measure of works built
const BUILT_AFTER = new RegExp(`^(?:,?${NOUN_WORD_AFTER}){1,6}?[ \\t]+(?:đã[ \\t]+)?được[ \\t]+(?:${alternatives(PRODUCTION_VERBS).replace(/\\s\+/g, '[ \\t]+')})(?![\\p{L}])`, 'iu');

// ("53 tỉnh (84,13%) giảm điểm": the share alone in brackets)
const SHARE_RIGHT_AFTER = new RegExp(`^[ \\t]*(?:[,(][ \\t]*(?:${COUNT_SHARE_HEAD}|chiếm)[ \\t]+\\d|${bracketedShare()})`, 'iu');

/**
 * A count or a measure says what it measures only in an indicator's shape: a subject with a
 * measure word, a linking verb before the number, or a breakdown "(trong đó: rừng tự nhiên 2.457 ha; ...)".
 * "Lẽ nào gần 60 học sinh", "huy động 12 phà", "thu giữ hơn 127 gram" are narrative, not indicators.
 */
function namesWhatIsMeasured(view: SentenceView, q: Quantity, floor: number, lead: string): boolean {
  const { text, start } = view;
  if (/^(?:đồng|USD|EUR|GBP|JPY|CNY)/u.test(q.unit ?? '')) return true; // money is always a level of something
  if (q.unit && PER_PERIOD.test(q.unit)) return true; // so is a measure per period: "xử lý 80 tấn/ngày", "công suất 5.000 m³/ngày đêm"
  // (read on a verb's width: a linking verb may be longer than the lead, "tương ứng với 182 hộ nghèo")
  if ((LINKING.test(textBefore(view, q.start, WIDTH.verb)) && !saidBefore(view, q, lead)) || isAveragePerUnit(q, lead)) return true;
  // "dư nợ đạt 1.200 tỷ đồng, với 46.560 hộ vay vốn": those an amount went to, counted, their phrase after them (or after a slash)
  if (q.unit && (isCountedNoun(q.unit) || UNIT_LEXICON.get(unitKey(q.unit))?.kind === 'measure') && ((WITH_BEFORE.test(lead) && AMOUNT_WITH.test(textBefore(view, q.start, WIDTH.phrase))) || AMOUNT_OVER.test(lead)) && countedPhrase(view, q)) return true;
  // "tiếp nhận 27.450 lượt hồ sơ đăng ký cư trú", "đã giải quyết 904.298 hồ sơ": an action's count (its adverb maybe between:
  // "giải quyết hiệu quả 450 vụ việc")
  if (isActionCount(textBefore(view, q.start, WIDTH.action), q.unit)) return true;
  // "có 18/25 chỉ tiêu đạt và vượt, 05 chỉ tiêu ước đạt, 02 chỉ tiêu khó đạt": counts of what a ratio counted
  const around = text.slice(Math.max(start, q.start - MAX_SUBJECT), q.start);
  if (q.unit && around.includes(`/`) && ratioOf(q.unit).test(around)) return true;
  // "đã cấp mới 61 dự án", "thành lập mới 3 hợp tác xã": things newly made, counted, are statistics
  // ("Xây dựng mới 01 Trạm y tế … với tổng mức đầu tư …": a project named by its cost, the cost the figure)
  // ("xây dựng trên 19 nghìn công trình nước sạch", "xây dựng được 850 mô hình": things built, counted, are too)
  if (q.unit && isCountedNoun(q.unit) && (NEWLY_BEFORE.test(lead) || BUILT_BEFORE.test(textBefore(view, q.start, WIDTH.verb))) && !WITH_COST_AFTER.test(textBeyond(view, q.end, WIDTH.phrase))) return true;
  // "… và 7 dự án vốn đầu tư trong nước (DDI) với tổng vốn đăng ký … 1.063,5 tỷ đồng", "Hàn Quốc với 49 dự án và tổng vốn …", "49 cụm
  // công nghiệp …, với tổng diện tích …": things counted with their total amount or area
  // (one thing with its cost, "01 Trạm y tế với tổng mức đầu tư …", is a project named, no count)
  // ("thu hồi đất của 691 hộ gia đình và 13 tổ chức với tổng diện tích …": those whose things were counted, a complement, no count of its own)
  if (q.unit && q.value > 1 && isCountedNoun(q.unit) && WITH_TOTAL_AFTER.test(textBeyond(view, q.end, WIDTH.phrase)) && !IN_COMPLEMENT.test(textBefore(view, q.start, WIDTH.phrase))) return true;
  // "toàn tỉnh gieo cấy hơn 86 nghìn ha lúa": a measure of what was grown or taken out, its noun after it, or the clause
  // naming it before the verb ("cây ngô xuống giống 174 ha", "Lúa Hè Thu dự ước xuống giống 1.430ha")
  // (a verb's width: "xây dựng mới 120 km" is longer than a lead)
  const verbLead = q.unit && MEASURE_NOUN_HEADS[q.unit] ? textBefore(view, q.start, WIDTH.verb) : '';
  const production = verbLead ? PRODUCTION_BEFORE.exec(verbLead) : null;
  if (production && (/^ *\p{Ll}/u.test(textBeyond(view, q.end, WIDTH.touch))
    || /\p{L}/u.test(text.slice(Math.max(floor, clauseStart(text, start, q.start)), q.start - verbLead.length + production.index)))) return true;
  // "thấp nhất là môn Ngoại ngữ với 5,03 điểm", "đứng đầu với 7,91 điểm": a score after "với" ("với 50 điểm cầu" counts places)
  if (q.unit === SCORE_UNIT && WITH_BEFORE.test(lead) && !/^[ \t]*\p{Ll}/u.test(textBeyond(view, q.end, WIDTH.touch))) return true;
  // … and what a place ranks by, counted or measured: "giành ngôi nhất toàn đoàn với 175 Huy chương Vàng"
  if (q.unit && !SHARE_UNITS.test(q.unit) && rankedWith(view, q)) return true;
  // "điện sản xuất 2.145 triệu kWh, tăng 18,3%", "khoai lang 183 ha (tăng 11,8%)": a level reported with its change is statistics
  if (CHANGE_AFTER.test(textBeyond(view, q.end, WIDTH.link))) return true;
  // "đưa đi xuất khẩu lao động 38 người (kế hoạch cả năm là 70 lao động)": so is a level with its plan in brackets
  if (q.unit && /^[ \t]*\(/u.test(textBeyond(view, q.end, WIDTH.touch)) && targetAfter(view, q.end) !== null) return true;
  // "xác thực 2.896.072 người, đạt tỷ lệ 99,51%": a count restated as a share of a whole is statistics
  if (q.unit && SHARE_RIGHT_AFTER.test(textBeyond(view, q.end, WIDTH.marker))) return true;
  // "mưa lũ làm 19 người chết", "486 ha hoa màu bị thiệt hại": what a disaster did to the things measured is statistics
  if (q.unit && !SHARE_UNITS.test(q.unit) && (DAMAGED_AFTER.test(textBeyond(view, q.end, WIDTH.phrase)) || damagedBefore(view, q))) return true;
  if (q.unit && UNIT_LEXICON.get(unitKey(q.unit))?.kind === 'measure' && BUILT_AFTER.test(textBeyond(view, q.end, WIDTH.phrase))) return true;
  // a count opening its clause whose things reached a standard ("…; 15 thôn đạt chuẩn nông thôn mới") or, its phrase
  // said, changed ("474 doanh nghiệp đăng ký hoạt động trở lại, tăng 31,3%"), or that opens a list of such counts
  if (q.unit && CLAUSE_OPENING.test(lead) && isCountedNoun(q.unit)) {
    const after = textBeyond(view, q.end, WIDTH.phrase);
    if (REACHED_AFTER.test(after) || PHRASE_THEN_CHANGE.test(after) || opensCountList(view, q)) return true;
  }
  const from = clauseStart(text, start, q.start);
  const clause = text.slice(Math.max(from, floor), q.start);
  if (MEASURE_HEAD.test(clause)) return true;
  // "hồ sơ đến hạn giải quyết 19.944 hồ sơ": a clause opening on the noun it counts names a kind of those things
  if (q.unit && isCountedNoun(q.unit) && opensOnItsNoun(clause, q.unit)) return true;
  // a breakdown list inside parentheses or after "trong đó"
  const open = around.lastIndexOf('(');
  // … or after a colon that opens a list ("Các sản phẩm chủ yếu: thùng xốp 3,5 triệu sản phẩm, nước đá 480 nghìn cây")
  return (open >= 0 && !around.slice(open).includes(')')) || inListRun(view, q, around);
}

/** "18/25 chỉ tiêu" before a count of `unit`: a pattern per unit, made once. */
const RATIO_OF = new Memo<RegExp>(1000);
function ratioOf(unit: string): RegExp {
  return RATIO_OF.get(unit, () => new RegExp(`\\d\\s?\\/\\s?\\d+\\s+${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'));
}

export const valueExtractor: Extractor = {
  name: 'value',
  extract: (view) => levelStatements(view, 'value'),
};
