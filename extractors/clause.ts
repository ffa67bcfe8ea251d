// Clause helpers over a sentence's quantities: where the clause of a number starts, as the end of
// the last number before it that can be a level.
import { NOT_LEVELS } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import type { SentenceView } from './types.ts';

/** A number that can be a level ends the clause of the one before it; "9 tháng", "5 tuổi" do not. */
function endsClause(q: Quantity): boolean {
  return q.unit !== null && !NOT_LEVELS.has(q.unit);
}

/** End of the last number before `pos` that ends a clause (or the sentence start). */
export function floorBefore(view: SentenceView, pos: number): number {
  for (let i = quantityIndexAt(view, pos) - 1; i >= 0; i--) {
    const q = view.quantities[i];
    if (q.end <= pos && endsClause(q)) return q.end;
  }
  return view.start;
}

/** Index of the first quantity starting at or after `pos`, by binary search. */
export function quantityIndexAt(view: SentenceView, pos: number): number {
  let lo = 0, hi = view.quantities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (view.quantities[mid].start < pos) lo = mid + 1; else hi = mid - 1;
  }
  return lo;
}

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
