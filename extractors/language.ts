// The patterns built from the Vietnamese the extractors know (extractors/knowledge/): what a
// percentage can be "of", the verbs that introduce it, estimate and target markers, headings that
// open targets, who acts, the periods a title plans for (what a change is measured against:
// extractors/comparison.ts). Cutting a subject or a phrase out of a clause is extractors/clause.ts.
import { wordCount } from './clause.ts';
import { holdsFigure, inClosedAside } from './asides.ts';
import {
  ACTOR_TIME, ACTOR_WORDS, NAMED_ACTOR_VERBS, MEASURE_HEADS, COMPARED_WITH, ESTIMATE_WORDS, GOAL_WORDS, INDICATOR_HEADS, STRIVE_WORDS, MAX_SUBJECT, PAST_WORDS, PRESENT_WORDS, PERIOD_WORDS, DIRECTIVE_WORDS, PLAN_MET_ADVERBS, PLAN_MET_VERBS, RANGE_TOP_QUALIFIERS, TERM_IN_BRACKETS, PLAN_TITLE_WORDS, NOT_PLAN_COMPOUNDS, ISSUING_VERBS, ISSUED_PLANS, PASSING_VERBS, PASSED_PLANS, PLAN_CONTENT_WORDS, PROGRESS_VERBS, PLAN_DONE_VERBS, PRODUCTION_VERBS, TAKING_VERBS, LAND_VERBS, GIVING_VERBS,
  LIST_HEAD_NOUNS, LIST_HEAD_STOPS, PLAN_WORDS, REFERENCE_HEADS, RESULT_WORDS, REVIEW_TITLE_WORDS, TASK_WORDS, WIDTH,
} from './knowledge/index.ts';
import { alternatives, WB, WE, words, wordsTester } from './patterns.ts';

export { WB, WE, words } from './patterns.ts';

// "xây dựng mới 120 km", "trồng mới được 50 ha", "thu giữ 2,1 gam": a verb of growing, building or taking (its "mới" with it), then "được" or "thêm"
export const PRODUCTION_BEFORE = new RegExp(`(?<![\\p{L}])((?:${alternatives([...PRODUCTION_VERBS, ...TAKING_VERBS, ...LAND_VERBS, ...GIVING_VERBS])})(?:\\s+mới)?)(?:\\s+(?:được|thêm))?\\s*$`, 'iu');
export { topicOf } from './clause.ts';
export { EXCEEDING_VERBS, MAX_SUBJECT, MEASURE_NOUN_HEADS, REFERENCE_HEADS } from './knowledge/index.ts';

// "đạt 95% diện tích kế hoạch": what the plan measures may come before its word, and is part of the reference
// "… (gần 52%) so dự toán tỉnh giao": the plan may follow the brackets that hold the share
// "vượt 27% về tiền so với chỉ tiêu giao": what the share counts ("về" and a word or two) may stand before "so với"
const refHead = new RegExp(`^(?:\\s*\\))?(?:\\s*(?:[,;]\\s*)?(?:vượt|đạt)${WE})?(?:\\s+về(?:\\s+\\p{L}+){1,2}?(?=\\s+so\\s))?\\s*(?:${COMPARED_WITH}|của\\s+)?((?:${words(INDICATOR_HEADS)}\\s+)?${words(REFERENCE_HEADS)})`, 'iu');
/** Words a reference may run on with ("chỉ tiêu Nghị quyết đại hội", "kế hoạch giai đoạn"). */
// ("chỉ tiêu năm 2018 do Thủ tướng Chính phủ giao": past six words, a few more up to "giao" that closes the plan's giver)
const refTail = /^(?:\s+(?!(?:và|nhưng|trong|với|so|tăng|giảm|đạt|vượt|bằng|là)(?![\p{L}\p{N}]))[\p{L}\p{N}][\p{L}\p{N}\-–]*){0,6}(?:(?:\s+[\p{L}\p{N}]+){0,3}?\s+giao(?![\p{L}\p{N}]))?/u;

const JOINED_LEAD = /^\s*[,;]/;
const SHARE_AFTER_REFERENCE = /^[^\d,;.()]{0,40}?\d[\d.,]*\s*(?:%|lần)/u;
const NUMBER_IN_REFERENCE = /\s(\d[\d.,]*)/gu;
/** Where a plan's amount starts in its name ("kế hoạch 126 tỷ đồng", "chỉ tiêu 20.000 người"), else its length; a year or a document number ("kế hoạch 2024", "Nghị quyết 12/NQ-HĐND") is part of the name. */
function amountAt(reference: string): number {
  for (const m of reference.matchAll(NUMBER_IN_REFERENCE)) {
    const after = reference[m.index + m[0].length];
    if (/^(?:19|20)\d\d$/u.test(m[1]) || after === '/' || after === '-' || /(?:năm|đoạn|kỳ)$/iu.test(reference.slice(0, m.index))) continue;
    return m.index;
  }
  return reference.length;
}
/** A reference right after `pos` ("chỉ tiêu Nghị quyết đại hội"), or null. */
export function referenceAfter(text: string, pos: number, limit: number): { start: number; end: number; text: string; joined: boolean } | null {
  const tail = text.slice(pos, Math.min(limit, pos + WIDTH.reference));
  const m = refHead.exec(tail);
  if (!m) return null;
  const headStart = pos + m.index + m[0].length - m[1].length;
  // "đạt 45%, vượt kế hoạch 2%": a plan after a comma with a share of its own is that share's, not this number's
  if (headStart - pos > 1 && JOINED_LEAD.test(tail) && SHARE_AFTER_REFERENCE.test(text.slice(headStart, Math.min(limit, headStart + WIDTH.reference)))) return null;
  let end = pos + m.index + m[0].length;
  const rest = refTail.exec(text.slice(end, Math.min(limit, end + WIDTH.confirm)));
  if (rest) end += rest[0].length;
  end = headStart + amountAt(text.slice(headStart, end));
  return { start: headStart, end, text: text.slice(headStart, end), joined: JOINED_LEAD.test(tail) };
}

