// The names of counts and of the shares that restate them, each a naming rule of level-names.ts: the next items of a list
// of counts (list-item), an average per unit (average-per-unit), a share in brackets after a count (share-of-count) or right after a pair (share-of-pair).
import { AMOUNT_NOUN_HEADS, AVERAGE_WORDS, MONEY_NOUNS, PAIR_WHOLE_WORDS, PHRASE_WORDS, PLACE_ALTERNATIVES, SHARE_HEADS, SHARE_OF_COUNT_VERBS, WIDTH, WITH_COMPOUNDS } from './knowledge/index.ts';
import { parseNumber, type Quantity } from './numbers.ts';
import { shareGap } from './ratio.ts';
import { isActorClause, MAX_SUBJECT } from './language.ts';
import { actionVerbBefore } from './nonfigures.ts';
import { alternatives, WB } from './patterns.ts';
import { isMeaningfulSubject, phraseAfter, quantityIndexAt, subjectBefore, textBefore, tidy, wordCount } from './clause.ts';
import type { Span } from './statement.ts';
import type { PrevIndicator, SentenceView } from './types.ts';
import { UNIT_LEXICON, unitKey } from './units.ts';
import { PEOPLE } from './numbers/units.ts';
import { phraseWithAgeBand } from './age-bands.ts';

export const SHARE_UNITS = /^(?:%|‰|điểm phần trăm)/;
const LEADING_COUNT_WORD = /^(?:tổng\s+)?số\s+/iu;

/** A level's name: the indicator, the span it covers, the rule that named it, and the base a later change measures. */
export interface Named { indicator: string; start: number; end: number; rule: string; base: string }
const PLACE_ALTERNATIVE = new Set<string>(PLACE_ALTERNATIVES);
/** Counted nouns ("lao động", "xã", "trường", "thôn/bản") as opposed to measures ("tấn", "ha", "tạ/ha", "đồng"). */
export function isCountedNoun(unit: string): boolean {
  if (unit.includes('/')) return unit.split('/').every((part) => PLACE_ALTERNATIVE.has(part.trim())); // "thôn/bản", never "người/hộ"
  const kind = UNIT_LEXICON.get(unitKey(unit))?.kind;
  return kind !== 'measure' && kind !== 'currency';
}

// the verb that opens a share restating a count, "tỷ lệ" maybe: "đạt tỷ lệ", "chiếm"
const shareLead = (verbs: readonly string[]) => `(?:${alternatives(verbs)})(?:[ \\t]+(?:${alternatives(SHARE_HEADS)}))?`;
const SHARE_LEAD = shareLead(SHARE_OF_COUNT_VERBS);
const SHARE_HEAD = `(?:${alternatives(SHARE_HEADS)})`; // "…, tỷ lệ 1,8%": the head alone
/** A name opening on a rate's head ("tỷ lệ …"): a rate, in percent. */
export const RATE_HEAD = new RegExp(`^${SHARE_HEAD}(?![\\p{L}])`, 'iu');
// the words between a count and its share in brackets: its phrase (an ordinal's digits maybe: "từ năm thứ 3 trở lên"), "(", the share's lead or its head alone ("(tỷ lệ 71%)")
const COUNT_TO_SHARE = new RegExp(`^[ \\t]+((?:[^\\d()\\n;:/]|(?<=thứ[ \\t])\\d+){2,80}?)[ \\t]*\\([ \\t]*(?:${SHARE_LEAD}|${SHARE_HEAD})(?:[ \\t]+khoảng)?[ \\t]*$`, 'iu');
/** The head of a share restating a count, its verb maybe: "đạt tỷ lệ", "chiếm tỷ lệ", "tỷ lệ". */
export const COUNT_SHARE_HEAD = `(?:(?:${alternatives(SHARE_OF_COUNT_VERBS)})[ \\t]+)?${SHARE_HEAD}`;
// or its phrase (maybe none), a comma and the share's head (", tỷ lệ", ", chiếm": "1.665 hộ nghèo, chiếm 6,25%"), or no comma and verb and head both ("1.458 em đạt tỷ lệ 99,45%")
const COUNT_TO_SHARE_AFTER_COMMA = new RegExp(`^(?:[ \\t]+([^\\d()\\n;:/,]{2,80}?))?(?:[ \\t]*,[ \\t]*(?:${COUNT_SHARE_HEAD}|chiếm)|[ \\t]+(?:${alternatives(SHARE_OF_COUNT_VERBS)})[ \\t]+${SHARE_HEAD})(?:[ \\t]+khoảng)?[ \\t]*$`, 'iu');
/**
 * "4.568 hồ sơ đã trả kết quả (đạt tỷ lệ 86,8%)", "920.836 trường hợp không có thông tin (chiếm tỷ
 * lệ 21,8%)", "có 1.200 hộ nghèo, tỷ lệ 3,5%": a share in brackets, or after a comma with "tỷ lệ",
 * right after a count and its phrase is that count's share of the whole: "tỷ lệ hồ sơ đã trả kết
 * quả". With no phrase after the comma, what was done to the things counted names them ("xác thực
 * 2.896.072 người, đạt tỷ lệ 99,51%": "tỷ lệ người xác thực"). Not after a pair ("34.652/34.895 hồ sơ
 * (đạt 99,3%)": the pair is the ratio) nor with no phrase in brackets ("còn 195 hộ (đạt tỷ lệ 1,50%)":
 * the clause names it).
 */
