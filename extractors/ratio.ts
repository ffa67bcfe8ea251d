// `ratio`: A out of B counted things reached a standard — "22/55 chỉ tiêu thành phần đạt và vượt",
// "xã Sùng Phài đạt 11/19 tiêu chí", "34.652/34.895 hồ sơ". Also the shapes that look alike:
// rankings "xếp thứ 12/63 tỉnh" (value, unit "hạng") and actual over plan "1.250/1.100 tỷ đồng"
// (value with target). Dates, periods, document numbers and "24/24 giờ" yield nothing.
import { emptyFields } from './statement.ts';
import type { Span } from './statement.ts';
import { AMBIGUOUS_DECIMAL, DECIMAL_COMMA_BY_STYLE, parseDigits, parseNumber, readUnit } from './numbers.ts';
import { SCALE_WORDS } from './numbers/lexicon.ts';
import { qualifierBefore } from './numbers/context.ts';
import { estimateAt, WB, WE } from './language.ts';
import { AVERAGE_WORDS, GROUP_WORDS, NUMBER_CONTEXT_TABLES, OCCURRENCE_UNIT, PAIR_WHOLE_WORDS, PERIOD_BEFORE_PAIR, PLAN_DOCUMENTS, SCHEDULE_UNITS, SCORE_UNIT, SHARE_HEADS, SHARE_OF_COUNT_VERBS, TIME_UNITS, WIDTH } from './knowledge/index.ts';
import { alternatives, words } from './patterns.ts';
import { ruleOff } from './rules.ts';
import { endsBefore, ownCoverage } from './types.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';
import { floorBefore, phraseAfter, quantityIndexAt, subjectBefore, textAfter, textBefore, tidy, topicOf, wordCount } from './clause.ts';
import { asTarget, BEFORE_RANK, rankOutOf, rankRangeBefore } from './rank-pairs.ts';
import { countsCasesAndPeople, nounOfClause, nounOfEarlierPair, nounOfSubject, type PairNoun } from './pair-nouns.ts';

