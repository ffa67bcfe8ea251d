// The next items of a list of measures in one unit, after a level of that unit (rule measure-in-list):
// "gieo trồng được 84,5 ha khoai lang, 120 ha ngô và 35,2 ha rau các loại" (each measure before its noun)
// and "diện tích lúa 1.200 ha, ngô 350 ha" (each noun before its measure). Narrative lists ("thu giữ
// 127 gram heroin, 20 gram ma túy") never start one: their first item is no level.
import { CLAUSE_VERBS, JOINED_UNIT_NOUNS, LINKING_VERBS, MEASURE_HEADS, PHRASE_FIRST_STOP, PHRASE_VERBS, PHRASE_WORDS, SUBJECT_LEADING } from './knowledge/index.ts';
import { isProperName, MEASURE_NOUN_HEADS } from './language.ts';
import { alternatives } from './patterns.ts';
import { phraseAfter, quantityIndexAt, tidy } from './clause.ts';
import { isCountedNoun, SHARE_UNITS } from './count-names.ts';
import type { Named } from './count-names.ts';
import type { Quantity } from './numbers.ts';
import type { Span } from './statement.ts';
import type { SentenceView } from './types.ts';
import { isMoneyUnit } from './units.ts';

/** An item of a list of measures: its own noun, and, when each measure comes before its noun, the previous item's noun. */
export interface MeasureItem { noun: Span; previousNoun: Span | null }

// after the previous item's noun, the item's separator: a comma, a semicolon or "và"
const AFTER_NOUN = /^[ \t]*(?:[,;]|[ \t]và)[ \t]+$/u;
// the previous measure, its separator, then the item's own noun up to its measure (at most six words:
// "…, rác thải công nghiệp nguy hại khoảng 195 tấn")
const NOUN_BEFORE = /^[ \t]*(?:[,;]|[ \t]+và)[ \t]+(\p{Ll}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,5})[ \t]+$/u;
// nothing more in the item after its measure: the list goes on, or the sentence ends
const ITEM_ENDS = /^[ \t]*(?:[,;.)\n…]|và[ \t]|$)/u;
// a verb in the words before a measure makes them a clause, not a noun ("…, giảm 50 ha", "…, đạt 120 ha")
const VERB_WORD = new RegExp(`(?<![\\p{L}])(?:${alternatives([...LINKING_VERBS, ...CLAUSE_VERBS, ...PHRASE_VERBS, ...PHRASE_FIRST_STOP])})(?![\\p{L}])`, 'iu');
// "diện tích trồng rừng 1.200 ha, xã Ea Phê 300 ha": an item named by a place is the list's measure there
const NAMED_PLACE = new RegExp(`^(?:(?:${alternatives(JOINED_UNIT_NOUNS)})\\s+)?\\p{Lu}`, 'u');
// "…, đàn bò 3.400 con": a noun that names an indicator by itself needs no list to name it
const NAMES_ITSELF = new RegExp(`^(?:${alternatives(MEASURE_HEADS)})(?![\\p{L}])`, 'iu');
// "…, trong đó vải thiều 620 ha": a breakdown's opening, no item of the list
const LEADING = new RegExp(`^(?:${alternatives(SUBJECT_LEADING)})(?![\\p{L}])`, 'iu');

/** True for a measure unit a list of levels is written in ("ha", "tấn", "m3"): no count, share or money. */
function isListMeasure(unit: string | null): unit is string {
  return unit !== null && !isCountedNoun(unit) && !SHARE_UNITS.test(unit) && !/^(?:đồng|USD|EUR)/u.test(unit);
}

/**
 * q as the next item of a list of measures whose previous item (the quantity before it, ending at
 * `floor`) made a level; null when q is no such item.
 */