export function shareOfCount(view: SentenceView, q: Quantity): Named | null {
  if (!SHARE_UNITS.test(q.unit ?? '')) return null;
  const { count, between } = countAndLead(view, q);
  if (!count || count.unit === null || SHARE_UNITS.test(count.unit) || count.start < view.start || /\/\s*$/.test(view.text.slice(Math.max(view.start, count.start - 2), count.start))) return null;
  // "đường xã cứng hóa được hơn 119,7 km, đạt tỷ lệ 84,61%": after a measure and a comma, the rate of what was done ("trẻ 5 tuổi đạt tỷ lệ 100%": time is no count)
  const kind = UNIT_LEXICON.get(unitKey(count.unit))?.kind;
  if (kind === 'time' || !isCountedNoun(count.unit)) return kind === 'measure' ? shareOfMeasure(view, count, between, q) : null;
  // "có 10 tỉnh (15,87%) tăng điểm": the share in brackets right after the count, its phrase after them
  if (SHARE_RIGHT_IN_BRACKETS.test(between) && SHARE_ASIDE_AFTER.test(view.text.slice(count.end, count.end + WIDTH.marker + 4))) {
    const phrase = countedPhrase(view, count);
    return phrase ? shareNamed(`tỷ lệ ${count.unit} ${view.text.slice(phrase.start, phrase.end)}`, count.start, q.end) : null;
  }
  const m = COUNT_TO_SHARE.exec(between);
  if (m) return /\p{L}{2}/u.test(m[1]) ? shareNamed(`tỷ lệ ${count.unit} ${tidy(m[1])}`, count.start, q.end) : null;
  const c = COUNT_TO_SHARE_AFTER_COMMA.exec(between);
  // "…, chiếm 12,4% lực lượng lao động trong độ tuổi": a share of a base it names is the subject's, as share-of-phrase reads it
  if (!c || (/chiếm\s*$/iu.test(between) && BASE_AFTER.test(view.text.slice(q.end, q.end + WIDTH.word)))) return null;
  if (c[1]) return /\p{L}{2}/u.test(c[1]) ? shareNamed(`tỷ lệ ${count.unit} ${tidy(c[1])}`, count.start, q.end) : null;
  return rateOfWhatWasDone(view, count, q, count.unit);
}

const ASIDE_BEFORE_LEAD = /\([^()\n]{1,200}\)(?=[ \t]*,[^(),\d\n]{0,40}$)/u;
/** The count a share restates and the words between them, less an aside in brackets closed before the comma and the share's lead ("giải quyết 15.539 hồ sơ (trong đó …), đạt tỷ lệ 97,93%"). */
function countAndLead(view: SentenceView, q: Quantity): { count: Quantity | undefined; between: string } {
  const from = Math.max(view.start, q.start - WIDTH.asideAndLead), aside = ASIDE_BEFORE_LEAD.exec(view.text.slice(from, q.start));
  const open = aside ? from + aside.index : q.start, close = aside ? open + aside[0].length : q.start;
  let before = quantityIndexAt(view, q.start) - 1; // (back past the aside's numbers only: linear in a sentence of many shares)
  while (before >= 0 && view.quantities[before].end > open) before--;
  const count = view.quantities[before];
  return { count, between: count ? view.text.slice(count.end, open) + view.text.slice(close, q.start) : '' };
}

// ("Sản lượng lúa đạt 1.200 tấn, tỷ lệ 3,5%": a level, not work done, has no such rate)
function shareOfMeasure(view: SentenceView, measure: Quantity, between: string, q: Quantity): Named | null {
  if (!DONE_BEFORE.test(textBefore(view, measure.start, WIDTH.word))) return null;
  const c = COUNT_TO_SHARE_AFTER_COMMA.exec(between);
  return c && !c[1] ? rateOfWhatWasDone(view, measure, q, null) : null;
}

