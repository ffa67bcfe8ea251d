// What the header of a table column says it holds. The words of report tables in one place:
// "STT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024 | Ước TH 2024 | % so KH | Ghi chú".

import { PLAN_WORDS } from '../knowledge/index.ts';
import { alternatives } from '../patterns.ts';
import { Memo } from '../memo.ts';

export type Role =
  | 'marker' // STT, TT: row numbers
  | 'label' // Chỉ tiêu, Nội dung: the indicator
  | 'unit' // ĐVT, Đơn vị tính
  | 'actual' // Thực hiện, TH, Kết quả, Số liệu, a bare year
  | 'estimate' // Ước thực hiện, Ước TH, Dự ước
  | 'plan' // Kế hoạch, KH, Chỉ tiêu giao, Mục tiêu, Dự toán
  | 'percent' // % so KH, So với kế hoạch: a share of the plan
  | 'rank' // Thứ hạng, Xếp hạng: "12/63" is 12th of 63
  | 'score' // Điểm số: "9,49/9,5" is 9,49 points of 9,5
  | 'compare' // So sánh, So cùng kỳ, 8=7/4: a comparison that is not a share of the plan
  | 'note' // Ghi chú, Đánh giá, Xếp loại: words
  | 'other';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const PLAN = alternatives(PLAN_WORDS);
/** Plan words but a bare "chỉ tiêu", which heads the label column ("Chỉ tiêu | ĐVT | ..."). */
const PLAN_NOT_LABEL = alternatives(PLAN_WORDS.filter((w) => w !== 'chỉ tiêu'));
const word = (pattern: string) => new RegExp(`${L}(?:${pattern})${R}`, 'iu');

/** Tried in order on the lower-cased header; the first that matches decides. */
const ROLE_WORDS: readonly [Role, RegExp][] = [
  ['marker', /^(?:stt|tt|số\s+tt|số\s+thứ\s+tự|thứ\s+tự)$/iu],
  ['unit', /^(?:đvt|dvt|đv\s*tính|đơn\s+vị(?:\s+tính)?)$/iu],
  ['note', word('ghi\\s+chú|đánh\\s+giá|xếp\\s+loại|nguồn|mức\\s+độ\\s+(?:đạt|hoàn\\s+thành)')],
  // a share of the plan before plan and actual: "Ước TH 2024 so với KH (%)", "% KH", "Tỷ lệ % so kế hoạch"
  ['percent', word(`(?:so\\s+(?:với\\s+)?|%\\s*)(?:${PLAN})|%\\s*(?:đạt|hoàn\\s+thành)\\s+(?:kh|kế\\s+hoạch)`)],
  ['percent', /^(?:tỷ\s+lệ|tỉ\s+lệ)(?:\s+(?:%|đạt|hoàn\s+thành))?\s*(?:\(%\))?$|^%$|^\(%\)$/iu],
  ['compare', word('so\\s+sánh|so\\s+(?:với\\s+)?(?:cùng\\s+kỳ|năm|th|thực\\s+hiện|ước|cùng)|tăng\\s*[,/]?\\s*giảm|\\d+\\s*=\\s*\\d+\\s*[/:*-]\\s*\\d+|tốc\\s+độ|chênh\\s+lệch')],
  ['rank', word('thứ\\s+hạng|xếp\\s+hạng|hạng|xếp\\s+thứ|vị\\s+trí')],
  ['score', word('điểm\\s+số|số\\s+điểm|điểm')],
  ['estimate', word('ước|dự\\s+ước|ước\\s+tính|dự\\s+kiến\\s+(?:th|thực\\s+hiện)')],
  ['actual', word('thực\\s+hiện|th|kết\\s+quả|số\\s+liệu|đạt\\s+được|thực\\s+tế|lũy\\s+kế|giá\\s+trị|chỉ\\s+số')],
  // a bare "chỉ tiêu" heads the label column; with a word after it, the plan's
  ['plan', word(`chỉ\\s+tiêu\\s+(?:giao|năm|nq|nghị\\s+quyết|kế\\s+hoạch|phấn\\s+đấu)|${PLAN_NOT_LABEL}|phấn\\s+đấu`)],
  ['label', word('chỉ\\s+tiêu|nội\\s+dung|danh\\s+mục|tên|hạng\\s+mục|lĩnh\\s+vực|ngành|diễn\\s+giải')],
];

const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/u;

/** The role of a column from its header text; "parent / sub" headers ask the sub-header first. */
// tables ask the same few headers on many lines: remember each header's role
const ROLES = new Memo<Role>(5000);
export function roleOf(header: string): Role {
  return ROLES.get(header, readRole);
}

function readRole(header: string): Role {
  const parts = header.split(' / ');
  for (let i = parts.length - 1; i >= 0; i--) {
    const h = parts[i].trim().toLowerCase().replace(/\s+/gu, ' ');
    for (const [role, re] of ROLE_WORDS) if (re.test(h)) return role;
    if (/^(?:năm\s+)?(?:19|20)\d\d$/u.test(h)) return 'actual'; // a bare year column holds levels
    if (h === '%') return 'percent';
  }
  return 'other';
}

/** The year a column speaks of ("KH 2024", "Năm 2019"), or null. */
export function yearOf(header: string): number | null {
  const m = YEAR.exec(header);
  return m ? Number(m[1]) : null;
}

/** Roles whose cells hold the figures of a row. */
export const FIGURE_ROLES: ReadonlySet<Role> = new Set(['actual', 'estimate', 'plan', 'percent', 'compare', 'rank', 'score', 'other']);

/** Whether a line of words reads as a table header: a label column and a column of figures. */
export function isHeaderCells(cells: readonly string[]): boolean {
  const roles = cells.map(roleOf);
  const figures = roles.filter((r) => r === 'actual' || r === 'estimate' || r === 'plan' || r === 'rank' || r === 'score').length;
  return figures >= 1 && (roles.includes('label') || roles.includes('unit') || roles.includes('marker') || figures >= 2);
}

/** A figure cell's remark in brackets after it ("575 (tăng 15%)", "0,4% (theo chuẩn nghèo …)"): how long the cell is without it. */
const REMARK_AFTER = /\s*\([^()]*\)\s*$/u;
export function lengthWithoutRemark(cell: string): number {
  const m = REMARK_AFTER.exec(cell);
  return m && m.index > 0 ? m.index : cell.length;
}