export function measureItem(view: SentenceView, index: number, floor: number): MeasureItem | null {
  const q = view.quantities[index], prev = view.quantities[index - 1];
  if (prev === undefined || prev.end !== floor || prev.unit !== q.unit || !isListMeasure(q.unit)) return null;
  const { text } = view;
  const gap = text.slice(prev.end, q.start);
  if (gap.length > 80) return null;
  const before = NOUN_BEFORE.exec(gap);
  if (before && !VERB_WORD.test(before[1]) && !LEADING.test(before[1]) && ITEM_ENDS.test(text.slice(q.end, q.end + 4))) {
    const nounStart = prev.end + before[0].indexOf(before[1]);
    return { noun: { start: nounStart, end: nounStart + before[1].length }, previousNoun: null };
  }
  const previousNoun = phraseAfter(text, prev.end, q.start, PHRASE_WORDS.measured);
  if (!previousNoun || !/^[ \t]+$/u.test(text.slice(prev.end, previousNoun.start)) || !AFTER_NOUN.test(text.slice(previousNoun.end, q.start))) return null;
  const noun = /^[ \t]+\p{Ll}/u.test(text.slice(q.end, q.end + 2)) ? phraseAfter(text, q.end, view.end, PHRASE_WORDS.measured) : null;
  return noun ? { noun, previousNoun } : null;
}

// a comma or "và" between an amount and a measure: "phát hiện sai phạm 127.359,35 triệu đồng và 3.447 m2 đất"
const AMOUNT_THEN = /^[ \t]*(?:,|[ \t]và)[ \t]+$/u;
/**
 * "phát hiện sai phạm 127.359,35 triệu đồng và 3.447 m2 đất", "thu hồi 12 tỷ đồng, 35 ha đất": a measure of a thing (its
 * noun right after it) joined to the amount before it, which made a level, is the same action's other figure.
 */
export function measureAfterAmount(view: SentenceView, index: number, floor: number): boolean {
  const q = view.quantities[index], prev = view.quantities[index - 1];
  if (prev === undefined || prev.end !== floor || !isListMeasure(q.unit) || !isMoneyUnit(prev.unit)) return false;
  return AMOUNT_THEN.test(view.text.slice(prev.end, q.start)) && /^[ \t]*\p{Ll}/u.test(view.text.slice(q.end, q.end + 2));
}

// the previous item, a comma or "và", then the words right before the figure ("…, Nghệ An 105 hồ", "…, Hải Phòng 41,54 điểm")
const NAME_BEFORE = /^[ \t]*(?:,|[ \t]và)[ \t]+([^\d,;:()\n]{1,40}?)(?:[ \t]+với)?[ \t]+$/u;
/**
 * "Thanh Hóa với 214 hồ, Nghệ An 105 hồ, Hà Tĩnh 50 hồ": a figure in the previous level's unit, named only by the
 * proper name before it (a place, a subject), is the list's figure there, whatever the unit.
 */
export function namedListItem(view: SentenceView, index: number, floor: number): boolean {
  const q = view.quantities[index], prev = view.quantities[index - 1];
  if (prev === undefined || prev.end !== floor || q.unit === null || prev.unit !== q.unit) return false;
  const gap = view.text.slice(prev.end, q.start);
  const name = gap.length > 80 ? null : NAME_BEFORE.exec(gap);
  return name !== null && isProperName(name[1]) && ITEM_ENDS.test(view.text.slice(q.end, q.end + 4));
}

/**
 * The name of the next item of a list of measures: the previous level's name with the previous item's
 * noun swapped for this one's ("diện tích gieo trồng khoai lang" → "diện tích gieo trồng ngô"), or the
 * unit's measure noun before this one's ("diện tích ngô").
 */
export function measureInList(view: SentenceView, q: Quantity, floor: number, previous: { base: string; unit: string | null } | null): Named | null {
  const index = quantityIndexAt(view, q.start);
  if (previous === null || previous.unit !== q.unit || view.quantities[index]?.start !== q.start) return null;
  const item = measureItem(view, index, floor);
  if (item === null) return null;
  const { text } = view;
  const own = tidy(text.slice(item.noun.start, item.noun.end));
  if (item.previousNoun) {
    const previousNoun = tidy(text.slice(item.previousNoun.start, item.previousNoun.end));
    const base = previous.base.endsWith(previousNoun) ? previous.base.slice(0, previous.base.length - previousNoun.length).trimEnd() : previous.base;
    const indicator = `${base} ${own}`;
    return { indicator, start: q.start, end: item.noun.end, rule: 'measure-in-list', base: indicator };
  }
  if (NAMES_ITSELF.test(own)) return null;
  const head = MEASURE_NOUN_HEADS[q.unit ?? ''];
  const indicator = NAMED_PLACE.test(own) ? previous.base : head && !own.toLowerCase().startsWith(head) ? `${head} ${own}` : own;
  return { indicator, start: item.noun.start, end: q.end, rule: 'measure-in-list', base: indicator };
}
