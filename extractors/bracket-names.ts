// Naming rule `named-in-brackets` of level-names.ts: "… gồm Hà Nội (3,66 tỷ USD), Bắc Ninh (3,15 tỷ
// USD)", "Tiếp theo là Hàn Quốc (3 tỷ USD)": a figure alone in brackets right after a name in a list is
// that name's figure of what the list measures (its head noun, else what the paragraph spoke of).
import { AMOUNT_NOUN_HEADS, BODY_HEADS, COMPARED_WITH, JOINED_UNIT_NOUNS, MAX_SUBJECT, MEASURE_NOUN_HEADS, PHRASE_WORDS, WIDTH } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import type { Quantity } from './numbers.ts';
import { headNounIn } from './language.ts';
import { isItemMeasure } from './nonfigures.ts';
import { phraseAfter, quantityIndexAt, textBefore, tidy } from './clause.ts';
import type { Named } from './count-names.ts';
import { countedPhrase, isCountedNoun, SHARE_UNITS } from './count-names.ts';
import type { PrevIndicator, SentenceView } from './types.ts';

// a list's word ("trong đó" too), then one to four capitalised words (a place, a country; its level word maybe:
// "huyện Gò Công Tây (13 học sinh)") or a body's name ("Bộ Kế hoạch và
// Đầu tư", "Bộ Nông nghiệp và Phát triển nông thôn"), then the opening bracket
const NAME_BEFORE = new RegExp(`(?:^|[,:;]|(?<![\\p{L}])(?:gồm|là|như|và|đó))[ \\t]+((?:(?:${alternatives(JOINED_UNIT_NOUNS)}|TP\\.?)[ \\t]*)?\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,3}|(?:${alternatives(BODY_HEADS)})[ \\t]+\\p{Lu}[^,;:()\\d.\\n]{0,50}?)[ \\t]*\\([ \\t]*$`, 'u');
const CLOSES = /^[ \t]*\)/u;
/** Whether a bracket closes right after `pos` (its figure alone in the brackets). */
const closesAt = (view: SentenceView, pos: number) => CLOSES.test(view.text.slice(pos, pos + 4));
const LIST_ITEMS_BACK = 12;
const OPENS_RIGHT_BEFORE = /\([ \t]*$/u;
// one to four more counts of a noun of one to three words, then the bracket's close: ", 82 HCB, 95 HCĐ)"
const COUNTS_THEN_CLOSE = /^(?:[ \t]*[,;][ \t]*\d[\d.,]*[ \t]+[^\s(),;\d]+(?:[ \t]+[^\s(),;\d]+){0,2}){1,4}[ \t]*\)/u;

export function namedInBrackets(view: SentenceView, q: Quantity): Named | null {
  // the figure alone in its brackets, or the first of counts that fill them ("Quân đội (90 HCV, 82 HCB, 95 HCĐ)")
  const counted = !!q.unit && isCountedNoun(q.unit) && !SHARE_UNITS.test(q.unit);
  const several = !closesAt(view, q.end);
  // (the bracket must open right before it, as NAME_BEFORE asks: most counts are read no further)
  if (several && !(counted && OPENS_RIGHT_BEFORE.test(textBefore(view, q.start, WIDTH.touch)) && COUNTS_THEN_CLOSE.test(view.text.slice(q.end, q.end + WIDTH.phrase)))) return null;
  const before = textBefore(view, q.start, 60);
  const m = NAME_BEFORE.exec(before);
  if (!m) return several ? null : measuredItem(view, q, before);
  const nameStart = q.start - before.length + m.index + m[0].indexOf(m[1]);
  // several counts in the brackets each name their own noun ("Thanh Hóa (40 HCV, 29 HCB, 63 HCĐ)")
  const head = several ? q.unit : headNounIn(view.text, Math.max(view.start, nameStart - MAX_SUBJECT), nameStart) ?? countListedBefore(view, q, nameStart)
    ?? measureListedBefore(view, q, nameStart) ?? unitNamedBefore(view, q, nameStart) ?? view.topic() ?? (counted ? q.unit : null); // at last the count's own noun
  if (!head) return null;
  return { indicator: tidy(`${head} ${m[1]}`), start: nameStart, end: q.end, rule: 'named-in-brackets', base: head };
}