// the verb touches the number, or says "tỷ lệ" between: "đạt tỷ lệ hơn 43% kế hoạch" (with no plan after
// it, "đạt tỷ lệ 100%" is a rate: the progress rule asks for the plan), "là" maybe after it ("đạt tỷ lệ là 62,46% so với dự toán")
const progressVerbRe = new RegExp(`(?:${words(PROGRESS_VERBS)})(?:\\s+(?:tỷ|tỉ)\\s+lệ(?:\\s+là)?)?\\s*(?:[,:]\\s*)?$`, 'iu');
const PERCENT_AT = /^[\d.,]+\s*%/u;
/** The last letters of the verbs and of "tỷ lệ" in either case (and the letters /iu folds to k and s). */
const VERB_LAST_LETTERS = new Set([...PROGRESS_VERBS.map((v) => v.at(-1)!), 'ệ', 'à', 'k', 's'].flatMap((c) => [c.toLowerCase(), c.toUpperCase()]).concat(['\u212A', '\u017F']));
/** The character before the end of `s`, past white space and one "," or ":" with white space around it (trimEnd strips what \s matches). */
function lastBeforeMark(s: string): string {
  let t = s.trimEnd();
  if (t.endsWith(',') || t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  return t.at(-1) ?? '';
}
/** The progress verb ending right before `pos`, or null ("đạt ", "vượt ", "bằng "). */
export function progressVerbBefore(text: string, from: number, pos: number): { verb: string } | null {
  const before = text.slice(Math.max(from, pos - WIDTH.clauseWord), pos);
  // "ước đạt 19.557/19.340 tấn, =101%KH", "151/202 hộ, =74% chỉ tiêu giao": "=" written for "đạt", a plan after the share
  if (lastBeforeMark(before) === '=') {
    const share = PERCENT_AT.exec(text.slice(pos, pos + WIDTH.marker));
    return referenceAfter(text, pos + (share?.[0].length ?? 0), text.length) ? { verb: 'đạt' } : null;
  }
  if (!VERB_LAST_LETTERS.has(lastBeforeMark(before))) return null; // no verb can end there
  const m = progressVerbRe.exec(before);
  if (!m) return null;
  return { verb: m[0].trim().toLowerCase() };
}

const planDoneVerbRe = new RegExp(`(?<![\\p{L}])(?:${words(PLAN_DONE_VERBS)})(?:\\s+được)?\\s*$`, 'iu');
/** "đạt", for a share after a verb of doing with its plan right after it ("đã giải ngân khoảng 99% kế hoạch năm 2022"); else null. */
export function planDoneVerbBefore(text: string, from: number, share: { start: number; end: number }, limit: number): { verb: string } | null {
  if (!planDoneVerbRe.test(text.slice(Math.max(from, share.start - WIDTH.clauseWord), share.start))) return null;
  return planTouches(text, share, limit) ? { verb: 'đạt' } : null;
}
/** A plan right after the share, one space between ("105,4% kế hoạch"): what the share is of. */
export const planTouches = (text: string, share: { end: number }, limit: number) => referenceAfter(text, share.end, limit)?.start === share.end + 1;

/** The clause reports an estimate: "ước", "ước đạt", "ước thực hiện", "dự ước", "dự kiến", "Ước TH". */
const hasEstimateWord = wordsTester(ESTIMATE_WORDS);
export function hasEstimate(text: string, from: number, to: number): boolean {
  return hasEstimateWord(text.slice(from, to));
}

/**
 * A number at `pos` is an estimate when its own clause (from `floor`, the end of the previous
 * number) says so, or when the sentence opens with it: "Ước thực hiện hết năm 2024, ...; ...".
 */
const CLAUSE_COMMA = /(?<!\d),|,(?!\d)/; // not the decimal mark of "19,8"
export function estimateAt(view: { text: string; start: number; estimated?: boolean }, floor: number, pos: number): boolean {
  if (view.estimated || hasEstimate(view.text, Math.max(view.start, floor, pos - MAX_SUBJECT), pos)) return true;
  const opening = view.text.slice(view.start, Math.min(pos, view.start + WIDTH.phrase));
  const comma = opening.search(CLAUSE_COMMA);
  if (comma <= 0 || !hasEstimate(opening, 0, comma)) return false;
  // a longer frame ("Trong cơ cấu tổng sản phẩm theo giá hiện hành ước tính năm 2023, …") holds no figure but years
  return comma <= WIDTH.comparison || !holdsFigure(opening.slice(0, comma));
}

/** "Chương trình mục tiêu quốc gia …": a programme's name, no goal (no lookbehind: the trigger's first word is found fast). */
const NOT_PROGRAMME = `(?!\\s+quốc\\s+gia${WE})`;
/**
 * Where target talk starts in a sentence, by the first of the named triggers found: "Phấn đấu ...", "mục tiêu ... là", "nâng ... lên",
 * a goals list "các mục tiêu cụ thể năm 2023 đó là:". Returns the offset or -1.
 */
const TARGET_TRIGGERS: readonly { name: string; pattern: string }[] = [
  { name: 'strive', pattern: `(?:${alternatives(STRIVE_WORDS)})` }, // "Phấn đấu đến năm 2025, ..."
  { name: 'goal-is', pattern: `mục\\s+tiêu${NOT_PROGRAMME}(?:\\s+[\\p{L}\\p{N}]+){0,6}(?:\\s+năm\\s+(?:19|20)\\d\\d)?\\s+(?:là|đến|đạt|từ|khoảng|trên|dưới)${WE}` }, // "mục tiêu NQĐH là dưới 01%", "mục tiêu tổng sản lượng thủy sản năm 2020 đạt …" (a year beside six words)
  { name: 'goal-number', pattern: `mục\\s+tiêu${NOT_PROGRAMME}(?:\\s+(?:\\p{L}+|\\(\\p{L}+\\))){0,6}\\s+(?=\\d)` }, // "mục tiêu năm 30%", "mục tiêu tăng trưởng (GRDP) 8 – 10%"
  // "Nhiệm vụ trọng tâm được huyện đặt ra trong năm 2021 là thu nhập bình quân đầu người đạt trên 29 triệu đồng; …": the tasks set, what they are
  { name: 'tasks-set', pattern: `(?:${alternatives(TASK_WORDS)})(?:\\s+[\\p{L}\\p{N}]+){0,8}?\\s+(?:đặt|đề)\\s+ra(?:\\s+[\\p{L}\\p{N}]+){0,4}?\\s+là(?=\\s[^.;,]{0,80}\\d)` },
  // "Về chỉ tiêu thu ngân sách năm 2023 là 4.778 tỷ đồng": a sentence opening on the target, what it is ("Chỉ tiêu đạt thấp nhất là …" names none)
  { name: 'target-is', pattern: `(?<=^[\\s\\-–•+*]*(?:về[ \\t]+)?)chỉ\\s+tiêu(?!\\s+(?:đạt|chưa|không)${WE})(?:\\s+[\\p{L}\\p{N}]+){0,6}?\\s+là(?=\\s+(?:\\p{L}+\\s+)?\\d)` },
  { name: 'target-set', pattern: `chỉ\\s+tiêu(?:\\s+[\\p{L}\\p{N}]+){0,4}\\s+(?:giao|đề\\s+ra\\s+là)${WE}` }, // "chỉ tiêu tỉnh giao"
  // "nâng tỷ lệ che phủ rừng lên 28,3%"; raising a count or a total ("nâng (tổng) số … lên 12 xã", "nâng tổng diện tích … lên 138ha"), "đã nâng", or a raise
  // from a level ("nâng tỷ lệ nhựa hóa đường tỉnh từ 52% lên 63,5%", a change made) reports a result
  { name: 'raise-to', pattern: `(?<!đã\\s{1,3})nâng(?!\\s+(?:tổng|số)${WE})(?![^.;]{1,80}?${WB}từ\\s+\\d[^.;]{0,30}?${WB}lên\\s+\\d)(?=\\s[^.;]{1,80}?${WB}lên\\s+\\d)` },
  { name: 'year-plan', pattern: `kế\\s+hoạch\\s+năm\\s+\\d{4}\\s*:` }, // "Kế hoạch năm 2024: ..."
  // "Kế hoạch năm 2023, Tây Ninh dự kiến sẽ đón khoảng 5 triệu du khách": opening the sentence, with what will be
  // ("… đạt 95% kế hoạch năm 2023, dự kiến …" names a plan met, not opening the sentence)
  { name: 'year-plan-opening', pattern: `(?<=^[\\s\\-–•+*]*)kế\\s+hoạch\\s+năm\\s+\\d{4}\\s*,(?=[^.;:]{0,80}?${WB}(?:dự\\s+kiến|sẽ)${WE})` },
  // "…, theo kế hoạch, Thới Bình có 725 căn nhà nằm trong Chương trình", "Theo kế hoạch trong đợt này toàn huyện triển khai tiêm 3.400 liều": what the plan
  // holds, opening a clause, or the sentence with no comma, not what was done by now ("đã", "đến nay"); "hoàn thành theo kế hoạch" is a plan met
  { name: 'per-plan', pattern: `(?<=(?:^|[,;:])[ \\t]*theo[ \\t]+)kế\\s+hoạch\\s*,(?=[^.;]{0,120}\\d)|(?<=^[\\s\\-–•+*]*theo[ \\t]+)kế\\s+hoạch(?![^.;:]{0,100}?${WB}(?:đã|đến\\s+nay)${WE})(?=[^.;:]{0,100}?\\d)` },
  // "Hớn Quản sẽ được bố trí vốn xây dựng 100 căn nhà": what will be, a figure after it in its clause (not what an
  // estimate or a forecast says will be reached: "ước cả năm sẽ đạt …", "dự kiến năm 2025 sẽ giảm …", "có khả năng sẽ đạt …")
  { name: 'will', pattern: `(?<!(?:ước|dự\\s+kiến|khả\\s+năng)[^.;:]{0,80})sẽ(?=[^.;:]{0,80}\\d)` },
  // "… phải dưới 25%", "… phải đạt mức 90%": a bound or a level that must be reached ("phải di dời 120 hộ", what had to be done, sets nothing)
  { name: 'must', pattern: `phải\\s+(?:đạt(?:\\s+được)?(?:\\s+(?:mức|tối\\s+thiểu|ít\\s+nhất|trên|từ))?|dưới|trên|tối\\s+thiểu|ít\\s+nhất|không\\s+quá)\\s+\\d` },
  { name: 'from-now-until', pattern: `từ\\s+nay\\s+đến\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?(?:19|20)\\d{2}${WE}` }, // "Từ nay đến cuối năm 2020, dự kiến … sẽ …"
  { name: 'assign', pattern: `giao\\s+(?:dự\\s+toán|kế\\s+hoạch|chỉ\\s+tiêu)(?=[^.;]{0,80}\\d)` }, // "giao dự toán thu 120 tỷ đồng"
  { name: 'assign-to-collect', pattern: `(?<!bàn\\s{1,3})giao\\s+cho(?:\\s+[\\p{L}\\p{N}]+){1,6}?\\s+thu(?!\\s+hoạch)(?=\\s[^.;]{0,40}\\d)` }, // "giao cho các địa phương thu 14,3 tỷ đồng" (not "bàn giao cho", "thu hoạch")
  // "Tổng kế hoạch vốn đầu tư năm 2022 được Trung ương giao cho tỉnh là hơn 2.232 tỷ đồng": a plan assigned, its amount after "là"
  { name: 'assigned-plan', pattern: `(?:kế\\s+hoạch|dự\\s+toán)(?:\\s+[\\p{L}\\p{N}]+){0,10}?\\s+được(?:\\s+[\\p{L}\\p{N}]+){0,4}?\\s+giao(?:\\s+[\\p{L}\\p{N}]+){0,5}?\\s+là\\s+(?:\\p{L}+\\s+)?\\d` },
];
/** Where a trigger can start (the first word of each); the full pattern is tried only there (sticky), not at every position (no lookbehind: V8 scans for the first letter fast; the previous character is checked by hand). */
const TRIGGER_STARTS = /(?:mục|chỉ|nhiệm|phấn|phân|nâng|kế|dự|giao|sẽ|phải|từ\s+nay)(?![\p{L}\p{N}])/giu;
const WORD_END = /[\p{L}\p{N}]$/u;
const REFERENCE_LEAD = new RegExp(`${COMPARED_WITH}$`, 'iu');
const SHARE_LEAD = /[%‰][ \t]*$/;
const PLAN_MET_LEAD = new RegExp(`${WB}(?:${alternatives(PLAN_MET_VERBS)})\\s+$`, 'iu');
const goalIsAt = new RegExp(TARGET_TRIGGERS.find((t) => t.name === 'goal-is')!.pattern, 'iuy');
const targetTriggerAt = new RegExp(`${WB}(?:${TARGET_TRIGGERS.map((t) => t.pattern).join('|')})`, 'iuy');
export function targetTriggerIn(text: string, from: number, to: number): number {
  const sentence = text.slice(from, to);
  TRIGGER_STARTS.lastIndex = 0;
  for (let m = TRIGGER_STARTS.exec(sentence); m; m = TRIGGER_STARTS.exec(sentence)) {
    const at = m.index;
    // inside a word: go on from the next character, as the lookbehind would
    if (at > 0 && WORD_END.test(sentence.slice(Math.max(0, at - 2), at))) { TRIGGER_STARTS.lastIndex = at + 1; continue; }
    // "thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)": a plan named as what a result is measured against
    if (REFERENCE_LEAD.test(sentence.slice(Math.max(0, at - 12), at))) continue; // ("khó đạt mục tiêu … là dưới 4%" still sets one)
    // "đạt 100,3% chỉ tiêu nghị quyết HĐND giao": the plan a share is of, named right after the share
    if (SHARE_LEAD.test(sentence.slice(Math.max(0, at - 4), at))) continue;
    // "(vượt mục tiêu Nghị quyết 0,36%)", "vượt chỉ tiêu tỉnh giao 12%": a plan met, by a share of it; "vượt mục tiêu đề ra là giảm 3%" names one
    if (PLAN_MET_LEAD.test(sentence.slice(Math.max(0, at - 14), at)) && !(goalIsAt.lastIndex = at, goalIsAt.test(sentence))) continue;
    // "Sau 10 năm …, đến nay, toàn tỉnh xây mới được …, nâng tỷ lệ kiên cố lên 89%": raising a rate in a sentence that reports results is one
    if (m[0].toLowerCase() === 'nâng' && reportsResultsIn(sentence.slice(0, at))) continue;
    targetTriggerAt.lastIndex = at;
    if (targetTriggerAt.test(sentence)) return from + at;
  }
  return -1;
}

/**
 * "địa phương đặt chỉ tiêu …", "đề ra các mục tiêu …", "Kế hoạch nêu rõ mục tiêu cụ thể …", "HĐND … đã quyết nghị các chỉ tiêu …", "Đại hội thông qua nghị quyết nhiệm kỳ mới với một số
 * chỉ tiêu chủ yếu …": setting targets carries on to the end of the paragraph too.
 */
const GOALS = `(?:các\\s+|những\\s+|một\\s+số\\s+)?(?:${alternatives(GOAL_WORDS)})${WE}`;
// ("Trong 6 tháng cuối năm ngành đề ra 11 nhiệm vụ trọng tâm, trong đó …": tasks set, counted, hold their targets)
const setsTargets = new RegExp(`${WB}(?:(?:đặt|đề|quyết\\s+nghị|nêu\\s+rõ|xác\\s+định\\s+rõ)\\s+(?:ra\\s+)?${GOALS}|đề\\s+ra\\s+\\d{1,2}\\s+(?:${alternatives(TASK_WORDS)})${WE}|thông\\s+qua\\s+(?:nghị\\s+quyết|NQ)${WE}[^.;:!?()]{0,60}?\\s+với\\s+${GOALS})`, 'iu');
/**
 * "Đại hội đề ra 24 chỉ tiêu, trong đó đến năm 2030 GRDP đạt …": targets set, counted, hold them, unless the sentence
 * goes on to count those met ("Năm 2024, huyện đề ra 22 chỉ tiêu …, trong đó thực hiện đạt và vượt 19 chỉ tiêu").
 */
const setsCountedGoals = new RegExp(`${WB}(?:đặt|đề|quy\\s+định)\\s+(?:ra\\s+)?\\d{1,2}\\s+${GOALS}`, 'iu');
const COUNT_OF_GOALS = new RegExp(`(?<![\\d.,])\\d{1,2}(?:\\/\\d{1,2})?\\s+(?:${alternatives(GOAL_WORDS)})${WE}`, 'iu');
/** What setsTargets needs: a pattern without a lookbehind, which V8 finds by its first letters. */
const SETS_TARGETS_VERB = /(?:đặt|đề|nghị|định|rõ|thông\s+qua)\s/iu;
/** A sentence that reports results ends a goals list before the paragraph does. */
const reportsResultsIn = wordsTester(RESULT_WORDS);
export function reportsResults(text: string, from: number, to: number): boolean {
  return reportsResultsIn(text.slice(from, to));
}

/** A goals list opened with a colon carries on to the end of the paragraph. */
const goalsOpener = new RegExp(`${WB}(?:${alternatives([...GOAL_WORDS, ...STRIVE_WORDS])})[^.;:!?()]{0,100}(?<!trong\\s+đó\\s*):`, 'iu');
/** "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 I. Về kinh tế … 1. Tốc độ tăng …": a heading in capitals glued to its first item (case-sensitive: capitals make it a heading). */
const GOAL_HEADING_GLUED = /^\s*(?:[IVX]+\.\s*)?(?:CÁC\s+|NHỮNG\s+|MỘT\s+SỐ\s+)?(?:CHỈ\s+TIÊU|MỤC\s+TIÊU)(?:[ \t]+[\p{Lu}\d–,-]+){0,12}?[ \t]+(?=(?:[IVX]+|\d{1,2})\.\s)/u;
/** "Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng …": the same in plain case, its term in brackets right before the first item's capital (case-sensitive). */
const GOAL_HEADING_GLUED_PLAIN = new RegExp(String.raw`^\s*(?:(?:[Mm]ột\s+số|[Cc]ác|[Nn]hững)\s+)?(?:[Cc]hỉ\s+tiêu|[Mm]ục\s+tiêu)\s+(?:chủ\s+yếu|cơ\s+bản)[^.;:!?()\n]{0,60}${TERM_IN_BRACKETS}[ \t]+(?=\p{Lu})`, 'u');
/** "Mục tiêu tổng quát năm 2023 phấn đấu …": a sentence whose subject is the goal carries on to the end of the paragraph. */
const goalOpensSentence = new RegExp(`^\\s*(?:${alternatives(GOAL_WORDS)})[^.;:!?()]{0,60}?${WB}(?:${alternatives(STRIVE_WORDS)})${WE}`, 'iu');
export function goalsListIn(text: string, from: number, to: number): number {
  const sentence = text.slice(from, to);
  const setting = SETS_TARGETS_VERB.test(sentence);
  const set = setting ? setsTargets.exec(sentence) : null;
  if (set && !inClosedAside(sentence, set.index)) return from + set.index; // "(… Bộ Y tế đặt mục tiêu 88,5%)": the aside's target only
  const counted = setting ? setsCountedGoals.exec(sentence) : null;
  if (counted && !COUNT_OF_GOALS.test(sentence.slice(counted.index + counted[0].length))) return from + counted.index;
  if (goalOpensSentence.test(sentence)) return from;
  const glued = GOAL_HEADING_GLUED.exec(sentence) ?? GOAL_HEADING_GLUED_PLAIN.exec(sentence);
  if (glued && !RESULT_HEADING.test(glued[0])) return from;
  if (!sentence.includes(':')) return -1;
  const m = goalsOpener.exec(sentence);
  if (!m) return -1;
  // "… đã thực hiện đạt các chỉ tiêu …, cụ thể như:": the verb of a plan met may come before the goal word ("yêu cầu … triển
  // khai thực hiện đạt các chỉ tiêu sau:": asked for, they are to be met)
  const opener = sentence.slice(Math.max(0, m.index - WIDTH.clauseWord), m.index + m[0].length);
  const planMet = (opensPlanMetList(opener) && !DIRECTIVE.test(sentence.slice(0, m.index))) || COMPARED_OPENER.test(opener);
  // "Năm 2021 một số chỉ tiêu … như: Diện tích gieo cấy lúa, …, thu ngân sách đều đạt và vượt so với kế hoạch.": its items met the plan
  const itemsMet = !STRIVES.test(opener) && ITEMS_MET_PLAN.test(sentence.slice(m.index + m[0].length));
  return planMet || itemsMet ? -1 : from + m.index;
}
/** A plan met, how well maybe: "đạt", "đạt và vượt", "hoàn thành tốt" (the plan's words after it). */
const PLAN_MET = `(?:${alternatives(PLAN_MET_VERBS)})(?:\\s+và\\s+vượt)?(?:\\s+(?:${alternatives(PLAN_MET_ADVERBS)}))?`;
/** The items of a list said, in the sentence that lists them, all to have met the plan: "… đều đạt và vượt so với kế hoạch". */
const ITEMS_MET_PLAN = new RegExp(`${WB}đều\\s+${PLAN_MET}\\s+(?:${COMPARED_WITH})?(?:các\\s+)?(?:${alternatives(PLAN_WORDS)})${WE}`, 'iu');
const DIRECTIVE = new RegExp(`${WB}(?:${alternatives(DIRECTIVE_WORDS)})${WE}`, 'iu');

/** "các chỉ tiêu … cơ bản đạt kế hoạch đề ra:": a list opened by a plan met reports shares of it, it sets none. */
// ("xã đã hoàn thành cơ bản các chỉ tiêu phát triển:": "cơ bản", "tốt" may follow the verb)
// ("có 4 đảng bộ kết nạp đảng viên mới đạt trên 50% chỉ tiêu được giao, bao gồm:": a share of the plan may come between, or
// how many of them: "đã hoàn thành 28/29 chỉ tiêu chủ yếu theo kế hoạch đề ra, đáng chú ý là:")
const SHARE_BETWEEN = `(?:(?:\\s+(?:${alternatives(RANGE_TOP_QUALIFIERS)}))?\\s+\\d[\\d.,]*\\s*%|\\s+\\d{1,3}\\/\\d{1,3})`;
const PLAN_MET_OPENER = new RegExp(`${WB}${PLAN_MET}(?:${SHARE_BETWEEN})?\\s+(?:các\\s+)?(?:${alternatives(PLAN_WORDS)})${WE}[^.;:!?()]{0,100}:\\s*$`, 'iu');
const STRIVES = new RegExp(words(STRIVE_WORDS), 'iu');
/** A comparison with a plan that opens a list, up to its colon, group 1 the plan: "so với chỉ tiêu được giao như:" compares with the goals, it sets none (compared-list.ts). */
export const COMPARED_OPENER = new RegExp(`(?<![\\p{L}])${COMPARED_WITH}((?:các\\s+)?(?:${alternatives(PLAN_WORDS)})(?:\\s+[\\p{L}]+){0,3}?)\\s*,?\\s*(?:(?:như|gồm|bao\\s+gồm|sau)\\s*)?:\\s*$`, 'iu');
/** "… một số chỉ tiêu đạt khá và vượt như:", "chỉ tiêu về phòng, chống tội phạm đạt và vượt như:": the goals the opener names are met ("cần đạt", "sẽ đạt" still set them). */
const GOALS_MET = new RegExp(`(?:${alternatives(GOAL_WORDS)})(?:[\\s,]+[\\p{L}-]+){0,6}?\\s+(?<!(?:cần|phải|sẽ)\\s+)(?:đạt|vượt|hoàn\\s+thành)${WE}[^:]*:\\s*$`, 'iu');
function opensPlanMetList(opener: string): boolean {
  return (PLAN_MET_OPENER.test(opener) || GOALS_MET.test(opener)) && !STRIVES.test(opener);
}
/** True when the share at `pos` is an item of a list opened by a plan met: "… đạt kế hoạch đề ra: thu ngân sách đạt 145%". */
export function inPlanMetList(text: string, sentenceStart: number, pos: number): boolean {
  // read back no further than a list runs: a sentence without a colon costs no scan of all the text before it
  const from = Math.max(sentenceStart, pos - WIDTH.list);
  const colon = text.slice(from, pos).lastIndexOf(':');
  return colon >= 0 && opensPlanMetList(text.slice(Math.max(sentenceStart, from + colon - 100), from + colon + 1));
}

// ---- sections of targets -------------------------------------------------------------------
/** A heading that opens a list of targets: "Các chỉ tiêu chủ yếu:", "Điều 2. Mục tiêu, chỉ tiêu năm 2025". */
const TARGET_HEADING = new RegExp(`(?<![\\p{L}])(?:${alternatives(GOAL_WORDS)})(?![\\p{L}])`, 'iu');
/** ... unless it reports results: "Kết quả thực hiện các chỉ tiêu chủ yếu" (not what it strives for: "Phấn đấu đạt được các mục tiêu:"). */
export const RESULT_HEADING = new RegExp(`(?<![\\p{L}])(?:kết\\s+quả|đánh\\s+giá|tình\\s+hình|(?<!(?:${alternatives(STRIVE_WORDS)})\\s+)(?:thực\\s+hiện|đạt\\s+được))(?![\\p{L}])`, 'iu');
/** The numbering style a line starts with: "Điều 2.", "II.", "2.", "2.1.", "a)", "(1)", "-", "+" (items under a dash: "- Phấn đấu đạt các mục tiêu:" then "+ 100% …"). */
const MARKER_STYLES: readonly [string, RegExp][] = [
  ['article', /^(?:điều|phần|chương|mục)\s+[\dIVX]+/iu], ['roman', /^[IVX]+\.\s/u], ['decimal2', /^\d+\.\d+\.?\s/u],
  ['decimal', /^\d+\.\s/u], ['letter', /^[a-zđ]\)\s/u], ['paren', /^\(\d+\)/u], ['dash', /^[-–•]\s/u], ['plus', /^\+\s/u],
];
export function markerStyle(line: string): string | null {
  for (const [name, re] of MARKER_STYLES) if (re.test(line)) return name;
  return null;
}

