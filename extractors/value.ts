// `value`: the measured or estimated level of an indicator — "tỷ lệ hộ nghèo giảm xuống còn 0,6%",
// "Thu nhập bình quân đầu người đạt 53 triệu đồng/người/năm", "97% hộ gia đình ... đạt tiêu chuẩn
// văn hóa", "tăng 7,5% so với cùng kỳ". A number needs a unit and a subject that names what is
// measured; bare counts of years, ages, stars or doses of a list are left alone.
import { emptyFields } from '../pipeline/schema.ts';
import type { Kind } from '../pipeline/schema.ts';
import type { Quantity } from './numbers.ts';
import { hasEstimate, isMeaningfulSubject, phraseAfter, subjectBefore, tidy } from './language.ts';
import { targetAfter } from './progress.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';

/** Units that are never the level of an indicator on their own. */
const NOT_LEVELS = new Set(['tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'giây', 'sao', 'mũi', 'lần', 'tuần', 'quý', 'kỳ', 'khóa', 'đợt', 'phiên', 'lớp', 'tầng', 'bước', 'điều', 'khoản', 'chương', 'mục', 'trang', 'bản']);
const SHARE_UNITS = /^(?:%|‰|điểm phần trăm)/;

function isLevel(view: SentenceView, q: Quantity): boolean {
  if (!q.unit) return false;
  if (q.unit === 'lần') return /gấp\s*$/iu.test(view.text.slice(Math.max(view.start, q.start - 8), q.start));
  if (NOT_LEVELS.has(q.unit)) return false;
  return true;
}

/** Level statements of the sentence, as `value` before `view.targetFrom` and `target` after it. */
export function levelStatements(view: SentenceView, kind: Kind): Claimed[] {
  const { text, start, end, quantities } = view;
  const out: Claimed[] = [];
  let prevEnd = start;
  for (const q of quantities) {
    const floor = prevEnd;
    prevEnd = q.end;
    const inTarget = q.start >= view.targetFrom;
    if ((kind === 'target') !== inTarget || !isLevel(view, q)) continue;
    // "186 lượt = 201 người = 179 vụ việc": an activity log, not an indicator
    if (/=\s*$/.test(text.slice(Math.max(start, q.start - 3), q.start)) || /^\s*=/.test(text.slice(q.end, q.end + 3))) continue;
    const subject = subjectBefore(text, start, q.start, floor);
    const isShare = SHARE_UNITS.test(q.unit!);
    // "97% hộ gia đình ...": the share's subject follows it
    const after = isShare && /^ +[\p{Ll}“"]/u.test(text.slice(q.end, q.end + 3)) ? phraseAfter(text, q.end, end) : null;
    let indicator: string;
    let qStart = q.start, qEnd = q.end;
    if (after) {
      indicator = text.slice(after.start, after.end);
      qEnd = after.end;
    } else {
      indicator = text.slice(subject.start, subject.end);
      if (subject.end > subject.start) qStart = subject.start;
      if (!isMeaningfulSubject(indicator) || (!isShare && isPlaceOnly(indicator))) indicator = fallbackIndicator(view, q, floor) ?? '';
    }
    indicator = tidy(indicator);
    if (!isMeaningfulSubject(indicator)) continue;
    if (!isShare && isPlaceOnly(indicator)) continue;
    const fields = emptyFields(kind);
    fields.indicator = indicator;
    fields.value = q.value;
    fields.value_max = q.value_max;
    fields.unit = q.unit;
    fields.approx = q.approx;
    fields.estimate = hasEstimate(text, start, q.start);
    const claims = [{ start: q.start, end: q.end }];
    const target = targetAfter(view, q.end);
    if (target) {
      fields.target_value = target.q.value;
      fields.target_value_max = target.q.value_max;
      fields.target_unit = target.q.unit;
      claims.push({ start: target.q.start, end: target.q.end });
      qEnd = Math.max(qEnd, target.end);
    }
    out.push({ start: qStart, end: qEnd, fields, rule: after ? `${kind}/share-of-phrase` : `${kind}/subject-level`, claims, notes: q.notes.length ? [...q.notes] : undefined });
  }
  return out;
}

/** A subject that only says where ("cấp thành phố", "phường") does not say what is measured. */
const PLACE_ONLY = /^(?:\s|,|cấp|toàn|các|thành\s+phố|tỉnh|huyện|thị\s+xã|thị\s+trấn|xã|phường|bản|thôn|tổ\s+dân\s+phố|trong\s+đó|riêng|địa\s+bàn|trên|tại)+$/iu;
function isPlaceOnly(s: string): boolean {
  return PLACE_ONLY.test(s);
}

/** When the clause before a number names nothing: a change "(tăng 4,12 triệu đồng so với năm 2020)",
 * a rate in parentheses "còn 195 hộ (đạt tỷ lệ 1,50%)", a rate unit "13,0 bác sỹ/1 vạn dân". */
function fallbackIndicator(view: SentenceView, q: Quantity, floor: number): string | null {
  const { text, start, end } = view;
  const before = text.slice(Math.max(start, q.start - 20), q.start);
  const change = /(tăng|giảm)\s*$/iu.exec(before);
  const since = /^\s*(so\s+với\s+[^,;.()]{1,40})/u.exec(text.slice(q.end, Math.min(end, q.end + 60)));
  if (change && since) return `${change[1]} ${since[1]}`;
  const paren = text.lastIndexOf('(', q.start);
  if (paren >= start && paren >= floor - 1 && text.indexOf(')', paren) > q.start - 1 && SHARE_UNITS.test(q.unit!)) {
    const outer = subjectBefore(text, start, paren);
    const named = text.slice(outer.start, outer.end);
    if (isMeaningfulSubject(named)) return /^tỷ\s+lệ/iu.test(named) ? named : `tỷ lệ ${named}`;
  }
  if (q.unit && q.unit.includes('/') && !SHARE_UNITS.test(q.unit)) return text.slice(q.start, q.end).replace(/^[^\p{L}]+/u, '');
  if (q.unit && !SHARE_UNITS.test(q.unit) && floor > start) {
    const wide = subjectBefore(text, start, q.start);
    const named = text.slice(wide.start, wide.end);
    if (isMeaningfulSubject(named)) return `${q.unit} ${named}`;
  }
  return null;
}

export const valueExtractor: Extractor = {
  name: 'value',
  extract: (view) => levelStatements(view, 'value'),
};