/**
 * The share named by what the subject before the figure says was done, its counted noun first unless the subject
 * opens on it ("hộ cận nghèo còn 8.960 hộ, chiếm 2,14%"; a measure has none: "tỷ lệ đường xã cứng hóa").
 */
function rateOfWhatWasDone(view: SentenceView, figure: Quantity, q: Quantity, noun: string | null): Named | null {
  const done = doneTo(view, subjectBefore(view.text, view.start, figure.start, view.start), 16);
  if (done) return shareNamed(`tỷ lệ ${noun && !opensOnItsNoun(done.words, noun) ? `${noun} ` : ''}${done.words}`, done.start, q.end);
  // "tỉnh Đác Lắc đã cấp 730.674 GCNQSDĐ, đạt tỷ lệ 92,8%": after who acted, the action names what was done
  const action = noun ? actionVerbBefore(textBefore(view, figure.start, WIDTH.action), noun) : null;
  return action ? shareNamed(`tỷ lệ ${noun} ${action}`, figure.start, q.end) : null;
}

const BASE_AFTER = /^[ \t]+(?!(?:và|so|trong|với)(?![\p{L}]))\p{Ll}/u;
const DONE_BEFORE = /(?<![\p{L}])được\s*$/iu;
const SHARE_RIGHT_IN_BRACKETS = /^[ \t]*\([ \t]*(?:chiếm[ \t]+)?$/u;
const shareNamed = (indicator: string, start: number, end: number): Named => ({ indicator, start, end, rule: 'share-of-count', base: indicator });

/** What a count's subject says was done to the things counted ("Cập nhật đầy đủ thông tin"), lower-cased; short and without figures. */
function doneTo(view: SentenceView, subject: Span, maxWords: number): { words: string; start: number } | null {
  const own = tidy(view.text.slice(subject.start, subject.end)).replace(LEADING_COUNT_WORD, '');
  if (!own || !isMeaningfulSubject(own) || isActorClause(own) || wordCount(own) > maxWords || /\d/.test(own)) return null;
  return { words: `${own[0].toLowerCase()}${own.slice(1)}`, start: subject.start };
}

// a count as printed ("45.122"), and the lead of a share after a comma: ", đạt tỷ lệ", ", bằng", ", tỷ lệ"
const COUNT = String.raw`\d{1,3}(?:\.\d{3})*`;
const COMMA_SHARE_LEAD = `,[ \\t]*(?:${shareLead([...SHARE_OF_COUNT_VERBS, 'bằng'])}|${SHARE_HEAD})`;
// a pair, its noun phrase, then the share's lead: ", đạt tỷ lệ", ", tỷ lệ", "(đạt", "("
const PAIR_TO_SHARE = new RegExp(`(?<![\\d.,/])${COUNT}[ \\t]?\\/[ \\t]?(?:(?:${alternatives(PAIR_WHOLE_WORDS)})[ \\t]+)?${COUNT}(?:[ \\t]+([^\\d()\\n;:/,]{1,80}?))?[ \\t]*(?:${COMMA_SHARE_LEAD}|\\([ \\t]*(?:${SHARE_LEAD})?)[ \\t]*$`, 'iu');
/** Where a pair before a share starts in the text before the share, and its phrase. */
interface PairBefore { index: number; phrase: string | undefined }
/**
 * "312/450 trường đạt chuẩn quốc gia, đạt tỷ lệ 69,3%", "23/23 xã (100%)": a share right after a pair
 * restates it: "tỷ lệ trường đạt chuẩn quốc gia". When the pair's phrase is its noun alone ("Số đơn đã
 * giải quyết 337/352 đơn, đạt 96%"), the subject before the pair names it: "tỷ lệ đơn đã giải quyết".
 */
export function shareOfPair(view: SentenceView, q: Quantity): Named | null {
  if (!SHARE_UNITS.test(q.unit ?? '')) return null;
  const from = Math.max(view.start, q.start - 160);
  const before = view.text.slice(from, q.start);
  if (!before.includes('/')) return null;
  const plain = PAIR_TO_SHARE.exec(before);
  const m: PairBefore | null = plain ? { index: plain.index, phrase: plain[1] } : agreeingPairAcrossCommas(before, q);
  if (!m) return spacedPairShare(view, q, from, before);
  // "23/23 xã (100%) đạt chuẩn nông thôn mới", "16/16 (100%) xã đạt chuẩn": the phrase goes on after the bracket
  const after = /^\)[ \t]+\p{Ll}/u.test(view.text.slice(q.end, q.end + 3)) ? phraseAfter(view.text, q.end + 1, view.end) : null;
  if (!(m.phrase ? /\p{L}{2}/u.test(m.phrase) : after)) return null;
  const pairStart = from + m.index;
  let phrase = tidy(m.phrase ?? '');
  let start = pairStart;
  if (!phrase) phrase = tidy(view.text.slice(after!.start, after!.end));
  else if (wordCount(phrase) <= 2 && isCountedNoun(phrase)) {
    // the pair's noun alone: the words around it say what is counted of it
    const subject = subjectBefore(view.text, view.start, pairStart, view.start);
    const written = tidy(view.text.slice(subject.start, subject.end));
    const own = written.replace(LEADING_COUNT_WORD, '');
    const names = own && isMeaningfulSubject(own) && !isActorClause(own);
    if (after) phrase = `${phrase} ${tidy(view.text.slice(after.start, after.end))}`;
    // "Số đơn đã giải quyết 337/352 đơn", "Số giáo viên đạt chuẩn … là 14.862/15.530 người": a count's subject names it
    else if (names && (own.toLowerCase().startsWith(phrase.toLowerCase()) || own !== written)) { phrase = own; start = subject.start; }
    // "Cập nhật đầy đủ thông tin 8.056/8.203 tàu cá": what was done to the things counted
    else if (names) {
      const done = doneTo(view, subject, 8);
      if (done) { phrase = `${phrase} ${done.words}`; start = done.start; }
    }
  }
  const indicator = `tỷ lệ ${phrase}`;
  return { indicator, start, end: q.end, rule: 'share-of-pair', base: indicator };
}