/** Words that make a subject an indicator: "số hộ nghèo", "tổng doanh thu", "dân số", "diện tích". */
export const MEASURE_HEAD = new RegExp(`(?<![\\p{L}])(?:${alternatives(MEASURE_HEADS)})(?![\\p{L}])`, 'iu');
/** Words that head what is measured: "kim ngạch xuất khẩu", "tổng sản lượng", "tỷ lệ hộ nghèo". */
const HEAD_NOUN = new RegExp(`(?<![\\p{L}])(?:${alternatives(LIST_HEAD_NOUNS)})(?:\\s+(?!(?:${alternatives(LIST_HEAD_STOPS)})(?![\\p{L}]))(?:\\p{Ll}+|\\p{Lu}{2,}(?![\\p{L}]))){0,3}`, 'giu');
/** The last measure noun phrase in text[from, to): the head of a list that names places ("kim ngạch xuất khẩu …, gồm: Cao Bằng đạt …"). */
export function headNounIn(text: string, from: number, to: number): string | null {
  return headNounAt(text, from, to)?.text ?? null;
}
/** headNounIn with where it starts in the text. */
export function headNounAt(text: string, from: number, to: number): { start: number; text: string } | null {
  const m = [...text.slice(from, to).matchAll(HEAD_NOUN)].pop();
  return m ? { start: from + m.index!, text: m[0] } : null;
}

