// Names taken from a list's head: the items of a list name only themselves ("gồm: Cao Bằng đạt 42,3 triệu USD",
// "trong đó: lúa 35.023 ha"), and what they measure is the measure noun phrase that opens the list.
import { BREAKDOWN_WORDS, LIST_OPENERS, MAX_SUBJECT, ONLY_TIME, SHARE_NOUNS, WIDTH } from './knowledge/index.ts';
import { SHARE_UNITS } from './count-names.ts';
import { headNounAt, headNounIn, isProperName, MEASURE_HEAD } from './language.ts';
import { alternatives } from './patterns.ts';
import { textBefore, tidy, topicOf, wordCount } from './clause.ts';
import type { Quantity } from './numbers.ts';
import { EXISTENTIAL_BEFORE } from './opening-count.ts';
import type { Span } from './statement.ts';
import type { SentenceView } from './types.ts';

const RATE_HEAD = new RegExp(`^(?:${alternatives(SHARE_NOUNS)})(?![\\p{L}])`, 'iu');
// the words opening a breakdown ("trong đó:", "gồm", "như:"), last in the sentence before an item, no colon after them
const OPENERS = alternatives([...BREAKDOWN_WORDS, ...LIST_OPENERS]);
const OPENER_WORD = new RegExp(`(?<![\\p{L}])(?:${OPENERS})(?![\\p{L}])`, 'iu');
const OPENER = new RegExp(`(?<![\\p{L}])(?:${OPENERS})[ \\t]*[:,]?[ \\t]+(?=[^:]*$)`, 'giu');
/** The last opener in `text`, or null. */
function lastOpener(text: string): RegExpExecArray | null {
  let opener: RegExpExecArray | null = null;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) opener = m;
  return opener;
}

/**
 * "kim ngạch xuất khẩu … gồm: Cao Bằng đạt 42,3 triệu USD", "GRDP của một số tỉnh lân cận như Thanh Hoá tăng 3,7%, Nghệ An
 * tăng 1,6%": a place in a list takes the list's head (the list opens at its colon, else at its opener, "như", "gồm").
 */
export function placeInList(view: SentenceView, q: Quantity, subject: Span, indicator: string): string | null {
  // ("Thuận Thành có 50 trường": a place that has things is who has them, no item of a list)
  const proper = isProperName(indicator);
  if ((!proper && !OPENER_WORD.test(indicator)) || EXISTENTIAL_BEFORE.test(textBefore(view, q.start, WIDTH.lead))) return null;
  // a long list's head is before its colon (sought in the list's width: the whole text before would cost each name its length)
  const before = textBefore(view, subject.end, WIDTH.list);
  const at = subject.end - before.length, colon = before.lastIndexOf(':');
  const opener = !proper || colon < 0 ? lastOpener(before) : null;
  // the opener closing the subject: its place is what follows it
  const item = opener && at + opener.index >= subject.start ? tidy(view.text.slice(at + opener.index + opener[0].length, subject.end)) : indicator;
  if (!isProperName(item)) return null;
  const from = colon >= 0 ? at + colon : opener ? at + opener.index : q.start;
  const head = headNounIn(view.text, Math.max(view.start, from - MAX_SUBJECT), colon >= 0 || opener ? from : subject.start) ?? view.topic();
  return head ? `${head} ${item}` : null;
}

/**
 * "Kim ngạch xuất khẩu … ước đạt 1,533 tỷ USD, … gồm thủy sản chế biến ước đạt 19,7 triệu USD; may mặc 66,4 triệu USD":
 * an item of a breakdown named by a bare noun ("may mặc", "bia lon") is that item of the measure heading the list.
 */
export function itemOfBreakdown(view: SentenceView, q: Quantity, subject: Span, indicator: string): string | null {
  // (a place is place-in-list's: "Một số huyện tỷ lệ hộ nghèo còn cao như: Ea Súp có 7.849 hộ" names no rate of Ea Súp)
  const notAnItem = (words: string) => wordCount(words) > 6 || MEASURE_HEAD.test(words) || isProperName(words);
  if (notAnItem(indicator) && !OPENER_WORD.test(indicator)) return null; // (the opener may close the subject: "… tăng cao như dịch vụ ăn uống")
  const before = textBefore(view, subject.end, WIDTH.list);
  const at = subject.end - before.length; // where `before` starts in the text
  const opener = lastOpener(before);
  if (!opener) return null;
  const openerStart = at + opener.index, itemStart = openerStart + opener[0].length;
  const found = headNounAt(view.text, Math.max(view.start, openerStart - MAX_SUBJECT), openerStart);
  if (!found || (RATE_HEAD.test(found.text) && !SHARE_UNITS.test(q.unit ?? ''))) return null; // a rate's list holds no counts
  const head = found.text;
  // the list's own figures (not its time: "6 tháng"), between its head and its opener, say what its items are counted in ("hiến hơn 9.800 m²" is no capital)
  const units = view.quantities.filter((x) => x.start > found.start && x.end <= openerStart && !ONLY_TIME.test(view.text.slice(x.start, x.end))).map((x) => x.unit);
  if (units.length && !units.includes(q.unit)) return null;
  // the opener may open the subject itself ("gồm thủy sản chế biến"): the item is what follows it
  const item = itemStart > subject.start ? tidy(view.text.slice(itemStart, subject.end)) : indicator;
  if (notAnItem(item)) return null;
  // "vốn ngân sách …, trong đó ngân sách trung ương là …": an item that repeats the head's words names itself
  const opening = item.toLowerCase().split(/\s+/u).slice(0, 2).join(' ');
  if (wordCount(opening) === 2 && head.toLowerCase().includes(opening)) return null;
  // ("chỉ số giá" + "giá vàng": the word they share is written once)
  const shared = head.split(/\s+/u).pop()!.toLowerCase() === item.split(/\s+/u, 1)[0]!.toLowerCase();
  return item ? `${shared ? head.replace(/\s+\S+$/u, '') : head} ${item}` : null;
}

const TIME_KEY_BEFORE = /((?:năm|tháng|quý)[ \t]+[\dIVX]+(?:[/.-]\d{4})?)[ \t]*:[ \t]*$/iu;
const LIST_OF_TIMES = /:[ \t]*(?:năm|tháng|quý)[ \t]+[\dIVX]/iu;
/**
 * "Lạng Sơn được giao chỉ tiêu bao phủ bảo hiểm y tế: năm 2016: 89,0%; năm 2017: 90,0%": a figure keyed by its time in a
 * list speaks of the head before the list's colon, in that time.
 */
export function timeKeyedItem(view: SentenceView, q: Quantity): string | null {
  const key = TIME_KEY_BEFORE.exec(textBefore(view, q.start, WIDTH.phrase));
  if (!key) return null;
  const list = LIST_OF_TIMES.exec(view.text.slice(view.start, q.start));
  const head = list ? topicOf(view.text, view.start, view.start + list.index) : null;
  return head ? `${head} ${key[1]}` : null;
}
