// Windows of text around a position: what the rules look at before and after a number, bounded.

/** Up to `width` characters before `pos`, not before `floor` (the sentence start unless given). */
export function textBefore(view: { text: string; start: number }, pos: number, width: number, floor = view.start): string {
  return view.text.slice(Math.max(floor, pos - width), pos);
}

/** Up to `width` characters after `pos`, not past the sentence end. */
export function textAfter(view: { text: string; end: number }, pos: number, width: number): string {
  return view.text.slice(pos, Math.min(view.end, pos + width));
}

/** Up to `width` characters after `pos`, which may run past the sentence end ("đạt 5%" then "(KH 6%)" on the next line). */
export function textBeyond(view: { text: string }, pos: number, width: number): string {
  return view.text.slice(pos, pos + width);
}

/** Start of the line holding `pos` when it is at most `max` characters back, else -1 (a bounded scan: linear time on long lines). */
export function lineStartNear(text: string, pos: number, max = 2000): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor === 0 ? 0 : -1;
}
