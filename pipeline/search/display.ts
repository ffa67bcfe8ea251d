// Vietnamese display: "." groups thousands, "," marks decimals, money takes its scale word back.
import type { SearchHit } from './hits.ts';

/** 7476 -> "7.476"; 47.45 -> "47,45"; rounds to `digits` decimals and drops trailing zeros. */
export function formatNumberVi(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (decimals ? `,${decimals}` : '');
}

const MONEY = /^(?:đồng|USD|EUR|JPY|CNY|KRW|GBP)(?:\/|$)/;
const SCALES: [number, string][] = [[1e9, 'tỷ'], [1e6, 'triệu']];

/** The scale word for money ("62 triệu") when the scaled number needs at most three decimals. */
function moneyScale(values: number[]): [number, string] | undefined {
  const smallest = Math.min(...values.map(Math.abs));
  for (const [size, word] of SCALES) {
    if (smallest >= size && values.every((v) => Math.abs(v / size - Math.round((v / size) * 1000) / 1000) < 1e-9 * Math.max(1, Math.abs(v / size)))) {
      return [size, word];
    }
  }
  return undefined;
}

/** Units written against the number: "0,6%", "33,2%/năm", "10,04‰". */
const TIGHT_UNIT = /^[%‰]/;

/** "62 triệu đồng/người/năm", "0,6%", "15-18 tiêu chí", "7.476 tỷ đồng". */
export function formatQuantity(value: number, unit: string | null, valueMax: number | null = null): string {
  const values = valueMax !== null ? [value, valueMax] : [value];
  const scale = unit && MONEY.test(unit) ? moneyScale(values) : undefined;
  const shown = values.map((v) => formatNumberVi(scale ? v / scale[0] : v)).join('-');
  const unitText = [scale?.[1], unit].filter(Boolean).join(' ');
  if (!unitText) return shown;
  return unit && TIGHT_UNIT.test(unit) && !scale ? shown + unitText : `${shown} ${unitText}`;
}

/** What a person reads in a result row, beside the raw fields. */
export interface DisplayFields {
  /** "ước 62 triệu đồng/người/năm", "khoảng 47,45 triệu đồng", "22/55 chỉ tiêu" */
  value_text: string;
  /** "95% chỉ tiêu Nghị quyết đại hội", "vượt 13,2% mục tiêu Nghị quyết" */
  percent_text: string;
  /** "65 triệu đồng/người/năm" */
  target_text: string;
}

export function displayFields(h: Pick<SearchHit, 'kind' | 'value' | 'value_max' | 'unit' | 'approx' | 'estimate' | 'percent'
  | 'relation' | 'reference' | 'achieved' | 'total' | 'target_value' | 'target_unit' | 'target_value_max'>): DisplayFields {
  let value = '';
  if (h.value !== null && h.unit === 'hạng' && h.total !== null) value = `hạng ${formatNumberVi(h.value)}/${formatNumberVi(h.total)}`;
  else if (h.value !== null) value = formatQuantity(h.value, h.unit, h.value_max);
  else if (h.achieved !== null && h.total !== null) value = `${formatNumberVi(h.achieved)}/${formatNumberVi(h.total)}${h.unit ? ` ${h.unit}` : ''}`;
  const prefix = [h.estimate ? 'ước' : '', h.approx ?? ''].filter(Boolean).join(' ');
  const value_text = value && prefix ? `${prefix} ${value}` : value;
  let percent_text = '';
  if (h.percent !== null) {
    percent_text = `${h.relation === 'exceeded_by' ? 'vượt ' : ''}${formatNumberVi(h.percent)}%${h.reference ? ` ${h.reference}` : ''}`;
  }
  const target_text = h.target_value !== null ? formatQuantity(h.target_value, h.target_unit, h.target_value_max) : '';
  return { value_text, percent_text, target_text };
}

/** Columns of `--format csv|jsonl` and of the server's CSV: display text first, then the raw fields. */
export const RESULT_COLUMNS = [
  'indicator', 'value_text', 'kind', 'percent_text', 'target_text', 'title', 'published', 'doc', 'quote',
  'value', 'value_max', 'unit', 'approx', 'estimate', 'percent', 'relation', 'reference', 'achieved', 'total',
  'target_value', 'target_unit', 'target_value_max', 'start', 'end', 'id', 'document_id', 'source', 'rank',
  'place', 'place_level', 'place_parent', 'period_from', 'period_to', 'indicator_key', 'notes',
] as const;

export type ResultRecord = Record<(typeof RESULT_COLUMNS)[number], string | number | boolean | null>;

/** A hit as one flat record in RESULT_COLUMNS order. */
export function resultRecord(h: SearchHit): ResultRecord {
  const all = { ...h, ...displayFields(h) } as Record<string, unknown>;
  return Object.fromEntries(RESULT_COLUMNS.map((c) => [c, (all[c] ?? null) as string | number | boolean | null])) as ResultRecord;
}
