// How a level is named — the naming rules of `value` and `target`, tried in order: a share restating a count or a pair
// (share-of-count, share-of-pair: count-names.ts), the change of the level before (change: change-names.ts), a rank and the figure after it
// (rank, score-of-rank: rank-names.ts), the phrase after a share (share-of-phrase), the next item of a list (list-item,
// measure-in-list), a figure alone in brackets (compared-in-brackets, change-in-brackets, measure-of-count, named-in-brackets: bracket-names.ts),
// an average per unit, else the subject before it (subject-level), refined (inherited, topic, measure-of-noun, …) or a fallback.
import { AMOUNT_NOUN_HEADS, BREAKDOWN_WORDS, MONEY_NOUNS, COMPARED_WITH, INDICATOR_NAME_HEADS, LABEL_HEADS, LEAD_IN_ENDS, NOT_LINE_LABELS, ONLY_TIME, OPENS_WITH_TIME, PERIOD_SPAN, PERIOD_TAIL, PHRASE_WORDS, PLAN_ALONE, TIME_FRAME_LEAD, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { actionVerbBefore, isItemMeasure } from './nonfigures.ts';
import { CHANGE_BEFORE, PRODUCTION_BEFORE, rankedWith, isActorClause, isProperName, withoutActor, MEASURE_HEAD, MEASURE_NOUN_HEADS, comparisonAt, comparisonOf, MAX_SUBJECT } from './language.ts';
import { alternatives, ITEM_MARKER } from './patterns.ts';
import { clauseStart, isMeaningfulSubject, ownerNameBeforeAside, topicOf, lineStartNear, phraseAfter, quantityIndexAt, subjectBefore, textAfter, textBefore, textBeyond, tidy, trimSubject, wordCount } from './clause.ts';
import { ruleOff } from './rules.ts';
import { withoutDatedAside } from './asides.ts';
import { continuedName, isSiblingShare, partShareName } from './part-names.ts';
import { EXISTENTIAL_BEFORE, thingsHad, withoutOpeningCount } from './opening-count.ts';
import { measureFirst } from './measure-first.ts';
import { measureInList } from './measure-list.ts';
import { itemOfBreakdown, placeInList, timeKeyedItem } from './list-heads.ts';
import type { Kind, Span } from './statement.ts';
import { damageDone } from './damage-names.ts';
import { averagePerUnit, countedPhrase, countOfCounted, holdsCountPair, isCountedNoun, isPreviousCountsTail, opensOnItsNoun, listItem, type Named, siblingCountBefore, SHARE_UNITS, shareOfCount, shareOfPair } from './count-names.ts';
import { phraseWithAgeBand } from './age-bands.ts';
import { RANK_CHANGE, rankIndicator, scoreOfRank } from './rank-names.ts';
import { changeOfPrevious, SIGN_WORDS } from './change-names.ts';
import { changeInBrackets, comparedInBrackets, measureOfCount, namedInBrackets } from './bracket-names.ts';
import type { PrevIndicator, SentenceView } from './types.ts';

export { continuesList, isAveragePerUnit, SHARE_UNITS } from './count-names.ts';
export { RANK_CHANGE } from './rank-names.ts';
export { MEASURE_HEAD } from './language.ts';
export type { Named } from './count-names.ts';

/** A subject that only says where ("cấp thành phố", "phường") does not say what is measured. */
export const PLACE_ONLY = /^(?:\s|,|cấp|toàn|các|thành\s+phố|tỉnh|huyện|thị\s+xã|thị\s+trấn|xã|phường|bản|thôn|tổ\s+dân\s+phố|trong\s+đó|riêng|địa\s+bàn|trên|tại)+$/iu;
export function isPlaceOnly(s: string): boolean {
  return PLACE_ONLY.test(s);
}

// "trong đó, " right before a count: the count is a part of the whole before it
const BREAKDOWN_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(BREAKDOWN_WORDS)})[\\s,:]*$`, 'iu');
/** When the clause before a number names nothing: a count whose noun phrase follows
 * ("04 phường đạt chuẩn đô thị văn minh"), a change "(tăng 4,12 triệu đồng so với năm 2020)",
 * a rate in parentheses "còn 195 hộ (đạt tỷ lệ 1,50%)", a rate unit "13,0 bác sỹ/1 vạn dân". */
function fallbackIndicator(view: SentenceView, q: Quantity, floor: number): string | null {
  const { text, start, end } = view;
  const isShare = SHARE_UNITS.test(q.unit!);
  const label = labelAbove(view, q) ?? timeKeyedItem(view, q);
  if (label) return label;
  const measured = nounAfterMeasure(view, q, '') ?? nounAfterMeasure(view, q, '', AMOUNT_NOUN_HEADS); // "trong đó 300 tỷ đồng vốn ngân sách"
  if (measured) return measured;
  if (!isShare && q.unit && !/^(?:đồng|USD|EUR|ha|tấn|km|kg|m|lít)(?![\p{L}])/u.test(q.unit)) {
    const noun = countedPhrase(view, q);
    if (noun) return `${q.unit} ${text.slice(noun.start, noun.end)}`;
    // "có 20 khách sạn", "có 203 HTX", "có 136 hộ là người có công": such a unit, or what "là" says they are, names the things
    // had (thingsHad); so it does a part of a whole right after "trong đó" ("…; trong đó, 48 công trình do cấp tỉnh quản lý")
    const lead = textBefore(view, q.start, WIDTH.lead);
    if (EXISTENTIAL_BEFORE.test(lead) || BREAKDOWN_RIGHT_BEFORE.test(lead)) { const had = thingsHad(view, q); if (had) return had; }
  }
  const before = textBefore(view, q.start, WIDTH.marker);
  const change = CHANGE_BEFORE.exec(before); // "giảm tới 49,54% so với tháng 01/2021"
  const since = comparisonAt(textAfter(view, q.end, WIDTH.comparison));
  if (change && since) return `${change[1]} ${since}`;
  const window = Math.max(start, q.start - MAX_SUBJECT);
  const paren = window + text.slice(window, q.start).lastIndexOf('(');
  if (isShare && text[paren] === '(' && paren >= floor - 1 && !text.slice(paren, q.start).includes(')')) {
    // "số hộ nghèo ... còn 195 hộ (đạt tỷ lệ 1,50%)": the rate of what the clause counted
    const outer = subjectBefore(text, start, paren);
    const digit = text.slice(outer.start, outer.end).search(/\d/);
    const cut = digit >= 0 ? trimSubject(text, outer.start, outer.start + digit) : outer;
    const named = text.slice(cut.start, cut.end);
    // "thép cán (+88,7%)": a signed share is a change of what it names
    const signed = SIGN_WORDS[text[q.numStart]];
    if (isMeaningfulSubject(named) && !/\d/.test(named)) return signed ? `${named} ${signed}` : /^tỷ\s+lệ/iu.test(named) ? named : `tỷ lệ ${named}`;
  }
  if (q.unit && q.unit.includes('/') && !isShare) {
    // "toàn tỉnh đạt bình quân 13,9 tiêu chí/xã": the rate unit names the indicator
    const clause = text.slice(clauseStart(text, start, q.start), q.start).replace(/\s*(?:đạt|là|có)\s*$/u, '');
    return `${clause} ${text.slice(q.start, q.end).replace(/^[^\p{L}]+/u, '')}`;
  }
  const prevQ = view.quantities[quantityIndexAt(view, q.start) - 1];
  const clause = clauseStart(text, start, q.start);
  // "..., tương ứng 127 hộ", "để cuối nhiệm kỳ đạt 170 – 180 hội viên": after a link or a time frame the counted noun is all the clause names
  if (!isShare && q.unit && (/tương\s+ứng(?:\s+với)?\s*$/iu.test(textBefore(view, q.start, WIDTH.link)) || (isCountedNoun(q.unit) && FRAME_BEFORE.test(textBefore(view, q.start, WIDTH.comparison))))) return text.slice(q.numEnd, q.end).trim() || q.unit;
  if (prevQ && (prevQ.end < floor || prevQ.end < clause)) return null;
  // "7 xã đạt từ 15-18 tiêu chí"; "(05 phường và 02 xã)": a sibling in a list names nothing of this one
  if (!isShare && q.unit && prevQ) return siblingCountBefore(view, q) ? q.unit : `${q.unit} ${text.slice(prevQ.start, prevQ.end)}`;
  return null;
}

const MONEY_NOUN = new RegExp(`^(?:${alternatives(MONEY_NOUNS)})(?![\\p{L}])`, 'iu');
/** "75ha cây chè": an area of what follows ("diện tích trồng cây chè" after the verb "trồng"). */
function nounAfterMeasure(view: SentenceView, q: Quantity, verb: string, heads = MEASURE_NOUN_HEADS): string | null {
  const head = q.unit ? heads[q.unit] : undefined;
  if (!head || !/^ *[\p{Ll}]/u.test(textBeyond(view, q.end, WIDTH.touch))) return null;
  const noun = phraseAfter(view.text, q.end, view.end, PHRASE_WORDS.measured);
  if (!noun) return null;
  const phrase = view.text.slice(noun.start, noun.end);
  return heads === AMOUNT_NOUN_HEADS && MONEY_NOUN.test(phrase) ? phrase : `${head}${verb ? ' ' + verb : ''} ${phrase}`;
}

/** A number alone on its line (">90%") is named by the line above ("Tốc độ tăng trưởng …", "1. Tổng thu ngân sách nhà nước:"). */
function labelAbove(view: SentenceView, q: Quantity): string | null {
  const { text } = view;
  const lineStart = lineStartNear(text, q.start, WIDTH.word);
  if (lineStart <= 0 || !/^[\s<>≥≤=~+]*$/u.test(text.slice(lineStart, q.start)) || !/^\s*(?:\n|$)/u.test(textBeyond(view, q.end, WIDTH.lineEnd))) return null;
  let prevEnd = lineStart - 1;
  while (prevEnd > lineStart - WIDTH.word && prevEnd > 0 && /\s/u.test(text[prevEnd - 1])) prevEnd--;
  const prevStart = lineStartNear(text, prevEnd, WIDTH.line);
  if (prevStart < 0) return null;
  const line = text.slice(prevStart, prevEnd).replace(/[\s;:,]+$/u, '');
  if (!line || /\d/.test(line.replace(ITEM_MARKER, '')) || wordCount(line) > 20) return null;
  const span = subjectBefore(text, prevStart, prevStart + line.length);
  const label = tidy(text.slice(span.start, span.end));
  return isMeaningfulSubject(label) ? label : null;
}

/** Subjects that name an indicator by themselves and never continue the previous one. */
const INDICATOR_HEAD = new RegExp(`^(?:${alternatives(INDICATOR_NAME_HEADS)})(?![\\p{L}])`, 'iu');
const PLAN_ONLY = new RegExp(`^(?:${alternatives(PLAN_ALONE)})$`, 'iu');

/** "…, có thêm 1 xã đạt chuẩn nông thôn mới": a count whose own phrase follows it is named by that phrase, not the count before. */
const countNamedAfter = (view: SentenceView, q: Quantity) => isCountedNoun(q.unit ?? '') && phraseAfter(view.text, q.end, view.end, PHRASE_WORDS.counted) !== null;
/** A short subject continues the previous indicator after a comma; a time phrase also after "(" or ";". */
function continues(between: string, subject: string): boolean {
  return /,/.test(between) || (OPENS_WITH_TIME.test(subject) && /[;(]/.test(between));
}

/** What a naming rule sees: the level, where its clause starts, the sentence's previous indicator and the subject span before the level. */
export interface LevelContext {
  view: SentenceView;
  q: Quantity;
  floor: number;
  prev: PrevIndicator | null;
  subject: Span;
  /** whether a rule of this kind (value/target) is switched off */
  off: (rule: string) => boolean;
}
/** A naming rule: its id (the record's rule is `${kind}/${id}`), tried in order; the first that names the level wins. */
export interface NamingRule { id: string; accept(c: LevelContext): Named | null }

// "so với cùng kỳ", "so với ngày thường", "cao hơn TPHCM": a comparison and its base, a few words
const BARE_COMPARISON = new RegExp(`^\\s*(?:${COMPARED_WITH}|(?:cao|thấp|nhiều|ít)\\s+hơn\\s+)\\S+(?:\\s+\\S+){0,3}\\s*$`, 'iu');
const isBareComparison = (text: string, s: Span) => s.end - s.start < 40 && BARE_COMPARISON.test(text.slice(s.start, s.end));

/** The naming rules, in the order they are tried. */
export const NAMING_RULES: readonly NamingRule[] = [
  { id: 'share-of-count', accept: ({ view, q }) => shareOfCount(view, q) }, // "4.568 hồ sơ đã trả kết quả (đạt tỷ lệ 86,8%)"
  { id: 'share-of-pair', accept: ({ view, q }) => shareOfPair(view, q) }, // "312/450 trường đạt chuẩn quốc gia, đạt tỷ lệ 69,3%"
  {
    id: 'change', // "..., đạt 100 tỷ đồng, tăng 5% so với cùng kỳ"
    accept({ view, q, floor, prev, subject }) {
      const change = changeOfPrevious(view, q, floor, prev, subject);
      return change ? { indicator: change.indicator, start: change.start, end: q.end, rule: 'change', base: prev?.base ?? change.indicator } : null;
    },
  },
  {
    id: 'rank', // "xếp thứ 4 trong khu vực", "tăng 8 bậc"
    accept: ({ view, q, subject, prev }) => q.unit === 'hạng' || (q.unit === 'bậc' && RANK_CHANGE.test(textBefore(view, q.start, WIDTH.marker)))
      ? rankIndicator(view, q, subject, prev, (own) => isMeaningfulSubject(own) && !isPlaceOnly(own)) : null,
  },
  { id: 'score-of-rank', accept: ({ view, q, floor, prev }) => scoreOfRank(view, q, floor, prev) }, // "xếp thứ hai với 73,20 điểm"
  { id: 'count-of-counted', accept: ({ view, q, prev }) => countOfCounted(view, q, prev) }, // "255 cơ sở lưu trú … với 9.265 phòng"
  { id: 'damage-done', accept: ({ view, q }) => damageDone(view, q) }, // "Mưa lũ làm 19 người chết", "486 ha hoa màu bị thiệt hại"
  { id: 'share-of-phrase', accept: ({ view, q, subject }) => shareOfPhrase(view, q, subject) }, // "97% hộ gia đình ..."
  { id: 'list-item', accept: ({ view, q, floor }) => listItem(view, q, floor) }, // "15 xã đạt chuẩn …, 3 xã đạt chuẩn … nâng cao"
  { id: 'measure-in-list', accept: ({ view, q, floor, prev }) => measureInList(view, q, floor, prev) }, // "84,5 ha khoai lang, 120 ha ngô"
  { id: 'compared-in-brackets', accept: ({ view, q, prev }) => comparedInBrackets(view, q, prev) }, // "… so với cùng kỳ năm 2019 (55.317 người)"
  { id: 'change-in-brackets', accept: ({ view, q, prev }) => changeInBrackets(view, q, prev) }, // "…, tăng 3.900 người (7%)"
  { id: 'measure-of-count', accept: ({ view, q, prev }) => measureOfCount(view, q, prev) }, // "490 giấy chứng nhận cho tổ chức (1.005,75 ha)"
  { id: 'named-in-brackets', accept: ({ view, q }) => namedInBrackets(view, q) }, // "gồm Hà Nội (3,66 tỷ USD), Bắc Ninh (3,15 tỷ USD)"
  { id: 'average-per-unit', accept: ({ view, q, subject }) => averagePerUnit(view, q, subject) }, // "toàn huyện đạt bình quân 16,5 tiêu chí/xã"
  {
    // "Doanh thu tăng 12% so với cùng kỳ, đạt 1.200 tỷ đồng": a comparison alone between a change and the
    // next figure names nothing; the figure continues the sentence's indicator (the 'inherited' refinement's id)
    id: 'inherited',
    accept: ({ view, q, prev, subject }) => prev && isBareComparison(view.text, subject)
      ? { indicator: prev.base + changeWords(view, q), start: subject.start, end: q.end, rule: 'inherited', base: prev.base } : null,
  },
  {
    id: 'subject-level', // the subject before, with its refinements (inherited, topic, measure-of-noun, ...) or a fallback
    accept({ view, q, floor, prev, subject, off }) {
      const named = namedSubject(view, q, floor, prev, subject, off);
      if (!named) return null;
      const base = withGroupHead(view, named.indicator);
      // "nhóm giao thông giảm 0,51%": a change names what changed and against what
      // an inherited name after a change ("…, tăng 5,2%, ngành dịch vụ tăng 11,52%") is the level's, its own change added
      const changed = named.rule === 'subject-level' || named.rule === 'topic' || named.rule === 'item-of-breakdown' || (named.rule === 'inherited' && prev !== null && prev.indicator !== prev.base);
      const indicator = changed ? base + changeWords(view, q, base) : base;
      return { indicator, start: subject.end > subject.start ? Math.min(subject.start, q.start) : q.start, end: q.end, rule: named.rule, base };
    },
  },
];

const NONE_OFF = () => false;
/** The name of a level of `kind`, by the first naming rule that gives one (a switched-off rule is skipped); null when nothing names it. */
export function levelIndicator(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, kind: Kind = 'value'): Named | null {
  const off = view.without ? (rule: string) => ruleOff(view, `${kind}/${rule}`) : NONE_OFF;
  const c: LevelContext = { view, q, floor, prev, subject: subjectBefore(view.text, view.start, q.start, floor), off };
  for (const rule of NAMING_RULES) {
    // the subject rule asks for its own parts: without 'subject-level' the fallback still gets its chance
    if (rule.id !== 'subject-level' && off(rule.id)) continue;
    const named = rule.accept(c);
    if (named) return named;
  }
  return null;
}

/** "97% hộ gia đình đạt tiêu chuẩn văn hóa": the noun phrase after a share names it. */
function shareOfPhrase(view: SentenceView, q: Quantity, subject: Span): Named | null {
  const { text, start, end } = view;
  const isShare = SHARE_UNITS.test(q.unit ?? '');
  const after = isShare && /^ +[\p{Ll}“"]/u.test(textBeyond(view, q.end, WIDTH.touch)) ? phraseWithAgeBand(text, q.end, end, PHRASE_WORDS.share) : null;
  if (!after || !isMeaningfulSubject(text.slice(after.start, after.end))) return null; // "GRDP 7% năm 2024": a time after it names nothing
  // "nợ đóng chiếm 2,8% số phải thu", "tỷ lệ bao phủ đạt 93,82% dân số": after a linking verb the
  // subject is named before the share and the phrase after it is only the base
  const named = tidy(text.slice(subject.start, subject.end));
  const baseOnly = /(?:chiếm|đạt|bằng|là)\s*$/iu.test(textBefore(view, q.start, WIDTH.lead))
    && wordCount(named) >= 2 && isMeaningfulSubject(named) && !isPlaceOnly(named);
  if (baseOnly) return null;
  let phrase = tidy(text.slice(after.start, after.end));
  // "kết quả kiểm tra ... 100% đạt yêu cầu": the phrase is a predicate, the subject comes first
  if (/^(?:đạt|được|có|khá|giỏi|tốt)(?![\p{L}])/iu.test(phrase) && subject.end > subject.start) phrase = `${named} ${phrase}`;
  return { indicator: phrase, start: Math.min(q.start, subject.end > subject.start ? subject.start : q.start), end: after.end, rule: 'share-of-phrase', base: phrase };
}

// a time frame, then its verb at most: "cuối nhiệm kỳ đạt "
const FRAME_BEFORE = new RegExp(`(?<![\\p{L}])${TIME_FRAME_LEAD}[\\s,]*(?:\\p{L}+\\s+){0,2}$`, 'iu');
const PLURAL_ACTOR = /^các\s/iu;

/** The subject before a level, trimmed, inherited, given its topic or a fallback, then refined; null when it names nothing. */
function namedSubject(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, subject: Span,
  off: (rule: string) => boolean): { indicator: string; rule: string } | null {
  const named = plainSubject(view, q, floor, prev, subject, off);
  if (!named || named.rule !== 'subject-level') return named;
  const isShare = SHARE_UNITS.test(q.unit ?? '');
  const c: SubjectContext = { view, q, subject, indicator: named.indicator, isShare, action: !isShare && q.unit ? actionVerbBefore(textBefore(view, q.start, WIDTH.action), q.unit) : null };
  for (const refinement of SUBJECT_REFINEMENTS) {
    if (off(refinement.id)) continue;
    const indicator = refinement.accept(c);
    if (indicator) return { indicator, rule: refinement.id };
  }
  let { indicator } = named;
  // ("hồ sơ đến hạn giải quyết 19.944 hồ sơ", "số lượt điều trị nội trú 186.250 lượt": a subject opening on the counted noun names the things)
  if (!isShare && (wordCount(indicator) <= 2 || c.action) && q.unit && (isCountedNoun(q.unit) || (c.action && isItemMeasure(q.unit))) && !opensOnItsNoun(indicator.replace(/^số\s+/iu, ''), q.unit)) {
    // "phấn đấu xây dựng 04 tổ dân phố, bản đạt mới": the counted noun says what is built;
    // "toàn huyện đã tiếp nhận 27.450 lượt hồ sơ …": the actor is no subject, the action is
    const noun = countedPhrase(view, q);
    indicator = `${c.action ?? indicator} ${q.unit}${noun ? ' ' + view.text.slice(noun.start, noun.end) : ''}`;
    // "1. Phạm tội về trật tự xã hội: Xảy ra 86 vụ; khám phá 68 vụ": the line's label says what was counted
    const label = lineLabel(view, q, indicator);
    if (label) indicator = `${label} ${indicator}`;
  }
  return { indicator, rule: 'subject-level' };
}

/**
 * "… kiểm tra 40 cơ sở, xử phạt 12 cơ sở", "tiếp nhận 500 hồ sơ, giải quyết 480 hồ sơ": a subject that is only the action
 * verb before a count of things names what was done to them, no continuation of the count before.
 */
function onlyTheAction(view: SentenceView, q: Quantity, indicator: string): boolean {
  if (!q.unit || !isCountedNoun(q.unit)) return false;
  const action = actionVerbBefore(textBefore(view, q.start, WIDTH.action), q.unit);
  return action !== null && action.toLowerCase() === indicator.replace(/\s+/gu, ' ').toLowerCase();
}

/** The subject as written (subject-level), inherited from the sentence's indicator, given the paragraph's topic, or a fallback. */
function plainSubject(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, subject: Span,
  off: (rule: string) => boolean): { indicator: string; rule: string } | null {
  const { text, start } = view;
  const isShare = SHARE_UNITS.test(q.unit ?? '');
  // "4.918 nhân khẩu thuộc hộ nghèo ... với tổng số 73.770 kg": a number that opens the subject belongs to another count
  withoutOpeningCount(view, q, floor, subject);
  // another count, or its phrase, before this one names that count, not this one: the fallback reads its own
  if (subject.end > subject.start && isPreviousCountsTail(view, q, subject)) Object.assign(subject, { start: q.start, end: q.start });
  let indicator = withoutDatedAside(measureFirst(tidy(text.slice(subject.start, subject.end))));
  let rule = 'subject-level';
  // "…, năm 2011 đạt 11,68%, năm 2012 đạt 13,44%": a time alone after a level of the same unit names
  // that level again, in its own time
  if (!off('inherited') && prev && prev.unit === q.unit && floor > start && ONLY_TIME.test(indicator)) {
    return { indicator: `${prev.base.replace(PERIOD_TAIL, '').replace(PERIOD_SPAN, '')} ${indicator}`, rule: 'inherited' };
  }
  // "Trong 6 tháng đầu năm có 320 lao động …": a time before "có" says when; the count's own noun and phrase say what
  // (a time frame, "Trong nhiệm kỳ qua", trimSubject has already cut)
  if (!isShare && q.unit && isCountedNoun(q.unit) && ONLY_TIME.test(indicator) && EXISTENTIAL_BEFORE.test(textBefore(view, q.start, WIDTH.lead))) {
    Object.assign(subject, { start: q.start, end: q.start });
    indicator = '';
  }
  // "có 18/25 chỉ tiêu đạt và vượt, 05 chỉ tiêu ước đạt": another count's clause is no subject ("tháng 8/2022" is no count)
  if (!isShare && holdsCountPair(indicator)) indicator = '';
  const sibling = isSiblingShare(text, view.quantities, q); // "…, dịch vụ chiếm 46%": a part of one whole
  // without 'subject-level' a subject never names its level; the fallback gets its chance
  if (off('subject-level') || !isMeaningfulSubject(indicator) || (!isShare && isPlaceOnly(indicator))) {
    indicator = off('fallback') ? '' : tidy(fallbackIndicator(view, q, floor) ?? '');
    rule = 'fallback';
  } else if (!off('inherited') && prev && prev.rule !== 'item-of-breakdown' && prev.unit === q.unit && floor > start && wordCount(indicator) <= 6 && !(q.unit && opensOnItsNoun(indicator, q.unit)) && /^[\p{Ll}\d]/u.test(indicator) && !INDICATOR_HEAD.test(indicator) && continues(text.slice(Math.max(floor, subject.start - MAX_SUBJECT), subject.start), indicator) && !countNamedAfter(view, q) && !sibling && !onlyTheAction(view, q, indicator)) {
    // "..., mũi 2 đạt 91,9%": the sentence's indicator goes on (after an item of a list, its sibling follows); after a change the level it measured, not the change
    indicator = continuedName(prev.base, indicator);
    rule = 'inherited';
  } else if (sibling) indicator = partShareName(indicator);
  const topic = !off('topic') && ONLY_TIME.test(indicator) ? sentenceTopic(view, q) ?? view.topic() : null;
  if (topic) { indicator = `${topic} ${indicator}`; rule = 'topic'; } // "Lũy kế 9 tháng ước đạt ..."
  if (!isMeaningfulSubject(indicator) || (!isShare && isPlaceOnly(indicator))) return null;
  if (PLAN_ONLY.test(indicator)) return null; // "(KH giảm 5%)": a plan
  return { indicator, rule };
}

// a sentence opening (after a list marker) on a label of words and a colon: "1. Phạm tội về trật tự xã hội: ",
// "- Tình hình tai nạn giao thông: " ("Tình hình" says nothing of its own)
const LINE_LABEL = new RegExp(`${ITEM_MARKER.source}(?:(?:${alternatives(LABEL_HEADS)})[ \\t]+)?(\\p{L}+(?:[ \\t,]{1,2}\\p{L}+){1,11})[ \\t]*:[ \\t]*`, 'iu');
// a lead-in ("Trong đó có các kết quả như:", "Cụ thể:") or a speaker ("Ông Lò Văn Thiết:") is no label
const NO_LABEL = new RegExp(`^(?:${alternatives(NOT_LINE_LABELS)})(?![\\p{L}])|(?<![\\p{L}])(?:${alternatives(LEAD_IN_ENDS)})$`, 'iu');
/** The label a count's numbered line opens on, before its first colon, when the count comes after it and does not repeat it. */
function lineLabel(view: SentenceView, q: Quantity, indicator: string): string | null {
  const m = LINE_LABEL.exec(view.text.slice(view.start, Math.min(q.start, view.start + 120)));
  if (!m || NO_LABEL.test(m[1])) return null;
  // a label the name already says in part (its first or last word, or two words together: "Về dịch vụ công trực tuyến: …
  // cung cấp 2.184 dịch vụ công trực tuyến", "Tiếp nhận, xử lý đơn: … khiếu nại 18 đơn") adds nothing
  const named = ` ${indicator.toLowerCase()} `, words = m[1].toLowerCase().split(/[\s,]+/u);
  const says = (w: string) => named.includes(` ${w} `);
  const repeats = says(words[0]) || says(words[words.length - 1]) || words.some((w, i) => i > 0 && says(`${words[i - 1]} ${w}`));
  return repeats ? null : m[1];
}

/**
 * "Tổng mức bán lẻ … tháng 9 đạt 6.520 tỷ đồng, quý III đạt …; lũy kế 9 tháng đạt …": a time alone later in a
 * sentence speaks of what the sentence opened with, its own time left out.
 */
function sentenceTopic(view: SentenceView, q: Quantity): string | null {
  const first = view.quantities[0];
  return first && first.start < q.start && first.start >= view.start ? topicOf(view.text, view.start, first.start, true) : null;
}

/** Two words at most, "thêm" aside ("trồng mới thêm"): a verb, no clause. */
const isShortVerb = (words: string) => wordCount(words.replace(/\s+thêm$/iu, '')) <= 2;

/** What a refinement of a subject sees: the level, the subject as written, and the action verb before a count. */
interface SubjectContext { view: SentenceView; q: Quantity; subject: Span; indicator: string; isShare: boolean; action: string | null }

/** Refinements of a subject as written, tried in order; each is a rule of its own (its id names the record's rule). */
const SUBJECT_REFINEMENTS: readonly { id: string; accept(c: SubjectContext): string | null }[] = [
  {
    id: 'measure-of-noun', // "trồng 75ha cây chè", "Toàn tỉnh trồng mới 1.250 ha rừng", "Huyện sẽ phát triển thêm 1.500 ha …": the area of what follows (no actor)
    accept: ({ view, q, indicator, action }) => {
      if (action && q.unit && isItemMeasure(q.unit)) return null; // "tiêu hủy 1.500 con lợn": an action's count, named by the action (below)
      let verb = withoutActor(indicator);
      // "Công an đã thu giữ 1,3 kg ma túy": a longer clause that ends on a verb of growing, building or taking names by the
      // verb (not one of a list of verbs: "nâng cấp, làm mới 15 km" names the works by both)
      if (!isShortVerb(verb)) {
        const lead = textBefore(view, q.start, WIDTH.verb);
        const last = PRODUCTION_BEFORE.exec(lead);
        if (last && !/(?:,|(?<![\p{L}])và)\s*$/u.test(lead.slice(0, last.index))) verb = last[1];
      }
      return isShortVerb(verb) && !MEASURE_HEAD.test(verb) ? nounAfterMeasure(view, q, verb.toLowerCase().replace(/\s+/gu, ' ')) : null;
    },
  },
  { id: 'place-in-list', accept: ({ view, q, subject, indicator }) => placeInList(view, q, subject, indicator) }, // "… gồm: Cao Bằng đạt 42,3 triệu USD"
  { id: 'item-of-breakdown', accept: ({ view, q, subject, indicator }) => itemOfBreakdown(view, q, subject, indicator) }, // "… gồm thủy sản …; may mặc 66,4 triệu USD"
  {
    id: 'owner-of-aside', // "Kim ngạch xuất khẩu sang Nhật Bản (chiếm tỷ trọng 6,33%)": a level in an aside, its subject only a verb, is the owner's
    accept: ({ view, subject, indicator }) => ownerNameBeforeAside(view.text, view.start, subject.start, indicator),
  },
  {
    // "huyện đã xây dựng được 214 mô hình chăn nuôi …", "Sông Mã có 37 trường học đạt chuẩn quốc gia": what was counted, not who counted it or has it
    id: 'counted-after-actor',
    accept({ view, q, indicator, isShare, action }) {
      if (action || isShare || !q.unit || !isCountedNoun(q.unit)) return null;
      const placeHas = isProperName(indicator) && EXISTENTIAL_BEFORE.test(textBefore(view, q.start, WIDTH.lead));
      // "Đoàn Hà Nội giành ngôi nhất toàn đoàn với 175 Huy chương Vàng": what the one ranked ranks by names itself
      // ("Bắc Trà My có số hộ nghèo nhiều nhất với 3.704 hộ": a subject with a measure word names it already)
      const rankedBy = !MEASURE_HEAD.test(indicator) && rankedWith(view, q);
      if (!placeHas && !rankedBy && !isActorClause(indicator)) return null;
      const noun = phraseWithAgeBand(view.text, q.end, view.end);
      if ((placeHas || rankedBy) && !noun) return q.unit; // "Sông Mã có 37 trường": what the place has, the place its own field
      if (noun) return `${q.unit} ${view.text.slice(noun.start, noun.end)}`;
      // "Các cơ sở lưu trú đã thực hiện 6.144.141 lượt": with nothing counted after it, a plural actor ("các …") names the count as written,
      // as does a clause fronted before the actor ("Về sản phẩm OCOP, huyện có 27 sản phẩm")
      return PLURAL_ACTOR.test(indicator) || !(placeHas || rankedBy || isActorClause(indicator, false)) ? null : `${q.unit} ${indicator}`;
    },
  },
];

/**
 * " tăng so với tháng trước" when the number is a change (its verb right before it); "" otherwise. A
 * name that already ends on the verb and its adverb ("số vốn tăng thêm 4.125 tỷ đồng") takes only the comparison.
 */
function changeWords(view: SentenceView, q: Quantity, name = ''): string {
  const verb = CHANGE_BEFORE.exec(textBefore(view, q.start, WIDTH.verb));
  if (!verb) return '';
  const since = comparisonOf(view.text, view.start, view.end, q.start - verb[0].length, q.end);
  const said = /\s/.test(verb[0].trim()) && tidy(name).toLowerCase().endsWith(tidy(verb[0]).toLowerCase());
  return `${said ? '' : ' ' + verb[1].toLowerCase()}${since ? ' ' + since : ''}`;
}

/** "nhóm giao thông" in a paragraph on the consumer price index: the group takes the list's head. */
function withGroupHead(view: SentenceView, indicator: string): string {
  if (!/^nhóm\s/iu.test(indicator)) return indicator;
  const head = view.topic()?.replace(PERIOD_TAIL, '');
  return head && !/^nhóm\s/iu.test(head) ? `${head} ${indicator}` : indicator;
}