const PROPER_NAME = /^(?:(?:TP\.?|tỉnh|thành\s+phố|huyện)\s+|TP\.)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}$/u;
/** A subject that is only a proper name: "Cao Bằng", "TP Hải Phòng", "TP. Buôn Ma Thuột", "Lai Châu". */
export function isProperName(s: string): boolean {
  // each word capitalised, not an acronym ("IIP", "GRDP" name indicators)
  return PROPER_NAME.test(s.trim());
}

// ---- actors: who did it is not what was counted ---------------------------------------------
/**
 * Two to four capitalised words, then "đã" (or "cũng", "ước tính") and its verb, or a verb of its own right after
 * them: a place named as the one who acted ("Đại Lộc đã thu hút", "Thanh Hóa cũng đón", "Nghệ An thu hút được"); case-sensitive.
 */
const namedActorRe = new RegExp(String.raw`^\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3}[ \t]+(?:(?:đã|cũng|ước[ \t]+tính)(?:[ \t]+\p{L}+){1,4}|(?:${alternatives(NAMED_ACTOR_VERBS)})(?:[ \t]+được)?)$`, 'u');
const namesIndicatorRe = new RegExp(`(?<![\\p{L}])(?:${alternatives(INDICATOR_HEADS)})(?![\\p{L}])`, 'iu');
// who acted, after the clause's opening times, any words after (a named actor too: "tỉnh Bắc Kạn đón"); fronted: also after a clause of two words or more and a comma, or "trong" ("Cũng trong thời gian này, toàn tỉnh có")
const actorAfter = (lead: string, by: string) => new RegExp(`^${lead}(?:${ACTOR_TIME}\\s*,?\\s*)*(?:(?:${by})\\s+)?${words(ACTOR_WORDS)}(?:\\s+\\p{L}+){0,5}$`, 'iu');
const actorClauseRe = actorAfter('', 'của'), frontedActorRe = actorAfter('(?:[^,;:()\\s]+\\s[^,;:()]{1,60},\\s*)?', 'của|trong|trên|tại');
const actorLeadRe = new RegExp(`^${words(ACTOR_WORDS)}\\s+(?:đã\\s+|sẽ\\s+)?`, 'iu');
/** A subject without the actor it opens with: "Toàn tỉnh trồng mới" → "trồng mới", "Huyện sẽ phát triển" → "phát triển" (the action of a measure). */
export function withoutActor(subject: string): string {
  const m = actorLeadRe.exec(subject);
  return m ? subject.slice(m[0].length) : subject;
}

