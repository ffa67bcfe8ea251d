// Counts written with an abbreviation the page defines for its noun: "… đã cấp 3.040 giấy phép xây
// dựng (GPXD) … Trong đó, có 2.580 GPXD cấp cho nhà ở", "tiếp nhận 10,18 nghìn hồ sơ (HS)". The
// abbreviation is in no lexicon, so the scanner reads the number alone; here it becomes the unit.
import type { Quantity } from './quantity.ts';

/** "giấy phép xây dựng (GPXD)": capitals in brackets right after a lower-case word define an abbreviation. */
const DEFINITION = /(?<=\p{Ll}[ \t]{0,2})\(([A-ZĐ]{2,8})\)/gu;

/** The quantities, with a defined abbreviation right after a unit-less number taken as its unit. */
export function withDefinedUnits(text: string, quantities: Quantity[]): Quantity[] {
  if (!text.includes('(')) return quantities;
  const defined = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) defined.add(m[1]);
  if (!defined.size) return quantities;
  const after = new RegExp(`^[ \\t]{0,2}(${[...defined].join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return quantities.map((q) => {
    if (q.unit) return q;
    const m = after.exec(text.slice(q.end, q.end + 12));
    return m ? { ...q, unit: m[1], end: q.end + m[0].length } : q;
  });
}
