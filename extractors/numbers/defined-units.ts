// Units a page leaves implied. Counts written with an abbreviation the page defines for its noun: "… đã
// cấp 3.040 giấy phép xây dựng (GPXD) … Trong đó, có 2.580 GPXD cấp cho nhà ở", "tiếp nhận 10,18 nghìn
// hồ sơ (HS)": the abbreviation is in no lexicon, so the scanner reads the number alone; here it becomes
// the unit. And billions written without "đồng" ("thu được là 4,2 tỷ"), which the scanner leaves unitless.
import type { Quantity } from './quantity.ts';

/** "giấy phép xây dựng (GPXD)": capitals in brackets right after a lower-case word define an abbreviation. */
const DEFINITION = /\(([A-ZĐ]{2,8})\)/y;
const AFTER_LOWER = /\p{Ll}[ \t]{0,2}$/u;

/** The abbreviations the text defines. Each "(" is found by indexOf: a lookbehind tried at every offset cost 5 % of extract. */
function definedIn(text: string): Set<string> {
  const defined = new Set<string>();
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    DEFINITION.lastIndex = at;
    const m = DEFINITION.exec(text);
    // 4 units before: two spaces and a letter outside the BMP
    if (m && AFTER_LOWER.test(text.slice(Math.max(0, at - 4), at))) defined.add(m[1]);
  }
  return defined;
}

/** The quantities, with a defined abbreviation right after a unit-less number taken as its unit. */
export function withDefinedUnits(text: string, quantities: Quantity[]): Quantity[] {
  const defined = definedIn(text);
  if (!defined.size) return quantities;
  const after = new RegExp(`^[ \\t]{0,2}(${[...defined].join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return quantities.map((q) => {
    if (q.unit) return q;
    const m = after.exec(text.slice(q.end, q.end + 12));
    return m ? { ...q, unit: m[1], end: q.end + m[0].length } : q;
  });
}

// "tỷ lệ", "tỷ trọng", "tỷ giá", "tỷ phú", "tỷ số": the scale word is a word's first syllable
const BILLION_WORD_AFTER = /^[ \t]+(?:lệ|trọng|giá|phú|số)(?![\p{L}])/u;
const BILLIONS_END = /(?<![\p{L}])(?:tỷ|tỉ)$/iu;
/** The quantities, with a number of billions that names no unit ("tổng số tiền thu được là 4,2 tỷ", "đạt 1.417 tỷ vượt 1,25% dự toán") in đồng, as reports write money short. */
export function withBillionsAsMoney(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q) => (q.unit === null && BILLIONS_END.test(text.slice(Math.max(q.start, q.end - 3), q.end))
    && !BILLION_WORD_AFTER.test(text.slice(q.end, q.end + 8)) ? { ...q, unit: 'đồng' } : q));
}
