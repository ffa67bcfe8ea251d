// How a short subject after a comma continues the sentence's indicator (naming refinement `inherited` of
// level-names.ts): "Tỷ lệ trẻ em được tiêm mũi 1 đạt 96,6%, mũi 2 đạt 91,9%" names the second "… tiêm mũi 2".

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