// a pair, a phrase holding commas ("cán bộ, đảng viên thực hiện góp ý …"), then the share's lead
const PAIR_TO_SHARE_ACROSS_COMMAS = new RegExp(`(?<![\\d.,/])(${COUNT})[ \\t]?\\/[ \\t]?(${COUNT})[ \\t]+([^\\d()\\n;:/]{1,120}?)[ \\t]*${COMMA_SHARE_LEAD}[ \\t]*$`, 'iu');
/** "45.122/96.733 cán bộ, đảng viên thực hiện góp ý trên ứng dụng VNeID, đạt tỷ lệ 46,5%": a pair's phrase may hold commas when the share agrees with the pair (under one point). */
function agreeingPairAcrossCommas(before: string, q: Quantity): PairBefore | null {
  const m = PAIR_TO_SHARE_ACROSS_COMMAS.exec(before);
  const a = m ? parseNumber(m[1]) : null, b = m ? parseNumber(m[2]) : null;
  return m && a !== null && b !== null && b !== 0 && shareGap(a, b, q.value) < 1 ? { index: m.index, phrase: m[3] } : null;
}

// a spaced pair, A's noun phrase before the slash ("104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ tiếp nhận"), then the share's lead
const SPACED_PAIR_TO_SHARE = new RegExp(`(?<![\\d.,/])${COUNT}[ \\t]+(\\p{L}[^\\d/;()\\n]{0,60}?)[ \\t]?\\/[ \\t]?${COUNT}(?![\\d.,]\\d|\\d)[^()\\n;:/%]{0,80}?[ \\t]*${COMMA_SHARE_LEAD}[ \\t]*$`, 'iu');
/** "104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ tiếp nhận, đạt tỷ lệ 96,62%": the share of a spaced pair is named by A's phrase. */
function spacedPairShare(view: SentenceView, q: Quantity, from: number, before: string): Named | null {
  const m = SPACED_PAIR_TO_SHARE.exec(before);
  if (!m || !/\p{L}{2}/u.test(m[1])) return null;
  const indicator = `tỷ lệ ${tidy(m[1])}`;
  return { indicator, start: from + m.index, end: q.end, rule: 'share-of-pair', base: indicator };
}

const AVERAGE_BEFORE = new RegExp(`${WB}(?:${alternatives(AVERAGE_WORDS)})[ \\t]+$`, 'iu');
const AVERAGE_TAIL = new RegExp(`\\s*${WB}(?:${alternatives(AVERAGE_WORDS)})\\s*$`, 'iu');
/** A figure in a unit per unit right after "bình quân": an average, a level by itself. */
export function isAveragePerUnit(q: Quantity, lead: string): boolean {
  return q.unit !== null && q.unit.includes('/') && !SHARE_UNITS.test(q.unit) && AVERAGE_BEFORE.test(lead);
}
/**
 * "Đến nay, toàn huyện đạt bình quân 16,5 tiêu chí/xã về xây dựng nông thôn mới": after "bình quân"
 * a figure in a unit per unit is an average whose unit says what is measured, when the clause names
 * nothing else: "bình quân tiêu chí/xã về xây dựng nông thôn mới".
 */
