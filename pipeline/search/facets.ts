// Facet words: one word per filter value (kind, unit, document, year and month published), stored
// in the FTS row, so that filters narrow the match inside FTS5 instead of row by row. Letters and
// digits only, so the unicode61 tokenizer keeps each one whole.

const hex = (text: string) => Buffer.from(text.normalize('NFC'), 'utf8').toString('hex');
export const kindWord = (kind: string) => `k${kind}`;
export const unitWord = (unit: string) => `u${hex(unit)}`;
export const documentWord = (id: string) => `d${id.toLowerCase().replace(/[^0-9a-z]/g, '')}`;
/** The filter words of one statement: kind, unit, document, year and month published. */
export function facetWords(r: { kind: string; unit: string | null; document_id: string; published: string | null }): string[] {
  const words = [kindWord(r.kind), documentWord(r.document_id)];
  if (r.unit) words.push(unitWord(r.unit));
  words.push(...publishedWords(r.published));
  return words;
}

/** The year and month words of a published date. */
export function publishedWords(published: string | null): string[] {
  const date = /^(\d{4})(?:-(\d{2}))?/.exec(published ?? '');
  return date ? [`y${date[1]}`, ...(date[2] ? [`m${date[1]}${date[2]}`] : [])] : [];
}
