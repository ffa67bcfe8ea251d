// Caches that outlive a document must keep copies of its words, not views into it. V8 makes a
// substring of 13 or more characters a view that holds its whole parent string alive, so a header
// or an indicator kept as a cache key kept its document's text: the live heap grew ~50 kB with
// every document (bounded caches of 5,000–20,000 keys could hold as many documents).

/** `s` as a string of its own, never a view into a larger one (short strings already are). */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1); // the concatenation is flattened into a fresh copy
}
