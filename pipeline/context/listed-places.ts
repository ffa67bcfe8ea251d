// Lists of units named bare after their level word: "16 xã: Ngọc Phụng 14/19 tiêu chí, …", each name
// speaking for its own item's figure.
import type { PlaceLevel } from '../adapters/gazetteer.ts';
import { LEVEL_WORDS, levelsOfWord, resolveName, runWords, unlistedUnit } from './place.ts';
import type { Mention, Place, PlaceHint } from './place.ts';
import { matchesAtWordStart } from './scan.ts';

// "16 xã: Ngọc Phụng 14/19 tiêu chí, …", "các huyện, thị xã còn lại: Mường Tè 45%, …", "06 huyện đã hoàn
// thành vượt kế hoạch năm 2024, gồm: Thiệu Hóa (61 doanh nghiệp, vượt 10,9%), …": a count of units, or
// "các"/"những", their level words, a few lower-case words or numbers, a colon: a list that names each
// unit bare. Digits and spaces are bounded: an unbounded run would be read again from every position
// inside a long one.
const LIST_LEVEL = LEVEL_WORDS.join('|');
const LIST_LEVEL_WORD = new RegExp(LIST_LEVEL, 'giu');
// ("Một số xã có tỷ lệ vận động cao như: Phì Điền đạt 200%, …", "nhiều xã …:" too; "Một số địa phương …
// như: Cẩm Xuyên (580.000 lượt), …": localities, the districts or provinces under the document's unit)
const LOCALITY_LEVELS: PlaceLevel[] = ['district', 'province'];
const LIST_HEAD = new RegExp(`(?:\\d{1,4}|các|những|một[ \\t]+số|một[ \\t]+vài|nhiều)[ \\t]{1,2}(${LIST_LEVEL}|địa[ \\t]phương)((?:[ \\t]{0,2}(?:,|và)[ \\t]{1,2}(?:${LIST_LEVEL}))*)(?:,?[ \\t]{1,2}[\\p{Ll}\\d]+){0,14}[ \\t]{0,2}:`, 'giu');
// "các xã A Vao giảm 7,7%, A Bung giảm 7,01% và Húc Nghì giảm 6,54%", "các huyện Bảo Lâm có 11/11 xã; Bảo Lạc 12/17 xã": a
// plural level word and, with no colon, its first unit's name (a mention of its own, with the level word) and that unit's figure
const BARE_LIST_HEAD = new RegExp(`(?:các|những)[ \\t]{1,2}(${LIST_LEVEL})[ \\t]{1,2}(?=\\p{Lu})`, 'giu');
/** One item's name: up to four words of letters, a capital first; which of them name a unit is the gazetteer's to say. */
const ITEM_NAME = /\p{Lu}\p{L}*(?:[ \t]\p{L}+){0,3}/uy;
/** How far an item's brackets may run. */
const ITEM_ASIDE = 200;
/** An item ends at a comma (not a decimal one: "25,5%"), a semicolon or " và ". */
const ITEM_BREAK = /,(?!\d)|;|[ \t]và[ \t]/gu;

/**
 * The units a list names bare in text[start, end) (LIST_HEAD, or BARE_LIST_HEAD with its first unit named
 * with the level word), each speaking for its own item: names
 * that share one figure ("Luận Thành, Vạn Xuân 8/19 tiêu chí") are one mention, the first of them,
 * up to the end of the item that holds the figure. A name is resolved at the list's levels; one the
 * gazetteer does not know (a unit merged since) is taken as written when its words are all
 * capitalised and the list has one level. The list ends at an item that opens with no capital or
 * names nothing. Names inside `known` (mentions found otherwise) are left to them.
 */
