// A change written as its two levels: "Tỷ lệ hộ nghèo giảm từ 32,5% năm 2020 xuống còn 24,2% năm 2023",
// "thu nhập bình quân đầu người tăng từ 35 triệu đồng lên 52 triệu đồng". Both numbers are levels of
// the subject before the verb, each in its own time; neither is a noun phrase's share ("32,5% năm 2020").
import { FROM_TO_VERBS, TO_WORDS } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import { subjectBefore, tidy } from './clause.ts';
import type { Named } from './count-names.ts';
import type { SentenceView } from './types.ts';

/** "giảm từ " right before the first level (the verb's start is group 1's). */
const FROM_LEAD = new RegExp(`(?<![\\p{L}])(${alternatives(FROM_TO_VERBS)})[ \\t]+từ[ \\t]*$`, 'iu');
/** A year the level is of, right after it: "năm 2020", "(năm 2020)", "cuối năm 2020". */
const YEAR_AFTER = String.raw`[ \t]*\(?[ \t]*(?:(?:cuối|đầu|hết|vào)[ \t]+)?năm[ \t]+(?:19|20)\d{2}[ \t]*\)?`;
const YEAR_AT = new RegExp(`^${YEAR_AFTER}`, 'iu');
/** Between the two levels: the first one's year, then "xuống còn", "lên" (the second's start is the word's). */
const TO_GAP = new RegExp(`^(?:${YEAR_AFTER})?[ \\t]*,?[ \\t]*(${alternatives(TO_WORDS)})[ \\t]*$`, 'iu');

/** "tỷ lệ hộ nghèo từ trên 54% đầu nhiệm kỳ đến nay giảm xuống còn …": "từ" alone before the first level, the verb after it. */
const BARE_FROM_LEAD = /(?<![\p{L}])từ[ \t]*$/iu;
/** … then a few words of time, the verb and its "xuống còn" (the second's start is the to-word's). */
const VERB_TO_GAP = new RegExp(`^[^\\d,;:()\\n]{0,40}?(?<![\\p{L}])(?:${alternatives(FROM_TO_VERBS)})[ \\t]+(${alternatives(TO_WORDS)})[ \\t]*$`, 'iu');

/** "tỷ lệ nhựa hóa đường huyện từ 80% lên đến 96%", "nâng tỷ lệ … từ 52% lên 63,5%": "từ" with no verb before it, and the to-word alone between the levels. */
const PLAIN_TO_GAP = new RegExp(`^(?:${YEAR_AFTER})?[ \\t]*(${alternatives(TO_WORDS)})[ \\t]*$`, 'iu');

/** How far back the verb may stand from the first level ("giảm từ " and a few spaces). */
const LEAD_WIDTH = 16;

/**
 * The two levels of a change written "từ A … xuống/lên B", when quantities[index] is one of them:
 * each named by the subject before the verb, quoted with its own year (`first`: the level it starts
 * from). Null otherwise, and when the two are not in one unit ("tăng từ 3 xã lên 8 xã" is; "từ 18
 * lên 25%" is not).
 */
export function fromToLevel(view: SentenceView, index: number): (Named & { first: boolean }) | null {
  const { text, quantities } = view;
  const q = quantities[index];
  for (const [a, b] of [[index, index + 1], [index - 1, index]]) {
    const from = quantities[a], to = quantities[b];
    if (!from || !to || from.unit === null || from.unit !== to.unit) continue;
    // the few characters before the first level first: most numbers have no "tăng từ" there
    const before = text.slice(Math.max(view.start, from.start - LEAD_WIDTH), from.start);
    let lead = FROM_LEAD.exec(before);
    let gap = lead && TO_GAP.exec(text.slice(from.end, to.start));
    if (!lead || !gap) {
      const between = text.slice(from.end, to.start);
      lead = BARE_FROM_LEAD.exec(before);
      gap = lead && (VERB_TO_GAP.exec(between) ?? PLAIN_TO_GAP.exec(between));
    }
    if (!lead || !gap) continue;
    // the clause before "từ" (a raising verb, "nâng", trimmed off it) names both levels
    const subject = subjectBefore(text, view.start, from.start - lead[0].length, view.start);
    const name = tidy(text.slice(subject.start, subject.end));
    if (!name) return null;
    if (q === from) return { indicator: name, start: subject.start, end: from.end + yearLength(text, from.end, to.start), rule: 'from-to', base: name, first: true };
    const toWord = to.start - gap[0].length + gap[0].toLowerCase().lastIndexOf(gap[1].toLowerCase());
    return { indicator: name, start: toWord, end: to.end + yearLength(text, to.end, view.end), rule: 'from-to', base: name, first: false };
  }
  return null;
}

/** The length of the year right after a level ("năm 2023", "(năm 2024)"), within [at, limit); 0 if none. */
function yearLength(text: string, at: number, limit: number): number {
  const m = YEAR_AT.exec(text.slice(at, Math.min(limit, at + 24)));
  return m ? m[0].length : 0;
}
