// `value`: the measured or estimated level of an indicator — "tỷ lệ hộ nghèo giảm xuống còn 0,6%",
// "Thu nhập bình quân đầu người đạt 53 triệu đồng/người/năm", "97% hộ gia đình ... đạt tiêu chuẩn
// văn hóa", "tăng 7,5% so với cùng kỳ". A number needs a unit and a subject that names what is
// measured; bare counts of years, ages, stars or doses of a list are left alone.
import { emptyFields } from '../pipeline/schema.ts';
import type { Kind } from '../pipeline/schema.ts';
import type { Quantity } from './numbers.ts';
import { actionVerbBefore, isActionCount } from './nonfigures.ts';
import { CHANGE_BEFORE, clauseStart, headNounIn, isActorClause, isProperName, lineStartNear, MEASURE_NOUN_HEADS, comparisonOf, estimateAt, MAX_SUBJECT, ONLY_TIME, isMeaningfulSubject, phraseAfter, referenceAfter, subjectBefore, tidy, trimSubject, wordCount } from './language.ts';
import { targetAfter } from './progress.ts';
import { ruleOff } from './rules.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';
import { UNIT_LEXICON, unitKey } from './units.ts';

/** Units that are never the level of an indicator on their own. */
const NOT_LEVELS = new Set(['tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'giây', 'sao', 'mũi', 'lần', 'tuần', 'quý', 'kỳ', 'khóa', 'đợt', 'phiên', 'lớp', 'tầng', 'bước', 'điều', 'khoản', 'chương', 'mục', 'trang', 'bản']);
const SHARE_UNITS = /^(?:%|‰|điểm phần trăm)/;

/** "Số bác sĩ/vạn dân đạt 11,8": a bare number takes the rate unit its subject names. */
const RATE_IN_SUBJECT = /([\p{L}]+(?:\s+[\p{L}]+){0,3})\s*\/\s*(?:1\s+)?(vạn|nghìn|1\.000|10\.000|100\.000)\s+(dân|người)(?:\s+[\p{L}]+){0,3}\s+(?:đạt|là|còn|khoảng|:)?\s*$/iu;
function withUnitFromSubject(view: SentenceView, q: Quantity): Quantity {
  if (q.unit !== null) return q;
  const before = view.text.slice(Math.max(view.start, q.start - 80), q.start);
  if (!before.includes('/')) return q;
  const m = RATE_IN_SUBJECT.exec(before);
  if (!m) return q;
  const head = m[1].replace(/^(?:số|tổng\s+số)\s+/iu, '').toLowerCase();
  const per = m[2] === 'nghìn' || m[2] === '1.000' ? 'nghìn' : 'vạn';
  return { ...q, unit: `${head}/${per} ${m[3].toLowerCase()}` };
}

/** A number that can be a level ends the clause of the one before it; "9 tháng", "5 tuổi" do not. */
function endsClause(q: Quantity): boolean {
  return q.unit !== null && !NOT_LEVELS.has(q.unit);
}

/** End of the last number before `pos` that ends a clause (or the sentence start). */
export function floorBefore(view: SentenceView, pos: number): number {
  for (let i = quantityIndexAt(view, pos) - 1; i >= 0; i--) {
    const q = view.quantities[i];
    if (q.end <= pos && endsClause(q)) return q.end;
  }
  return view.start;
}

function isLevel(view: SentenceView, q: Quantity): boolean {
  if (!q.unit) return false;
  if (q.unit === 'lần') return /(?:gấp|tăng|giảm|bằng)\s*$/iu.test(view.text.slice(Math.max(view.start, q.start - 8), q.start));
  if (q.unit === 'tuổi' && /tuổi\s+thọ|tuổi\s+bình\s+quân/iu.test(view.text.slice(Math.max(view.start, q.start - 80), q.start))) return true;
  // "Thời gian lưu trú bình quân của khách là 1,6 ngày": a duration that is itself the indicator
  if ((q.unit === 'ngày' || q.unit === 'giờ' || q.unit === 'phút') && /thời\s+gian|thời\s+hạn/iu.test(view.text.slice(Math.max(view.start, q.start - 80), q.start))) return true;
  if (NOT_LEVELS.has(q.unit)) return false;
  return true;
}

/** Level statements of the sentence, as `value` before `view.targetFrom` and `target` after it. */
export function levelStatements(view: SentenceView, kind: Kind): Claimed[] {
  const { text, start, end, quantities } = view;
  const out: Claimed[] = [];
  let prevEnd = start;
  let prevIndicator: PrevIndicator | null = null;
  let prevEstimate = false;
  let lastEstimateEnd = -1; // where the sentence's last estimated level ends
  const plansInBrackets = new Set<number>(); // starts of numbers taken as a statement's target
  for (let index = 0; index < quantities.length; index++) {
    const q = withUnitFromSubject(view, quantities[index]);
    if (plansInBrackets.has(q.start)) continue;
    const floor = prevEnd;
    prevEnd = q.end; // taken back below when this number makes no statement
    const inTarget = q.start >= view.targetFrom;
    if (!isLevel(view, q)) { prevEnd = floor; continue; }
    if ((kind === 'target') !== inTarget) continue;
    if (!looksLikeLevel(view, q, index, floor, inTarget)) { prevEnd = floor; continue; }
    const named = levelIndicator(view, q, floor, prevIndicator, kind);
    if (!named) { prevEnd = floor; continue; }
    if (named.rule !== 'inherited') prevIndicator = { indicator: named.indicator, unit: q.unit, base: named.base }; // the chain's first subject carries on
    const indicator = named.indicator;
    let qStart = named.start, qEnd = named.end;
    const fields = emptyFields(kind);
    fields.indicator = indicator;
    fields.value = q.value;
    fields.value_max = q.value_max;
    fields.unit = q.unit;
    fields.approx = q.approx;
    fields.estimate = estimateAt(view, floor, q.start)
      || (prevEstimate && /(?:tăng|giảm|gấp)(?:\s+(?:thêm|bình\s+quân))?\s*$/iu.test(text.slice(Math.max(floor, q.start - 80), q.start)))
      // "... ước đạt 7,85% ...; trong đó khu vực dịch vụ tăng 7,01%": the breakdown of an estimate
      || (lastEstimateEnd >= 0 && q.start - lastEstimateEnd < MAX_SUBJECT && /trong\s+đó/iu.test(text.slice(lastEstimateEnd, q.start)));
    if (kind === 'target') fields.estimate = false; // a target is never an estimate (spec), even "ước tăng 8,7%" in a plan
    prevEstimate = fields.estimate;
    if (fields.estimate) lastEstimateEnd = q.end;
    const claims = [{ start: q.start, end: q.end }];
    const target = targetAfter(view, q.end);
    if (target) {
      fields.target_value = target.q.value;
      fields.target_value_max = target.q.value_max;
      fields.target_unit = target.q.unit;
      claims.push({ start: target.q.start, end: target.q.end });
      plansInBrackets.add(target.q.start);
      qEnd = Math.max(qEnd, target.end);
    }
    out.push({ start: qStart, end: qEnd, fields, rule: `${kind}/${named.rule}`, claims, notes: q.notes.length ? [...q.notes] : undefined });
  }
  return out;
}

/** The checks a number must pass to be an indicator's level rather than part of something else. */
function looksLikeLevel(view: SentenceView, q: Quantity, index: number, floor: number, inTarget: boolean): boolean {
  const { text, start, end } = view;
  // "186 lượt = 201 người = 179 vụ việc": an activity log, not an indicator
  if (/=\s*$/.test(text.slice(Math.max(start, q.start - 3), q.start)) || /^\s*=/.test(text.slice(q.end, q.end + 3))) return false;
  const isShare = SHARE_UNITS.test(q.unit!);
  const lead = text.slice(Math.max(start, q.start - 12), q.start);
  // a count after "tại/ở/của/từ" is a complement ("... tại 02 xã"), not a level
  if (!isShare && /(?:^|\s)(?:tại|ở|của|thuộc|trong|từ)\s*$/iu.test(lead)) return false;
  // "giao chỉ tiêu cho các sở, ban, ngành và 8 huyện": a count that ends a list of bodies names who, not how much
  if (!isShare && /(?:^|\s)các\s[^\d;:.()]{1,60}\svà\s*$/iu.test(text.slice(Math.max(start, q.start - 80), q.start))) return false;
  // "đạt từ 95-100% các chỉ tiêu": a share of plans, not the level of an indicator
  const plan = isShare ? referenceAfter(text, q.end, end) : null;
  if (plan && !plan.joined) return false;
  if (isShare && /^\s*(?:các|những)\s+chỉ\s+tiêu/iu.test(text.slice(q.end, q.end + 20))) return false;
  if (!isShare && insideLaterSubject(view, index, lead)) return false;
  // "TrungNguyen1102 Thành viên": a number glued to a name is no quantity ("đạt3,02%" is)
  if (/[A-Za-z_]$/.test(text.slice(q.start - 1, q.start)) && !/(?:đạt|tăng|giảm|còn|là|chiếm)$/iu.test(lead)) return false;
  // a multiple ("gấp 1,38 lần năm 2020") is a change of the level before it, like a share
  // "nhảy vọt 8 bậc so với năm 2022": a change of rank is a level like a rank
  const rankChange = q.unit === 'bậc' && RANK_CHANGE.test(lead);
  return isShare || q.unit === 'lần' || q.unit === 'hạng' || rankChange || inTarget || namesWhatIsMeasured(view, q, floor, lead);
}

/** A subject that only says where ("cấp thành phố", "phường") does not say what is measured. */
const PLACE_ONLY = /^(?:\s|,|cấp|toàn|các|thành\s+phố|tỉnh|huyện|thị\s+xã|thị\s+trấn|xã|phường|bản|thôn|tổ\s+dân\s+phố|trong\s+đó|riêng|địa\s+bàn|trên|tại)+$/iu;
function isPlaceOnly(s: string): boolean {
  return PLACE_ONLY.test(s);
}

/** When the clause before a number names nothing: a count whose noun phrase follows
 * ("04 phường đạt chuẩn đô thị văn minh"), a change "(tăng 4,12 triệu đồng so với năm 2020)",
 * a rate in parentheses "còn 195 hộ (đạt tỷ lệ 1,50%)", a rate unit "13,0 bác sỹ/1 vạn dân". */
function fallbackIndicator(view: SentenceView, q: Quantity, floor: number): string | null {
  const { text, start, end } = view;
  const isShare = SHARE_UNITS.test(q.unit!);
  const label = labelAbove(view, q);
  if (label) return label;
  const measured = nounAfterMeasure(view, q, '');
  if (measured) return measured;
  if (!isShare && q.unit && !/^(?:đồng|USD|EUR|ha|tấn|km|kg|m|lít)/u.test(q.unit)) {
    const noun = phraseAfter(text, q.end, end, 10);
    if (noun) return `${q.unit} ${text.slice(noun.start, noun.end)}`;
  }
  const before = text.slice(Math.max(start, q.start - 20), q.start);
  const change = /(tăng|giảm)\s*$/iu.exec(before);
  const since = /^\s*(so\s+với\s+[^,;.()]{1,40})/u.exec(text.slice(q.end, Math.min(end, q.end + 60)));
  if (change && since) return `${change[1]} ${since[1]}`;
  const window = Math.max(start, q.start - MAX_SUBJECT);
  const paren = window + text.slice(window, q.start).lastIndexOf('(');
  if (isShare && text[paren] === '(' && paren >= floor - 1 && !text.slice(paren, q.start).includes(')')) {
    // "số hộ nghèo ... còn 195 hộ (đạt tỷ lệ 1,50%)": the rate of what the clause counted
    const outer = subjectBefore(text, start, paren);
    const digit = text.slice(outer.start, outer.end).search(/\d/);
    const cut = digit >= 0 ? trimSubject(text, outer.start, outer.start + digit) : outer;
    const named = text.slice(cut.start, cut.end);
    if (isMeaningfulSubject(named) && !/\d/.test(named)) return /^tỷ\s+lệ/iu.test(named) ? named : `tỷ lệ ${named}`;
  }
  if (q.unit && q.unit.includes('/') && !isShare) {
    // "toàn tỉnh đạt bình quân 13,9 tiêu chí/xã": the rate unit names the indicator
    const clause = text.slice(clauseStart(text, start, q.start), q.start).replace(/\s*(?:đạt|là|có)\s*$/u, '');
    return `${clause} ${text.slice(q.start, q.end).replace(/^[^\p{L}]+/u, '')}`;
  }
  const prevQ = view.quantities[quantityIndexAt(view, q.start) - 1];
  const clause = clauseStart(text, start, q.start);
  // "..., tương ứng 127 hộ": the counted noun is all the clause names
  if (!isShare && q.unit && /tương\s+ứng(?:\s+với)?\s*$/iu.test(text.slice(Math.max(start, q.start - 16), q.start))) return text.slice(q.numEnd, q.end).trim() || q.unit;
  if (prevQ && (prevQ.end < floor || prevQ.end < clause)) return null;
  if (!isShare && q.unit && prevQ) return `${q.unit} ${text.slice(prevQ.start, prevQ.end)}`; // "7 xã đạt từ 15-18 tiêu chí"
  return null;
}

/** "75ha cây chè": an area of what follows ("diện tích trồng cây chè" after the verb "trồng"). */
function nounAfterMeasure(view: SentenceView, q: Quantity, verb: string): string | null {
  const head = q.unit ? MEASURE_NOUN_HEADS[q.unit] : undefined;
  if (!head || !/^ *\p{Ll}/u.test(view.text.slice(q.end, q.end + 3))) return null;
  const noun = phraseAfter(view.text, q.end, view.end, 8);
  return noun ? `${head}${verb ? ' ' + verb : ''} ${view.text.slice(noun.start, noun.end)}` : null;
}

/** An infographic's number alone on its line (">90%") is named by the line above ("Tốc độ tăng trưởng kinh tế bình quân"). */
function labelAbove(view: SentenceView, q: Quantity): string | null {
  const { text } = view;
  const lineStart = lineStartNear(text, q.start, 8);
  if (lineStart <= 0 || !/^[\s<>≥≤=~+]*$/u.test(text.slice(lineStart, q.start)) || !/^\s*(?:\n|$)/u.test(text.slice(q.end, q.end + 2))) return null;
  let prevEnd = lineStart - 1;
  while (prevEnd > lineStart - 8 && prevEnd > 0 && /\s/u.test(text[prevEnd - 1])) prevEnd--;
  const prevStart = lineStartNear(text, prevEnd, 200);
  if (prevStart < 0) return null;
  const line = text.slice(prevStart, prevEnd).replace(/[\s;:,]+$/u, '');
  if (!line || /\d/.test(line) || wordCount(line) > 20) return null;
  const span = subjectBefore(text, prevStart, prevStart + line.length);
  const label = tidy(text.slice(span.start, span.end));
  return isMeaningfulSubject(label) ? label : null;
}

/** Words that make a subject an indicator: "số hộ nghèo", "tổng doanh thu", "dân số", "diện tích". */
const MEASURE_HEAD = /(?<![\p{L}])(?:số|tổng|lượng|lượt|dân\s+số|diện\s+tích|sản\s+lượng|doanh\s+thu|kinh\s+phí|vốn|(?:thu|chi)\s+(?:ngân\s+sách|NSNN|NSĐP|nội\s+địa|thường\s+xuyên|đầu\s+tư)|giá\s+trị|thu\s+nhập|kim\s+ngạch|mức|quy\s+mô|năng\s+suất|đàn|dư\s+nợ|nguồn|tỷ\s+lệ|SL|DT)(?![\p{L}])/iu;
/** A linking verb right before the number: "là 47.803 người", "đạt 225 nghìn tấn", "còn 195 hộ". */
const LINKING = /(?<![\p{L}])(?:là|đạt|còn|có|gồm|chiếm|tăng|giảm|thực\s+hiện|TH|bằng|lên|xuống|được|cho|tương\s+ứng(?:\s+với)?|xảy\s+ra|ghi\s+nhận|làm\s+chết|bị\s+thương|thu\s+hút|kết\s+nạp|tuyển\s+sinh|trồng\s+mới|khai\s+thác|đón|đón\s+tiếp|phục\s+vụ)(?:\s+(?:thêm|bình\s+quân|trung\s+bình))?\s*$|:\s*$/iu;

/**
 * A count or a measure says what it measures only in an indicator's shape: a subject with a
 * measure word, a linking verb before the number, or a breakdown "(trong đó: rừng tự nhiên 2.457 ha; ...)".
 * "Lẽ nào gần 60 học sinh", "huy động 12 phà", "thu giữ hơn 127 gram" are narrative, not indicators.
 */
function namesWhatIsMeasured(view: SentenceView, q: Quantity, floor: number, lead: string): boolean {
  const { text, start } = view;
  if (/^(?:đồng|USD|EUR|GBP|JPY|CNY)/u.test(q.unit ?? '')) return true; // money is always a level of something
  if (LINKING.test(lead)) return true;
  // "tiếp nhận 27.450 lượt hồ sơ đăng ký cư trú": an action's count, with what was counted named after it
  if (isActionCount(lead, UNIT_LEXICON.get(unitKey(q.unit ?? ''))?.kind) && phraseAfter(text, q.end, view.end, 10)) return true;
  // "có 18/25 chỉ tiêu đạt và vượt, 05 chỉ tiêu ước đạt, 02 chỉ tiêu khó đạt": counts of what a ratio counted
  if (q.unit && text.slice(Math.max(start, q.start - MAX_SUBJECT), q.start).includes(`/`) &&
    new RegExp(`\\d\\s?\\/\\s?\\d+\\s+${q.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text.slice(Math.max(start, q.start - MAX_SUBJECT), q.start))) return true;
  // "điện sản xuất 2.145 triệu kWh, tăng 18,3%": a level reported with its change is statistics
  if (/^\s*,\s*(?:tăng|giảm)\s+\d/iu.test(text.slice(q.end, q.end + 16))) return true;
  const from = clauseStart(text, start, q.start);
  if (MEASURE_HEAD.test(text.slice(Math.max(from, floor), q.start))) return true;
  // a breakdown list inside parentheses or after "trong đó"
  const around = text.slice(Math.max(start, q.start - MAX_SUBJECT), q.start);
  const open = around.lastIndexOf('(');
  return (open >= 0 && !around.slice(open).includes(')')) || /trong\s+đó\s*:?[^.]*$/iu.test(around.slice(-80));
}

/** "tiêm từ 2 liều vắc xin đạt 99,1%": a count inside the subject of a later share. */
function insideLaterSubject(view: SentenceView, index: number, lead: string): boolean {
  if (/(?:đạt|là|có|còn|chiếm|cho|được|với|tăng|giảm|lên|khoảng|gần|trên|hơn)\s*$/iu.test(lead)) return false;
  const q = view.quantities[index];
  const next = view.quantities[index + 1];
  if (!next || !next.unit || !SHARE_UNITS.test(next.unit)) return false;
  const between = view.text.slice(q.end, next.start);
  return !/[,;:()]/.test(between) && /(?:đạt|chiếm|là)\s+$/iu.test(between);
}

/**
 * What a level measures: the noun phrase after a share ("97% hộ gia đình ..."), else the subject
 * before it, else a fallback; a short subject after a comma carries on the sentence's previous
 * indicator ("mũi 1 đạt 96,6%, mũi 2 đạt 91,9%"). Null when nothing is named.
 */
/** Subjects that name an indicator by themselves and never continue the previous one. */
const INDICATOR_HEAD = /^(?:tỷ\s+lệ|tỉ\s+lệ|số|tổng|đàn|giá\s+trị|thu|chi|mức|tốc\s+độ|diện\s+tích|dân\s+số|sản\s+lượng|doanh\s+thu|thu\s+nhập|kim\s+ngạch|vốn|lượng|năng\s+suất|chỉ\s+số)(?![\p{L}])/iu;

/**
 * "..., bằng 80,6% kế hoạch năm, tăng 4,1% so với cùng kỳ": a change after a level in the same
 * sentence measures that level's indicator; the words between are not its subject.
 */
function changeOfPrevious(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, subject: string): { indicator: string; start: number } | null {
  const { text, start, end } = view;
  const lookback = Math.max(start, q.start - 24);
  const verb = /(tăng|giảm|gấp|bằng|chiếm|tương\s+đương)(?:\s+(?:thêm|bình\s+quân|tỷ\s+lệ|với))?\s*$/iu.exec(text.slice(lookback, q.start))
    // "giảm 1,3% (-892 ha)": a signed number in brackets is the same change in absolute terms
    ?? (/[-+−]/.test(text[q.numStart] ?? '') ? /(tăng|giảm)\s+\d[\d.,]*\s?%\s*\(\s*$/iu.exec(text.slice(lookback, q.start)) : null);
  if (!verb || !prev) return null;
  const weak = !subject.trim() || /\d|^so\s+với|^tương\s+đương|(?:^|\s)(?:KH|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)(?:\s|$)/iu.test(subject) || wordCount(subject) <= 1;
  if (!weak || /[.;]/.test(text.slice(Math.max(floor, q.start - MAX_SUBJECT), q.start))) return null;
  // "giảm 1,3% (-892 ha) so với …": the comparison may follow the bracket
  const since = /^\s*\)?\s*(so\s+(?:với\s+)?[^,;.()]{1,40})/u.exec(text.slice(q.end, Math.min(end, q.end + 60)));
  const tail = `${verb[1]}${since ? ' ' + since[1].trim() : ''}`;
  // "giảm còn 21,46%, …, tương ứng giảm 9.412 hộ nghèo": a change counted in other things names them
  if (q.unit && q.unit !== prev.unit && isCountedNoun(q.unit) && !SHARE_UNITS.test(q.unit)) {
    const noun = phraseAfter(text, q.end, end, 6);
    return { indicator: `số ${q.unit}${noun ? ' ' + text.slice(noun.start, noun.end) : ''} ${tail}`, start: lookback + verb.index };
  }
  // "48,2 nghìn tỷ đồng, tương đương 1,9 tỷ USD": the same level in another unit
  if (/^tương/iu.test(verb[1])) return { indicator: prev.base, start: lookback + verb.index };
  // the change of the level, never of an earlier change: indicators do not grow along a chain
  return { indicator: `${prev.base} ${tail}`, start: lookback + verb.index };
}

const RANK_CHANGE = /(?:tăng|giảm|nhảy(?:\s+vọt)?|tụt|vươn\s+lên|thăng)(?:\s+(?:thêm|hơn))?\s*$/iu;

/** "đạt 11,07%, xếp thứ 4 trong khu vực", "tỉnh xếp thứ 3 cả nước về …": the rank of what the clause or the one before measured. */
const RANK_SCOPE = /^[ \t]*(?:(?:cả\s+nước|toàn\s+quốc|trong\s+[^,;.()]{1,30}?)(?=[,;.()]|\s+về|$))?(?:[ \t]*về\s+[^,;.()]{1,60})?/u;
function rankIndicator(view: SentenceView, q: Quantity, subject: { start: number; end: number }, prev: PrevIndicator | null) {
  const { text, end } = view;
  const own = tidy(text.slice(subject.start, subject.end));
  // after a level in the same sentence the rank is that level's ("đạt 19,8%, đứng thứ hai cả nước")
  const what = prev?.base ?? (isMeaningfulSubject(own) && !isPlaceOnly(own) ? own : '');
  const scope = RANK_SCOPE.exec(text.slice(q.end, Math.min(end, q.end + 100)))?.[0].trim() ?? '';
  const topic = what || scope ? '' : view.topic() ?? '';
  return { indicator: `thứ hạng ${what || topic} ${scope}`.replace(/\s+/gu, ' ').trim(), start: subject.end > subject.start ? Math.min(subject.start, q.start) : q.start, end: q.end, rule: 'rank', base: prev?.base ?? what };
}

/** Counted nouns ("lao động", "xã", "trường") as opposed to measures ("tấn", "ha", "tạ/ha", "đồng"). */
function isCountedNoun(unit: string): boolean {
  if (unit.includes('/')) return false;
  return UNIT_LEXICON.get(unitKey(unit))?.kind !== 'measure' && UNIT_LEXICON.get(unitKey(unit))?.kind !== 'currency';
}

/** Subjects that only say when: "6 tháng đầu năm 2024", "cả năm", "lũy kế", "quý III". */
const TIME_SUBJECT = /^(?:(?:cả|trong|riêng|tính|lũy\s+kế)\s+)?(?:năm|\d+\s+tháng|tháng|quý|lũy\s+kế|giai\s+đoạn|cả\s+năm|nhiệm\s+kỳ)(?![\p{L}])/iu;

/** A short subject continues the previous indicator after a comma; a time phrase also after "(" or ";". */
function continues(between: string, subject: string): boolean {
  return /,/.test(between) || (TIME_SUBJECT.test(subject) && /[;(]/.test(between));
}

/** The previous indicator of the sentence; `base` is the level a later change measures (never a change itself). */
export interface PrevIndicator { indicator: string; unit: string | null; base: string }

export function levelIndicator(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, kind: Kind = 'value'):
  { indicator: string; start: number; end: number; rule: string; base: string } | null {
  const { text, start } = view;
  const off = (rule: string) => ruleOff(view, `${kind}/${rule}`);
  const subject = subjectBefore(text, start, q.start, floor);
  const change = off('change') ? null : changeOfPrevious(view, q, floor, prev, text.slice(subject.start, subject.end));
  if (change) return { indicator: change.indicator, start: change.start, end: q.end, rule: 'change', base: prev!.base };
  if (!off('rank') && (q.unit === 'hạng' || (q.unit === 'bậc' && RANK_CHANGE.test(text.slice(Math.max(start, q.start - 20), q.start))))) return rankIndicator(view, q, subject, prev);
  const shared = off('share-of-phrase') ? null : shareOfPhrase(view, q, subject);
  if (shared) return shared;
  const named = namedSubject(view, q, floor, prev, subject, off);
  if (!named) return null;
  const base = withGroupHead(view, named.indicator);
  // "nhóm giao thông giảm 0,51%": a change names what changed and against what
  const indicator = named.rule === 'subject-level' || named.rule === 'topic' ? base + changeWords(view, q) : base;
  return { indicator, start: subject.end > subject.start ? Math.min(subject.start, q.start) : q.start, end: q.end, rule: named.rule, base };
}

/** "97% hộ gia đình đạt tiêu chuẩn văn hóa": the noun phrase after a share names it. */
function shareOfPhrase(view: SentenceView, q: Quantity, subject: { start: number; end: number }):
  { indicator: string; start: number; end: number; rule: string; base: string } | null {
  const { text, start, end } = view;
  const isShare = SHARE_UNITS.test(q.unit ?? '');
  const after = isShare && /^ +[\p{Ll}“"]/u.test(text.slice(q.end, q.end + 3)) ? phraseAfter(text, q.end, end) : null;
  if (!after) return null;
  // "nợ đóng chiếm 2,8% số phải thu", "tỷ lệ bao phủ đạt 93,82% dân số": after a linking verb the
  // subject is named before the share and the phrase after it is only the base
  const named = tidy(text.slice(subject.start, subject.end));
  const baseOnly = /(?:chiếm|đạt|bằng|là)\s*$/iu.test(text.slice(Math.max(start, q.start - 12), q.start))
    && wordCount(named) >= 2 && isMeaningfulSubject(named) && !isPlaceOnly(named);
  if (baseOnly) return null;
  let phrase = tidy(text.slice(after.start, after.end));
  // "kết quả kiểm tra ... 100% đạt yêu cầu": the phrase is a predicate, the subject comes first
  if (/^(?:đạt|được|có|khá|giỏi|tốt)(?![\p{L}])/iu.test(phrase) && subject.end > subject.start) phrase = `${named} ${phrase}`;
  return { indicator: phrase, start: Math.min(q.start, subject.end > subject.start ? subject.start : q.start), end: after.end, rule: 'share-of-phrase', base: phrase };
}

/** The subject before a level, trimmed, inherited, given its topic or a fallback; null when it names nothing. */
function namedSubject(view: SentenceView, q: Quantity, floor: number, prev: PrevIndicator | null, subject: { start: number; end: number },
  off: (rule: string) => boolean): { indicator: string; rule: string } | null {
  const { text, start, end } = view;
  const isShare = SHARE_UNITS.test(q.unit ?? '');
  // "4.918 nhân khẩu thuộc hộ nghèo ... với tổng số 73.770 kg": a number that opens the subject
  // belongs to another count; what is measured follows it
  const first = view.quantities[quantityIndexAt(view, subject.start)];
  const opening = first && first.start < subject.start + 2 && first.end < subject.end ? first : undefined;
  if (opening) Object.assign(subject, trimSubject(text, opening.end, subject.end));
  let indicator = tidy(text.slice(subject.start, subject.end));
  let rule = 'subject-level';
  // "có 18/25 chỉ tiêu đạt và vượt, 05 chỉ tiêu ước đạt": another count's clause is no subject
  if (!isShare && /\d\s?\/\s?\d/.test(indicator)) indicator = '';
  // without 'subject-level' a subject never names its level; the fallback gets its chance
  if (off('subject-level') || !isMeaningfulSubject(indicator) || (!isShare && isPlaceOnly(indicator))) {
    indicator = off('fallback') ? '' : tidy(fallbackIndicator(view, q, floor) ?? '');
    rule = 'fallback';
  } else if (!off('inherited') && prev && prev.unit === q.unit && floor > start && wordCount(indicator) <= 6 && /^[\p{Ll}\d]/u.test(indicator) && !INDICATOR_HEAD.test(indicator) && continues(text.slice(Math.max(floor, subject.start - MAX_SUBJECT), subject.start), indicator)) {
    if (!prev.indicator.endsWith(indicator)) indicator = `${prev.indicator} ${indicator}`; // "..., mũi 2 đạt 91,9%": the sentence's indicator goes on
    rule = 'inherited';
  }
  const topic = !off('topic') && ONLY_TIME.test(indicator) ? view.topic() : null;
  if (topic) { indicator = `${topic} ${indicator}`; rule = 'topic'; } // "Lũy kế 9 tháng ước đạt ..."
  if (!isMeaningfulSubject(indicator) || (!isShare && isPlaceOnly(indicator))) return null;
  if (/^(?:KH|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu|NQ|CT)$/iu.test(indicator)) return null; // "(KH giảm 5%)": a plan
  if (rule === 'subject-level' && !off('measure-of-noun') && wordCount(indicator) <= 2 && !MEASURE_HEAD.test(indicator)) {
    const measured = nounAfterMeasure(view, q, indicator.toLowerCase()); // "trồng 75ha cây chè"
    if (measured) return { indicator: measured, rule: 'measure-of-noun' };
  }
  if (rule === 'subject-level' && !off('place-in-list') && isProperName(indicator)) {
    // "kim ngạch xuất khẩu … gồm: Cao Bằng đạt 42,3 triệu USD": a place in a list takes the list's head
    const head = headNounIn(text, Math.max(start, q.start - MAX_SUBJECT), subject.start) ?? view.topic();
    if (head) return { indicator: `${head} ${indicator}`, rule: 'place-in-list' };
  }
  const action = !isShare && rule === 'subject-level' && q.unit ? actionVerbBefore(text.slice(Math.max(start, q.start - 24), q.start)) : null;
  if (!action && !isShare && rule === 'subject-level' && !off('counted-after-actor') && q.unit && isCountedNoun(q.unit) && isActorClause(indicator)) {
    // "huyện đã xây dựng được 214 mô hình chăn nuôi …": what was counted, not who counted it
    const noun = phraseAfter(text, q.end, end, 10);
    return { indicator: `${q.unit} ${noun ? text.slice(noun.start, noun.end) : indicator}`, rule: 'counted-after-actor' };
  }
  if (!isShare && rule === 'subject-level' && (wordCount(indicator) <= 2 || action) && q.unit && isCountedNoun(q.unit)) {
    // "phấn đấu xây dựng 04 tổ dân phố, bản đạt mới": the counted noun says what is built;
    // "toàn huyện đã tiếp nhận 27.450 lượt hồ sơ …": the actor is no subject, the action is
    const noun = phraseAfter(text, q.end, end, 10);
    indicator = `${action ?? indicator} ${q.unit}${noun ? ' ' + text.slice(noun.start, noun.end) : ''}`;
  }
  return { indicator, rule };
}

/** " tăng so với tháng trước" when the number is a change (its verb right before it); "" otherwise. */
function changeWords(view: SentenceView, q: Quantity): string {
  const verb = CHANGE_BEFORE.exec(view.text.slice(Math.max(view.start, q.start - 24), q.start));
  if (!verb) return '';
  const since = comparisonOf(view.text, view.start, view.end, q.start - verb[0].length, q.end);
  return ` ${verb[1].toLowerCase()}${since ? ' ' + since : ''}`;
}

/** "nhóm giao thông" in a paragraph on the consumer price index: the group takes the list's head. */
function withGroupHead(view: SentenceView, indicator: string): string {
  if (!/^nhóm\s/iu.test(indicator)) return indicator;
  const head = view.topic()?.replace(/\s+(?:tháng|quý|năm|\d+\s+tháng)(?:\s|$).*$/iu, '');
  return head && !/^nhóm\s/iu.test(head) ? `${head} ${indicator}` : indicator;
}

/** Position of `q` in the sentence's quantities (sorted by start), by binary search. */
/** Index of the first quantity starting at or after `pos`, by binary search. */
export function quantityIndexAt(view: SentenceView, pos: number): number {
  let lo = 0, hi = view.quantities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (view.quantities[mid].start < pos) lo = mid + 1; else hi = mid - 1;
  }
  return lo;
}

export const valueExtractor: Extractor = {
  name: 'value',
  extract: (view) => levelStatements(view, 'value'),
};
