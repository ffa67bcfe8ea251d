// All extractors in one list, and how their matches are reconciled: each number belongs to one
// statement, and the more specific kind wins (table, ratio, progress, then value and target).
import type { Match } from '../pipeline/document.ts';
import { progressExtractor } from './progress.ts';
import { ratioExtractor } from './ratio.ts';
import { ruleOff } from './rules.ts';
import type { RunOptions } from './rules.ts';
import { tableExtractor } from './table.ts';
import { targetExtractor } from './target.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';
import { valueExtractor } from './value.ts';

/**
 * In order of precedence: a number claimed by an earlier extractor is not reported again. Values
 * come before targets so that "23,8% (mục tiêu 2025 là 30%)" keeps its plan in brackets.
 */
export const EXTRACTORS: readonly Extractor[] = [tableExtractor, ratioExtractor, progressExtractor, valueExtractor, targetExtractor];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Runs every extractor over the sentences of a document and keeps one statement per number.
 * In target talk, a progress clause also states its level as a target, and a bare
 * "hoàn thành 100% chỉ tiêu" is itself the target.
 */
export function extractAll(views: SentenceView[], options: RunOptions = {}): Match[] {
  const without = options.without;
  if (without?.size) views = views.map((v) => ({ ...v, without }));
  const taken = new SpanSet();
  const progressLevels = new Map<number, Claimed>(); // start of a level number -> its progress statement
  const results: Claimed[] = [];
  for (const extractor of EXTRACTORS) {
    const found: Claimed[] = [];
    for (const view of views) {
      if (view.table && extractor !== tableExtractor) continue; // a table row is read by its columns
      for (const m of extractor.extract(view)) {
        // the statement's own number decides; what it takes besides (a level, a plan in brackets) follows it
        if (taken.overlaps(m.claims[0])) {
          if (extractor.name === 'target' && targetOfProgress(m, progressLevels)) found.push(m);
          continue;
        }
        if (m.fields.kind === 'progress' && m.claims[0].start >= view.targetFrom) {
          if (m.fields.value === null && !ruleOff(view, 'target/share-of-plan')) {
            // "phấn đấu giải ngân 100% kế hoạch vốn năm 2023": the share is the target
            m.fields = { ...m.fields, kind: 'target', indicator: targetName(m.fields), value: m.fields.percent, unit: '%', percent: null, relation: null, reference: null };
            m.rule = 'target/share-of-plan';
          }
        }
        found.push(m);
      }
    }
    for (const m of found) {
      for (const c of m.claims) taken.add(c);
      if (m.fields.kind === 'progress' && m.fields.value !== null && m.claims.length > 1) progressLevels.set(m.claims[1].start, m);
    }
    for (const m of found) results.push(m); // not push(...found): 150,000 arguments overflow the stack
  }
  return results.map(({ claims: _claims, ...match }) => match).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A target whose number is the level of a progress statement made in target talk: both stay. */
function targetOfProgress(m: Claimed, progressLevels: Map<number, Claimed>): boolean {
  const p = progressLevels.get(m.claims[0].start);
  return p !== undefined && p.claims[1].end === m.claims[0].end && m.claims.length === 1;
}

/** Claimed spans, bucketed by position so that an overlap test costs O(1) on short spans. */
class SpanSet {
  private static readonly BUCKET = 256;
  private buckets = new Map<number, { start: number; end: number }[]>();
  add(span: { start: number; end: number }): void {
    for (let b = Math.floor(span.start / SpanSet.BUCKET); b <= Math.floor((span.end - 1) / SpanSet.BUCKET); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(span); else this.buckets.set(b, [span]);
    }
  }
  overlaps(span: { start: number; end: number }): boolean {
    for (let b = Math.floor(span.start / SpanSet.BUCKET); b <= Math.floor((span.end - 1) / SpanSet.BUCKET); b++) {
      if (this.buckets.get(b)?.some((t) => overlaps(t, span))) return true;
    }
    return false;
  }
}

/** "hoàn thành 100% chỉ tiêu kế hoạch năm 2023" names itself; "giải ngân … đạt 95% kế hoạch" by its subject. */
function targetName(fields: Match['fields']): string | null {
  const reference = fields.reference ?? '';
  return reference.split(/\s+/).length >= 3 || !fields.indicator ? reference || fields.indicator : fields.indicator;
}
