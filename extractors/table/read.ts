// One table row (cells with the header of their column) into statements, one per figure:
// - a plan and an actual of the same period are one statement: the level with its target
//   ("Kế hoạch năm 2019 | Ước thực hiện năm 2019" → value 7,02, target 6,6–6,8, estimate);
// - with a share-of-plan column as well, that statement is `progress`;
// - a plan with no actual beside it (a later year, or a word in the actual cell) is a `target`;
// - every other figure (year columns, a statistics annex) is a `value`;
// - comparison columns ("So sánh", "8=7/4") and notes are read by no one.
// The column header goes with the statement (Match.header) so that the period can be read from it.
import { emptyFields } from '../statement.ts';
import type { Span, TableCell, TableRow } from '../statement.ts';
import type { Quantity } from '../numbers.ts';
import { findQuantities, parseNumber, readUnit } from '../numbers.ts';
import { PLAN_WORDS, TOTAL_ROW_LABELS } from '../knowledge/index.ts';
import { RATE_HEAD } from '../count-names.ts';
import { tidy } from '../clause.ts';
import { alternatives, ITEM_MARKER } from '../patterns.ts';
import type { Claimed, SentenceView } from '../types.ts';
import type { Role } from './columns.ts';
import { lengthWithoutRemark, roleOf, yearOf } from './columns.ts';

interface Cell extends TableCell { text: string; role: Role }
interface Figure { cell: Cell; q: Quantity; value: number; value_max: number | null; unit: string | null; year: number | null; total?: number }

// a unit of up to three words may follow the figure: "22.924.178.430.319 đồng", "1.250 tỷ đồng"
const FIGURE_CELL = /^(?:[<>≤≥~]\s*|\p{L}+(?:\s+\p{L}+)?\s+)?[-+]?\d[\d.,]*(?:\s*[-–/]\s*\d[\d.,]*)?(?:\s*[%‰]|\s+\p{L}[\p{L}/]*(?:\s+\p{L}[\p{L}/]*){0,2})?$/u;
/** "12/63", "9,49/9,5": a figure of a whole (a rank of 63, a score out of 9,5, 15 of 20 communes). */
const OF_WHOLE = /^(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)$/u;
/** A label's lead-in that names no indicator, after its item marker (ITEM_MARKER): "- Trong đó:", "+ Trong đó,". */
const LEAD_IN = /^trong\s+đó\s*[:,]?\s*/iu;
/** A unit column that holds codes, not a unit ("Có = 1; Không = 0"). */
const CODED = /=/u;

/** What every statement of a row shares: its label, indicator, plan and share columns, and the figures already paired. */
interface Row {
  view: SentenceView;
  label: Cell;
  indicator: string;
  plans: Figure[];
  percents: Figure[];
  used: Set<Figure>;
  /** the spans of all the row's figures */
  claims: Span[];
}

const TOTAL_ROW = new RegExp(`^(?:${alternatives(TOTAL_ROW_LABELS)})$`, 'iu');
/** A label that totals the table ("CHỈ SỐ CHUNG", "Tổng cộng"). */
const isTotalRowLabel = (label: string) => TOTAL_ROW.test(label.trim());

export function readRow(view: SentenceView, tableRow: TableRow): Claimed[] {
  const { text } = view;
  const cells: Cell[] = tableRow.cells.map((c) => {
    const t = text.slice(c.start, c.end);
    return { ...c, text: t, role: c.header === null ? 'actual' : roleOf(c.header) };
  });
  const head = rowHead(cells);
  if (!head) return [];
  // "CHỈ SỐ CHUNG | 83,1/ 100 | …" under "I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)": a row that totals the
  // table names what the table is of, its part's title; alone, the tables of five indices shared one name
  if (view.part && isTotalRowLabel(head.indicator)) head.indicator = `${head.indicator} (${view.part})`;
  const figures = new Map<Role, Figure[]>();
  const claims: Span[] = [];
  for (const c of cells) {
    if (c === head.label || c.role === 'label' || c.role === 'unit' || c.role === 'marker' || c.role === 'note') continue;
    // "Tỷ lệ trẻ em … được tiêm chủng đầy đủ 100,00 99,10" with no unit column or bracket: a rate's figures are in percent (a score's are in points)
    const f = figureOf(text, c, head.unit ?? (RATE_HEAD.test(head.indicator) && c.role !== 'score' && c.role !== 'rank' ? PERCENT : null));
    if (!f) continue;
    claims.push({ start: f.q.start, end: f.q.end });
    const list = figures.get(c.role) ?? [];
    list.push(f);
    figures.set(c.role, list);
  }
  const actuals = [...(figures.get('actual') ?? []), ...(figures.get('estimate') ?? []), ...(figures.get('other') ?? []),
    ...(figures.get('rank') ?? []), ...(figures.get('score') ?? [])]
    .sort((a, b) => a.cell.start - b.cell.start);
  const row: Row = { view, label: head.label, indicator: head.indicator, plans: figures.get('plan') ?? [], percents: figures.get('percent') ?? [], used: new Set(), claims };
  const out = actuals.map((a) => actualStatement(row, a));
  for (const p of row.percents) if (!row.used.has(p)) out.push(shareStatement(row, p));
  for (const p of row.plans) if (!row.used.has(p)) out.push(planStatement(row, p));
  return out;
}