/** A subject that only says who acted and how ("tỉnh đã xây dựng được", "toàn tỉnh có"), not what was counted; after a fronted clause too, if asked. */
export function isActorClause(subject: string, fronted = true): boolean {
  return ((fronted ? frontedActorRe : actorClauseRe).test(subject) || namedActorRe.test(subject)) && !namesIndicatorRe.test(subject);
}

// ---- changes: what changed, against what (comparison.ts) ------------------------------------

export { BARE_CHANGE_BEFORE, CHANGE_BEFORE, comparisonAt, comparisonOf, rankedWith, WITH_BEFORE } from './comparison.ts';
/** A topic line inside a list: "Về kinh tế", "Trong lĩnh vực văn hóa – xã hội:" — short, no number, no sentence. */
export function isTopicLine(line: string): boolean {
  return line.length <= 80 && wordCount(line) <= 10 && !/\d/.test(line) && !/[.!?;]$/u.test(line) && !RESULT_HEADING.test(line);
}

/** A short line that introduces targets and does not report results. */
export function opensTargets(line: string): boolean {
  const words = line.replace(/^(?:(?:điều|phần|chương|mục)\s+[\dIVX]+\.?|[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s*/iu, '');
  return line.length <= 160 && !/[.!?]$/u.test(line) && TARGET_HEADING.test(words) && !RESULT_HEADING.test(words)
    && !/\d/.test(words.replace(/(?:19|20)\d\d/g, '')); // numbers other than a year: a statement, not a heading
}

/**
 * How deep a heading sits, by its numbering: a part or an unnumbered heading 0, "II." 1, "2." 2,
 * "b)" 3. A heading ends the sections at its depth and below; the ones above go on.
 */
export function headingDepth(line: string): number {
  if (/^\s*[IVX]+[.)]\s/u.test(line)) return 1;
  if (/^\s*\d{1,2}[.)]\s/u.test(line)) return 2;
  if (/^\s*[a-zđ][.)]\s/u.test(line)) return 3;
  return 0;
}

