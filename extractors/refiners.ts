// How the statements the extractors found are settled, in one ordered list (after chrono's
// refiners): each refiner reads the candidates of the whole document, in extractor order, and
// rewrites or drops some. Their order is part of the behaviour.
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

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [shareOfPlanIsTarget, earlierExtractorWins, targetOfProgress];

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
