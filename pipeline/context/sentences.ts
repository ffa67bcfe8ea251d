// Looking around a sentence: which sentence holds an offset, and what the sentences before it in
// its passage said.
import type { Sentence } from '../document.ts';
import { countBefore } from '../../extractors/statement.ts';

/** The index of the sentence that holds `offset` (the last one starting at or before it), -1 before the first. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  return countBefore(sentences, offset + 1) - 1;
}

/**
 * The first answer of `look` over the sentences before `si` in its passage, nearest first. Each
 * sentence's answer is remembered in `memo`, so the walks of all matches together stay linear.
 */
export function earlierInPassage<T>(sentences: Sentence[], memo: Map<number, T | null>, si: number, look: (j: number) => T | null): T | null {
  const passage = sentences[si].passage;
  const walked: number[] = [];
  let found: T | null = null;
  for (let j = si - 1; j >= 0 && sentences[j].passage === passage; j--) {
    if (memo.has(j)) { found = memo.get(j)!; break; }
    walked.push(j);
    found = look(j);
    if (found !== null) break;
  }
  for (const j of walked) memo.set(j, found);
  return found;
}
