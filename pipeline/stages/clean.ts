// PLACEHOLDER until the clean stage lands: NFC only.
import type { Document } from '../document.ts';
export function clean(doc: Document): Document {
  doc.text = doc.raw.normalize('NFC');
  doc.rawMap = [{ start: 0, rawStart: 0, length: doc.text.length }];
  doc.passages = [{ start: 0, end: doc.text.length, role: 'body' }];
  return doc;
}
