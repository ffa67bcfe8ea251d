// Character tests and small readers the number modules share. The tests are asked several times per
// number, so each char code is decided by its regex once and remembered (a memo: it never changes an
// answer). Sticky regexes are used only as `lastIndex = pos; exec()` in one step, so no call leaves
// anything behind for the next.

/**
 * The class of each UTF-16 unit (1–255), decided by `classify` the first time the unit is asked and
 * remembered in a table of 64 K bytes.
 */
export function unitClasses(classify: (ch: string, code: number) => number): (code: number) => number {
  const known = new Uint8Array(0x10000); // 0: not asked yet
  return (code) => {
    let k = known[code]!;
    if (k === 0) known[code] = k = classify(String.fromCharCode(code), code);
    return k;
  };
}

/**
 * An exact, cached one-character test against a regex character class (flags included, so case
 * folding is the regex's own): each char code is decided by the regex once.
 */
export function charTester(re: RegExp): (code: number) => boolean {
  const classOf = unitClasses((ch) => (re.test(ch) ? 2 : 1));
  return (code) => classOf(code) === 2;
}

/** `re.test(ch)` for a string that is (almost always) one UTF-16 unit. */
function oneCharTest(re: RegExp, test = charTester(re)): (ch: string | undefined) => boolean {
  return (ch) => ch !== undefined && (ch.length === 1 ? test(ch.charCodeAt(0)) : re.test(ch));
}

const LETTER = /[\p{L}\p{M}]/u;
export const isLetterOrMarkCode = charTester(LETTER);
export const isSpaceChar = oneCharTest(/\s/u);
export const isLetterChar = oneCharTest(LETTER, isLetterOrMarkCode);
export const isUpperChar = oneCharTest(/\p{Lu}/u);
export const isDigitChar = oneCharTest(/\d/);
export const isHorizontalSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** Whether text[start, end) holds at least `n` ASCII digits (counted up to n only). */
export function hasAsciiDigits(text: string, start: number, end: number, n = 1): boolean {
  for (let k = start, seen = 0; k < end; k++) if (isAsciiDigit(text.charCodeAt(k)) && ++seen >= n) return true;
  return false;
}
/** A UTF-16 unit that is half of a character outside the BMP. */
export const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** A UTF-16 unit that is a letter or a number (one unit: the BMP's letters). */
export const isLetterOrNumberCode = charTester(/[\p{L}\p{N}]/u);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordCode = charTester(WORD_CHAR);

/**
 * Whether the code point ending at i, at or after `from`, is of a class: `isUnit` for one UTF-16 unit,
 * `re` for a surrogate pair (what a /u lookbehind sees).
 */
function codePointBefore(text: string, i: number, from: number, isUnit: (c: number) => boolean, re: RegExp): boolean {
  if (i <= from) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return re.test(String.fromCharCode(h, c));
  }
  return isUnit(c);
}

/** Whether the code point ending at i is a letter, mark or number. */
export const wordCharBefore = (text: string, i: number): boolean => codePointBefore(text, i, 0, isWordCode, WORD_CHAR);
/** Whether the code point ending at i, at or after `from`, is a letter or mark. */
export const letterOrMarkBefore = (text: string, i: number, from = 0): boolean => codePointBefore(text, i, from, isLetterOrMarkCode, LETTER);

export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && isHorizontalSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The sticky `re` matched at pos, when it ends by `to`. */
export function matchAt(re: RegExp, text: string, pos: number, to: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && pos + m[0].length <= to ? m[0] : null;
}

const WORD = /[\p{L}\p{M}]+/uy;

/** The end of the word (letters and marks) at pos, when it ends by `to`; pos when there is none. */
export function wordEnd(text: string, pos: number, to: number): number {
  let j = pos;
  for (let c; j < text.length && !isSurrogate(c = text.charCodeAt(j)); j++) if (!isLetterOrMarkCode(c)) break;
  if (j < text.length && isSurrogate(text.charCodeAt(j))) { // past a surrogate: the regex
    const w = matchAt(WORD, text, pos, to);
    return w ? pos + w.length : pos;
  }
  return j <= to ? j : pos;
}

/** The word (letters and marks) at pos, when it ends by `to`. */
export function wordAt(text: string, pos: number, to: number): string | null {
  const e = wordEnd(text, pos, to);
  return e > pos ? text.slice(pos, e) : null;
}