/** The row's label cell, the indicator it names and the row's unit (a unit column, else a bracket ending the label). */
function rowHead(cells: Cell[]): { label: Cell; indicator: string; unit: { unit: string; scale: number } | null } | null {
  const label = cells.find((c) => c.role === 'label' && /[\p{L}]{2}/u.test(c.text))
    ?? cells.find((c) => /[\p{L}]{2}/u.test(c.text) && !FIGURE_CELL.test(c.text.trim()) && c.role !== 'unit' && c.role !== 'marker');
  if (!label) return null;
  const unitCell = cells.find((c) => c.role === 'unit');
  if (unitCell && CODED.test(unitCell.text)) return null;
  let indicator = label.text;
  let unit = unitCell?.text.trim() ? unitOf(unitCell.text) : null;
  const bracket = /\(([^()]+)\)\s*$/u.exec(indicator);
  if (!unit && bracket) {
    unit = unitOf(bracket[1], false);
    if (unit) indicator = indicator.slice(0, bracket.index);
  }
  indicator = tidy(indicator.replace(ITEM_MARKER, '').replace(LEAD_IN, '').replace(/\s*[.;:,]+\s*$/u, '')); // a cell's closing stop names nothing
  return { label, indicator, unit };
}

const samePeriod = (a: Figure, b: Figure, list: Figure[]) => a.year === b.year || (list.length === 1 && (a.year === null || b.year === null));
/** A statement's own figures first, then the row's other figures (taken with it). */
const claimsOf = (row: Row, own: Figure[]) => [...own.map((f) => ({ start: f.q.start, end: f.q.end })), ...row.claims.filter((c) => !own.some((f) => f.q.start === c.start))];

/** A level with its plan and its share of the plan when the row has them; "15/20" in a column of counts is a ratio. */
function actualStatement(row: Row, a: Figure): Claimed {
  const { view, label, indicator, plans, percents, used } = row;
  if (a.total !== undefined && a.cell.role !== 'rank' && a.cell.role !== 'score') {
    const fields = emptyFields('ratio'); // 15 of 20 reached it
    fields.indicator = indicator || null;
    fields.achieved = a.value;
    fields.total = a.total;
    fields.unit = a.unit;
    return statement(label, [a], fields, a.cell.header, claimsOf(row, [a]));
  }
  const plan = a.total === undefined ? plans.find((p) => !used.has(p) && samePeriod(a, p, plans)) : undefined;
  // a share of the plan goes with a level and its plan ("KH | TH | % so KH"), or names the plan itself ("TH | % so KH")
  const percent = percents.find((p) => !used.has(p) && samePeriod(a, p, percents) && (plan !== undefined || (namesPlan(p) && !plans.length)));
  if (plan) used.add(plan);
  if (percent) used.add(percent);
  // a figure whose column says nothing of results, in target talk ("Chỉ tiêu chủ yếu năm 2025:"), is a target
  const aim = !plan && !percent && a.cell.role !== 'actual' && a.cell.role !== 'estimate' || a.cell.header === null && a.q.start >= view.targetFrom;
  // "Ước TH năm 2021" in a document published in 2020: a column dated after the document holds plans
  const future = !plan && !percent && a.year !== null && view.publishedYear != null && a.year > view.publishedYear;
  const fields = emptyFields(percent ? 'progress' : future || (aim && a.q.start >= view.targetFrom) ? 'target' : 'value');
  fields.indicator = indicator || null;
  fields.value = a.value;
  fields.value_max = a.value_max;
  fields.unit = a.unit;
  fields.approx = a.q.approx;
  fields.estimate = a.cell.role === 'estimate' && fields.kind !== 'target';
  if (a.cell.role === 'rank') fields.total = a.total ?? null;
  if (plan) {
    fields.target_value = plan.value;
    fields.target_value_max = plan.value_max;
    fields.target_unit = plan.unit;
  }
  if (percent) {
    fields.percent = percent.value;
    fields.relation = 'reached';
    fields.reference = referenceOf(percent.cell.header ?? '');
  }
  const own = percent ? [percent, a, ...(plan ? [plan] : [])] : [a, ...(plan ? [plan] : [])];
  return statement(label, own, fields, a.cell.header, claimsOf(row, own));
}

