// `target`: a target level stated on its own — "Phấn đấu đến năm 2025, thu NSNN trên địa bàn đạt
// 185 tỷ đồng", "nâng tỷ lệ che phủ rừng lên 28,3% vào năm 2025", "mục tiêu NQĐH là dưới 01%", and
// every item of a goals list ("các mục tiêu cụ thể năm 2023 đó là: ... khoảng 9,0%. ..."). Where
// target talk starts is decided per sentence by the extract stage (`view.targetFrom`); here the
// levels after that point become targets.
import type { Extractor } from './types.ts';
import { levelStatements } from './value.ts';

export const targetExtractor: Extractor = {
  name: 'target',
  extract: (view) => levelStatements(view, 'target'),
};
