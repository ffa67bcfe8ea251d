// `progress`: an achievement as a percentage of a target, plan or estimate —
// "đạt 95% chỉ tiêu Nghị quyết", "bằng 158,3% chỉ tiêu NQĐH", "vượt 13,2% mục tiêu Nghị quyết",
// "vượt 1,5 lần kế hoạch" (150 %), "(vượt chỉ tiêu nghị quyết lần lượt 0,4% và 0,7%/năm)".
// One clause that gives the level, the percentage and the target is ONE record: the level quantity
// before the percentage and a target in parentheses after it ("(Chỉ tiêu NQĐH giao 65 triệu đồng)")
// are claimed by it.
import { emptyFields } from '../pipeline/schema.ts';
import type { Quantity } from './numbers.ts';
import { findQuantities } from './numbers.ts';
import {
  estimateAt, EXCEEDING_VERBS, MAX_SUBJECT, progressVerbBefore, referenceAfter, subjectBefore, tidy, WB, WE, words, REFERENCE_HEADS,
} from './language.ts';
import { ruleOff } from './rules.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';
import { floorBefore, levelIndicator } from './value.ts';
import type { PrevIndicator } from './value.ts';

const isShare = (q: Quantity) => q.unit === '%' || q.unit === 'lần';

/** "vượt chỉ tiêu nghị quyết lần lượt " right before a list of percentages. */
// "so với dự toán đạt 50,31%": the reference first, then the verb
const refBefore = new RegExp(`${WB}(vượt|đạt|bằng|so\\s+với)\\s+(${words(REFERENCE_HEADS)}(?:\\s+(?!(?:là|ở|mức|còn|dưới|trên|khoảng|đạt|bằng|vượt)${WE})[\\p{L}]+){0,4}?)\\s+(?:(đạt|bằng|vượt)\\s+)?(?:lần\\s+lượt\\s+|tương\\s+ứng\\s+)?$`, 'iu');
/** "(Chỉ tiêu NQĐH giao 65 triệu đồng/người/năm)", "(kế hoạch 7%)", "(KH: 250 nghìn tấn)". */
const PLAN_WORDS = words(['chỉ tiêu', 'kế hoạch', 'KH', 'mục tiêu', 'nghị quyết', 'NQ', 'NQĐH', 'dự toán', 'CT']);
const targetParen = new RegExp(
  // "(Chỉ tiêu NQĐH giao 65 triệu)", or ", chưa đạt chỉ tiêu Nghị quyết HĐND tỉnh (95%)"
  `^(?:\\s*[.,]?\\s*\\(\\s*(?:${PLAN_WORDS})[^()\\n]{0,60}?|\\s*[,;]?\\s*(?:(?:chưa\\s+|không\\s+)?(?:đạt|vượt|bằng)|thấp\\s+hơn|cao\\s+hơn)\\s+(?:${PLAN_WORDS})[^()\\n.;]{0,50}\\(\\s*)(?=\\d)`, 'iu');

