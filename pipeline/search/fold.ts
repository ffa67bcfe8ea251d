// Folding: FTS5's `remove_diacritics` keeps "đ" apart from "d", so the index holds a folded copy of
// the indicator and the quote (NFD, combining marks stripped, đ -> d, lower case) and queries are
// folded the same way: "thu nhap binh quan" finds "Thu nhập bình quân", "dak lak" finds "Đắk Lắk".

/** Lower case, no diacritics, đ -> d: the form both the index and the queries are kept in. */
export function foldText(text: string): string {
  // Folding is per character for the code units below 0x3000 (but Σ, whose lower case depends on
  // its place in a word): NFD there decomposes each character alone, and only marks, which are
  // dropped, get reordered. So each such character is folded once and remembered; other text
  // takes the whole-string path. Several times faster on Vietnamese, the same result.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FOLD_LIMIT || c === 0x3a3) return foldWhole(text);
    let kind = FOLD_KIND[c];
    if (kind === 0) {
      const folded = foldWhole(text[i]);
      FOLDED[c] = folded;
      kind = FOLD_KIND[c] = folded === text[i] ? 1 : 2;
    }
    if (kind === 2) { out += text.slice(from, i) + FOLDED[c]; from = i + 1; }
  }
  return from === 0 ? text : out + text.slice(from);
}

function foldWhole(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
const FOLD_LIMIT = 0x3000;
/** Per code unit: 0 not folded yet, 1 folds to itself, 2 folds to FOLDED[c]. */
const FOLD_KIND = new Uint8Array(FOLD_LIMIT);
const FOLDED: string[] = [];

/** The words of a text as the index sees them (letters and digits, folded). */
export function searchTokens(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
