// How the statements the extractors found are settled, in one ordered list (after chrono's
// refiners): each refiner reads the candidates of the whole document, in extractor order, and
// rewrites or drops some. Their order is part of the behaviour.
import { BRACKET_PLAN_WORDS, RESPECTIVELY_WORDS, WIDTH } from './knowledge/index.ts';
import { comparisonNotPlan } from './comparison.ts';
import { isCountedNoun } from './count-names.ts';
import { emptyFields } from './statement.ts';
import { alternatives } from './patterns.ts';
import { shareGap } from './ratio.ts';
import { ruleOff } from './rules.ts';
import type { Extracted, Span } from './statement.ts';
import type { Claimed, SentenceView } from './types.ts';
import { claimedSpans } from './types.ts';

/** A statement an extractor proposed, with the extractor's precedence and the sentence it read. */
export interface Candidate {
  m: Claimed;
  /** position of its extractor in EXTRACTORS: an earlier extractor's statement wins a number */
  rank: number;
  extractor: string;
  view: SentenceView;
  /** set by a refiner that drops it */
  dropped?: string;
}

export interface Refiner { name: string; doc: string; refine(candidates: Candidate[]): void }

/** "phấn đấu giải ngân 100% kế hoạch vốn năm 2023": in target talk, a share of the plan with no level is the target. */
const shareOfPlanIsTarget: Refiner = {
  name: 'share-of-plan-is-target',
  doc: 'a progress share with no level, in target talk, becomes a target (rule target/share-of-plan)',
  refine(candidates) {
    for (const c of candidates) {
      const { m, view } = c;
      if (m.fields.kind !== 'progress' || m.claims.own.start < view.targetFrom || m.fields.value !== null) continue;
      if (ruleOff(view, 'target/share-of-plan')) continue;
      m.fields = { ...m.fields, kind: 'target', indicator: targetName(m.fields), value: m.fields.percent, unit: '%', percent: null, relation: null, reference: null };
      m.rule = 'target/share-of-plan';
    }
  },
};

/**
 * Each number belongs to one statement: a statement whose own number an earlier extractor's
 * statement took is dropped (table, ratio, progress, then value and target). Statements of one
 * extractor do not exclude each other; what a statement takes besides its own number follows it.
 */
const earlierExtractorWins: Refiner = {
  name: 'earlier-extractor-wins',
  doc: 'a number taken by an earlier extractor (table, ratio, progress, value, target) is not reported again',
  refine(candidates) {
    const taken = new SpanSet();
    let i = 0;
    while (i < candidates.length) {
      let j = i;
      while (j < candidates.length && candidates[j].rank === candidates[i].rank) j++;
      for (let k = i; k < j; k++) if (taken.overlaps(candidates[k].m.claims.own)) candidates[k].dropped = 'earlier-extractor-wins';
      for (let k = i; k < j; k++) if (!candidates[k].dropped) for (const s of claimedSpans(candidates[k].m.claims)) taken.add(s);
      i = j;
    }
  },
};

/** "phấn đấu thu ngân sách đạt 120 tỷ đồng, bằng 105% kế hoạch": in target talk, the level of a progress statement is also a target; both stay. */
const targetOfProgress: Refiner = {
  name: 'target-of-progress',
  doc: 'a target whose number is exactly the level of a standing progress statement stays beside it',
  refine(candidates) {
    const levels = new Map<number, Span>(); // start of a level number -> the level's span
    for (const c of candidates) {
      const { m } = c;
      if (!c.dropped && m.fields.kind === 'progress' && m.fields.value !== null && m.claims.level) levels.set(m.claims.level.start, m.claims.level);
    }
    for (const c of candidates) {
      const { own, level, plan, also } = c.m.claims;
      if (c.dropped !== 'earlier-extractor-wins' || c.extractor !== 'target' || level || plan || also?.length) continue;
      if (levels.get(own.start)?.end === own.end) c.dropped = undefined;
    }
  },
};