export function averagePerUnit(view: SentenceView, q: Quantity, subject: Span): Named | null {
  const before = textBefore(view, q.start, WIDTH.marker);
  if (!isAveragePerUnit(q, before)) return null;
  // "Năng suất lúa bình quân đạt 60,5 tạ/ha": a subject that names something names the average
  const own = tidy(view.text.slice(subject.start, subject.end).replace(AVERAGE_TAIL, ''));
  if (own && isMeaningfulSubject(own) && !isActorClause(own)) return null;
  const m = AVERAGE_BEFORE.exec(before)!;
  const phrase = phraseAfter(view.text, q.end, view.end, PHRASE_WORDS.counted);
  const indicator = `bình quân ${q.unit}${phrase ? ' ' + tidy(view.text.slice(phrase.start, phrase.end)) : ''}`;
  const start = subject.end > subject.start ? Math.min(subject.start, q.start - before.length + m.index) : q.start - before.length + m.index;
  return { indicator, start, end: q.end, rule: 'average-per-unit', base: indicator };
}

/** "xã đạt 15-18 tiêu chí": the criteria a thing reached (the unit a condition of a count is written in). */
const CRITERIA_UNITS = new Set(['tiêu chí']);
/** Only "đạt" between a count and the criteria its things reached. */
const REACHED_GAP = /^[ \t]+đạt[ \t]+$/iu;
/** Whether quantities[index] is the criteria the things of the count before it reached: "06 xã đạt 15-18 tiêu chí". */
export function isCriteriaOfCount(view: SentenceView, index: number): boolean {
  const q = view.quantities[index], prev = view.quantities[index - 1];
  return q !== undefined && q.unit !== null && CRITERIA_UNITS.has(q.unit) && prev !== undefined && prev.unit !== null && prev.unit !== q.unit
    && isCountedNoun(prev.unit) && REACHED_GAP.test(view.text.slice(prev.end, q.start));
}

/** The words naming what a count counts, after its noun: its phrase, or the criteria its things reached ("đạt 15-18 tiêu chí"). */
export function countedPhrase(view: SentenceView, q: Quantity): Span | null {
  const index = quantityIndexAt(view, q.start);
  if (view.quantities[index]?.start === q.start && isCriteriaOfCount(view, index + 1)) return { start: q.end, end: view.quantities[index + 1].end };
  // "có 10 tỉnh (15,87%) tăng điểm", "có 221 đơn (196 khiếu nại, 25 tố cáo) thuộc thẩm quyền": the count's share or its
  // breakdown in brackets stands between it and its phrase
  const aside = ASIDE_AFTER.exec(view.text.slice(q.end, q.end + WIDTH.phrase));
  const own = phraseWithAgeBand(view.text, aside ? q.end + aside[0].length : q.end, view.end);
  // "phát hiện 89 vụ, 179 đối tượng phạm tội về trật tự xã hội": two counts of one event share the phrase after the second
  const next = view.quantities[index]?.start === q.start ? view.quantities[index + 1] : undefined;
  return own ?? (next?.unit && next.unit !== q.unit && isCountedNoun(next.unit) && /^[ \t]*,[ \t]*$/u.test(view.text.slice(q.end, next.start))
    ? phraseAfter(view.text, next.end, view.end, PHRASE_WORDS.counted) : null);
}
/** A share alone in brackets, after its lead word maybe: "(15,87%)", "(chiếm 15,87%)" (a pattern's source). */
export const bracketedShare = (lead = '') => String.raw`\([ \t]*${lead}[\d.,]+[ \t]*%[ \t]*\)`;
const SHARE_ASIDE_AFTER = new RegExp(`^[ \\t]*${bracketedShare('(?:chiếm[ \\t]+)?')}`, 'u');
/** An aside right after a count: its share or its breakdown, "(15,87%)", "(196 khiếu nại, 25 tố cáo)". */
const ASIDE_AFTER = /^[ \t]*\([^()\n]{1,80}\)/u;

/**
 * The words after a count up to the next item of its list: its noun phrase, if any, and an aside naming its
 * members ("01 đô thị loại III (thành phố Từ Sơn), 03 đô thị …"; no figure in it), then a comma, a semicolon or "và".
 */
