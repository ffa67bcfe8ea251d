// Answers remembered between calls, by string key: the one mechanism behind every cache that
// outlives a document (column roles, folded names, unit keys, indicator keys, resolved places).
//
// The keys are kept as copies of the words, not views into the text. V8 makes a substring of 13 or
// more characters a view that holds its whole parent string alive, so a header or an indicator kept
// as a cache key kept its document's text: the live heap grew ~50 kB with every document.

/** `s` as a string of its own, never a view into a larger one (short strings already are). */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1); // the concatenation is flattened into a fresh copy
}

/**
 * A memo of at most `max` keys. When full it is emptied, not evicted one by one: the keys that
 * matter repeat within a document, so it refills at once. What it holds never changes an answer.
 */
export class Memo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The answer for `key`: remembered, or `compute(key)` remembered now. */
  get(key: string, compute: (key: string) => V): V {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as V;
    const answer = compute(key);
    if (this.answers.size >= this.max) this.answers.clear();
    this.answers.set(detach(key), answer);
    return answer;
  }
}
