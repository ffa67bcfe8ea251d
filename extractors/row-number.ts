// The numbering of a table row flattened into a line of text ("3 Tỷ lệ hồ sơ …", "IV Số hóa …"), which
// trimSubject (clause.ts) cuts off a subject.

// a table row flattened into a line: its number (roman or 1-3 digits, "III.2"), then a capitalised name
const ROW_NUMBER = /^(?:[IVX]{1,4}|\d{1,3})(?:\.\d{1,2})*\.?$/u;
const ROW_FIGURE = /^[\d.,/%]*\d[\d.,/%]*$/u;
const NAME_START = /^\p{Lu}\p{Ll}/u;

/**
 * How much of a subject is the numbering of a flattened table row: "3 Tỷ lệ hồ sơ …" → "Tỷ lệ hồ sơ …";
 * "IV Số hóa hồ sơ 19,05 17/34 1 Tỷ lệ hồ sơ …" (a group row, its score and rank, then the first
 * row's number) → "Tỷ lệ hồ sơ …". A number counts as a row's only before a capitalised word ("3 xã
 * đạt chuẩn" keeps its count), and only at the start of a line or after a figure ("…; 22 Quyết định
 * giao đất" counts decisions).
 */
export function afterRowNumber(s: string, lineStart: boolean): number {
  let cut = 0;
  // the tokens between single spaces, walked without splitting: a row number starts with a digit or I, V, X
  for (let a = 0, prev = -1, e = s.indexOf(' '); e >= 0; prev = a, a = e + 1, e = s.indexOf(' ', a)) {
    const c = s.charCodeAt(a);
    if (!((c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88) || !ROW_NUMBER.test(s.slice(a, e))) continue;
    const next = s.indexOf(' ', e + 1);
    if (!NAME_START.test(s.slice(e + 1, next < 0 ? s.length : next))) continue;
    if (a === 0 ? lineStart : ROW_FIGURE.test(s.slice(prev, a - 1))) cut = e + 1;
  }
  return cut;
}

/** True when only spaces stand between `pos` and the start of its line. */
export function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