/**
 * "thu nhập bình quân đầu người đạt 22/23 triệu đồng, đạt 96% nghị quyết", "cây nghệ đỏ 18/15ha, thu về
 * 367 tấn, tăng 20% so với kế hoạch": an actual over its plan before a share of the plan is that
 * share's level when the two agree (22/23 = 96 %, 18/15 = 100 % + 20 %): one progress record with the
 * pair's level and plan. The agreement decides, not the distance: the 367 tấn nearer the share stays
 * a level of its own. A pair of counted things stays a ratio beside it, and only when A exceeds B ("kết
 * nạp 36/35 đảng viên mới, đạt 103% chỉ tiêu"): "19/28 trường, đạt 67,9% kế hoạch" counts schools of
 * a total, whatever the plan says.
 */
const pairIsLevel: Refiner = {
  name: 'pair-is-level',
  doc: 'an actual over its plan whose quotient is the share of the plan after it becomes that progress record\'s level and target (rule progress/pair-and-share)',
  refine(candidates) {
    const pairs = new Map<SentenceView, Candidate[]>(); // by sentence: a share looks only at its own
    for (const c of candidates) {
      if (!PAIR_RULES.has(c.m.rule) || (countsThings(c.m.fields) && c.m.fields.achieved! <= c.m.fields.total!)) continue;
      const list = pairs.get(c.view);
      if (list) list.push(c); else pairs.set(c.view, [c]);
    }
    if (!pairs.size) return;
    for (const c of candidates) {
      const { m, view } = c;
      const bare = bareShareOfPair(c, pairs.get(view));
      if ((!bare && (m.fields.kind !== 'progress' || m.fields.percent === null || c.extractor !== 'progress')) || ruleOff(view, 'progress/pair-and-share')) continue;
      const pair = bare ?? nearestAgreeing(pairs.get(view) ?? [], c);
      if (!pair) continue;
      const f = pair.m.fields;
      const ofRatio = f.kind === 'ratio', counted = countsThings(f); // "15.530 ha/22.366 ha" measures, no count
      if (bare) m.fields = { ...emptyFields('progress'), percent: m.fields.value, relation: 'reached', reference: SHARE_OF_PAIR.exec(between(view.text, pair, m))?.[1] ?? null };
      m.fields = {
        ...m.fields, indicator: f.indicator ?? m.fields.indicator,
        value: ofRatio ? f.achieved : f.value, value_max: null, unit: f.unit, approx: ofRatio ? null : f.approx,
        target_value: ofRatio ? f.total : f.target_value, target_unit: f.unit, target_value_max: null,
        estimate: m.fields.estimate || f.estimate,
      };
      m.claims = { ...m.claims, level: pair.m.claims.own };
      m.start = pair.m.start; // the pair opens the clause; a level nearer the share is left to stand alone
      m.rule = 'progress/pair-and-share';
      if (pair.m.notes?.length) m.notes = [...(m.notes ?? []), ...pair.m.notes];
      if (!counted) pair.dropped = 'pair-is-level';
    }
  },
};
const PAIR_RULES = new Set(['ratio/actual-over-plan', 'ratio/share-over-plan', 'ratio/a-of-b', 'ratio/spaced-share']);
// "Trục thôn 130m/130m đạt 100%", "trồng được 15.530 ha/22.366 ha KH bằng 70%", "76,94ha/60ha (đạt 128,23%)": a share right
// after a pair, no plan named after it
const SHARE_VERB_NEXT = String.raw`[ \t]*[,(]?[ \t]*(?:đạt|bằng)[ \t]*$`;
const SHARE_OF_PAIR = new RegExp(`^[ \\t]*(?:(${alternatives(BRACKET_PLAN_WORDS)})(?![\\p{L}]))?${SHARE_VERB_NEXT}`, 'iu');
/** The same with no plan word between: the share's clause opens right after the pair. */
const SHARE_RIGHT_AFTER = new RegExp(`^${SHARE_VERB_NEXT}`, 'iu');
/** For a level in % with no plan named after it: the pair of amounts right before it whose quotient it is, or null. */
function bareShareOfPair(c: Candidate, pairs: Candidate[] | undefined): Candidate | null {
  const { m, view } = c;
  if (!pairs || c.extractor !== 'value' || m.fields.kind !== 'value' || m.fields.unit !== '%' || m.fields.value === null) return null;
  const asShare = { ...c, m: { ...m, fields: { ...m.fields, percent: m.fields.value } } };
  const pair = nearestAgreeing(pairs, asShare);
  const words = pair ? between(view.text, pair, m) : '';
  // "10.760/10.760 căn nhà (đạt 100%)": a share in brackets after a part of a whole is the part's rate; after amounts, their plan's
  return pair && !countsThings(pair.m.fields) && SHARE_OF_PAIR.test(words) && (!words.includes('(') || pair.m.rule === 'ratio/actual-over-plan')
    // "dung tích 306,9/345 triệu m3, đạt 88,7% so với thiết kế": a share compared with a base that is no plan is of that base
    && comparisonNotPlan(view.text.slice(m.claims.own.end, m.claims.own.end + WIDTH.comparison)) === null ? pair : null;
}
/** A ratio of counted things ("19/28 trường"), not of measures ("15.530 ha/22.366 ha", an amount over its plan). */
const countsThings = (f: Claimed['fields']) => f.kind === 'ratio' && isCountedNoun(f.unit ?? '');
/** The words between a pair and the share after it, without the pair's unit ("15.530 ha/22.366| ha KH bằng |70%"). */
function between(text: string, pair: Candidate, share: Claimed): string {
  const s = text.slice(pair.m.claims.own.end, share.claims.own.start), unit = pair.m.fields.unit;
  return unit && s.trimStart().startsWith(unit) ? s.trimStart().slice(unit.length) : s;
}
/** The pair nearest before the share, of its sentence's pairs, in its clause, whose quotient agrees with the share (to its rounding). */
function nearestAgreeing(pairs: Candidate[], c: Candidate): Candidate | null {
  const { percent, relation } = c.m.fields;
  const share = c.m.claims.own;
  let best: Candidate | null = null;
  for (const p of pairs) {
    const own = p.m.claims.own;
    if (p.dropped || own.end > share.start || share.start - own.end > WIDTH.reference) continue;
    if (/[.;]/.test(c.view.text.slice(own.end, share.start))) continue;
    const f = p.m.fields;
    const [a, b] = f.kind === 'ratio' ? [f.achieved!, f.total!] : [f.value!, f.target_value!];
    if (!b) continue;
    // a share is printed rounded, at most to a whole percent: "2413%" for 1.809,5/75 = 2412,7 %; one exceeding
    // the plan is what lies above its 100 %; one whose clause opens right after the pair is its share even when the
    // page worked it out on other figures ("45,22 tạ/44,9 tạ/ha, đạt 102% KH": 100,7 %), within a few points
    const gap = shareGap(a, b, percent! + (relation === 'exceeded_by' ? 100 : 0));
    if ((gap < 1 || (gap < 5 && SHARE_RIGHT_AFTER.test(between(c.view.text, p, c.m)))) && (!best || own.start > best.m.claims.own.start)) best = p;
  }
  return best;
}

