// The change naming rule: a change, a comparison or a part right after a level names itself by that level
// ("…, đạt 100 tỷ đồng, tăng 5% so với cùng kỳ", "…, chiếm 22,4%", "…, đạt 69,3% so với cùng kỳ năm 2021").
import { BAND_WORDS, CHANGE_ADVERBS, PHRASE_WORDS, SHARE_HEADS, SHARE_NOUNS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { MAX_SUBJECT } from './language.ts';
import { comparisonAt, comparisonNotPlan, NAMES_PLAN } from './comparison.ts';
import { alternatives } from './patterns.ts';
import { isMeaningfulSubject, phraseAfter, quantityIndexAt, subjectBefore, textAfter, tidy, wordCount } from './clause.ts';
import { shareOfWhole } from './part-names.ts';
import type { Span } from './statement.ts';
import { isCountedNoun, SHARE_UNITS } from './count-names.ts';
import type { PrevIndicator, SentenceView } from './types.ts';
import { unitKey } from './units.ts';

/** A verb of change or part right before a number: "tăng tới 53%", "chiếm tỷ trọng 5%", "tương đương với 3 tỷ đồng". */
const CHANGE_VERB_BEFORE = new RegExp(`(tăng|giảm|gấp|bằng|chiếm|tương\\s+(?:đương|ứng)|đóng\\s+góp)(?:\\s+(?:${alternatives([...CHANGE_ADVERBS, ...SHARE_NOUNS, 'với'])}))?\\s*$`, 'iu');

// a band's word before the subject's first digit (nonfigures.ts drops the band's number)
const BAND_BEFORE_DIGITS = new RegExp(`^[^\\d]*(?:${alternatives(BAND_WORDS)})\\s`, 'iu');
/**
 * "..., bằng 80,6% kế hoạch năm, tăng 4,1% so với cùng kỳ": a change after a level in the same
 * sentence measures that level's indicator; the words between are not its subject.
 */
export function changeOfPrevious(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, span: Span): { indicator: string; start: number } | null {
  const { text, start, end } = view;
  const subject = text.slice(span.start, span.end);
  if (!prev) return sharedReach(view, q, null); // a change needs a level before it, or a share whose verb it shares
  const lookback = Math.max(start, q.start - WIDTH.verb);
  // "đạt gần 5 nghìn tỷ đồng (bằng 23,8%; -15,6%)": a signed figure after a share in the level's brackets is its change
  const signed = SIGN_WORDS[text[q.numStart]];
  if (signed && SIGNED_IN_ASIDE.test(text.slice(Math.max(start, q.start - WIDTH.phrase), q.start))) return { indicator: `${prev.base} ${signed}`, start: q.start };
  // "giảm 1,3% (-892 ha) so với …": the comparison may follow the bracket
  let afterText: string | undefined; // read only when a verb asks for it
  const after = () => (afterText ??= textAfter(view, q.end, WIDTH.comparison));
  const verb = CHANGE_VERB_BEFORE.exec(text.slice(lookback, q.start))
    // "giảm 1,3% (-892 ha)": a signed number in brackets is the same change in absolute terms
    ?? (/[-+−]/.test(text[q.numStart] ?? '') ? /(tăng|giảm)\s+\d[\d.,]*\s?%\s*\(\s*$/iu.exec(text.slice(lookback, q.start)) : null)
    ?? reachedAgainstEarlier(text.slice(lookback, q.start), q, after);
  if (!verb) {
    // "tăng 3,3 điểm và 8 bậc so với năm 2020": the change just taken, in another unit
    const second = secondOfChange(view, q);
    if (!second || second.first.end !== floor) return sharedReach(view, q, prev);
    const since = comparisonAt(after());
    return { indicator: `${prev.base} ${second.verb}${since ? ' ' + since : ''}`, start: q.start };
  }
  // a subject holding another figure is that figure's clause; a price band's digits ("căn hộ giá dưới 2 tỷ đồng") are no figure
  const holdsFigure = /\d/.test(subject) && (!BAND_BEFORE_DIGITS.test(subject) || view.quantities.some((x) => x.start < span.end && x.end > span.start));
  // "…, đóng góp 0,78 điểm %": a subject that is only the verb names nothing
  const weak = !subject.trim() || subject.trim().toLowerCase() === verb[0].trim().toLowerCase() || holdsFigure || /^so\s+với|^tương\s+đương/iu.test(subject) || NAMES_PLAN.test(subject) || (wordCount(subject) <= 1 && !ACRONYM.test(subject.trim()));
  const between = text.slice(Math.max(floor, q.start - MAX_SUBJECT), q.start);
  if (!weak || (/[.;]/.test(between) && !CHANGE_AFTER_SEMICOLON.test(between))) return null;
  // "đóng góp 5,2 điểm phần trăm vào mức tăng chung": what it contributed to
  const since = /^đóng/iu.test(verb[1]) ? CONTRIBUTED_TO.exec(after())?.[1] : comparisonAt(after());
  // "đạt 69,3% so với cùng kỳ": the comparison alone says what the share is of
  const tail = /^đạt$/iu.test(verb[1]) && since ? since : `${verb[1]}${since ? ' ' + since : ''}`;
  // "tỷ lệ hộ nghèo chiếm 11% (tương đương 669 hộ)": a share restated as the count of the things it is of counts them
  const counted = /^tương/iu.test(verb[1]) && prev.unit === '%' ? countOfShare(prev.base, q.unit) : null;
  if (counted) return { indicator: counted, start: lookback + verb.index };
  // "giảm còn 21,46%, …, tương ứng giảm 9.412 hộ nghèo": a change counted in other things names them
  if (q.unit && q.unit !== prev.unit && isCountedNoun(q.unit) && !SHARE_UNITS.test(q.unit)) {
    const noun = phraseAfter(text, q.end, end, PHRASE_WORDS.changed);
    return { indicator: `số ${q.unit}${noun ? ' ' + text.slice(noun.start, noun.end) : ''} ${tail}`, start: lookback + verb.index };
  }
  // "48,2 nghìn tỷ đồng, tương đương 1,9 tỷ USD": the same level in another unit
  if (/^tương/iu.test(verb[1])) return { indicator: prev.base, start: lookback + verb.index };
  // "…, đạt hơn 9,4 tỷ USD, chiếm gần 22,4%": the level's share of a whole, "tỷ trọng …", no change
  if (/^chiếm/iu.test(verb[1])) return { indicator: shareOfWhole(prev.base), start: lookback + verb.index };
  // the change of the level, never of an earlier change: indicators do not grow along a chain
  return { indicator: `${prev.base} ${tail}`, start: lookback + verb.index };
}

const RATE_WORDS = new RegExp(`^(?:${alternatives(SHARE_HEADS)})\\s+`, 'iu');
const WHERE_AFTER = /\s+(?:trên\s+địa\s+bàn|tại|ở|của|toàn)(?![\p{L}]).*$/iu;
/** "tỷ lệ hộ nghèo" and "hộ": "số hộ nghèo", the count of what the share is of, when the share names the things counted first; else null. */
function countOfShare(share: string, unit: string | null): string | null {
  if (!unit || !isCountedNoun(unit) || SHARE_UNITS.test(unit)) return null;
  const things = share.replace(RATE_WORDS, '').replace(WHERE_AFTER, ''); // "hộ nghèo trên địa bàn thành phố": the things, not where
  return unitKey(things.slice(0, unit.length)) === unitKey(unit) && /^(?:\s|$)/u.test(things.slice(unit.length)) ? `số ${things.charAt(0).toLowerCase()}${things.slice(1)}` : null;
}

const REACHED_BEFORE = /(đạt)\s*$/iu;
/** A share of a plan, its comparison said, then "và": "đạt 51,52% so với kế hoạch và ", "đạt 101,8% kế hoạch và ". */
const SHARED_REACH_BEFORE = /(?<![\p{L}])(?:đạt|bằng)[ \t]+[\d.,]{1,12}[ \t]*%[ \t]+(?:so[ \t]+(?:với[ \t]+)?)?[^,;.\d()]{1,40}?[ \t]+và[ \t]*$/iu;
/**
 * "Doanh thu đạt 51,52% so với kế hoạch và 87,86% so với cùng kỳ": a share after "và" that shares the verb of a share
 * of the plan before it, compared with an earlier period, is the change of the level before (its name and the comparison
 * name it; the subject before the first share, when no level came first).
 */
function sharedReach(view: SentenceView, q: Quantity, prev: PrevIndicator | null): { indicator: string; start: number } | null {
  const { text, start } = view;
  const before = q.unit === '%' ? text.slice(Math.max(start, q.start - WIDTH.phrase), q.start) : '';
  const shared = before.endsWith('và ') ? SHARED_REACH_BEFORE.exec(before) : null;
  const since = shared && NAMES_PLAN.test(shared[0]) ? comparisonNotPlan(textAfter(view, q.end, WIDTH.comparison)) : null;
  if (!shared || !since) return null;
  const subject = prev ? null : subjectBefore(text, start, q.start - before.length + shared.index); // the level's name, if it has one
  const named = prev ? prev.base : tidy(text.slice(subject!.start, subject!.end));
  return isMeaningfulSubject(named) ? { indicator: `${named} ${since}`, start: q.start } : null;
}
/**
 * "…, ước đạt 8.922 tỷ đồng, đạt 69,3% so với cùng kỳ năm 2021": a share reached against an earlier period, not a
 * plan, is the level's change like "bằng 69,3% so với …" (the verb, as CHANGE_VERB_BEFORE gives it; null otherwise).
 */
function reachedAgainstEarlier(before: string, q: Quantity, after: () => string): RegExpExecArray | null {
  const reached = q.unit === '%' ? REACHED_BEFORE.exec(before) : null;
  if (!reached) return null;
  return comparisonNotPlan(after()) ? reached : null;
}

/** "…, GRDP tăng 7,5%": an acronym names its own indicator, so a change after it is no change of the level before. */
const ACRONYM = /^\p{Lu}{2,}[\p{Lu}\d]*$/u;
export const SIGN_WORDS: Record<string, string> = { '+': 'tăng', '-': 'giảm', '−': 'giảm' };
// "… (55.317 người) ; tăng 3.860 (7%)": only a ";" after the level; "…, đạt 33,27% so với dự toán tỉnh giao; bằng 90,22% so với
// cùng kỳ": or the level's shares of its plans, each with its reference ("…, đạt 33,27% so với dự toán; đạt 33,27% …; bằng")
const CHANGE_AFTER_SEMICOLON = /^(?:[ \t]*[,;]?[ \t]*(?:đạt|bằng|vượt)[ \t]+[\d.,]{1,12}[ \t]*%[^\d.;()%]{0,60})*[^\p{L}\d.]*;[ \t]*(?:tăng|giảm|bằng)(?:[ \t]+thêm)?[ \t]*$/iu;
const SIGNED_IN_ASIDE = /\([^()]*\d[^()]*;\s*$/u;
const CONTRIBUTED_TO = /^\s*(vào\s+[^,;.()\d]{1,40}?)\s*(?=[,;.()]|$)/u;

/** A change verb right before a number, no other: the first figure of a change "tăng 3,3 điểm và 8 bậc". */
const RISE_OR_FALL_BEFORE = new RegExp(`(tăng|giảm)(?:\\s+(?:${alternatives(CHANGE_ADVERBS)}))?\\s*$`, 'iu');
/**
 * "tăng 3,3 điểm và 8 bậc", "tăng 20 tỷ đồng và 4%": a figure in another unit after "và" right after a change is
 * the same change measured another way (the first figure and the verb, or null).
 */
export function secondOfChange(view: SentenceView, q: Quantity): { first: Quantity; verb: string } | null {
  const index = quantityIndexAt(view, q.start);
  const first = view.quantities[index - 1];
  if (view.quantities[index]?.start !== q.start || !first || !first.unit || !q.unit || unitKey(first.unit) === unitKey(q.unit)
    || !/^[ \t]+và[ \t]+$/u.test(view.text.slice(first.end, q.start))) return null;
  const verb = RISE_OR_FALL_BEFORE.exec(view.text.slice(Math.max(view.start, first.start - WIDTH.verb), first.start));
  return verb ? { first, verb: verb[1] } : null;
}