/** A share with no level beside it: of the plan ("% so KH" → progress), or a rate in % ("Tỷ lệ"). */
function shareStatement(row: Row, p: Figure): Claimed {
  const fields = emptyFields(namesPlan(p) ? 'progress' : 'value');
  fields.indicator = row.indicator || null;
  if (fields.kind === 'progress') {
    fields.percent = p.value;
    fields.relation = 'reached';
    fields.reference = referenceOf(p.cell.header ?? '');
  } else {
    fields.value = p.value;
    fields.unit = '%';
  }
  fields.approx = p.q.approx;
  return statement(row.label, [p], fields, p.cell.header, claimsOf(row, [p]));
}

/** A plan with no actual beside it: a target. */
function planStatement(row: Row, p: Figure): Claimed {
  const fields = emptyFields('target');
  fields.indicator = row.indicator || null;
  fields.value = p.value;
  fields.value_max = p.value_max;
  fields.unit = p.unit;
  fields.approx = p.q.approx;
  return statement(row.label, [p], fields, p.cell.header, claimsOf(row, [p]));
}

function statement(label: Cell, own: Figure[], fields: Claimed['fields'], header: string | null, claims: { start: number; end: number }[]): Claimed {
  const end = Math.max(...own.map((f) => f.q.end));
  // the first figure decides; the row's other figures are taken with it
  const m: Claimed = { start: Math.min(label.start, ...own.map((f) => f.q.start)), end, fields, rule: `table/${fields.kind}`, claims: { own: claims[0], also: claims.slice(1) } };
  if (header) { m.header = header; m.notes = [`table/column: ${header}`]; }
  return m;
}

/** The figure of a cell: its quantity, scaled by the row's unit when the cell has none. */
function figureOf(text: string, c: Cell, unit: { unit: string; scale: number } | null): Figure | null {
  const trimmed = c.text.trim();
  const t = trimmed.slice(0, lengthWithoutRemark(trimmed)); // "575 (tăng 15%)": the figure is before its remark
  if (!FIGURE_CELL.test(t)) return null;
  const whole = OF_WHOLE.exec(t);
  if (whole) {
    const a = parseNumber(whole[1]), b = parseNumber(whole[2]);
    if (a === null || b === null) return null;
    const start = c.start + c.text.indexOf(whole[1]);
    const q: Quantity = { start, end: start + t.length, numStart: start, numEnd: start + whole[1].length, value: a, value_max: null, unit: null, approx: null, notes: [] };
    const u = c.role === 'rank' ? 'hạng' : c.role === 'score' ? 'điểm' : unit?.unit ?? null;
    return { cell: c, q, value: a, value_max: null, unit: u, year: c.header ? yearOf(c.header) : null, total: b };
  }
  const from = c.start + c.text.indexOf(t);
  const q = findQuantities(text, from, from + t.length)[0];
  if (!q) return null;
  const year = c.header ? yearOf(c.header) : null;
  if (c.role === 'percent' || c.role === 'compare') unit = { unit: '%', scale: 1 }; // a share, whatever the row counts
  if (q.unit) return { cell: c, q, value: q.value, value_max: q.value_max, unit: q.unit, year };
  if (c.role === 'score' && !unit) unit = { unit: 'điểm', scale: 1 };
  const scale = unit?.scale ?? 1;
  return { cell: c, q, value: q.value * scale, value_max: q.value_max === null ? null : q.value_max * scale, unit: unit?.unit || null, year };
}

const PERCENT = { unit: '%', scale: 1 };

/** A unit cell ("Tỷ đồng", "%", "Nhiệm vụ"); words that read as no unit are kept as written when short. */
function unitOf(s: string, asWritten = true): { unit: string; scale: number } | null {
  const t = s.trim();
  const u = readUnit(t, 0);
  if (u && u.end >= t.length - 1 && (u.unit || u.scale !== 1)) return { unit: u.unit, scale: u.scale };
  if (asWritten && /^[\p{L}][\p{L} ,]{0,30}$/u.test(t) && t.split(/\s+/u).length <= 4 && !/^số\s+lượng$/iu.test(t)) return { unit: t.toLowerCase(), scale: 1 };
  return null;
}

/** A plan word in a header; "chỉ tiêu" keeps the word after it ("chỉ tiêu giao"). */
const PLAN_IN_HEADER = new RegExp(`(?<![\\p{L}])(chỉ\\s+tiêu(?:\\s+\\p{L}+)?|${alternatives(PLAN_WORDS)})(?![\\p{L}])`, 'iu');
const namesPlan = (f: Figure) => PLAN_IN_HEADER.test(f.cell.header ?? '');

/** What a share-of-plan column is a share of: "% so KH" → "KH". */
function referenceOf(header: string): string {
  const m = PLAN_IN_HEADER.exec(header);
  return m ? m[1] : header;
}