export const progressExtractor: Extractor = {
  name: 'progress',
  extract(view: SentenceView): Claimed[] {
    const { text, start, end, quantities } = view;
    const out: Claimed[] = [];
    if (!quantities.some(isShare)) return out;
    const used = new Set<Quantity>();
    let floor = start; // a level is looked for after the previous progress clause
    let prevIndicator: PrevIndicator | null = null;
    let lastVerb: { verb: string } | null = null;
    let lastShareEnd = -1;
    let lastLevel: Quantity | null = null;
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i];
      if (!isShare(q) || used.has(q)) continue;
      let relation: 'reached' | 'exceeded_by' | null = null;
      let reference: { start: number; end: number; text: string; joined?: boolean } | null = null;
      const group: Quantity[] = [q];
      // "bằng 118% dự toán tỉnh giao và 105% dự toán huyện giao": the verb carries over "và"
      const ownVerb = progressVerbBefore(text, start, q.start) ?? higherThan(q);
      const carried = !ownVerb;
      const verb: { verb: string } | null = ownVerb
        ?? (lastVerb && lastShareEnd >= 0 && q.start - lastShareEnd < 80 && /^[^,;.\d]{0,60}\s(?:và|,)\s*$/u.test(text.slice(lastShareEnd, q.start)) ? lastVerb : null);
      if (verb) {
        reference = referenceAfter(text, q.end, end);
        if (reference) relation = EXCEEDING_VERBS.some((v) => verb.verb.startsWith(v)) ? 'exceeded_by' : 'reached';
      }
      if (!reference) {
        const rb = refBefore.exec(text.slice(Math.max(start, q.start - 80), q.start));
        if (!rb) continue;
        if (/^so/iu.test(rb[1]) && !rb[3]) continue; // "so với kế hoạch 5%" says no verb
        relation = (rb[3] ?? rb[1]).toLowerCase() === 'vượt' ? 'exceeded_by' : 'reached';
        const refStart = q.start - rb[0].length + rb[0].indexOf(rb[2]);
        reference = { start: refStart, end: refStart + rb[2].length, text: rb[2] };
        // "lần lượt 0,4% và 0,7%/năm": every share of the list belongs to the same reference
        for (let j = i + 1; j < quantities.length; j++) {
          const between = text.slice(group[group.length - 1].end, quantities[j].start);
          if (!/^\s*(?:,|và|;)\s*$/u.test(between) || !quantities[j].unit?.startsWith('%')) break;
          group.push(quantities[j]);
        }
      }
      if (relation === null || reference === null) continue;
      if (q.unit === 'lần') relation = 'reached'; // "vượt 1,5 lần kế hoạch" reaches 150 %
      // "đạt 57,5%, đạt KH": the share IS the level and the plan is met — no progress percentage
      const joinedWithoutLevel = reference.joined && group.length === 1
        && !quantities.slice(Math.max(0, i - 3), i).some((l) => l.end > floor && !used.has(l));
      if (joinedWithoutLevel) continue;
      // the level(s): the nearest unused numbers before the share, after the previous progress clause and any ";"
      const lo = Math.max(floor, q.start - 2 * MAX_SUBJECT);
      const clauseFloor = lo + text.slice(lo, q.start).lastIndexOf(';') + 1;
      const withLevels = !ruleOff(view, 'progress/level-and-share'); // without it, a share never takes a level
      const picked: Quantity[] = withLevels && carried && lastLevel ? [lastLevel] : [];
      for (let j = i - 1; withLevels && j >= 0 && picked.length < group.length && quantities[j].start >= clauseFloor; j--) {
        const l = quantities[j];
        // "tăng 21,7% so với cùng kỳ" compares with a period: it is not the level of a plan
        if (used.has(l) || isProgressShare(view, l) || comparesWithPeriod(view, l)) continue;
        if (group.length === 1 && j > 0 && quantities[j - 1].start >= clauseFloor && restatesLevel(view, quantities[j - 1], l)) continue;
        picked.unshift(l);
      }
      // "đạt 102% dự toán Trung ương giao, bằng 96,3% dự toán HĐND tỉnh giao": a second share of the
      // same level, right after the first
      if (withLevels && !picked.length && lastLevel && group.length === 1 && q.start - lastShareEnd < 80
        && !/[.;]/.test(text.slice(lastShareEnd, q.start))) picked.push(lastLevel);
      const alignedLevels = group.map((_, k) => picked.length === group.length ? picked[k] : (k === group.length - 1 ? picked[picked.length - 1] : undefined));
      for (let k = 0; k < group.length; k++) {
        const share = group[k];
        const level = alignedLevels[k];
        if (!level && ruleOff(view, 'progress/share')) continue;
        const fields = emptyFields('progress');
        fields.percent = share.unit === 'lần' ? Math.round(share.value * 100 * 1e6) / 1e6 : share.value;
        fields.relation = relation;
        fields.reference = tidy(reference.text);
        const claims = [{ start: share.start, end: share.end }];
        let qStart = Math.min(share.start, reference.start);
        let qEnd = Math.max(share.end, reference.end);
        if (!level && verb?.verb !== 'cao hơn') fields.approx = share.approx; // "đạt trên 95% kế hoạch": the qualifier is the share's
        if (level) {
          fields.value = level.value;
          fields.value_max = level.value_max;
          fields.unit = level.unit;
          fields.approx = level.approx;
          claims.push({ start: level.start, end: level.end });
          qStart = Math.min(qStart, level.start);
          used.add(level);
        }
        const anchor = level ? level.start : Math.min(share.start, reference.start);
        const named: ReturnType<typeof levelIndicator> = level ? levelIndicator(view, level, floorBefore(view, level.start), prevIndicator) : null;
        if (named) {
          fields.indicator = named.indicator;
          qStart = Math.min(qStart, named.start);
        } else {
          const subject = subjectBefore(text, start, anchor, floor);
          if (subject.end > subject.start) {
            fields.indicator = tidy(text.slice(subject.start, subject.end));
            qStart = Math.min(qStart, subject.start);
          }
        }
        if (fields.indicator && named?.rule !== 'inherited') prevIndicator = { indicator: fields.indicator, unit: fields.unit, base: named?.base ?? fields.indicator };
        fields.estimate = estimateAt(view, floor, share.start);
        // a target in parentheses right after the reference, possibly past the sentence end
        const target = group.length === 1 ? targetAfter(view, qEnd, true) : null;
        if (target) {
          fields.target_value = target.q.value;
          fields.target_value_max = target.q.value_max;
          fields.target_unit = target.q.unit;
          claims.push({ start: target.q.start, end: target.q.end });
          qEnd = target.end;
        }
        out.push({ start: qStart, end: qEnd, fields, rule: level ? 'progress/level-and-share' : 'progress/share', claims });
        used.add(share);
        if (verb) { lastVerb = verb; lastShareEnd = share.end; lastLevel = level ?? null; }
      }
      floor = group[group.length - 1].end;
      i += group.length - 1;
    }
    return out;
  },
};

