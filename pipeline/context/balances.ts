// A balance (a loan book, deposits, bad debt) stands at a day: read under "6 tháng đầu năm" or "đến hết tháng 6", it is the
// balance on the span's last day, not a sum from the first (spec: "lũy kế đến 20/9/2021" → period_to only). Another stock (a
// herd, a membership, a coverage) does so under a running tally to a month's end only ("Tính đến hết tháng 5/2023, tổng đàn
// heo …"): under "6 tháng đầu năm" readers date it by the span, as real-dev's gold does "tỷ lệ bao phủ BHYT" in a half-year.
import type { Match } from '../document.ts';
import type { Period } from './period.ts';
import { isWholeYear } from './period.ts';
import { BALANCE_WORDS, FLOW_WORDS, STOCK_WORDS } from '../../extractors/knowledge/index.ts';
import { wordsTester } from '../../extractors/patterns.ts';

// (run for every statement: the testers look for the words by their letters first)
const namesBalance = wordsTester(BALANCE_WORDS), namesStock = wordsTester(STOCK_WORDS);
// a change of the stock ("tăng 23,3% so với cùng kỳ", "kết nạp mới 120 hội viên") runs over its span
const namesFlow = wordsTester(FLOW_WORDS);

/**
 * Period p of match m, a level or share of a stock over a year's first months ("Tổng dư nợ đạt 486,6 tỷ đồng" in a report
 * on the first quarter): up to their last day only. The stock is named in the quote or the indicator ("chiếm 0,37% tổng
 * dư nợ" quotes only "chiếm 0,37%"). Any other match, a whole year or a span of years keeps p.
 */
export function atItsDay(m: Match, text: string, p: Period | null): Period | null {
  if (!p?.from || !p.to || p.from !== `${p.to.slice(0, 4)}-01-01` || isWholeYear(p) || (m.fields.kind !== 'value' && m.fields.kind !== 'ratio')) return p;
  const said = `${text.slice(m.start, m.end)}\n${m.fields.indicator ?? ''}`;
  const stock = namesBalance(said) || (p.cutoff === true && namesStock(said));
  return stock && !namesFlow(said) ? { from: null, to: p.to } : p;
}
