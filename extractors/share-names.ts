// How a level's share of a whole is named: "…, chiếm 22,4%" after "xuất khẩu của Bắc Ninh đạt 9,4 tỷ USD" is
// "tỷ trọng xuất khẩu của Bắc Ninh", not "xuất khẩu của Bắc Ninh chiếm" (naming rules `change` and `owner-of-aside`).
import { SHARE_NOUNS, SHARE_OF_WHOLE_NAMES } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import type { Quantity } from './numbers.ts';

const COUNT_HEAD = /^số\s+/iu;
/** A level's share of a whole, named ("xuất khẩu của Bắc Ninh" → "tỷ trọng xuất khẩu của Bắc Ninh", "Số trẻ sinh ra …" → "tỷ lệ trẻ sinh ra …"). */
export function shareOfWhole(base: string): string {
  const name = base.replace(COUNT_HEAD, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()); // a sentence's capital, not an acronym's
  return `${COUNT_HEAD.test(base) ? SHARE_OF_WHOLE_NAMES.ofCount : SHARE_OF_WHOLE_NAMES.proportion} ${name}`;
}

const SHARE_VERB_ONLY = new RegExp(`^chiếm(?:\\s+(?:${alternatives(SHARE_NOUNS)}))?$`, 'iu');
/** The name of a level in an aside after its owner: "tỷ trọng <owner>" for a share ("chiếm tỷ trọng"), else "<owner> <subject>". */
export function ownedName(owner: string, subject: string): string {
  return SHARE_VERB_ONLY.test(subject.trim()) ? shareOfWhole(owner) : `${owner} ${subject}`;
}
/** A part's share beside another's named by its part ("dịch vụ" → "tỷ trọng dịch vụ"); a subject that is only the verb stays for its owner. */
export function partShareName(subject: string): string {
  return SHARE_VERB_ONLY.test(subject.trim()) ? subject : shareOfWhole(subject);
}

// "nông – lâm - thủy sản chiếm 42%, dịch vụ chiếm 46%": shares, each after "chiếm", parts of one whole
const SHARE_VERB_END = new RegExp(`(?<![\\p{L}])chiếm(?:\\s+(?:${alternatives(SHARE_NOUNS)}))?\\s*$`, 'iu');
/** Whether quantities a and b (a first) are each a share after "chiếm", with only a short clause between. */
function sharesSideBySide(text: string, a: Quantity | undefined, b: Quantity | undefined): boolean {
  if (!a || !b || a.unit !== '%' || b.unit !== '%' || b.start - a.end > 120) return false;
  return SHARE_VERB_END.test(text.slice(Math.max(0, b.start - 30), b.start)) && SHARE_VERB_END.test(text.slice(Math.max(0, a.start - 30), a.start));
}
/**
 * Whether quantity `index` of `quantities` is a share after "chiếm" beside another, before or after it: the parts
 * of one whole ("nông – lâm - thủy sản chiếm 42%, dịch vụ chiếm 46%"), each named by its own part, none continuing
 * the name of the one before.
 */
export function isSiblingShare(text: string, quantities: readonly Quantity[], index: number): boolean {
  const q = quantities[index];
  return sharesSideBySide(text, quantities[index - 1], q) || sharesSideBySide(text, q, quantities[index + 1]);
}
