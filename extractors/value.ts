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
    const subject = subjectBefore(text, start, q.start, floor);
    const isShare = SHARE_UNITS.test(q.unit!);
    // "97% hộ gia đình ...": the share's subject follows it; a count's noun follows it too
    const after = isShare && /^ +[\p{Ll}“"]/u.test(text.slice(q.end, q.end + 3)) ? phraseAfter(text, q.end, end) : null;
    let indicator: string;
    let qStart = q.start, qEnd = q.end;
    if (after) {
      indicator = text.slice(after.start, after.end);
      qEnd = after.end;
    } else {
      indicator = text.slice(subject.start, subject.end);
      if (!isShare && !isMeaningfulSubject(indicator)) {
        const noun = phraseAfter(text, q.end, end, 8);
        if (noun && q.unit && !/^(?:đồng|USD|EUR|ha|tấn|km|kg|m2|m3|m|lít)/.test(q.unit)) indicator = `${indicator} ${q.unit} ${text.slice(noun.start, noun.end)}`;
      }
      if (subject.end > subject.start) qStart = subject.start;
    }
    indicator = tidy(indicator);
    if (!isMeaningfulSubject(indicator)) continue;
    const fields = emptyFields(kind);
    fields.indicator = indicator;
    fields.value = q.value;
    fields.value_max = q.value_max;
    fields.unit = q.unit;
    fields.approx = q.approx;
    fields.estimate = hasEstimate(text, Math.min(qStart, floor === start ? subject.start : floor), q.start);
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

export const valueExtractor: Extractor = {
  name: 'value',
  extract: (view) => levelStatements(view, 'value'),
};
