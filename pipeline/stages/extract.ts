// The extract stage: for every sentence of a Vietnamese body passage, find its quantities once,
// decide where target talk starts, and run the extractors (extractors/index.ts).
import type { Document } from '../document.ts';
import { extractAll } from '../../extractors/index.ts';
import { findQuantities } from '../../extractors/numbers.ts';
import { goalsListIn, targetTriggerIn, topicOf } from '../../extractors/language.ts';
import type { SentenceView } from '../../extractors/types.ts';

/** Passage roles whose sentences can hold statements. */
const EXTRACTED_ROLES = new Set(['body', 'heading', 'footnote']);

export function extract(doc: Document): Document {
  if (doc.lang !== null && doc.lang !== 'vie' && doc.lang !== 'und') {
    doc.matches = [];
    return doc;
  }
  const views: SentenceView[] = [];
  // one scan of the whole text is faster than one per sentence; each sentence takes its share
  const all = findQuantities(doc.text);
  let next = 0;
  let goalsPassage = -1; // a goals list ("mục tiêu ... là:") runs to the end of its passage
  let goalsFrom = Infinity;
  let topicPassage = -1; // the topic carries across the sentences of one passage
  let topic: string | null = null;
  for (const s of doc.sentences) {
    const passage = doc.passages[s.passage];
    if (!passage || !EXTRACTED_ROLES.has(passage.role)) continue;
    if (s.passage !== goalsPassage) { goalsPassage = -1; goalsFrom = Infinity; }
    const trigger = targetTriggerIn(doc.text, s.start, s.end);
    const opener = goalsListIn(doc.text, s.start, s.end);
    if (opener >= 0 && goalsPassage < 0) { goalsPassage = s.passage; goalsFrom = opener; }
    const targetFrom = Math.min(goalsPassage === s.passage ? Math.max(goalsFrom, s.start) : Infinity, trigger >= 0 ? trigger : Infinity);
    if (s.passage !== topicPassage) { topicPassage = s.passage; topic = null; }
    const quantities = inside(s.start, s.end);
    views.push({ text: doc.text, start: s.start, end: s.end, passageEnd: passage.end, quantities, targetFrom, topic });
    const first = quantities.find((q) => q.unit);
    if (first) topic = topicOf(doc.text, s.start, first.start) ?? topic;
  }
  doc.matches = extractAll(views);
  return doc;

  /** The quantities wholly inside [start, end); sentences come in order, so a cursor suffices. */
  function inside(start: number, end: number) {
    while (next < all.length && all[next].start < start) next++;
    const out = [];
    for (let i = next; i < all.length && all[i].start < end; i++) if (all[i].end <= end) out.push(all[i]);
    return out;
  }
}