// A and B: digits with optional thousands groups; B is not followed by more of a date (/2021) or a decimal.
// ("368.994/tổng số 370.409 cử tri": the whole may be named after the slash)
const PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}/.,])(\d{1,3}(?:\.\d{3})+|\d+)\s?\/\s?(?:(?:${alternatives(PAIR_WHOLE_WORDS)})\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d|\/\d|\/?[\p{L}-])(\/?)`, 'gu');
const MAP_SCALE_BEFORE = /(?:quy\s+hoạch|bản\s+đồ)(?:\s+\p{L}+){0,3}\s+tỷ\s+lệ\s*$/iu;
const BEFORE_PERIOD = new RegExp(`${words(PERIOD_BEFORE_PAIR)}\\s*$`, 'iu');
/** Units that make "A/B" a rate or a period, not a count of things: "24/24 giờ". */
const TIME_UNIT = new RegExp(`^(?:${alternatives([...TIME_UNITS, ...SCHEDULE_UNITS])})${WE}`, 'iu');
/** Plural nouns written as a pair: "xã, phường", "xã phường", "thôn, bản". */
const PAIR_NOUN = /^(?:huyện,?\s+thị\s+xã,?\s+thành\s+phố|huyện,?\s+(?:thị\s+xã|thành\s+phố)|xã,?\s+phường(?:,?\s+thị\s+trấn)?|thôn,?\s+bản(?:,?\s+tổ\s+dân\s+phố)?|xã,?\s+thị\s+trấn|phường,?\s+xã)(?![\p{L}\p{N}])/iu;
// a lower-case word, or an acronym of capitals ("38/124 UBND cấp xã")
const WORD = /^(?:[\p{Ll}][\p{L}]*|\p{Lu}{2,}(?![\p{Ll}\p{N}]))/u;

/** Function words that never are the counted noun of "A/B noun". */
const NOT_A_NOUN = /^(?:và|của|trong|với|là|thì|mà|cho|để|theo|từ|đến|tại|ở|hoặc|hay|nhưng|được|bị|đã|sẽ|đang|các|những|này|đó|năm|tháng|ngày)$/iu;
/** A verb of the pair's share after it ("nữ trúng cử là 2/6 đạt 33,33%") is no noun; after "là" ("Đại biểu HĐND tỉnh số trúng cử là 55/92") a pair counts what its clause opens on. */
const SHARE_VERB_AFTER = new RegExp(`^(?:${alternatives(SHARE_OF_COUNT_VERBS)})$`, 'iu'), COPULA_BEFORE = /(?<![\p{L}])là[ \t]*$/iu;

function countedNoun(text: string, pos: number, limit: number): PairNoun | null {
  let i = pos;
  while (i < limit && text[i] === ' ') i++;
  const rest = text.slice(i, Math.min(limit, i + WIDTH.comparison));
  const pair = PAIR_NOUN.exec(rest);
  if (pair) return { unit: pair[0].replace(/\s+/g, ' '), start: i, end: i + pair[0].length, known: true };
  const u = readUnit(text, i, limit);
  if (u && u.unit) return { unit: u.unit, start: i, end: u.end, known: true };
  const w = WORD.exec(rest);
  if (w) return { unit: w[0], start: i, end: i + w[0].length, known: false };
  return null;
}

/** A reader of one shape of pair: the rules it emits, the marks a sentence needs one of for it to run, and how it reads. */
interface PairReader { rules: readonly string[]; triggers: readonly string[]; read(view: SentenceView, slice: string, found: readonly Claimed[]): Claimed[] }

/** The pair readers, in the order they run over a sentence; a later one sees what the earlier found. */
const PAIR_READERS: readonly PairReader[] = [
  { rules: ['ratio/a-of-b', 'ratio/rank', 'ratio/target-rank', 'ratio/rank-out-of', 'ratio/actual-over-plan', 'ratio/score-out-of'], triggers: ['/'], read: slashPairs },
  { rules: ['ratio/spaced-share'], triggers: ['/'], read: (view) => spacedShares(view) },
  { rules: ['ratio/actual-over-plan', 'ratio/score-out-of'], triggers: ['/'], read: amountPairs },
  { rules: ['ratio/share-over-plan'], triggers: ['/'], read: (view, slice) => sharePairs(view, slice) },
  { rules: ['ratio/worded-pair'], triggers: ['trên', 'trong'], read: (view, slice) => wordedPairs(view, slice) },
  // a word before the slash first: most slashes stand between digits (dates, "22/55")
  { rules: ['ratio/worded-pair'], triggers: ['/'], read: (view, slice, found) => (WORD_THEN_SLASH.test(slice) ? nounPairs(view, slice, NOUN_SLASH_PAIR, found) : []) },
];

export const ratioExtractor: Extractor = {
  name: 'ratio',
  extract(view: SentenceView): Claimed[] {
    const slice = view.text.slice(view.start, view.end);
    if (!slice.includes('/') && !slice.includes('trên') && !slice.includes('trong')) return []; // no pair in this sentence
    const out: Claimed[] = [];
    for (const reader of PAIR_READERS) {
      if (!reader.triggers.some((t) => slice.includes(t)) || reader.rules.every((id) => ruleOff(view, id))) continue;
      for (const m of reader.read(view, slice, out)) out.push(m);
    }
    return out;
  },
};

/** "A/B" with digits only: "22/26 trường", "xếp thứ 12/63", "1.250/1.100 tỷ đồng". */
function slashPairs(view: SentenceView, slice: string): Claimed[] {
  const out: Claimed[] = [];
  const before = endsBefore(out, view.start); // a pair's subject starts after the statements read before it
  for (const m of slice.matchAll(PAIR)) {
    const aStart = view.start + m.index!;
    // "xếp vị trí 10 - 15/63 tỉnh, thành phố trên cả nước, 3/14 tỉnh vùng …": the next pair of a list of ranks is a rank
    const last = out[out.length - 1];
    const afterRank = last !== undefined && last.fields.unit === 'hạng' && PAIR_ITEM_BEFORE.test(view.text.slice(Math.max(last.start, aStart - WIDTH.phrase), aStart));
    const read = readPair(view, aStart, m, before.at(aStart), afterRank);
    const found = read && asTarget(view, read);
    if (found) { out.push(found); before.add(found); }
  }
  return out;
}

const GROUP_NOUN = new RegExp(`^${words(GROUP_WORDS)}$`, 'iu');

/** "A/B" at `aStart`: a count, a rank, or an actual over its plan; null for dates, periods, rates. `floor`: where its subject may start. */
function readPair(view: SentenceView, aStart: number, m: RegExpMatchArray, floor: number, afterRank: boolean): Claimed | null {
  const { text, start, end } = view;
  const pairEnd = aStart + m[0].length;
  const before = textBefore(view, aStart, WIDTH.pairLead);
  if (BEFORE_PERIOD.test(before)) return null;
  const a = parseNumber(m[1]);
  const b = parseNumber(m[2]);
  if (a === null || b === null || b === 0) return null;
  if (b >= 1900 && b <= 2100 && a <= 12) return null; // "6/2024": a month of a year
  if (a === 1 && MAP_SCALE_BEFORE.test(before)) return null; // "quy hoạch chi tiết tỷ lệ 1/500": a map's scale
  const after = textAfter(view, pairEnd, WIDTH.clauseWord);
  if (TIME_UNIT.test(after.trimStart())) return null;
  const slash = text.indexOf('/', aStart); // "500/100.000 trẻ": a slash inside one quantity's unit (a rate per people) parts no pair
  if (slash < (view.quantities[quantityIndexAt(view, slash) - 1]?.end ?? 0)) return null;
  const unit = readUnit(text, pairEnd, end);
  if (!ruleOff(view, 'ratio/actual-over-plan') && unit && (unit.scale !== 1 || /^(?:%|‰)/.test(unit.unit) || isAmount(unit.unit))) {
    return actualOverPlan(view, aStart, pairEnd, a, b, unit); // "1.250/1.100 tỷ đồng", "83%/80%": actual over plan, one unit
  }
  // "có 16/16 (100%) xã đã được công nhận …": the pair's share in brackets, when it is A/B, may stand before its noun
  const share = SHARE_IN_BRACKETS.exec(text.slice(pairEnd, pairEnd + WIDTH.marker));
  const ownShare = share !== null && shareGap(a, b, printedShare(share[1])) < 1;
  const nounAfter = countedNoun(text, pairEnd + (ownShare ? share[0].length : 0), end);
  const verbAfter = nounAfter !== null && !nounAfter.known && SHARE_VERB_AFTER.test(nounAfter.unit); // counted, no unit named, when no noun is read before
  const noun = (verbAfter ? null : nounAfter) ?? nounOfSubject(view, aStart, pairEnd)
    ?? (ownShare || (COPULA_BEFORE.test(before) && (a > 31 || b > 12)) ? nounOfClause(view, aStart, pairEnd) : null)
    ?? nounOfEarlierPair(view, aStart, m[2], pairEnd) ?? (verbAfter ? { ...nounAfter, unit: '' } : null);
  if ((!noun || !noun.known) && !ruleOff(view, 'ratio/rank-out-of') && BEFORE_RANK.test(before)) return rankOutOf(view, aStart, pairEnd, a, b); // "(xếp thứ 2/62)", "xếp thứ 17/63 về huy chương"
  if (!noun) return null; // "(9/12)," — a date with nothing counted
  if (countsCasesAndPeople(text, noun, end)) return null;
  // "30/4 và ...": a day/month pair needs a noun from the lexicon to count anything, or groups ("9/11 nhóm hàng hóa … có CPI tăng")
  if (!noun.known && (NOT_A_NOUN.test(noun.unit) || (a <= 31 && b <= 12 && !GROUP_NOUN.test(noun.unit)))) return null;
  // "25/63 điều hành": a rank column among the provinces, not a count of things
  if (!noun.known && PROVINCE_COUNTS.has(b) && a <= b) return null;
  const range = rankRangeBefore(before, aStart);
  const rank = afterRank || range !== null || BEFORE_RANK.test(before);
  if (!rank && noun.unit === SCORE_UNIT && a <= b && endsScore(view, noun.end)) return ruleOff(view, 'ratio/score-out-of') ? null : scoreOutOf(view, aStart, noun.end, a, b, floor);
  if (ruleOff(view, rank ? 'ratio/rank' : 'ratio/a-of-b')) return null;
  const found = countOf(view, { start: range?.start ?? aStart, end: pairEnd }, a, b, noun, rank);
  if (range) Object.assign(found.fields, { value: range.low, value_max: a }); // "10 - 15/63": ranks 10 to 15
  return found;
}

const PAIR_ITEM_BEFORE = /\d[ \t]?\/[ \t]?\d+[ \t]+[^\d;:()\n]{1,60}?(?:,|[ \t]+và)[ \t]+$/u;
/** "22/26 trường đạt chuẩn quốc gia" (ratio/a-of-b), "xếp thứ 12/63 tỉnh" (ratio/rank). */
function countOf(view: SentenceView, pair: Span, a: number, b: number, noun: { unit: string; start: number; end: number }, rank: boolean): Claimed {
  const { text, start, end } = view;
  const aStart = pair.start;
  const fields = emptyFields('ratio');
  const subject = subjectBefore(text, start, aStart, floorBefore(view, aStart));
  const phrase = phraseAfter(text, noun.start, end);
  if (rank) {
    fields.kind = 'value';
    fields.value = a;
    fields.unit = 'hạng';
    fields.total = b;
  } else {
    fields.achieved = a;
    fields.total = b;
    fields.unit = noun.unit || null;
  }
  // "22/26 trường đạt chuẩn quốc gia" names itself; "Điều tra làm rõ 78/86 vụ" needs its subject
  const named = phrase ? text.slice(phrase.start, phrase.end) : noun.unit;
  // "4/15 sở, ngành và 38/124 UBND cấp xã": the previous pair's noun phrase, up to "và" or a comma, is that pair's
  const afterSibling = PAIR_ITEM_BEFORE.test(text.slice(Math.max(start, aStart - WIDTH.phrase), aStart));
  // "…, đứng 8/13 khu vực ĐBSCL": the rank's verb names nothing ranked
  let lead = afterSibling ? '' : text.slice(subject.start, subject.end);
  if (rank) lead = lead.replace(BEFORE_RANK, '');
  if (!lead.trim()) lead = labelBefore(text, start, aStart); // "Năm 2021: 02/02 cuộc"
  // "Tốc độ tăng trưởng GRDP ước đạt 7,12%, đứng thứ 3/5 tỉnh": a rank of what the sentence measured
  if (!lead.trim() && rank && view.quantities[0]?.start < aStart) lead = topicOf(text, start, view.quantities[0].start) ?? '';
  // (a noun read off the subject, "Số thôn … là 2.031/2.095", is named by the subject alone)
  // (… or, naming nothing, by that noun: "…; năm 2026 đạt 18/40" after "12/40 xã, phường")
  const parts = wordCount(named) >= 4 ? [named] : noun.start === noun.end ? [lead.trim() ? lead : named] : [lead, named];
  // "Chỉ số PCI … xếp thứ 12/63 tỉnh, thành phố": what is ranked is named before the rank; the noun after it is the field ranked in
  // ("… xếp thứ 5/63 tỉnh, thành về tốc độ tăng trưởng": what follows "về" names what is ranked too)
  const about = rank ? /(?<![\p{L}])về\s.+$/u.exec(named)?.[0] ?? '' : '';
  const ranked = rank ? tidy(`${lead} ${about}`) : '';
  fields.indicator = /\p{L}{2}/u.test(ranked) ? `thứ hạng ${ranked}` : tidy(parts.filter((p) => p.trim()).join(' ')) || null;
  fields.estimate = estimateAt(view, floorBefore(view, aStart), aStart);
  const qStart = subject.end > subject.start && !afterSibling ? Math.min(subject.start, aStart) : aStart;
  const qEnd = Math.max(phrase?.end ?? noun.end, noun.end);
  return { start: qStart, end: qEnd, fields, rule: rank ? 'ratio/rank' : 'ratio/a-of-b', claims: { own: pair } };
}

const AVERAGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(AVERAGE_WORDS)})(?![\\p{L}])[^,;.]{0,60}$`, 'iu');