/** "(cao hơn 3,1% so với Nghị quyết)": the number reader took "cao hơn" as the share's qualifier; before a plan it is the verb. */
function higherThan(q: Quantity): { verb: string } | null {
  return q.approx?.toLowerCase() === 'cao hơn' ? { verb: 'cao hơn' } : null;
}

/** A share that is itself a progress percentage ("đạt 95% chỉ tiêu") cannot be another's level. */
function isProgressShare(view: SentenceView, q: Quantity): boolean {
  if (!isShare(q)) return false;
  return progressVerbBefore(view.text, view.start, q.start) !== null && referenceAfter(view.text, q.end, view.end) !== null;
}

export function targetAfter(view: SentenceView, start: number, afterReference = false): { q: Quantity; end: number } | null {
  let from = start;
  const limit = Math.min(view.passageEnd, start + 160);
  let tail = view.text.slice(from, limit);
  // "giảm 5,79% so với đầu năm (KH giảm 4%)": a comparison may stand between the level and its plan
  const since = /^\s*so\s+với[^(),.;\d]{1,40}(?=\s*\()/u.exec(tail);
  if (since) { from += since[0].length; tail = tail.slice(since[0].length); }
  // right after "đạt 40% kế hoạch năm", a bare "(250 nghìn tấn)" is that plan
  const head = targetParen.exec(tail) ?? (afterReference ? /^\s*\(\s*(?=\d)/u.exec(tail) : null);
  if (!head) return null;
  const numAt = from + head[0].length;
  const closeAt = view.text.slice(numAt, limit).indexOf(')');
  if (closeAt < 0) return null;
  const close = numAt + closeAt;
  const q = findQuantities(view.text, numAt, close)[0];
  if (!q) return null;
  return { q, end: close + 1 };
}

/**
 * "ước đạt 48,2 nghìn tỷ đồng, tương đương 1,9 tỷ USD, vượt 3,1% kế hoạch", "đạt 3.400 USD, tăng 15,3%
 * và vượt 3% kế hoạch": a restatement or a change right after a level is not what the plan measures.
 */
function restatesLevel(view: SentenceView, level: Quantity, l: Quantity): boolean {
  return level.unit !== null && RESTATES.test(view.text.slice(level.end, l.start));
}
const RESTATES = /^\s*,\s*(?:tương\s+đương(?:\s+với)?|(?:ước\s+)?(?:tăng|giảm)(?:\s+thêm)?)\s*$/iu;

/** "tăng 21,7% so với cùng kỳ": a change against an earlier period. */
function comparesWithPeriod(view: SentenceView, q: Quantity): boolean {
  return /^\s*so\s+với/iu.test(view.text.slice(q.end, q.end + 12));
}
