// The names of what a disaster did (naming rule damage-done of level-names.ts): the things counted or measured and
// the damage said after them ("486 ha hoa màu bị thiệt hại", "22 ngôi nhà đã sập hoàn toàn") or before them ("làm hư
// hỏng, tốc mái 355 ngôi nhà"), and the noun words after a figure those patterns read.
import { DAMAGE_WORDS, DAMAGED_THINGS, MEASURE_NOUN_HEADS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { alternatives } from './patterns.ts';
import { textBefore, textBeyond, tidy } from './clause.ts';
import { BARE_CHANGE_BEFORE } from './language.ts';
import { isCountedNoun, SHARE_UNITS } from './count-names.ts';
import { PEOPLE } from './numbers/units.ts';
import type { Named } from './count-names.ts';
import type { SentenceView } from './types.ts';
import { unitKey } from './units.ts';

/** A word of the noun after a figure, no verb of a clause of its own ("12 gia đình có người bị thương" counts families; "cấp 4" of a house the only figure). */
export const NOUN_WORD_AFTER = String.raw`[ \t]+(?:(?!(?:có|được|đã|của|cho|với)(?![\p{L}]))[\p{L}\p{M}]+|(?<=cấp[ \t]+)\d+)`;
/** What a disaster did to the things counted or measured, after their nouns (a few words, maybe joined by commas). */
const DAMAGE_FORMS = alternatives(DAMAGE_WORDS).replace(/\\s\+/g, '[ \\t]+');
export const DAMAGED_AFTER = new RegExp(`^(?:,?${NOUN_WORD_AFTER}){0,7}?[ \\t]+(?:đã[ \\t]+)?(?:bị[ \\t]+)?(?:${DAMAGE_FORMS})(?![\\p{L}])`, 'iu');
// …ending its clause, "hoàn toàn" or its cause ("do lũ") maybe after it: a damage word before more words ("125 vụ cháy, gây thiệt hại về tài sản …",
// "3 vụ cháy rừng, diện tích thiệt hại 5 ha") names another figure
const DAMAGE_DONE = new RegExp(`${DAMAGED_AFTER.source}(?:[ \\t]+(?:hoàn[ \\t]+toàn|một[ \\t]+phần|nước))?(?:[ \\t]+do[ \\t][^,;.()\\d]{1,40}?)?(?=[ \\t]*(?:[,;.)]|và(?![\\p{L}])|$))`, 'iu');
const DAMAGED_THING_UNITS = new Set<string>(DAMAGED_THINGS);
/** Things counted, or measured by a noun of their own ("ha" of land, "con" of cattle): what a disaster can damage. */
const isDamageable = (unit: string) => MEASURE_NOUN_HEADS[unit] !== undefined || isCountedNoun(unit) || DAMAGED_THING_UNITS.has(unit.toLowerCase());
/** "Mưa lũ làm 19 người chết", "486 ha hoa màu bị thiệt hại": the things and what was done to them name the figure ("người chết", "diện tích hoa màu bị thiệt hại"). */
export function damageDone(view: SentenceView, q: Quantity): Named | null {
  // ("So với năm 2023, tăng 2.677 người nhập viện": a change of the count, named by the change rules)
  if (!q.unit || SHARE_UNITS.test(q.unit) || BARE_CHANGE_BEFORE.test(textBefore(view, q.start, WIDTH.lead))) return null;
  const head = MEASURE_NOUN_HEADS[q.unit];
  if (!isDamageable(q.unit)) return null; // a measure with no name of its own ("m³") keeps its subject's
  const done = DAMAGE_DONE.exec(textBeyond(view, q.end, WIDTH.phrase));
  if (done) {
    const indicator = `${head ?? q.unit} ${tidy(done[0])}`;
    return { indicator, start: q.start, end: q.end + done[0].length, rule: 'damage-done', base: indicator };
  }
  // "làm hư hỏng, tốc mái 355 ngôi nhà": what was done, before the things
  const before = damagedBefore(view, q);
  if (!before) return null;
  const noun = THINGS_AFTER.exec(textBeyond(view, q.end, WIDTH.phrase))![0];
  const what = tidy(before[1]);
  const indicator = `${head ?? q.unit}${tidy(noun) ? ' ' + tidy(noun) : ''} ${/^bị\s/iu.test(what) ? '' : 'bị '}${what}`;
  return { indicator, start: q.start - before[0].length + before[0].indexOf(before[1]), end: q.end + noun.length, rule: 'damage-done', base: indicator };
}

// a disaster's verb, then what it did (one or a few damage words joined by commas), right before the figure
const DISASTER_VERBS = 'làm|gây|khiến';
const DISASTER_VERB = new RegExp(DISASTER_VERBS, 'iu'); // looked for first: most counts have none before them
const DAMAGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DISASTER_VERBS})[ \\t]+((?:${DAMAGE_FORMS})(?:[ \\t]*,[ \\t]*(?:${DAMAGE_FORMS})){0,3})[ \\t]*$`, 'iu');
// the things' noun after the figure: a few words, up to the clause's end
const THINGS_AFTER = new RegExp(`^(?:${NOUN_WORD_AFTER}){0,4}`, 'u');
/** "gây sập 5 ngôi nhà", "làm hư hỏng, tốc mái 30 nhà dân": what a disaster did, said before the things (no people) counted or measured. */
export function damagedBefore(view: SentenceView, q: Quantity): RegExpExecArray | null {
  // people are named by the event before ("tai nạn giao thông, làm chết 7 người"), no things of it
  if (!q.unit || SHARE_UNITS.test(q.unit) || !isDamageable(q.unit) || PEOPLE.has(unitKey(q.unit))) return null;
  const before = textBefore(view, q.start, WIDTH.phrase);
  return DISASTER_VERB.test(before) ? DAMAGE_BEFORE.exec(before) : null;
}
