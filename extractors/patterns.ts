// How word tables become patterns. JavaScript's \b is ASCII-only, so word edges are Unicode lookarounds.

/** Start and end of a word, for Vietnamese letters too. */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** The forms of a table as alternatives, longest first; spaces match any run of spaces. No word edges. */
export function alternatives(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** An alternation of phrases, longest first, each bounded as a word. */
export function words(list: readonly string[]): string {
  return `${WB}(?:${alternatives(list)})${WE}`;
}