const ITEM_PHRASE = String.raw`^(?:[ \t]+(?:[^\d,;:()\n]|\d(?=\p{Lu})){1,80}?)?`; // a name of digits and capitals may be in it: "trạm 4G"
const ITEM_SEPARATOR = String.raw`(?:[,;]|[ \t]+và|[ \t]+[-–—](?=[ \t]))[ \t]*(?:có[ \t]+)?$`; // "22,95% - 35,19 % - 41,86%": dashes join a list too (readRange leaves it unranged)
// items split by ';' may hold commas, one right after the count's noun too: "… công tác đảng, đoàn thể ở thôn, bản; 36.346 người", "144 bưu cục, điểm phục vụ; 5 nhà …"
const LIST_ITEM_GAP = new RegExp(String.raw`${ITEM_PHRASE}(?:[ \t]*\([^\d()\n]{1,120}\))?${ITEM_SEPARATOR}|^,?[ \t]+[^\d;:()\n]{1,120}?;[ \t]*(?:có[ \t]+)?$`, 'u');
/** The words after a count inside an aside, the aside's close, then the list's separator. */
const ASIDE_CLOSES = /^[^()\n]{0,80}\)[ \t]*(?:[,;]|và(?![\p{L}]))/u;
/** The previous item's gap when its aside holds figures of its own ("(có 8 trường mầm non tư thục)"), one level deep. */
const ITEM_GAP_OVER_ASIDE = new RegExp(String.raw`${ITEM_PHRASE}[ \t]*\([^()\n]{1,120}\)${ITEM_SEPARATOR}`, 'u');
/** The count of things right before the aside quantity `index` stands in, if any. */
function itemBeforeAside(view: SentenceView, index: number): Quantity | null {
  const open = view.text.lastIndexOf('(', view.quantities[index].start);
  if (open < view.start) return null;
  let i = index;
  while (i >= 0 && view.quantities[i].start > open) i--;
  const item = view.quantities[i];
  return item !== undefined && item.start >= view.start && item.unit !== null && isCountedNoun(item.unit) && !SHARE_UNITS.test(item.unit) ? item : null;
}
const PAIRED_ITEM_GAP = /^[ \t]*;[ \t]*$/u;
/**
 * "15 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao", "07 đơn vị xếp loại Xuất sắc,
 * 05 đơn vị xếp loại Tốt và 01 đơn vị xếp loại Khá", "15 xã …, 3 thôn đạt chuẩn kiểu mẫu": a count right
 * after the phrase of a count just taken is the next item of its list.
 */
export function continuesList(view: SentenceView, index: number, floor: number): boolean {
  const q = view.quantities[index];
  // "có 01 xã đạt 19 tiêu chí, có 06 xã …": the criteria are the previous item's words
  const criteria = isCriteriaOfCount(view, index - 1);
  const prev = view.quantities[criteria ? index - 2 : index - 1];
  const gapFrom = criteria ? view.quantities[index - 1].end : prev?.end;
  if (prev === undefined || q.unit === null || !isCountedNoun(q.unit)) return false;
  if (!criteria && ASIDE_CLOSES.test(view.text.slice(prev.end, q.start))) {
    // "222 trường mầm non (có 8 trường tư thục); 27 trường tiểu học": the count before the aside is the previous item
    const item = itemBeforeAside(view, index - 1);
    return item !== null && (item.end === floor || prev.end === floor) && ITEM_GAP_OVER_ASIDE.test(view.text.slice(item.end, q.start));
  }
  // "94 giấy … với diện tích hơn 12 nghìn m2; 12 giấy …": items that each pair a count with its measure, split by ';'
  const paired = view.quantities[index - 2];
  if (!criteria && prev.end === floor && paired?.unit === q.unit && prev.unit !== null && !isCountedNoun(prev.unit)
    && PAIRED_ITEM_GAP.test(view.text.slice(prev.end, q.start))) return true;
  if ((prev.end !== floor && gapFrom !== floor) || prev.unit === null || !isCountedNoun(prev.unit)
    || !LIST_ITEM_GAP.test(view.text.slice(gapFrom, q.start))) return false;
  // "75 CCVC (09 công chức, 03 viên chức; 63 viên chức …)": a breakdown in brackets counts a log, not indicators
  const before = view.text.slice(Math.max(view.start, q.start - MAX_SUBJECT), q.start);
  return before.lastIndexOf('(') <= before.lastIndexOf(')');
}

/** The count before q when q is the next item of its list ("05 phường và 02 xã", "09 công chức, 03 viên chức"), both counts of things. */
export function siblingCountBefore(view: SentenceView, q: Quantity): Quantity | null {
  const prev = view.quantities[quantityIndexAt(view, q.start) - 1];
  return prev !== undefined && prev.end <= q.start && prev.unit !== null && q.unit !== null && isCountedNoun(prev.unit) && isCountedNoun(q.unit)
    && LIST_ITEM_GAP.test(view.text.slice(prev.end, q.start)) ? prev : null;
}

