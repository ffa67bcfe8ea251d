// A balance (a loan book, deposits, bad debt) stands at a day: read under "6 tháng đầu năm" or "đến hết tháng 6",
// it is the balance on the span's last day, not a sum from the first (spec: "lũy kế đến 20/9/2021" → period_to only).
import type { Match } from '../document.ts';
import type { Period } from './period.ts';
import { isWholeYear } from './period.ts';
import { BALANCE_WORDS } from '../../extractors/knowledge/index.ts';
import { alternatives } from '../../extractors/patterns.ts';

const BALANCE = new RegExp(`(?<![\\p{L}])(?:${alternatives(BALANCE_WORDS)})(?![\\p{L}])`, 'iu');
// a change of the balance ("tăng 23,3% so với cùng kỳ", "tăng 2.960 tỷ đồng so với đầu năm") runs over its span
const CHANGE = /(?<![\p{L}])(?:tăng|giảm)(?![\p{L}])/iu;

/**
 * Period p of match m, a level or share of a balance over a year's first months ("Tổng dư nợ đạt 486,6 tỷ đồng" in a report
 * on the first quarter): up to their last day only. Any other match, a whole year or a span of years keeps p.
 */
export function atItsDay(m: Match, text: string, p: Period | null): Period | null {
  if (!p?.from || !p.to || p.from !== `${p.to.slice(0, 4)}-01-01` || isWholeYear(p) || (m.fields.kind !== 'value' && m.fields.kind !== 'ratio')) return p;
  const quote = text.slice(m.start, m.end);
  return BALANCE.test(quote) && !CHANGE.test(quote) ? { from: null, to: p.to } : p;
}
