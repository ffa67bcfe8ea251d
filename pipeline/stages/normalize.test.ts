// The normalize stage writes a unit of area or volume as its quote writes it: "m2" stays "m2", "m²" stays "m²".
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../load.ts';
import { process as runPipeline } from '../pipeline.ts';
import { asWritten } from './normalize.ts';

const unitsOf = (text: string) => runPipeline(documentFromText(text)).statements.map((s) => [s.quote, s.unit]);

describe('a unit of area or volume', () => {
  it('is written with the digit its quote has', () => {
    expect(unitsOf('Năm 2023, kiến nghị thu hồi 49.917m2 đất. Công suất năm 2023 đạt 219.557 m3/ngđ.')).toEqual([
      ['kiến nghị thu hồi 49.917m2', 'm2'],
      ['Công suất năm 2023 đạt 219.557 m3/ngđ', 'm3/ngđ'],
    ]);
    expect(asWritten('đồng/m²', '65 triệu/m2')).toBe('đồng/m2');
    expect(asWritten('km²', 'diện tích tự nhiên 11,76 km2')).toBe('km2');
  });
  it('keeps the superscript its quote has, and any other unit as it is', () => {
    expect(unitsOf('Năm 2023, tổng diện tích thu hồi là 540.010,8 m².')).toEqual([['tổng diện tích thu hồi là 540.010,8 m²', 'm²']]);
    expect(asWritten('m²', 'diện tích 12 mét vuông')).toBe('m²'); // no digit written: the canonical form
    expect(asWritten('m²', 'sàn 120 m20')).toBe('m²'); // "m20" is no "m2"
    expect(asWritten('ha', '35 ha')).toBe('ha');
    expect(asWritten(null, '35')).toBeNull();
  });
});
