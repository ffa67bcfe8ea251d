// Indicator tables ("biểu chỉ tiêu"): the loaders write a table row as one line with cells joined
// by " | ". A row under a header such as "Chỉ tiêu | ĐVT | Kế hoạch 2023 | Thực hiện 2023 | % KH"
// is one statement: the level from the "thực hiện/ước" column, the target from the "kế hoạch"
// column and, where there is one, the percentage of plan as a `progress` record.
import { emptyFields } from '../pipeline/schema.ts';
import type { Quantity } from './numbers.ts';
import { findQuantities, parseNumber, readUnit } from './numbers.ts';
import { tidy } from './language.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';

const SEPARATOR = ' | ';
type Role = 'label' | 'unit' | 'actual' | 'plan' | 'percent' | 'other';

/** What a header cell says its column holds. */
function roleOf(header: string): Role {
  const h = header.toLowerCase();
  if (/%|tỷ\s+lệ|so\s+(?:với\s+)?(?:kh|kế\s+hoạch)|so\s+sánh/u.test(h)) return 'percent';
  if (/^(?:đvt|đơn\s+vị(?:\s+tính)?)$/u.test(h)) return 'unit';
  if (/thực\s+hiện|(?<![\p{L}])th(?![\p{L}])|ước|kết\s+quả|đạt\s+được/u.test(h)) return 'actual';
  if (/kế\s+hoạch|(?<![\p{L}])kh(?![\p{L}])|chỉ\s+tiêu\s+(?:giao|năm|nq)|mục\s+tiêu|dự\s+toán/u.test(h)) return 'plan';
  if (/chỉ\s+tiêu|nội\s+dung|danh\s+mục|tên/u.test(h)) return 'label';
  return 'other';
}

const isNumericCell = (c: string) => /^[<>≤≥~]?\s*[\d.,]+\s*[%‰]?$/u.test(c.trim()) || c.trim() === '-';

/** The header of the table a row belongs to: the nearest earlier row whose cells are words. */
function headerFor(text: string, rowStart: number): string[] | null {
  let end = rowStart - 1;
  for (let n = 0; n < 60 && end > 0; n++) {
    const from = Math.max(0, end - 2000); // a table row is short; never scan a whole document back
    const start = from + text.slice(from, end).lastIndexOf('\n') + 1;
    if (start === from && from > 0) return null;
    const line = text.slice(start, end);
    if (!line.includes(SEPARATOR)) return null; // left the table
    const cells = line.split(SEPARATOR).map((c) => c.trim());
    if (!cells.some(isNumericCell) && cells.some((c) => roleOf(c) !== 'other')) return cells;
    end = start - 1;
  }
  return null;
}

export const tableExtractor: Extractor = {
  name: 'table',
  extract(view: SentenceView): Claimed[] {
    const { text, start, end } = view;
    const row = text.slice(start, end);
    if (!row.includes(SEPARATOR)) return [];
    const header = headerFor(text, start);
    if (!header) return [];
    const roles = header.map(roleOf);
    const cells: { text: string; start: number }[] = [];
    let at = start;
    for (const c of row.split(SEPARATOR)) { cells.push({ text: c, start: at }); at += c.length + SEPARATOR.length; }
    if (cells.length !== header.length) return [];
    let labelIndex = roles.indexOf('label');
    if (labelIndex < 0) labelIndex = cells.findIndex((c) => /\p{L}{2}/u.test(c.text) && !isNumericCell(c.text));
    if (labelIndex < 0) return [];
    const label = cells[labelIndex].text;
    // the unit: an ĐVT column, else "(tỷ đồng)" in the label
    const unitCell = roles.indexOf('unit');
    const unitText = unitCell >= 0 ? cells[unitCell].text : (/\(([^()]+)\)\s*$/u.exec(label)?.[1] ?? '');
    const unit = unitText ? readUnit(unitText, 0) : null;
    const valueOf = (role: Role): { q: Quantity; value: number; unit: string | null } | null => {
      const i = roles.indexOf(role);
      if (i < 0) return null;
      const c = cells[i];
      const q = findQuantities(text, c.start, c.start + c.text.length)[0];
      if (q) {
        if (q.unit) return { q, value: q.value, unit: q.unit };
        const scale = unit?.scale ?? 1;
        return { q, value: q.value * scale, unit: unit?.unit || null };
      }
      const n = parseNumber(c.text.trim());
      if (n === null) return null;
      const span = { start: c.start, end: c.start + c.text.length, numStart: c.start, numEnd: c.start + c.text.length };
      const bare: Quantity = { ...span, value: n, value_max: null, unit: null, approx: null, notes: [] };
      return { q: bare, value: n * (unit?.scale ?? 1), unit: unit?.unit || null };
    };
    const actual = valueOf('actual');
    const plan = valueOf('plan');
    const percent = valueOf('percent');
    if (!actual && !plan) return [];
    const indicator = tidy(label.replace(/\([^()]*\)\s*$/u, ''));
    const fields = emptyFields(percent && actual ? 'progress' : actual ? 'value' : 'target');
    fields.indicator = indicator || null;
    const level = actual ?? plan!;
    fields.value = level.value;
    fields.unit = level.unit;
    fields.approx = level.q.approx;
    if (actual && plan) { fields.target_value = plan.value; fields.target_unit = plan.unit; }
    if (percent && actual) {
      fields.percent = percent.q.value;
      fields.relation = 'reached';
      fields.reference = header[roles.indexOf('percent')];
    }
    fields.estimate = /ước/iu.test(header[roles.indexOf(actual ? 'actual' : 'plan')] ?? '');
    const claims = [actual, plan, percent].filter((x) => x !== null).map((x) => ({ start: x!.q.start, end: x!.q.end }));
    return [{ start, end, fields, rule: `table/${fields.kind}`, claims }];
  },
};
