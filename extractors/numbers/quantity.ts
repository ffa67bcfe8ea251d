// What the number reader finds: a quantity with its spans, value, unit and qualifier.

export interface Quantity {
  start: number; end: number;       // qualifier + number(s) + scale + unit
  numStart: number; numEnd: number; // just the number or the range
  value: number;                    // base units, scale words folded in
  value_max: number | null;         // upper end of a range
  unit: string | null;              // normalized unit; null when no unit follows
  approx: string | null;            // qualifier before the number, lower-cased
  notes: string[];                  // e.g. 'number/ambiguous-decimal-mark'
}

export const AMBIGUOUS_DECIMAL = 'number/ambiguous-decimal-mark';
/** An ambiguous "1,028" read as a decimal because the document writes its numbers the Vietnamese way. */
export const DECIMAL_COMMA_BY_STYLE = 'number/decimal-comma-by-document-style';

/**
 * A number times its scale word, without binary noise: 65,88 × 10⁹ is 65880000000, not
 * 65879999999.99999 (15 significant digits hold every figure a report writes).
 */
export function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(15));
}

/** A quantity, or the offset to resume scanning after a span that is not one (null: after the candidate). */
export type ScanResult = Quantity | number | null;