/**
 * "(4.031 hồ sơ đăng ký khai sinh và 1.233 hồ sơ …)", "(09 công chức, 03 viên chức; …)", "giảm 6% tỷ lệ
 * hộ nghèo, thêm 2 trường": the words before a count that are the previous item of its list, or that item's phrase, name that item,
 * not this one (inside brackets, where continuesList reads no list, they were taken as its subject).
 */
export function isPreviousCountsTail(view: SentenceView, q: Quantity, subject: Span): boolean {
  const prev = siblingCountBefore(view, q) ?? shareBeforeItem(view, q) ?? amountBeforeItem(view, q);
  return (prev !== null && prev.end >= subject.start - 1 && prev.end <= subject.end) || wholeEndsSubject(view, q, subject);
}

/** "Huyện có 20 xã, đã có 12 xã đạt chuẩn": a subject ending on the count before, of the same things, is the whole the count is part of, no name of it. */
function wholeEndsSubject(view: SentenceView, q: Quantity, subject: Span): boolean {
  const prev = view.quantities[quantityIndexAt(view, q.start) - 1];
  return prev !== undefined && prev.end === subject.end && prev.start > subject.start && prev.unit !== null && prev.unit === q.unit && isCountedNoun(q.unit);
}

/** An amount's money noun and its words right after it, then a comma or "và": "300 tỷ đồng vốn ngân sách trung ương, 200 tỷ đồng …". */
const AMOUNT_ITEM_GAP = new RegExp(String.raw`^[ \t]+(?:${alternatives(MONEY_NOUNS)})(?![\p{L}])[^\d,;:()\n]{0,60}?(?:,|[ \t]và)[ \t]+$`, 'iu');
/** The amount before q, of the same currency, when q opens the next item after the phrase naming it ("trong đó 300 tỷ đồng vốn A, 200 tỷ đồng vốn B"). */
function amountBeforeItem(view: SentenceView, q: Quantity): Quantity | null {
  const prev = view.quantities[quantityIndexAt(view, q.start) - 1];
  return prev !== undefined && prev.end <= q.start && q.unit !== null && prev.unit === q.unit && q.unit in AMOUNT_NOUN_HEADS
    && AMOUNT_ITEM_GAP.test(view.text.slice(prev.end, q.start)) ? prev : null;
}

/** A share's phrase, a comma or "và", at most a verb, then the count: "giảm 6% tỷ lệ hộ nghèo, thêm 2 trường",
 * "100% xã, thị trấn có trạm xá và 17 xã đã có bác sĩ" (the phrase may hold a comma of its own only before "và"). */
const SHARE_ITEM_GAP = /^[ \t]+(?:[^\d,;:()\n]{1,80}?,|[^\d;:()\n]{1,80}?[ \t]và)[ \t]+(?:\p{L}+[ \t]+)?$/u;

/** The share before q when q opens the next item after the share's phrase ("giảm 6% tỷ lệ hộ nghèo, thêm 2 trường …"). */
function shareBeforeItem(view: SentenceView, q: Quantity): Quantity | null {
  const prev = view.quantities[quantityIndexAt(view, q.start) - 1];
  return prev !== undefined && prev.end <= q.start && prev.unit !== null && SHARE_UNITS.test(prev.unit) && q.unit !== null && !SHARE_UNITS.test(q.unit)
    && isCountedNoun(q.unit) && SHARE_ITEM_GAP.test(view.text.slice(prev.end, q.start)) ? prev : null;
}

const NEXT_ITEM = /(?:,|[ \t]+và)[ \t]+\d[\s\S]*$/u;
/** "…, 05 đơn vị xếp loại Tốt": a list's next item is named by its noun and the phrase after it. */
export function listItem(view: SentenceView, q: Quantity, floor: number): Named | null {
  const index = quantityIndexAt(view, q.start);
  if (view.quantities[index]?.start !== q.start || !continuesList(view, index, floor)) return null;
  const phrase = countedPhrase(view, q);
  // the phrase ends where the next item starts ("… xếp loại Tốt và 01 đơn vị …")
  const words = phrase ? view.text.slice(phrase.start, phrase.end).replace(NEXT_ITEM, '') : '';
  // "điều tra làm rõ 40 vụ, 46 đối tượng": an item of no words of its own was done as the one before it was
  const prev = words ? undefined : view.quantities[index - 1], verb = prev ? actionVerbBefore(textBefore(view, prev.start, WIDTH.verb), prev.unit) : null;
  const indicator = `${verb ? `${verb} ` : ''}${q.unit}${words ? ' ' + tidy(words) : ''}`;
  return { indicator, start: q.start, end: q.end, rule: 'list-item', base: indicator };
}

