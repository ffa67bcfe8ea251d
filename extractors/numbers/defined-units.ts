// Units a page leaves implied. Counts written with an abbreviation the page defines for its noun: "… đã
// cấp 3.040 giấy phép xây dựng (GPXD) … Trong đó, có 2.580 GPXD cấp cho nhà ở": an abbreviation in no
// lexicon, so the scanner reads the number alone; here it becomes the unit. One the lexicon reads as
// another noun ("tiếp nhận 10,18 nghìn hồ sơ (HS)", where "HS" reads học sinh) is the page's, as written.
// And billions written without "đồng" ("thu được là 4,2 tỷ"), which the scanner leaves unitless.
import type { Quantity } from './quantity.ts';

/** "giấy phép xây dựng (GPXD)": capitals in brackets right after a lower-case word define an abbreviation. */
const DEFINITION = /\(([A-ZĐ]{2,8})\)/y;
const AFTER_LOWER = /\p{Ll}[ \t]{0,2}$/u;

/** How far before its brackets an abbreviation's noun is read (characters): "giấy chứng nhận quyền sử dụng đất (GCNQSDĐ)". */
const NOUN_REACH = 40;

/** The abbreviations the text defines, each with the words before its brackets. Each "(" is found by indexOf: a lookbehind tried at every offset cost 5 % of extract. */
function definedIn(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    DEFINITION.lastIndex = at;
    const m = DEFINITION.exec(text);
    // 4 units before: two spaces and a letter outside the BMP
    if (m && AFTER_LOWER.test(text.slice(Math.max(0, at - 4), at)) && !defined.has(m[1])) defined.set(m[1], text.slice(Math.max(0, at - NOUN_REACH), at).trimEnd().toLowerCase());
  }
  return defined;
}

// "tỷ lệ", "tỷ trọng", "tỷ giá", "tỷ phú", "tỷ số": the scale word is a word's first syllable
const BILLION_WORD_AFTER = /^[ \t]+(?:lệ|trọng|giá|phú|số)(?![\p{L}])/u;
const BILLIONS_END = /(?<![\p{L}])(?:tỷ|tỉ)$/iu;
/** "tổng số tiền thu được là 4,2 tỷ", "đạt 1.417 tỷ vượt 1,25% dự toán": billions that name no unit, money written short. */
const isBareBillions = (text: string, q: Quantity) =>
  BILLIONS_END.test(text.slice(Math.max(q.start, q.end - 3), q.end)) && !BILLION_WORD_AFTER.test(text.slice(q.end, q.end + 8));

/**
 * The quantities, each unit-less one given the unit the page implies: a defined abbreviation right after it, else đồng
 * for bare billions. One pass; a quantity with a unit is kept as it is.
 */
export function withImpliedUnits(text: string, quantities: Quantity[]): Quantity[] {
  const defined = definedIn(text);
  const after = defined.size ? new RegExp(`^[ \\t]{0,2}(${[...defined.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'u') : null;
  return quantities.map((q) => {
    if (q.unit) return defined.size ? asDefined(text, q, defined) : q;
    const m = after?.exec(text.slice(q.end, q.end + 12));
    if (m) return { ...q, unit: m[1], end: q.end + m[0].length };
    return isBareBillions(text, q) ? { ...q, unit: 'đồng' } : q;
  });
}

// the abbreviation alone after the number or its scale word ("1,07 ngàn HS"; not "02 LH HTX", a noun of its own)
const WRITTEN_LAST = /(?:\d|ngàn|nghìn|triệu|vạn)[ \t]{1,2}([A-ZĐ]{2,8})$/u;
/**
 * "tiếp nhận 5,65 ngàn hồ sơ (HS) …; có 1,07 ngàn HS kỳ trước chuyển sang": an abbreviation the lexicon reads as
 * another noun ("HS": học sinh) stands for what the page defines it as, and is the unit as written.
 */
function asDefined(text: string, q: Quantity, defined: Map<string, string>): Quantity {
  const written = WRITTEN_LAST.exec(text.slice(Math.max(q.start, q.end - 24), q.end));
  const noun = written ? defined.get(written[1]) : undefined;
  return noun !== undefined && q.unit !== written![1] && !noun.endsWith(q.unit!.toLowerCase()) ? { ...q, unit: written![1] } : q;
}
