// PLACEHOLDER until the segment stage lands: one sentence per line.
import type { Document } from '../document.ts';
export function segment(doc: Document): Document {
  doc.sentences = [];
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(doc.text));) doc.sentences.push({ start: m.index, end: m.index + m[0].length, passage: 0 });
  return doc;
}