/** "tương ứng", "lần lượt": the figures after it go one to each of the subject's parts, in order. */
const RESPECTIVELY = alternatives(RESPECTIVELY_WORDS).replace(/\\s\+/g, '[ \\t]+');
const RESPECTIVELY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${RESPECTIVELY})(?:[ \\t]+(?:là|đạt|tăng|giảm|còn))?[ \\t]*$`, 'iu');
/** The verbs an indicator may end on before the figures ("… giảm còn lần lượt"). */
const TRAILING_VERBS = new RegExp(`(?:[ \\t]+(?:tăng|giảm|đạt|còn|là|xuống|lên|${RESPECTIVELY}))+$`, 'iu');
/** Between two figures of one list: "và" or a comma. */
const FIGURE_JOINT = /^[ \t]*(?:,|và|,[ \t]*và)[ \t]*$/u;
/** "nông nghiệp - công nghiệp, xây dựng - dịch vụ tương ứng là 22,95% - 35,19% - 41,86%": figures joined by dashes go to parts joined by dashes. */
const DASH_JOINT = /^[ \t]+[-–—][ \t]+$/u;
const DASHES = /[ \t]+[-–—][ \t]+/u;

/**
 * "Kim ngạch xuất khẩu và nhập khẩu tăng tương ứng 9,35% và 7,28%": the first figure is of the subject's
 * first part, the next of its next part, each with the words the first part opens on ("Kim ngạch").
 */
const respectively: Refiner = {
  name: 'respectively',
  doc: 'figures after "tương ứng"/"lần lượt" named one to each part of a subject joined by "và" (the first part\'s head shared)',
  refine(candidates) {
    for (let i = 0; i < candidates.length; i++) {
      const first = candidates[i];
      const { m, view } = first;
      const own = m.claims.own;
      const indicator = m.fields.indicator;
      if (!indicator || !RESPECTIVELY_BEFORE.test(view.text.slice(Math.max(view.start, own.start - WIDTH.marker), own.start))) continue;
      const after = candidates[i + 1];
      const dashed = after?.view === view && DASH_JOINT.test(view.text.slice(own.end, after.m.claims.own.start));
      if (dashed ? !DASHES.test(indicator) : !indicator.includes(' và ')) continue;
      const joint = dashed ? DASH_JOINT : FIGURE_JOINT;
      const parts = indicator.replace(TRAILING_VERBS, '').split(dashed ? DASHES : /,[ \t]*|[ \t]+và[ \t]+/u).map((x) => x.trim()).filter(Boolean);
      const items = [first];
      const itemRule = m.rule.replace(/\/.*$/, '/list-item'); // the next figures are the same kind's list items
      for (let k = i + 1; k < candidates.length && items.length < parts.length; k++) {
        const next = candidates[k];
        const prev = items[items.length - 1].m.claims.own;
        if (next.view !== view || next.m.rule !== itemRule || !joint.test(view.text.slice(prev.end, next.m.claims.own.start))) break;
        items.push(next);
      }
      if (items.length !== parts.length || parts.length < 2) continue;
      const head = parts[0].split(' ');
      const shared = head.slice(0, Math.max(0, head.length - parts[1].split(' ').length)).join(' ');
      items.forEach((c, k) => {
        c.m.fields = { ...c.m.fields, indicator: k === 0 || !shared ? parts[k] : `${shared} ${parts[k]}` };
      });
      i += items.length - 1;
    }
  },
};

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [pairIsLevel, shareOfPlanIsTarget, earlierExtractorWins, targetOfProgress, respectively];

/** "hoàn thành 100% chỉ tiêu kế hoạch năm 2023" names itself; "giải ngân … đạt 95% kế hoạch" by its subject. */
function targetName(fields: Extracted['fields']): string | null {
  const reference = fields.reference ?? '';
  return reference.split(/\s+/).length >= 3 || !fields.indicator ? reference || fields.indicator : fields.indicator;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Claimed spans, bucketed by position so that an overlap test costs O(1) on short spans. */
class SpanSet {
  private static readonly BUCKET = 256;
  private buckets = new Map<number, Span[]>();
  add(span: Span): void {
    for (let b = Math.floor(span.start / SpanSet.BUCKET); b <= Math.floor((span.end - 1) / SpanSet.BUCKET); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(span); else this.buckets.set(b, [span]);
    }
  }
  overlaps(span: Span): boolean {
    for (let b = Math.floor(span.start / SpanSet.BUCKET); b <= Math.floor((span.end - 1) / SpanSet.BUCKET); b++) {
      if (this.buckets.get(b)?.some((t) => overlaps(t, span))) return true;
    }
    return false;
  }
}