/** "đạt 53,5/52ha": actual over plan with a decimal or a glued unit, which PAIR leaves alone. */
function amountPairs(view: SentenceView, slice: string, found: readonly Claimed[]): Claimed[] {
  const { text, start, end } = view;
  const out: Claimed[] = [];
  const claimed = ownCoverage(found);
  const before = endsBefore(found, start); // a pair's subject starts after the statements read before it
  const keep = (c: Claimed) => { claimed.add(c); before.add(c); out.push(c); };
  for (const m of slice.matchAll(AMOUNT_PAIR)) {
    const aStart = start + m.index!;
    const pairEnd = aStart + m[0].length;
    if (claimed.covers(aStart)) continue;
    const a = parseDigits(m[1]);
    const b = parseDigits(m[3]);
    // "5ha/7": a unit written after the actual only is no pair of amounts (the plan's may follow a space)
    if (m[2] && !text.startsWith(m[2], pairEnd) && !text.startsWith(` ${m[2]}`, pairEnd)) continue;
    const unit = readUnit(text, pairEnd, end);
    if (a === null || b === null || !unit) continue;
    // "Bình quân toàn huyện đạt 12,6/19 tiêu chí": an average count out of all, a ratio with a decimal A
    if (unit.scale === 1 && !isAmount(unit.unit) && a.value <= b.value && Number.isInteger(b.value) && !ruleOff(view, 'ratio/a-of-b') && AVERAGE_BEFORE.test(text.slice(Math.max(start, aStart - WIDTH.phrase), aStart))) {
      const noun = countedNoun(text, pairEnd, end);
      if (noun?.known) keep({ ...countOf(view, { start: aStart, end: pairEnd }, a.value, b.value, noun, false), rule: 'ratio/a-of-b' });
      continue;
    }
    // "chỉ số PAPI là 40,62/80 điểm": a score out of its maximum
    if (unit.unit === SCORE_UNIT && unit.scale === 1 && a.value <= b.value && endsScore(view, unit.end)) {
      if (!ruleOff(view, 'ratio/score-out-of')) keep(scoreOutOf(view, aStart, unit.end, a.value, b.value, before.at(aStart)));
      continue;
    }
    // "đạt 1.809,5/75 triệu đồng", "53,5/52ha", "1,68/1,50%": decimals, which the digits-only pair leaves
    const planNamed = /\p{L}/u.test(m[0].slice(m[0].lastIndexOf('/')));
    if (!(planNamed || unit.scale !== 1 || isAmount(unit.unit) || /^(?:%|‰)/.test(unit.unit))) continue;
    // "654,935/871,321 triệu đồng": read as a lone number is, by the document's style
    const byStyle = (a.ambiguous || b.ambiguous) && (view.decimalComma?.() ?? false);
    if (ruleOff(view, 'ratio/actual-over-plan')) continue; // the reader runs for its other rule too
    const pair = actualOverPlan(view, aStart, pairEnd, a.value, b.value, unit);
    if (byStyle && a.ambiguous) pair.fields.value! /= 1000;
    if (byStyle && b.ambiguous) pair.fields.target_value! /= 1000;
    if (a.ambiguous || b.ambiguous) pair.notes = byStyle ? [AMBIGUOUS_DECIMAL, DECIMAL_COMMA_BY_STYLE] : [AMBIGUOUS_DECIMAL];
    keep(pair);
  }
  return out;
}