// an item of a list, one to five lower-case words and then a name maybe: "…; đương quy (48 ha); diệp hạ châu (28 ha)",
// "như: Nhà máy điện gió BIM (88MW); nhà máy điện gió số 7A (50MW); nhà máy điện gió Lợi Hải 2 (28,9MW)"
const ITEM_BEFORE = /(?:^|[,;:]|(?<![\p{L}])(?:gồm|như|và))[ \t]+(\p{L}\p{Ll}*(?:[ \t]+\p{Ll}+){0,4}(?:[ \t]+(?:\p{Lu}[\p{L}\d]*|\d+\p{Lu}?)){0,5})[ \t]*\([ \t]*$/u;
/** "các diện tích atiso (179 ha); đương quy (48 ha)": a measure alone in brackets after a listed thing is its area, output or length. */
function measuredItem(view: SentenceView, q: Quantity, before: string): Named | null {
  const head = q.unit ? MEASURE_NOUN_HEADS[q.unit] : undefined;
  const m = head ? ITEM_BEFORE.exec(before) : null;
  if (!head || !m) return null;
  const itemStart = q.start - before.length + m.index + m[0].indexOf(m[1]);
  return { indicator: `${head} ${m[1]}`, start: itemStart, end: q.end, rule: 'named-in-brackets', base: head };
}

/** The list's whole before its first item: the last number before the name that no bracket closes after (a few items back at most). */
function wholeBefore(view: SentenceView, nameStart: number): Quantity | undefined {
  let i = quantityIndexAt(view, nameStart) - 1;
  for (let n = 0; i >= 0 && n < LIST_ITEMS_BACK && closesAt(view, view.quantities[i].end); n++) i--;
  return view.quantities[i];
}

/** "có khoảng 550 ha cây dược liệu, chủ yếu ở huyện Thanh Hà (340 ha), Tứ Kỳ (38 ha)": the area (output, length) of the whole's phrase, up to its comma. */
function measureListedBefore(view: SentenceView, q: Quantity, nameStart: number): string | null {
  const head = q.unit ? MEASURE_NOUN_HEADS[q.unit] : undefined;
  const whole = head ? wholeBefore(view, nameStart) : undefined;
  if (!whole || whole.unit !== q.unit || whole.end > nameStart || closesAt(view, whole.end)) return null;
  const phrase = phraseAfter(view.text, whole.end, nameStart, PHRASE_WORDS.measured);
  const words = phrase ? view.text.slice(phrase.start, phrase.end).split(',')[0].trim() : '';
  return words ? `${head} ${words}` : null;
}

/**
 * "có 366 lao động đi làm việc ở nước ngoài, chủ yếu tại …: Nhật Bản (191 người), …": a count in brackets
 * after a name, with no measure noun before, breaks down the sentence's count before the list: its noun and phrase.
 */
function countListedBefore(view: SentenceView, q: Quantity, nameStart: number): string | null {
  if (!q.unit || SHARE_UNITS.test(q.unit) || !isCountedNoun(q.unit)) return null; // "gồm: Bạc Liêu (7,4%)": a share is no part of a count
  const whole = wholeBefore(view, nameStart);
  if (!whole?.unit || whole.end > nameStart || !isCountedNoun(whole.unit) || closesAt(view, whole.end)) return null;
  const phrase = countedPhrase(view, whole);
  return phrase ? `${whole.unit} ${view.text.slice(phrase.start, phrase.end)}` : whole.unit;
}

/**
 * "Một số địa phương thu hút nhiều lượt khách tham quan, nghỉ dưỡng phải kể đến như: Cẩm Xuyên (580.000 lượt)": the
 * items' unit, named with its phrase in the list's opening clause, is what they count (the list's lead cut off).
 */
function unitNamedBefore(view: SentenceView, q: Quantity, nameStart: number): string | null {
  if (!q.unit || SHARE_UNITS.test(q.unit) || !isCountedNoun(q.unit)) return null;
  const from = Math.max(view.start, nameStart - MAX_SUBJECT);
  const at = view.text.slice(from, nameStart).toLowerCase().lastIndexOf(` ${q.unit.toLowerCase()} `);
  if (at < 0) return null;
  const unitEnd = from + at + q.unit.length + 1;
  const phrase = phraseAfter(view.text, unitEnd, nameStart);
  const words = phrase ? tidy(view.text.slice(phrase.start, phrase.end).replace(LIST_LEAD, '')) : '';
  return words ? `${q.unit} ${words}` : null;
}
const LIST_LEAD = /(?:[ \t,]+(?:phải[ \t]+kể[ \t]+đến|có[ \t]+thể[ \t]+kể[ \t]+đến|như|gồm|bao[ \t]+gồm|là))+[ \t:]*$/iu;

// a comparison with a period, then the opening bracket: "so với cùng kỳ năm 2019 (", "so với năm 2019 ("
const COMPARED_PERIOD_BEFORE = new RegExp(`(?<![\\p{L}])${COMPARED_WITH}(?:cùng[ \\t]+kỳ|năm|tháng|quý)(?![\\p{L}])[^()\\n;,]{0,20}[ \\t]*\\([ \\t]*$`, 'iu');
/**
 * Naming rule `compared-in-brackets`: "tổng số người tham gia là 59.177 người so với cùng kỳ năm 2019 (55.317 người)",
 * "tăng 17% so với năm 2019 (81.000 lượt)": a figure alone in brackets right after the period a level is compared
 * with is that level's, in that period (the period stage reads the period before the bracket).
 */
export function comparedInBrackets(view: SentenceView, q: Quantity, prev: PrevIndicator | null): Named | null {
  // a result rule: in target talk the level compared with would read as a target
  if (!prev || q.start >= view.targetFrom || !closesAt(view, q.end)) return null;
  if (!COMPARED_PERIOD_BEFORE.test(textBefore(view, q.start, WIDTH.comparison))) return null;
  // the figure alone is quoted: the bracket right before it is what gives it the period before the bracket
  return { indicator: prev.base, start: q.start, end: q.end, rule: 'compared-in-brackets', base: prev.base };
}

// a change's count, then its share in brackets: "tăng 3.860 người (7%)", "giảm 120 hộ (tăng 5,2%)" ("(" with "tăng"/"giảm" maybe)
const CHANGE_THEN_BRACKET = /(?<![\p{L}])(?:tăng|giảm)(?:[ \t]+(?:thêm|hơn|gần|khoảng|trên))?[ \t]+[\d.,]+[ \t]*[\p{L} ]{0,24}\([ \t]*(?:(?:tăng|giảm)[ \t]+)?$/iu;
/**
 * Naming rule `change-in-brackets`: "…, tăng 3.900 người (7%)": a share alone in brackets right after a change of
 * a count or a measure is the same change as a share, named as that change.
 */
export function changeInBrackets(view: SentenceView, q: Quantity, prev: PrevIndicator | null): Named | null {
  if (!prev || prev.indicator === prev.base || !SHARE_UNITS.test(q.unit ?? '') || !closesAt(view, q.end)) return null;
  if (!CHANGE_THEN_BRACKET.test(textBefore(view, q.start, WIDTH.phrase))) return null;
  return { indicator: prev.indicator, start: q.start, end: q.end, rule: 'change-in-brackets', base: prev.base };
}

// a count's noun and its short phrase, then the bracket opening: " giấy chứng nhận cho tổ chức (", " thửa đất ("
const PHRASE_THEN_OPEN = /^(?:[ \t]+[^\d,;:()\n.]{1,60}?)?[ \t]*\([ \t]*$/u;
/**
 * Naming rule `measure-of-count`: "cấp lần đầu 490 giấy chứng nhận cho tổ chức (1.005,75 ha)", "xây dựng mới 59 nhà đại đoàn
 * kết (2,3 tỷ đồng)": an area, a weight, a length or an amount of money alone in brackets right after a count the sentence
 * named and that count's phrase measures the things counted: its head noun ("diện tích", "số tiền") and the count's name.
 */
export function measureOfCount(view: SentenceView, q: Quantity, prev: PrevIndicator | null): Named | null {
  const head = q.unit && q.unit !== 'con' ? MEASURE_NOUN_HEADS[q.unit] ?? AMOUNT_NOUN_HEADS[q.unit] : undefined; // ("con" counts a herd)
  if (!head || !prev || !closesAt(view, q.end)) return null;
  const count: Quantity | undefined = view.quantities[quantityIndexAt(view, q.start) - 1];
  if (!count?.unit || count.unit !== prev.unit || !(isCountedNoun(count.unit) || isItemMeasure(count.unit))) return null;
  if (!PHRASE_THEN_OPEN.test(view.text.slice(count.end, q.start))) return null;
  const indicator = `${head} ${prev.indicator}`;
  return { indicator, start: q.start, end: q.end, rule: 'measure-of-count', base: indicator };
}
