// An age band right after a count says who its people are: "1.200 người từ 60 tuổi trở lên", "380.944 trẻ từ 6 - 35
// tháng tuổi bổ sung vitamin A". The ages are no figures of their own (a count of 'tuổi' is an age, TIME_UNITS); the
// band and the phrase after it name the count.
import { AGE_BAND_LEADS, PHRASE_WORDS } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import { phraseAfter } from './clause.ts';
import type { Span } from './statement.ts';

const AGE = String.raw`\d{1,3}`;
const AGE_BAND = new RegExp(String.raw`^[ \t]+(?:${alternatives(AGE_BAND_LEADS)})[ \t]+${AGE}(?:[ \t]*(?:[-–]|đến(?:[ \t]+dưới)?)[ \t]*${AGE})?[ \t]+(?:tháng[ \t]+)?tuổi(?:[ \t]+trở[ \t]+lên)?(?![\p{L}\p{N}])`, 'iu');
const BAND_WIDTH = 48; // "từ 5 đến dưới 12 tháng tuổi trở lên" and its spaces

/** The phrase after a count at `pos` that says what it counts, its age band first when it has one. */
export function countedPhraseAt(text: string, pos: number, limit: number): Span | null {
  const band = AGE_BAND.exec(text.slice(pos, Math.min(limit, pos + BAND_WIDTH)));
  if (!band) return phraseAfter(text, pos, limit, PHRASE_WORDS.counted);
  const bandEnd = pos + band[0].length;
  const rest = phraseAfter(text, bandEnd, limit, PHRASE_WORDS.counted);
  return { start: bandEnd - band[0].trimStart().length, end: rest ? rest.end : bandEnd };
}