// ---- periods: targets by time -------------------------------------------------------------

const namesPlanWords = wordsTester(PLAN_TITLE_WORDS);
const notPlanRe = new RegExp(words(NOT_PLAN_COMPOUNDS), 'giu');
/** The line with each compound that names no plan ("Kế hoạch hóa gia đình") blanked out, its offsets kept. */
const withoutNotPlans = (line: string) => (/hoạch\s+h/iu.test(line) ? line.replace(notPlanRe, (m) => '_'.repeat(m.length)) : line);
const namesPlans = (line: string) => namesPlanWords(line) && namesPlanWords(withoutNotPlans(line));
// ("Hoàn thành xuất sắc các nhiệm vụ chính trị năm 2023": how well, then two words at most)
const planMetRe = new RegExp(`${words(PLAN_MET_VERBS)}(?:\\s+(?:${alternatives(PLAN_MET_ADVERBS)}))?(?:\\s+\\p{L}+){0,2}\\s+${words(PLAN_TITLE_WORDS)}`, 'iu');
/** A title or heading that names plans, reports no results and states nothing itself ("giảm 6% hộ nghèo" is a statement). */
export function opensPlan(line: string): boolean {
  return line.length <= 240 && namesPlans(line) && !RESULT_HEADING.test(line) && !planMetRe.test(line)
    && !/\d/.test(line.replace(/(?:19|20)\d\d/g, '').replace(/^(?:[IVX]+|\d+(?:\.\d+)*)[.)]\s/u, ''));
}