/** Whether `clause` opens on `noun` and says more: "hồ sơ đến hạn giải quyết" for "hồ sơ". */
export function opensOnItsNoun(clause: string, noun: string): boolean {
  const c = clause.trimStart();
  return c.length > noun.length + 1 && c[noun.length] === ' ' && c.slice(0, noun.length).toLowerCase() === noun.toLowerCase() && /\p{L}/u.test(c.slice(noun.length));
}

/** A slash pair, and the time word before it ("tháng 8/2022", "quý 3/2025", "ngày 29/4", "từ 29/4 đến 3/5"). */
const SLASH_PAIR = /(?<period>(?<![\p{L}])(?:tháng|quý|ngày|từ|đến|tới)\s+)?(?<a>\d+)\s?\/\s?(?<b>\d+)/giu;
const OF_YEAR = new Set(['tháng', 'quý']);
/** Whether `s` holds a pair of counts ("18/25"), not only a month or quarter of a year or a day of a month. */
export function holdsCountPair(s: string): boolean {
  if (!s.includes('/')) return false;
  for (const m of s.matchAll(SLASH_PAIR)) {
    const { period, a, b } = m.groups!;
    const word = period?.trim().toLowerCase();
    if (word && OF_YEAR.has(word) && /^(?:19|20)\d\d$/.test(b)) continue;
    // a day of a month without its year ("từ 29/4 đến 3/5"); a full date is left as before
    if (word && !OF_YEAR.has(word) && +a >= 1 && +a <= 31 && +b >= 1 && +b <= 12 && s[m.index! + m[0].length] !== '/') continue;
    return true;
  }
  return false;
}

// "255 cơ sở lưu trú đã được thẩm định xếp hạng với 9.265 phòng", "12 hợp tác xã với 900 thành viên": a count or a
// measure after "với" right after a count, in one clause (a comma maybe before "với": "26 cơ sở hội, với 236 chi hội"),
// or right after it, nothing between ("khởi tố điều tra 57 vụ 77 bị can"), is of the things that count counted
const WITH_AFTER_COUNT = /^([^,;:.()\d\n]{0,80}?)(?:[ \t]*,)?(?:^|\s)với[ \t]?$|^[ \t]{1,2}$/u;
const WITH_COMPOUND_END = new RegExp(`(?:^|\\s)(?:${alternatives(WITH_COMPOUNDS)})\\s*$`, 'iu');
const isCountedOrMeasured = (unit: string | null) => {
  const kind = unit === null ? undefined : UNIT_LEXICON.get(unitKey(unit))?.kind;
  return kind === 'count' || kind === 'measure';
};
/** What the count before counted, when `between` (the text from it to the figure) is "… với": "đã được thẩm định xếp hạng". */
function withAfterCount(between: string): string | null {
  const m = between.length > 100 ? null : WITH_AFTER_COUNT.exec(between); // 80 characters, "với" and a space at most
  return m && !WITH_COMPOUND_END.test(m[1] ?? '') ? m[1] ?? '' : null;
}

/** What the count before quantity `index` counted, when a count or a measure after "với" of them follows it: "nhà nghỉ đạt chuẩn". */
function countedBefore(view: SentenceView, index: number): string | null {
  const before = view.quantities[index - 1], q = view.quantities[index];
  // (a share before "với" counts nothing: "khách quốc tế chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt")
  if (before?.unit == null || q === undefined || !isCountedNoun(before.unit) || SHARE_UNITS.test(before.unit) || PEOPLE.has(unitKey(before.unit))) return null;
  // "40 hội viên … với 52 Hội viên": the same noun again is no part of the first
  if (!isCountedOrMeasured(q.unit) || unitKey(q.unit!) === unitKey(before.unit)) return null;
  const things = withAfterCount(view.text.slice(before.end, q.start));
  return things === null ? null : tidy(`${before.unit} ${things}`);
}

/** Whether quantity `index` is a count or a measure after "với" right after a count of its clause. */
export function countAfterCount(view: SentenceView, index: number): boolean {
  return countedBefore(view, index) !== null;
}

/** Its name: "số phòng của nhà nghỉ đạt chuẩn" ("96 nhà nghỉ đạt chuẩn với 1.287 phòng"). */
export function countOfCounted(view: SentenceView, q: Quantity, prev: PrevIndicator | null): Named | null {
  const things = countedBefore(view, quantityIndexAt(view, q.start));
  return things === null ? null : { indicator: `số ${q.unit} của ${things}`, start: q.start, end: q.end, rule: 'count-of-counted', base: prev?.base ?? things };
}
