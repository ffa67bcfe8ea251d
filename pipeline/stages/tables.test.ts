// Tables read back into rows: the shapes they arrive in, and linear time on each (10× the rows,
// about 10× the time and the statements). The cases of what a row says are in extractors/table.cases.json.
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../load.ts';
import { process as runPipeline } from '../pipeline.ts';
import { clean } from './clean.ts';
import { findTableRows, isDenseFigures, isFigureToken, isSpaceCode } from './tables.ts';
import { expectLinear } from '../../test/linear.ts';

const rowsOf = (text: string) => {
  const doc = clean(documentFromText(text, 'case.txt'));
  return findTableRows(doc).filter((r) => r.row.cells.length).map((r) => r.row.cells.map((c) => `${c.header ?? '?'}=${doc.text.slice(c.start, c.end)}`));
};

describe('tables: rows and the header of each cell', () => {
  it('one cell per line, rows starting at their number or their label', () => {
    const rows = rowsOf('TT\nChỉ tiêu\nĐVT\nKế hoạch 2022\nThực hiện 2022\n1.\nTỷ lệ hộ nghèo\n%\n5\n4,6\nSố trường đạt chuẩn\ntrường\n20\n22');
    expect(rows).toEqual([
      ['Chỉ tiêu=Tỷ lệ hộ nghèo', 'ĐVT=%', 'Kế hoạch 2022=5', 'Thực hiện 2022=4,6'],
      ['Chỉ tiêu=Số trường đạt chuẩn', 'ĐVT=trường', 'Kế hoạch 2022=20', 'Thực hiện 2022=22'],
    ]);
  });
  it('one cell per line: a section row awaits no figure from the next row number; a figure may carry a remark', () => {
    const rows = rowsOf('STT\nChỉ tiêu\nKế hoạch 2021\nI\nKinh tế\n1\nKim ngạch xuất khẩu (triệu USD)\n575 (tăng 15%)\n2\nTỷ lệ hộ nghèo (%)\n0,4% (theo chuẩn nghèo giai đoạn 2016-2020)');
    expect(rows).toEqual([
      ['Chỉ tiêu=Kim ngạch xuất khẩu (triệu USD)', 'Kế hoạch 2021=575 (tăng 15%)'],
      ['Chỉ tiêu=Tỷ lệ hộ nghèo (%)', 'Kế hoạch 2021=0,4% (theo chuẩn nghèo giai đoạn 2016-2020)'],
    ]);
  });
  it('one cell per line: a row figure equal to the next row number stays the figure of a row that is no section', () => {
    expect(rowsOf('STT\nChỉ tiêu\nĐVT\nKế hoạch 2021\n1\nSố xã đạt chuẩn\nxã\n2\n2\nSố trường\ntrường\n5')).toEqual([
      ['Chỉ tiêu=Số xã đạt chuẩn', 'ĐVT=xã', 'Kế hoạch 2021=2'],
      ['Chỉ tiêu=Số trường', 'ĐVT=trường', 'Kế hoạch 2021=5'],
    ]);
  });
  it('one cell per line: figures alike page numbers around a label, a section taken for a heading, a row whose cells do not line up', () => {
    const rows = rowsOf('STT\nChỉ tiêu\nTH năm 2018\nKH năm 2019\nGhi chú\nI\nKinh tế\n1\nGiá trị xuất khẩu (triệu USD)\n864\n1.055\nKhông đạt\n2\n'
      + 'Tỷ lệ trẻ suy dinh dưỡng:\n-Theo cân nặng (%)\n-Theo chiều cao (%)\n7,6\n10,4\n< 7,6\n<10,4\nĐạt\nIII\nMôi trường\n3\nĐộ che phủ rừng (%)\n57,3\n57,3\nĐạt');
    expect(rows).toContainEqual(['Chỉ tiêu=Giá trị xuất khẩu (triệu USD)', 'TH năm 2018=864', 'KH năm 2019=1.055', 'Ghi chú=Không đạt']);
    expect(rows).toContainEqual(['Chỉ tiêu=Độ che phủ rừng (%)', 'TH năm 2018=57,3', 'KH năm 2019=57,3', 'Ghi chú=Đạt']);
    expect(rows.filter((r) => /^Chỉ tiêu=(?:\(|Đạt|Không đạt)/u.test(r[0]))).toEqual([]); // a note or a remark left over opens no row
  });
  it('a header split over two rows gives each sub-column its parent', () => {
    const rows = rowsOf('STT | Chỉ tiêu | Kết quả | Ghi chú\nĐơn vị tính | Số liệu\n1. | Số xã có bưu điện | Xã | 14 |');
    expect(rows).toEqual([['STT=1.', 'Chỉ tiêu=Số xã có bưu điện', 'Kết quả / Đơn vị tính=Xã', 'Kết quả / Số liệu=14']]);
  });
  it('space-separated rows take their year only when the counts agree', () => {
    expect(rowsOf('Chỉ tiêu ĐVT 2020 2021\nSố hộ nghèo hộ 310.00 280.00')[0]).toContain('2021=280.00');
    expect(rowsOf('Chỉ tiêu ĐVT 2019 2020 2021\nSố hộ nghèo hộ 310.00 280.00')[0]).toContain('?=280.00');
  });
  it('no table in prose, lists or headings', () => {
    expect(rowsOf('Kế hoạch năm 2023 đã hoàn thành.\nThực hiện tốt các nhiệm vụ.\n1. Nông nghiệp\n2. Công nghiệp')).toEqual([]);
  });
  it('dense bare figures are a table line; prose with figures is not', () => {
    const dense = 'Chỉ số A 7,25/ 72,5% 18/63 6,90/ 69,0% 41/63';
    const prose = 'Năm 2023 thu ngân sách đạt 1.250 tỷ đồng, tăng 12% so với năm 2022, đạt 105% dự toán.';
    expect(isDenseFigures(dense, 0, dense.length)).toBe(true);
    expect(isDenseFigures(prose, 0, prose.length)).toBe(false);
    // the fewest digits a dense line can have: four figures of one digit each
    expect(isDenseFigures('Xếp loại 1 2 3 4', 0, 16)).toBe(true);
    expect(isDenseFigures('Xếp loại một hai ba bốn', 0, 23)).toBe(false);
  });
});

describe('tables: linear time, 10× the rows', () => {
  const shapes: Record<string, (n: number) => string> = {
    'one cell per line': (n) => 'TT\nChỉ tiêu\nĐVT\nKế hoạch 2022\nThực hiện 2022\n' + '1.\nTỷ lệ hộ nghèo\n%\n5\n4,6\n'.repeat(n),
    'cells joined by |': (n) => 'STT | Chỉ tiêu | ĐVT | KH 2024 | TH 2024 | % so KH\n' + '1 | Thu ngân sách | tỷ đồng | 100 | 105 | 105\n'.repeat(n),
    'rows under years': (n) => 'Chỉ tiêu ĐVT 2020 2021 2022\n' + 'Số hộ nghèo hộ 310.00 280.00 250.00\n'.repeat(n),
    'label and figure lines': (n) => 'Tỷ lệ che phủ rừng\n>60%\n'.repeat(n),
    'header words alone': (n) => 'Chỉ tiêu\nKế hoạch\nThực hiện\n'.repeat(n),
    'dense figures': (n) => 'Chỉ số A 7,25/ 72,5% 18/63 6,90/ 69,0% 41/63\n'.repeat(n),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(name, () => {
      const found = new Map<number, number>();
      expectLinear((scale) => found.set(scale, runPipeline(documentFromText(make(300 * scale), 'case.txt')).statements.length), 30, 1);
      expect(found.get(10)!).toBeLessThanOrEqual(Math.max(12 * found.get(1)!, 10));
    }, 120_000);
  }
});

describe('tables: tokens split at white space', () => {
  it('takes as white space exactly what /\\s/u does, for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('tables: a bare figure token', () => {
  const figures = ['15.40', '93,8%', '9,49/', '12/63', '-2,5', '+18', '<5', '>10%', '7‰', '2024', '1.234.567', '5.', '1/'];
  const others = ['-', '%', 'a5', '5a', '12/63/1', '12345/6', '/5', '--5', '<>5', '5%%', '5/%', 'x', '', '12/ab', '５'];
  it('is a number with an optional sign, % or ‰ and slash, or a short A/B pair, read inside the text by its bounds', () => {
    for (const t of figures) expect(isFigureToken(`a ${t} b`, 2, 2 + t.length), t).toBe(true);
    for (const t of others) expect(isFigureToken(`a ${t} b`, 2, 2 + t.length), t).toBe(false);
  });
});