// a plan issued, a word or two between ("ban hành Kế hoạch hành động"); a glued typo after it ("chương trìnhbê tông") still names it
const issuedRe = new RegExp(`${WB}(?:(?:${alternatives(ISSUING_VERBS)})\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternatives(ISSUED_PLANS)})|vừa\\s+(?:mới\\s+)?(?:${alternatives(PASSING_VERBS)})\\s+(?:${alternatives(PASSED_PLANS)}))`, 'iu');
const justIssuedRe = new RegExp(`${WB}vừa\\s+(?:mới\\s+)?(?:${alternatives([...ISSUING_VERBS, ...PASSING_VERBS])})${WE}`, 'iu');
/** A passage that sets out what a plan holds: its goals, what it strives for or expects ("Theo đó, mục tiêu …", "Theo Kế hoạch, …"). */
export const setsOutPlan = wordsTester([...GOAL_WORDS, ...STRIVE_WORDS, ...PLAN_CONTENT_WORDS]);
/**
 * A title that issues a plan ("Hà Nội ban hành kế hoạch đấu giá quyền sử dụng đất"), or a sentence saying one was just
 * issued ("UBND tỉnh vừa ban hành Kế hoạch 126/KH-UBND …"); not a review of one ("Kết quả 3 năm ban hành kế hoạch …").
 */
