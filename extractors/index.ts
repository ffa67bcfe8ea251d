// All extractors in one list, and how their matches are reconciled: each number belongs to one
// statement, and the more specific kind wins (ratio, then progress, then target and value).
import type { Match } from '../pipeline/document.ts';
import { progressExtractor } from './progress.ts';
import { ratioExtractor } from './ratio.ts';
import { targetExtractor } from './target.ts';
import type { Claimed, Extractor, SentenceView } from './types.ts';
import { valueExtractor } from './value.ts';

/** In order of precedence: a number claimed by an earlier extractor is not reported again. */
export const EXTRACTORS: readonly Extractor[] = [ratioExtractor, progressExtractor, targetExtractor, valueExtractor];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Runs every extractor over the sentences of a document and keeps one statement per number.
 * In target talk, a progress clause also states its level as a target, and a bare
 * "hoàn thành 100% chỉ tiêu" is itself the target.
 */
export function extractAll(views: SentenceView[]): Match[] {
  const taken: { start: number; end: number }[] = [];
  const results: Claimed[] = [];
  for (const extractor of EXTRACTORS) {
    const found: Claimed[] = [];
    for (const view of views) {
      for (const m of extractor.extract(view)) {
        if (m.claims.some((c) => taken.some((t) => overlaps(c, t)))) {
          if (extractor.name === 'target' && targetOfProgress(m, results)) found.push(m);
          continue;
        }
        if (m.fields.kind === 'progress' && inTargetTalk(views, m)) {
          if (m.fields.value === null) {
            // "phấn đấu hoàn thành 100% chỉ tiêu kế hoạch năm 2023": the share is the target
            m.fields = { ...m.fields, kind: 'target', indicator: m.fields.reference ?? m.fields.indicator, value: m.fields.percent, unit: '%', percent: null, relation: null, reference: null };
            m.rule = 'target/share-of-plan';
          }
        }
        found.push(m);
      }
    }
    for (const m of found) taken.push(...m.claims);
    results.push(...found);
  }
  return results.map(({ claims: _claims, ...match }) => match).sort((a, b) => a.start - b.start || a.end - b.end);
}

function inTargetTalk(views: SentenceView[], m: Claimed): boolean {
  const v = views.find((s) => s.start <= m.start && m.start < s.end);
  return v !== undefined && m.claims[0].start >= v.targetFrom;
}

/** A target whose number is the level of a progress statement made in target talk: both stay. */
function targetOfProgress(m: Claimed, results: Claimed[]): boolean {
  return results.some((r) => r.fields.kind === 'progress' && r.fields.value !== null && r.claims.length > 1
    && overlaps(r.claims[1], m.claims[0]) && r.claims.every((c) => !overlaps(c, m.claims[0]) || c === r.claims[1]));
}
