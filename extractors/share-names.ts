// How a level's share of a whole is named: "…, chiếm 22,4%" after "xuất khẩu của Bắc Ninh đạt 9,4 tỷ USD" is
// "tỷ trọng xuất khẩu của Bắc Ninh", not "xuất khẩu của Bắc Ninh chiếm" (naming rules `change` and `owner-of-aside`).
import { SHARE_NOUNS, SHARE_OF_WHOLE_NAMES } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';

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
