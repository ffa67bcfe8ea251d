// The one place that knows franc. Restricted to Vietnamese and English: the product only reads
// Vietnamese, and English is what else shows up on Vietnamese sites.
import { franc } from 'franc';

export type DetectedLanguage = 'vie' | 'eng' | 'und';

/** franc's trigram model is unreliable below this many characters. */
export const FRANC_MIN_LENGTH = 50;

/** Language of `text` as franc sees it; 'und' when the text is too short to tell. */
export function detect(text: string): DetectedLanguage {
  const code = franc(text, { only: ['vie', 'eng'], minLength: FRANC_MIN_LENGTH });
  return code === 'vie' || code === 'eng' ? code : 'und';
}
