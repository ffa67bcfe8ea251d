// How word tables become patterns. JavaScript's \b is ASCII-only, so word edges are Unicode lookarounds.

/** A list item's marker opening a line or a label: "-", "1.", "1.2)", "a)". */
export const ITEM_MARKER = /^(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])[ \t]*/iu;

/** Start and end of a word, for Vietnamese letters too. */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** A lookbehind that keeps `word` from matching as the end of one of `compounds` ("chỉ" in "chứng chỉ"); '' when none ends on it. */
export function notCompoundEnd(word: string, compounds: readonly string[]): string {
  const heads = compounds.filter((c) => c.endsWith(` ${word}`)).map((c) => c.slice(0, -word.length - 1));
  return heads.length ? `(?<!(?:${alternatives(heads)})\\s+)` : '';
}

/** The forms of a table as alternatives, longest first; spaces match any run of spaces. No word edges. */
export function alternatives(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/**
 * Whether `words(list)` occurs in a string, tested faster: V8 tries a pattern that opens with a
 * lookbehind at every position, but finds one that opens with letters by its first letters. So the
 * words are looked for without their edges, and the bounded pattern is tried (sticky) only where
 * one of them starts after no letter or digit.
 */
export function wordsTester(list: readonly string[], flags = 'iu'): (s: string) => boolean {
  const loose = new RegExp(alternatives(list), `${flags}g`);
  const bounded = new RegExp(words(list), `${flags}y`);
  return (s) => {
    loose.lastIndex = 0;
    for (let m = loose.exec(s); m; m = loose.exec(s)) {
      bounded.lastIndex = m.index;
      if (bounded.test(s)) return true;
      loose.lastIndex = m.index + 1;
    }
    return false;
  };
}

/** An alternation of phrases, longest first, each bounded as a word. */
export function words(list: readonly string[]): string {
  return `${WB}(?:${alternatives(list)})${WE}`;
}
