// Names made from the name of another level of the sentence (naming rules `change`, `owner-of-aside` and the
// subject's refinements in level-names.ts): a level's share of a whole ("…, chiếm 22,4%" after "xuất khẩu của Bắc Ninh
// đạt 9,4 tỷ USD" is "tỷ trọng xuất khẩu của Bắc Ninh", not "xuất khẩu của Bắc Ninh chiếm"), a part's share beside
// another's, and the next item continuing a name ("… tiêm mũi 1 đạt 96,6%, mũi 2 đạt 91,9%" → "… tiêm mũi 2").
import { SHARE_NOUNS, SHARE_OF_WHOLE_NAMES } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import type { Quantity } from './numbers.ts';
import { countBefore } from './statement.ts';

const COUNT_HEAD = /^số\s+/iu;
/** A level's share of a whole, named ("xuất khẩu của Bắc Ninh" → "tỷ trọng xuất khẩu của Bắc Ninh", "Số trẻ sinh ra …" → "tỷ lệ trẻ sinh ra …"). */
export function shareOfWhole(base: string): string {
  const name = base.replace(COUNT_HEAD, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()); // a sentence's capital, not an acronym's
  return `${COUNT_HEAD.test(base) ? SHARE_OF_WHOLE_NAMES.ofCount : SHARE_OF_WHOLE_NAMES.proportion} ${name}`;
}

/** The verb of a share, its noun maybe: "chiếm", "chiếm tỷ trọng". */
const SHARE_VERB = `chiếm(?:\\s+(?:${alternatives(SHARE_NOUNS)}))?`;
const SHARE_VERB_ONLY = new RegExp(`^${SHARE_VERB}$`, 'iu');
// "nông – lâm - thủy sản chiếm 42%, dịch vụ chiếm 46%": shares, each after the verb, parts of one whole
const SHARE_VERB_END = new RegExp(`(?<![\\p{L}])${SHARE_VERB}\\s*$`, 'iu');

/** The name of a level in an aside after its owner: "tỷ trọng <owner>" for a share ("chiếm tỷ trọng"), else "<owner> <subject>". */
export function ownedName(owner: string, subject: string): string {
  return SHARE_VERB_ONLY.test(subject.trim()) ? shareOfWhole(owner) : `${owner} ${subject}`;
}
/** A part's share beside another's named by its part ("dịch vụ" → "tỷ trọng dịch vụ"); a subject that is only the verb stays for its owner. */
export function partShareName(subject: string): string {
  return SHARE_VERB_ONLY.test(subject.trim()) ? subject : shareOfWhole(subject);
}

/** Whether quantities a and b (a first) are each a share after "chiếm", with only a short clause between. */
function sharesSideBySide(text: string, a: Quantity | undefined, b: Quantity | undefined): boolean {
  if (!a || !b || a.unit !== '%' || b.unit !== '%' || b.start - a.end > 120) return false;
  return SHARE_VERB_END.test(text.slice(Math.max(0, b.start - 30), b.start)) && SHARE_VERB_END.test(text.slice(Math.max(0, a.start - 30), a.start));
}
/**
 * Whether q, one of the sentence's `quantities`, is a share after "chiếm" beside another, before or after it: the
 * parts of one whole ("nông – lâm - thủy sản chiếm 42%, dịch vụ chiếm 46%"), each named by its own part, none
 * continuing the name of the one before.
 */
export function isSiblingShare(text: string, quantities: readonly Quantity[], q: Quantity): boolean {
  if (q.unit !== '%') return false; // the common case: no search
  const index = countBefore(quantities, q.start), own = quantities[index];
  return sharesSideBySide(text, quantities[index - 1], own) || sharesSideBySide(text, own, quantities[index + 1]);
}

/** How many of the base's last words its own last item may start at. */
const ITEM_REACH = 4;
/**
 * The indicator `base` continued by `part`: the part takes the place of the base's own last item when it opens on
 * that item's word ("Tỷ lệ trẻ em được tiêm mũi 1" + "mũi 2" → "… tiêm mũi 2"; "Tỷ lệ hộ nghèo" + "hộ cận nghèo" →
 * "Tỷ lệ hộ cận nghèo"), else follows it ("Tỷ lệ tiêm chủng" + "trẻ dưới 1 tuổi" → "… tiêm chủng trẻ dưới 1 tuổi").
 */
export function continuedName(base: string, part: string): string {
  if (base.endsWith(part)) return base;
  const head = part.split(/\s+/u, 1)[0]!.toLowerCase();
  const words = base.split(/\s+/u);
  // two words of the base at least stay before the item: "đào tạo nghề" + "tạo việc làm" splits no compound
  for (let i = words.length - 1; i >= Math.max(2, words.length - ITEM_REACH); i--) {
    if (words[i]!.toLowerCase() === head) return [...words.slice(0, i), part].join(' ');
  }
  return `${base} ${part}`;
}
