// The engine: every extractor over every sentence, then the refiners (extractors/refiners.ts) settle
// which statement each number belongs to. Rules and their ids: extractors/rules.ts.
import { progressExtractor } from './progress.ts';
import { ratioExtractor } from './ratio.ts';
import { REFINERS } from './refiners.ts';
import type { Candidate } from './refiners.ts';
import type { RunOptions } from './rules.ts';
import type { Extracted } from './statement.ts';
import { tableExtractor } from './table.ts';
import { targetExtractor } from './target.ts';
import type { Extractor, SentenceView } from './types.ts';
import { valueExtractor } from './value.ts';

/**
 * In order of precedence: a number claimed by an earlier extractor is not reported again. Values
 * come before targets so that "23,8% (mục tiêu 2025 là 30%)" keeps its plan in brackets.
 */
export const EXTRACTORS: readonly Extractor[] = [tableExtractor, ratioExtractor, progressExtractor, valueExtractor, targetExtractor];

/**
 * Runs every extractor over the sentences of a document, then the refiners; one statement per
 * number, sorted by position. `options.without` switches rules off as if deleted.
 */
export function extractAll(views: SentenceView[], options: RunOptions = {}): Extracted[] {
  const without = options.without;
  if (without?.size) views = views.map((v) => ({ ...v, without }));
  const candidates: Candidate[] = [];
  EXTRACTORS.forEach((extractor, rank) => {
    const readsTables = extractor === tableExtractor;
    for (const view of views) {
      // a table row is read by its columns; a sentence only by the others
      if (readsTables ? !view.table : view.table) continue;
      const found = extractor.extract(view);
      for (let i = 0; i < found.length; i++) candidates.push({ m: found[i], rank, extractor: extractor.name, view });
    }
  });
  for (const refiner of REFINERS) refiner.refine(candidates);
  return candidates.filter((c) => !c.dropped).map(({ m: { claims: _claims, ...match } }) => match)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
