// Tokens of a table line: the stretches between white space, found by code unit.
import type { Span } from '../document.ts';

/**
 * What /\s/u matches, by code unit (no one-letter string and regex test per character): the
 * ECMAScript white space and line terminators.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Calls `each` with the start and end of every token of text[start, end) (separated by spaces), in order. */
export function eachToken(text: string, start: number, end: number, each: (a: number, b: number) => void): void {
  for (let k = start; k < end;) {
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
    const a = k;
    while (k < end && !isSpaceCode(text.charCodeAt(k))) k++;
    if (k > a) each(a, k);
  }
}

/** Tokens of text[start, end) separated by spaces. */
export function tokens(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  eachToken(text, start, end, (a, b) => out.push({ start: a, end: b }));
  return out;
}
