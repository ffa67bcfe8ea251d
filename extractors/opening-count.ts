// A number that opens a level's subject: another count's ("4.918 nhân khẩu thuộc hộ nghèo … với tổng số
// 73.770 kg": what is measured follows it), or a count of months that says when ("6 tháng đầu năm 2023, có
// 250 doanh nghiệp …"), the rest of its time with it. Part of the subject-level naming rule (level-names.ts).
import { PHRASE_WORDS, TOTAL_WORDS, WIDTH } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import type { Quantity } from './numbers.ts';
import { phraseAfter, quantityIndexAt, subjectBefore, textBefore, trimSubject } from './clause.ts';
import type { Span } from './statement.ts';
import type { SentenceView } from './types.ts';
import { UNIT_LEXICON, unitKey } from './units.ts';

// a unit written as the capitals of its words, two or more: "HTX", "DN"
const ABBREVIATION_END = /(?<![\p{L}])\p{Lu}{2,}$/u;
/**
 * Whether a count's unit names the things counted by itself: one of two words ("phòng học", "căn hộ", "khách sạn") or one
 * written as the capitals of its words ("HTX"); a one-word noun ("xã") says too little without its phrase.
 */
const unitNamesThings = (text: string, q: Quantity): boolean => q.unit!.includes(' ') || ABBREVIATION_END.test(text.slice(q.start, q.end));
const IS_AFTER = /^[ \t]+là[ \t]+/u;
/**
 * What a count after "có" or "trong đó" names: the things and what they are, after "là" ("Trong đó, có 136 hộ là người có
 * công": "hộ là người có công"), else its unit alone when that names the things (unitNamesThings); null for neither.
 */
export function thingsHad(view: SentenceView, q: Quantity): string | null {
  const is = IS_AFTER.exec(view.text.slice(q.end, q.end + WIDTH.word));
  const kind = is ? phraseAfter(view.text, q.end + is[0].length, view.end, PHRASE_WORDS.counted) : null;
  if (kind) return `${q.unit} là ${view.text.slice(kind.start, kind.end)}`;
  return unitNamesThings(view.text, q) ? q.unit : null;
}
/**
 * "có" right before a count (or its total: "có tổng số 144 bưu cục"; a colon maybe after it: "toàn tỉnh có: 204 HTX"): the
 * count's own noun and phrase say what is counted.
 */
export const EXISTENTIAL_BEFORE = new RegExp(`(?<![\\p{L}])có(?:\\s+(?:${alternatives(TOTAL_WORDS)}))?\\s*:?\\s*$`, 'iu');
// what may follow a count of months in its time: "(6 tháng) đầu năm 2023,", "(9 tháng) năm nay"
const TIME_REST = /^\s*(?:(?:đầu|cuối)(?![\p{L}])\s*)?(?:(?:của\s+)?năm(?:\s+(?:(?:19|20)\d{2}|nay))?(?![\p{L}\d]))?[\s,]*/iu;
// ("Trong 6 tháng đầu năm 2019 tổng lượt khách …": months after these say when too; "Trong 5 năm tuyển sinh" is a span the name keeps)
const TIME_COUNT_LEAD = /^(?:trong|lũy\s+kế|luỹ\s+kế|tính\s+chung)\s+$/iu;

/** The subject (changed in place) without the number that opens it, and the rest of its time when it counts months or years. */
export function withoutOpeningCount(view: SentenceView, q: Quantity, floor: number, subject: Span): void {
  const { text, start } = view;
  const first = view.quantities[quantityIndexAt(view, subject.start)];
  const lead = subject.start;
  const opening = first && first.end < subject.end && (first.start < subject.start + 2
    || (first.unit === 'tháng' && TIME_COUNT_LEAD.test(text.slice(subject.start, first.start)))) ? first : undefined;
  if (!opening) return;
  const time = opening.unit !== null && UNIT_LEXICON.get(unitKey(opening.unit))?.kind === 'time';
  const from = time ? Math.min(subject.end, opening.end + TIME_REST.exec(text.slice(opening.end, subject.end))![0].length) : opening.end;
  Object.assign(subject, trimSubject(text, from, subject.end));
  // "Chi ngân sách Nghệ An, 2 tháng đầu năm 2021 ước thực hiện 2.838,4 tỷ đồng": after a clause of time alone, the one before
  // its comma names the level ("Đáng chú ý, 6 tháng đầu năm có 500 doanh nghiệp …": after "có" the count's own noun does)
  let comma = Math.min(lead, opening.start) - 1;
  while (comma > start && (text[comma] === ' ' || text[comma] === '\t')) comma--;
  if (time && subject.end - subject.start < 2 && text[comma] === ',' && comma > Math.max(start, floor)
    && !EXISTENTIAL_BEFORE.test(textBefore(view, q.start, WIDTH.lead))) Object.assign(subject, subjectBefore(text, start, comma, floor));
}
