// An age band in the phrase after a figure says who its people are: "1.200 người từ 60 tuổi trở lên", "380.944 trẻ từ 6 -
// 35 tháng tuổi bổ sung vitamin A", "50% trẻ em từ 6 - 16 tuổi biết bơi". The ages are no figures of their own (a count of
// 'tuổi' is an age, TIME_UNITS); the band and the phrase after it go on naming the figure ("từ" stops a phrase elsewhere).
import { AGE_BAND_LEADS, PHRASE_WORDS } from './knowledge/index.ts';
import { alternatives } from './patterns.ts';
import { phraseAfter } from './clause.ts';
import type { Span } from './statement.ts';

const AGE = String.raw`\d{1,3}`;
const AGE_BAND = new RegExp(String.raw`^[ \t]+(?:${alternatives(AGE_BAND_LEADS)})[ \t]+${AGE}(?:[ \t]*(?:[-–]|đến(?:[ \t]+dưới)?)[ \t]*${AGE})?[ \t]+(?:tháng[ \t]+)?tuổi(?:[ \t]+trở[ \t]+lên)?(?![\p{L}\p{N}])`, 'iu');
const BAND_WIDTH = 48; // "từ 5 đến dưới 12 tháng tuổi trở lên" and its spaces

/** The noun phrase after a figure at `pos` (phraseAfter), carried on over an age band in it or right after the figure. */
export function phraseWithAgeBand(text: string, pos: number, limit: number, maxWords: number = PHRASE_WORDS.counted): Span | null {
  const own = phraseAfter(text, pos, limit, maxWords);
  const at = own ? own.end : pos;
  const band = AGE_BAND.exec(text.slice(at, Math.min(limit, at + BAND_WIDTH)));
  if (!band) return own;
  const bandEnd = at + band[0].length;
  const rest = phraseAfter(text, bandEnd, limit, maxWords);
  return { start: own ? own.start : bandEnd - band[0].trimStart().length, end: rest ? rest.end : bandEnd };
}