/** Two parts of one whole named in the subject ("nữ/nam", "thành thị / nông thôn"): a pair of shares after it splits the whole. */
const PARTS_IN_SUBJECT = /(?<![\p{L}])\p{L}+[ \t]?\/[ \t]?\p{L}+(?![\p{L}])/u;

/** "tỷ lệ đạt 83%/80%": actual over plan, both shares. */
function sharePairs(view: SentenceView, slice: string): Claimed[] {
  const { start } = view;
  const out: Claimed[] = [];
  if (!slice.includes('%')) return out; // a pair of shares has its marks
  for (const m of slice.matchAll(SHARE_PAIR)) {
    const aStart = start + m.index!;
    const fields = emptyFields('value');
    fields.value = parseNumber(m[1]);
    fields.target_value = parseNumber(m[2]);
    if (fields.value === null || fields.target_value === null) continue;
    fields.unit = fields.target_unit = '%';
    const subject = nameBySubject(view, aStart, fields);
    if (PARTS_IN_SUBJECT.test(fields.indicator ?? '')) continue; // "nữ/nam là 48%/52%": the shares of two parts, no plan
    const pairEnd = aStart + m[0].length;
    out.push({ start: Math.min(subject.start, aStart), end: pairEnd, fields, rule: 'ratio/share-over-plan', claims: { own: { start: aStart, end: pairEnd } } });
  }
  return out;
}

