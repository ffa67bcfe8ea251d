// The stages in their one order. Only load (before) and store (after) touch the outside;
// everything here is a function over one Document.
import type { Document } from './document.ts';
import { clean } from './stages/clean.ts';
import { detectLanguage } from './stages/language.ts';
import { segment } from './stages/segment.ts';
import { extract } from './stages/extract.ts';
import { context } from './stages/context.ts';
import { normalize } from './stages/normalize.ts';

export type Stage = { name: string; run: (doc: Document) => Document };

export const STAGES: readonly Stage[] = [
  { name: 'clean', run: clean },
  { name: 'language', run: detectLanguage },
  { name: 'segment', run: segment },
  { name: 'extract', run: extract },
  { name: 'context', run: context },
  { name: 'normalize', run: normalize },
];

/** Runs every stage over a loaded Document; the result is ready to store or print. */
export function process(doc: Document): Document {
  for (const stage of STAGES) doc = stage.run(doc);
  return doc;
}

export { PIPELINE_VERSION } from './version.ts';
