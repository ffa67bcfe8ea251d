// What a pair with no noun after it counts (ratio.ts): the noun its subject's "số" names ("Số thôn có điện lưới quốc gia
// là 2.031/2.095"), or, when its own share follows it ("phụ nữ 13/25 (đạt tỷ lệ 52%)"), the noun its clause opens on.
import { readUnit } from './numbers.ts';
import { CASE_NOUNS, WIDTH } from './knowledge/index.ts';
import { PEOPLE } from './numbers/units.ts';
import { unitKey } from './units.ts';
import { textBefore } from './clause.ts';
import type { SentenceView } from './types.ts';

/** The counted noun of a pair, where it stands (at the pair's end when read before it), and whether the lexicon knows it. */
export interface PairNoun { unit: string; start: number; end: number; known: boolean }

/** A known noun read off the text before the pair, as the pair's noun at its end. */
const readOff = (unit: string, pairEnd: number): PairNoun => ({ unit, start: pairEnd, end: pairEnd, known: true });

/** A known noun of one or two words, whole, as the pair's noun at its end. */
function knownNoun(words: string[], pairEnd: number): PairNoun | null {
  for (const noun of words) {
    const u = noun ? readUnit(noun, 0, noun.length) : null;
    if (u && u.unit && u.scale === 1 && u.end === noun.length) return readOff(u.unit, pairEnd);
  }
  return null;
}

const SUBJECT_COUNTS = /(?:^|[\s,;:(])(?:tổng\s+)?số\s+(\p{L}+)(?:\s+(\p{L}+))?[^;:()\d]{0,80}?\s(?:là|đạt)\s*$/iu;
/** The noun a subject's "số" names, right before "là"/"đạt" and the pair. */
export function nounOfSubject(view: SentenceView, aStart: number, pairEnd: number): PairNoun | null {
  const m = SUBJECT_COUNTS.exec(textBefore(view, aStart, WIDTH.reference));
  return m ? knownNoun([m[2] ? `${m[1]} ${m[2]}` : '', m[1]], pairEnd) : null;
}

// the first words of the clause a pair ends (after ";", ":" or "(", "trong đó" and "số" maybe), no figure between
const CLAUSE_OPENING = /(?:^|[;:(])\s*(?:trong\s+đó\s*,?\s*)?(?:(?:tổng\s+)?số\s+)?(\p{L}+)(?:\s+(\p{L}+))?[^;:()\d]*$/iu;
/** The known noun the pair's clause opens on: "người trẻ tuổi được giới thiệu ứng cử 13/25" → "người". */
export function nounOfClause(view: SentenceView, aStart: number, pairEnd: number): PairNoun | null {
  const m = CLAUSE_OPENING.exec(textBefore(view, aStart, WIDTH.reference));
  return m ? knownNoun([m[2] ? `${m[1]} ${m[2]}` : '', m[1]], pairEnd) : null;
}

/**
 * The known noun of an earlier pair of the same total, a ';' between: "đạt 12/40 xã, phường; năm 2026 đạt 18/40; năm 2027
 * đạt 24/40": a roadmap's items count the same things.
 */
export function nounOfEarlierPair(view: SentenceView, aStart: number, total: string, pairEnd: number): PairNoun | null {
  const before = textBefore(view, aStart, WIDTH.reference);
  const at = before.lastIndexOf(`/${total} `);
  if (at < 0 || !before.includes(';', at)) return null;
  const u = readUnit(before, at + total.length + 1, before.length);
  return u && u.unit && u.scale === 1 ? readOff(u.unit, pairEnd) : null;
}

const CASE = new Set<string>(CASE_NOUNS);
/** "11/12 vụ đối tượng": cases, then the people in them right after, one number each (two counts, no pair). */
export function countsCasesAndPeople(text: string, noun: PairNoun, limit: number): boolean {
  const next = CASE.has(noun.unit.toLowerCase()) ? readUnit(text, noun.end, limit) : null;
  return !!next?.unit && next.scale === 1 && PEOPLE.has(unitKey(next.unit));
}
