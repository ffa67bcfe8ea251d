// The one place that knows franc. Restricted to Vietnamese and English: the product only reads
// Vietnamese, and English is what else shows up on Vietnamese sites.
//
// franc is loaded on the first call, not at start-up: its trigram tables for ~400 languages take
// ~60 ms to load, and a document whose letters are plainly Vietnamese never asks it (the language
// stage settles those by their letters). Loaded with require: franc is ES modules without top-level
// await, which Node 20.19 and later require synchronously, so `detect` stays a plain function.
import { createRequire } from 'node:module';
import { once } from '../lazy.ts';

export type DetectedLanguage = 'vie' | 'eng' | 'und';

/** franc's trigram model is unreliable below this many characters. */
export const FRANC_MIN_LENGTH = 50;

type Franc = typeof import('franc').franc;
const franc = once((): Franc => (createRequire(import.meta.url)('franc') as typeof import('franc')).franc);

/** Language of `text` as franc sees it; 'und' when the text is too short to tell. */
export function detect(text: string): DetectedLanguage {
  const code = franc()(text, { only: ['vie', 'eng'], minLength: FRANC_MIN_LENGTH });
  return code === 'vie' || code === 'eng' ? code : 'und';
}
