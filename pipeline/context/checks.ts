// Arithmetic a record implies, checked: a progress record's percentage against its level and
// target (62/65 → 95 %), a ratio's printed percentage against A/B. Each disagreement becomes a
// note with a stable code on the record; the numbers stay as written.
import type { Match } from '../document.ts';

export const PROGRESS_PERCENT = 'check/progress-percent';
export const RATIO_PERCENT = 'check/ratio-percent';
export const DISAGREEMENT = 'check/disagreement';

/** Printed percentages are rounded: a point and a half, or 3 % of the figure, is still agreement. */
function agrees(printed: number, computed: number): boolean {
  return Math.abs(printed - computed) <= Math.max(1.5, 0.03 * Math.abs(printed));
}

// "23/23 xã (100%)", "15/45 trường, đạt 33,3%": the percentage printed right after a ratio
const PRINTED_PERCENT = /^[^;.\d]{0,40}?\(?\s{0,2}(?:đạt|bằng|chiếm)?\s{0,2}(\d{1,3}(?:[.,]\d{1,2})?)\s{0,2}%/u;

/** The notes a match earns, given the text it was found in. */
export function checkMatch(m: Match, text?: string): string[] {
  const f = m.fields;
  const notes: string[] = [];
  if (f.kind === 'progress' && f.relation === 'reached' && f.percent !== null && f.value !== null && f.target_value
    && (f.target_unit === null || f.unit === null || f.target_unit === f.unit)) {
    const computed = (100 * f.value) / f.target_value;
    if (!agrees(f.percent, computed)) notes.push(`${PROGRESS_PERCENT}: ${f.percent}% printed, ${round(computed)}% = ${f.value}/${f.target_value}`);
  }
  if (f.kind === 'ratio' && f.achieved !== null && f.total && text) {
    const tail = text.slice(m.end, m.end + 60);
    const inside = /(\d{1,3}(?:[.,]\d{1,2})?)\s{0,2}%/u.exec(text.slice(m.start, m.end));
    const printed = PRINTED_PERCENT.exec(tail)?.[1] ?? inside?.[1];
    if (printed) {
      const p = Number(printed.replace(',', '.'));
      const computed = (100 * f.achieved) / f.total;
      if (!agrees(p, computed)) notes.push(`${RATIO_PERCENT}: ${p}% printed, ${round(computed)}% = ${f.achieved}/${f.total}`);
    }
  }
  return notes;
}

const round = (x: number) => Math.round(x * 10) / 10;