/** How many points a printed share lies from A/B: "89,7" for 3.065/3.416. */
export const shareGap = (a: number, b: number, printed: number) => Math.abs((100 * a) / b - printed);
const printedShare = (digits: string) => Number(digits.replace(',', '.'));

// ("13/25 (đạt tỷ lệ 52%)": the verb and head of a count's share may open it)
const SHARE_IN_BRACKETS = new RegExp(String.raw`^[ \t]*\([ \t]*(?:(?:${alternatives(SHARE_OF_COUNT_VERBS)})[ \t]+)?(?:(?:${alternatives(SHARE_HEADS)})[ \t]+)?(\d{1,3}(?:[.,]\d+)?)[ \t]*%[ \t]*\)`, 'u');

/** The qualifiers of an approximate number ("khoảng", "hơn", "gần"), lower-case: the approx of an actual over its plan. */
const APPROX_FORMS = new Set(NUMBER_CONTEXT_TABLES.find((t) => t.role === 'approx')!.forms.map((f) => f.toLowerCase()));
/** Units of an amount (not a count of things): "A/B ha" is an actual over its plan, never A of B. */
const AMOUNT_UNIT = /^(?:ha|m²|m³|km²|km|m|tấn|tạ|kg|lít|MW|kW|kWh|MWh|GWh)(?:\/|$)/u;
/** "87.096/75.250 lượt người": a volume of occurrences over its plan is read as an amount too. */
const isOccurrences = (unit: string) => unit === OCCURRENCE_UNIT || unit.startsWith(`${OCCURRENCE_UNIT} `);
const isAmount = (unit: string) => /^(?:đồng|USD|EUR)/.test(unit) || AMOUNT_UNIT.test(unit) || isOccurrences(unit);
// the actual may carry the plan's unit glued to it too: "170ha/167ha", "991.380.800đ/900.000.000đ" (group 2)
// ("9.015,8 ha/8.500 ha": a space may stand before each unit; "136,5 nghìn tấn/133,0 nghìn tấn": a scale word before it)
// ("278.000/kế hoạch 255.000 tấn": the plan may be named after the slash, whatever its unit)
const AMOUNT_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}\/.,])(\d+(?:[.,]\d+)*)(?:[ \t]?(\p{Ll}{1,3}|(?:${alternatives([...SCALE_WORDS.keys()])})[ \t]\p{Ll}{1,5}))?\s?\/\s?(?:(?:${alternatives(PLAN_DOCUMENTS)})[ \t]+)?(\d+(?:[.,]\d+)*)(?![\d\/]|[.,]\d)`, 'gu');

/** How many provinces a rank is out of (before and after the 2025 mergers). */
const PROVINCE_COUNTS = new Set([63, 62, 34]);

/**
 * "2.846.632 tài khoản định danh /2.935.139 công dân …, đạt 97%", "104.462 hồ sơ trực tuyến/108.117 tổng
 * hồ sơ tiếp nhận, đạt tỷ lệ 96,62%": A things over B, confirmed by the share.
 */
const SPACED_SHARE = /(?<![\p{L}\p{N}/.,])(\d{1,3}(?:\.\d{3})+|\d+)[ \t]+([\p{L}][^\d/;.()\n]{0,60}?)[ \t]?\/[ \t]?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)/gu;
const SHARE_AFTER = /^[^;.()\n]{0,80}?(?:đạt|chiếm|bằng)(?:[ \t]+tỷ[ \t]+lệ)?[ \t]+(\d{1,3}(?:,\d+)?)[ \t]?%/u;
function spacedShares(view: SentenceView): Claimed[] {
  const { text, start, end } = view;
  const out: Claimed[] = [];
  for (const m of text.slice(start, end).matchAll(SPACED_SHARE)) {
    const aStart = start + m.index!;
    const bEnd = aStart + m[0].length;
    const a = parseNumber(m[1]);
    const b = parseNumber(m[3]);
    const share = SHARE_AFTER.exec(textAfter(view, bEnd, WIDTH.confirm));
    // the slash alone would be two counts ("170 vụ/193 đối tượng"); the share says it is one ratio
    if (a === null || b === null || b === 0 || !share || shareGap(a, b, printedShare(share[1])) > 1) continue;
    const noun = countedNoun(text, aStart + m[1].length, aStart + m[1].length + 1 + m[2].length);
    // "… là 18.025 hộ/24.977 hộ, đạt tỷ lệ 72,16%": A's words only the noun B's is, the pair is named as any count is
    const after = countedNoun(text, bEnd, end);
    if (after?.known && after.unit.toLowerCase() === tidy(m[2]).toLowerCase()) { out.push({ ...countOf(view, { start: aStart, end: bEnd }, a, b, after, false), rule: 'ratio/spaced-share' }); continue; }
    const fields = { ...emptyFields('ratio'), achieved: a, total: b };
    fields.unit = noun?.unit ?? null;
    fields.indicator = tidy(m[2]) || null;
    fields.estimate = estimateAt(view, floorBefore(view, aStart), aStart);
    out.push({ start: aStart, end: bEnd, fields, rule: 'ratio/spaced-share', claims: { own: { start: aStart, end: bEnd } } });
  }
  return out;
}

/** "29 trên 30 gói thầu", "3.065 hồ sơ trên tổng số 3.416 hồ sơ", "16 trong số 20 chỉ tiêu": A out of B in words; A's noun, when written, is B's ("lần 3 trên 9%" is above a share). */
const WORDED_PAIR = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:[ \t]+(\p{L}+(?:[ \t]+\p{L}+){0,2}?))?[ \t]+(?:trên[ \t]+(?:tổng[ \t]+số[ \t]+)?|trong[ \t]+(?:tổng[ \t]+)?số[ \t]+)(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d|[ \t]?[%‰])/gu;
const WORD_THEN_SLASH = /\p{L}[ \t]*\/[ \t]*\d/u;
/** "đạt và vượt 20 chỉ tiêu/21 chỉ tiêu": A out of B with the noun written after both (group 2 must be B's noun). */
const NOUN_SLASH_PAIR = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)[ \t]+(\p{L}+(?:[ \t]+\p{L}+){0,2}?)[ \t]*\/[ \t]*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)/gu;

/** Pairs of counts written with their nouns, by `pattern` (A, A's noun maybe, B); the noun after B must be A's. */
function nounPairs(view: SentenceView, slice: string, pattern: RegExp, found: readonly Claimed[] = []): Claimed[] {
  const { text, start, end } = view;
  const out: Claimed[] = [];
  const claimed = ownCoverage(found);
  for (const m of slice.matchAll(pattern)) {
    const aStart = start + m.index!;
    const bEnd = aStart + m[0].length;
    if (claimed.covers(aStart)) continue;
    const a = parseNumber(m[1]);
    const b = parseNumber(m[3]);
    if (a === null || b === null || b === 0 || a > b) continue;
    // "… tốt nghiệp THPT năm 2023 trên tổng số 8.117 thí sinh": a year, no count of anything
    if (BEFORE_PERIOD.test(textBefore(view, aStart, WIDTH.pairLead))) continue;
    const noun = countedNoun(text, bEnd, end);
    // "1 bác sĩ trên 1.000 dân" is a rate: the two nouns differ
    if (!noun || !noun.known || (m[2] !== undefined && m[2].toLowerCase() !== noun.unit.toLowerCase())) continue;
    const pair = countOf(view, { start: aStart, end: bEnd }, a, b, noun, false);
    out.push({ ...pair, rule: 'ratio/worded-pair' });
  }
  return out;
}

function wordedPairs(view: SentenceView, slice: string): Claimed[] {
  const { text, start, end } = view;
  const out = nounPairs(view, slice, WORDED_PAIR);
  // "phát sinh 3.065 hồ sơ cấp phiếu Lý lịch tư pháp trên ứng dụng VNeID trên tổng số 3.416 hồ sơ …, đạt
  // tỷ lệ 89,7%": A's noun with a long phrase, B's noun the same, confirmed by the share after it
  if (slice.includes('tổng số')) {
    for (const m of slice.matchAll(LONG_WORDED_PAIR)) {
      const aStart = start + m.index!;
      const bEnd = aStart + m[0].length;
      const a = parseNumber(m[1]), b = parseNumber(m[3]);
      if (a === null || b === null || b === 0 || a > b || out.some((o) => o.claims.own.start === aStart)) continue;
      const noun = countedNoun(text, bEnd, end);
      const phrase = m[2].toLowerCase();
      if (!noun || !noun.known || !phrase.startsWith(noun.unit.toLowerCase() + ' ')) continue;
      const share = SHARE_AFTER.exec(textAfter(view, noun.end, WIDTH.confirm));
      if (!share || shareGap(a, b, printedShare(share[1])) >= 1) continue;
      const found = countOf(view, { start: aStart, end: bEnd }, a, b, noun, false);
      found.fields.indicator = tidy(m[2]);
      out.push({ ...found, end: Math.max(found.end, noun.end), rule: 'ratio/worded-pair' });
    }
  }
  return out;
}
const LONG_WORDED_PAIR = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)[ \t]+(\p{L}[^\d;:.()\n]{0,100}?)[ \t]+trên[ \t]+tổng[ \t]+số[ \t]+(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)/gu;

const SHARE_PAIR = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?)\s?%\s?\/\s?(\d{1,3}(?:[.,]\d+)?)\s?%/gu;

function actualOverPlan(view: SentenceView, aStart: number, pairEnd: number, a: number, b: number,
  unit: { unit: string; end: number; scale: number }): Claimed {
  const fields = emptyFields('value');
  fields.value = a * unit.scale;
  fields.target_value = b * unit.scale;
  fields.unit = unit.unit;
  fields.target_unit = unit.unit;
  // "ước đạt gần 278.000/kế hoạch 255.000 tấn": a qualifier before the actual is its approx, not part of its name
  const before = qualifierBefore(view.text, view.start, aStart);
  const approx = before && APPROX_FORMS.has(before.text.toLowerCase()) ? before : null;
  fields.approx = approx ? approx.text.toLowerCase() : null;
  const subject = nameBySubject(view, approx ? approx.index : aStart, fields);
  return {
    start: Math.min(subject.start, aStart), end: unit.end, fields, rule: 'ratio/actual-over-plan',
    claims: { own: { start: aStart, end: unit.end } },
  };
}

/** Names a pair's level by the subject before it, and says whether it is estimated; returns the subject's span. */
function nameBySubject(view: SentenceView, aStart: number, fields: ReturnType<typeof emptyFields>, floor = view.start): Span {
  const subject = subjectBefore(view.text, view.start, aStart, floor);
  fields.indicator = tidy(view.text.slice(subject.start, subject.end)) || null;
  fields.estimate = estimateAt(view, floorBefore(view, aStart), aStart);
  return subject;
}

/** After a score's "điểm" a mark or a verb, not a noun going on: "12/15 điểm trường" counts school sites. */
const SCORE_END = /^[ \t]*(?:$|[^\p{L}\s]|(?:và|đạt|xếp|đứng|tăng|giảm|so|trong|của|là|với|thuộc|cao|thấp)(?![\p{L}]))/iu;
const endsScore = (view: SentenceView, end: number) => SCORE_END.test(textAfter(view, end, WIDTH.word));
/** "chỉ số PAPI là 40,62/80 điểm", "đạt 85/100 điểm": a score out of its maximum, a level in điểm of the subject before it. */
function scoreOutOf(view: SentenceView, aStart: number, end: number, a: number, b: number, floor = view.start): Claimed {
  const fields = { ...emptyFields('value'), value: a, unit: SCORE_UNIT, total: b };
  // ("đạt 57/63 tiêu chuẩn, với 86,76/100 điểm": the subject starts after the statement read before it, `floor`)
  const subject = nameBySubject(view, aStart, fields, Math.max(floor, floorBefore(view, aStart)));
  return { start: subject.end > subject.start ? subject.start : aStart, end, fields, rule: 'ratio/score-out-of', claims: { own: { start: aStart, end } } };
}

/** A short label ending in ":" right before a number ("Năm 2022: 04/04 cuộc") names its context. */
function labelBefore(text: string, sentenceStart: number, pos: number): string {
  const before = text.slice(Math.max(sentenceStart, pos - WIDTH.comparison), pos);
  if (!before.trimEnd().endsWith(':')) return ''; // no label (trimEnd strips what \s matches)
  const m = /(?:^|[.;(\n])\s*([^.;:()\n]{1,40}):\s*$/u.exec(before);
  return m && wordCount(m[1]) <= 6 ? m[1].replace(/^[^\p{L}\p{N}]+/u, '') : '';
}