export function issuesPlan(line: string, isTitle: boolean): boolean {
  const issued = issuedRe.exec(line);
  if (!issued || !(isTitle || justIssuedRe.test(line))) return false;
  const before = line.slice(0, issued.index); // what the plan is for may be "thực hiện …"; what comes before it may not
  return !RESULT_HEADING.test(before) && !reviewWordRe.test(before);
}

/** A year or a span of years named as a period: "năm 2019", "giai đoạn 2021 - 2025", "nhiệm kỳ 2020-2025", "đến năm 2025". */
export const YEAR_MENTION = new RegExp(`${words(PERIOD_WORDS)}\\s+((?:19|20)\\d\\d)(?:\\s*[-–]\\s*((?:19|20)\\d\\d))?${WE}`, 'giu');
const PAST_OR_NOW = [...PAST_WORDS, ...PRESENT_WORDS];
// a sentence opening on "Hiện": "Hiện toàn tỉnh có …"
const OPENS_ON_NOW = String.raw`^[\s\-–•+*]*hiện`;
/** Words of a period already over, without a year, or of now ("đến nay", "hiện nay", "Hiện …", not "Hiện đại", "Hiện tượng"). */
export const PAST_MARKER = new RegExp(`${words(PAST_OR_NOW)}|${OPENS_ON_NOW}(?=[ \\t,])(?![ \\t]+(?:đại|tượng)(?![\\p{L}]))`, 'giu');
/** What PAST_MARKER needs, tested first without its word edges: most sentences have none of it. */
export const MAY_MARK_PAST = new RegExp(`${alternatives(PAST_OR_NOW)}|${OPENS_ON_NOW}`, 'iu');

const planWordRe = new RegExp(words(PLAN_TITLE_WORDS), 'iu');
const reviewWordRe = new RegExp(words(REVIEW_TITLE_WORDS), 'iu');
/**
 * A title that reviews one period and then plans the next ("Tổng kết nhiệm kỳ IV (2019-2025) và
 * phương hướng nhiệm kỳ V (2025-2030)"): the part from its first plan word on. Null for any other title.
 */
export function plannedPart(title: string): string | null {
  const plan = planWordRe.exec(withoutNotPlans(title));
  if (!plan || plan.index === 0) return null;
  const before = title.slice(0, plan.index);
  return reviewWordRe.test(before) || RESULT_HEADING.test(before) ? title.slice(plan.index) : null;
}

/** The period a title sets plans for: a span, "đến năm X" (from unknown) or "năm X"; null when it names none. */
export function periodOf(line: string): { from: number | null; to: number } | null {
  const span = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/u.exec(line);
  if (span) return { from: Number(span[1]), to: Number(span[2]) };
  const until = /(?:đến|tới)\s+(?:hết\s+)?năm\s+((?:19|20)\d\d)(?!\d)/iu.exec(line);
  if (until) return { from: null, to: Number(until[1]) };
  const year = /năm\s+((?:19|20)\d\d)(?!\d)/iu.exec(line);
  return year ? { from: Number(year[1]), to: Number(year[1]) } : null;
}