export function findListedMentions(text: string, start: number, end: number, hint: PlaceHint, known: readonly Mention[]): Mention[] {
  const slice = text.slice(start, end); // a search of the whole text would scan on past the sentence
  const heads = [...(slice.includes(':') ? matchesAtWordStart(LIST_HEAD, slice) : []), ...matchesAtWordStart(BARE_LIST_HEAD, slice)];
  if (!heads.length) return [];
  const out: Mention[] = [];
  let k = 0; // known mentions ending before the item read: each list moves on, so one pass over them
  const taken = (s: number, e: number) => {
    while (k < known.length && known[k].end <= s) k++;
    return k < known.length && known[k].start < e;
  };
  let read = 0; // a head inside a list already read is an item's words: every item is read once
  for (const head of heads.sort((a, b) => a.index - b.index)) {
    if (head.index < read) continue;
    const bare = head[2] === undefined; // no colon: the first unit is named with the level word, a mention of its own
    const words = [head[1], ...(head[2]?.match(LIST_LEVEL_WORD) ?? [])];
    const levels = [...new Set(words.flatMap((w) => levelsOfWord(w) ?? LOCALITY_LEVELS))];
    const oneLevel = words.length === 1 && levelsOfWord(head[1]) !== undefined; // a locality is no one level: no unlisted unit
    let group: { place: Place; start: number } | null = null;
    let p = head.index + head[0].length;
    for (let first = true; p < slice.length; first = false) {
      while (p < slice.length && (slice[p] === ' ' || slice[p] === '\t')) p++;
      const name = itemName(slice, p, levels, oneLevel, hint);
      const mine = name && !taken(start + p, start + p + name.length);
      if (!name || (!mine && !(bare && first))) break;
      const nameEnd = p + name.length;
      const br = itemBreak(slice, nameEnd);
      const itemEnd = br ? br.index : slice.length;
      // the bare list's first unit speaks for its own item; a list of units that share a figure is no list of figures
      if (!mine && !/\d/.test(slice.slice(nameEnd, itemEnd))) break;
      if (mine) group ??= { place: name.place, start: start + p };
      if (group && slice.slice(nameEnd, itemEnd).trim()) { // the item holds more than the name: its figure
        out.push({ ...group.place, start: group.start, end: start + nameEnd, explicit: false, scope: { from: 0, to: start + itemEnd } });
        group = null;
      }
      p = br ? br.index + br[0].length : slice.length;
      if (!br) break;
    }
    read = p;
  }
  return out;
}

/** Where the item whose name ends at nameEnd ends: the next ITEM_BREAK, past the brackets right after the name. */
function itemBreak(slice: string, nameEnd: number): RegExpExecArray | null {
  ITEM_BREAK.lastIndex = nameEnd;
  let br = ITEM_BREAK.exec(slice);
  // "Thiệu Hóa (61 doanh nghiệp, vượt 10,9%), …": brackets right after the name hold the item's figures,
  // commas and all (an aside is short: the closing bracket is looked for within ITEM_ASIDE only)
  const bracket = /^[ \t]*\(/.exec(slice.slice(nameEnd, nameEnd + 4));
  const open = bracket ? nameEnd + bracket[0].length - 1 : -1;
  if (br && bracket && open < br.index) {
    const close = slice.slice(open, open + ITEM_ASIDE).indexOf(')');
    if (close > 0 && open + close > br.index) { ITEM_BREAK.lastIndex = open + close; br = ITEM_BREAK.exec(slice); }
  }
  return br;
}

/** The unit named at slice[p] in a list at `levels`: its place and the length of its name as written. */
function itemName(slice: string, p: number, levels: PlaceLevel[], oneLevel: boolean, hint: PlaceHint): { place: Place; length: number } | null {
  ITEM_NAME.lastIndex = p;
  const m = ITEM_NAME.exec(slice);
  if (!m) return null;
  const { at } = runWords(m[0]);
  for (let n = at.length - 1; n > 0; n--) {
    const name = m[0].slice(0, at[n]);
    const place = resolveName(name, levels, null, hint);
    if (place) return { place, length: name.length };
  }
  // a unit the gazetteer no longer lists: two or more capitalised words, then the item's figure
  const caps = /^\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*)+(?=[ \t]\d)/u.exec(slice.slice(p, p + 60));
  if (!caps || !oneLevel) return null;
  return { place: unlistedUnit(caps[0], levels[0], hint), length: caps[0].length };
}
