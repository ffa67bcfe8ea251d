// Converter emphasis (*x*, **x**, ***x***) loses its asterisks; a lone "*" stays.
import { isLetterOrDigit, isSpace } from './lines.ts';

/**
 * Marks the asterisks of paired emphasis in raw[start, end) (one paragraph: emphasis may span a
 * line break, as in "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**"). An opener is followed by a non-space and
 * not preceded by a letter/digit; a closer the reverse; a closer pairs with the nearest unmatched
 * opener of the same run length.
 * "*** Hoạt động**" at a line start is a bullet "*" inside bold: the run splits into opener + bullet.
 */
export function markEmphasis(raw: string, start: number, end: number, drop: Uint8Array): void {
  // one stack of unmatched openers per run length, so that matching stays O(1) per run
  const openers = new Map<number, number[]>();
  const push = (length: number, at: number) => {
    const stack = openers.get(length);
    if (stack) stack.push(at); else openers.set(length, [at]);
  };
  let i = raw.indexOf('*', start);
  while (i >= 0 && i < end) {
    let j = i;
    while (j < end && raw.charCodeAt(j) === 42) j++;
    const length = j - i;
    const before = i > start ? raw[i - 1] : ' ';
    const after = j < end ? raw[j] : ' ';
    const spaceBefore = /\s/.test(before);
    const spaceAfter = /\s/.test(after);
    if (length >= 2 && spaceAfter && atLineStart(raw, start, i)) {
      push(length - 1, i); // the last asterisk is a bullet
    } else {
      const canClose = !spaceBefore && !isLetterOrDigit(after);
      const canOpen = !spaceAfter && !isLetterOrDigit(before);
      const stack = canClose ? openers.get(length) : undefined;
      if (stack && stack.length) {
        const open = stack.pop()!;
        drop.fill(1, open, open + length);
        drop.fill(1, i, j);
      } else if (canOpen) push(length, i);
    }
    i = raw.indexOf('*', j);
  }
}

function atLineStart(raw: string, blockStart: number, pos: number): boolean {
  for (let k = pos - 1; k >= blockStart; k--) {
    const c = raw[k];
    if (c === '\n' || c === '\r') return true;
    if (!isSpace(c.charCodeAt(0))) return false;
  }
  return true;
}
