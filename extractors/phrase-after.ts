// The noun phrase after a number ("97% hộ gia đình", "22/26 trường đạt chuẩn quốc gia"), read word by word up to a
// stop word, a verb before a number, or a comma that opens another clause; and whether a comma joins two units.
import { JOINED_UNIT_NOUNS, PHRASE_FIRST_STOP, PHRASE_GOING_ON, PHRASE_STOP as PHRASE_STOP_WORDS, PHRASE_STOP_PAIRS, PHRASE_STOP_SPANS, PHRASE_VERBS, PHRASE_WORDS } from './knowledge/index.ts';
import { alternatives, words } from './patterns.ts';
import { countedNounAt } from './numbers/units.ts';

export const PHRASE_STOP = new Set<string>(PHRASE_STOP_WORDS);
const SPAN_FIRST = new Set([...PHRASE_STOP_SPANS, ...PHRASE_STOP_PAIRS].map((w) => w.split(' ')[0]));
// a span with its numbers only: "giai đoạn 2011- 2020", "giai đoạn 1" ("sau nửa nhiệm kỳ" is part of the phrase); "đối với"
const SPAN_AT = new RegExp(`^(?:(?:${alternatives(PHRASE_STOP_SPANS)})\\s+\\d|(?:${alternatives(PHRASE_STOP_PAIRS)})(?![\\p{L}]))`, 'iu');
const GOING_ON = new RegExp(`^(?:${alternatives(PHRASE_GOING_ON)})(?![\\p{L}])`, 'iu');
export const PHRASE_FIRST = new Set<string>(PHRASE_FIRST_STOP);
const PHRASE_VERB = new Set<string>(PHRASE_VERBS);
const wordRe = /[\p{L}\p{N}“”"'‘’\-–/]+/uy;
// the tests phraseAfter makes on every word, made once
const COMMA_NOUN = /^, [\p{Ll}“"]/u;
/** "xã, thị trấn", "Thôn, Làng": two administrative units joined by a comma are one plural noun. */
const UNIT_BEFORE_COMMA = new RegExp(`${words(JOINED_UNIT_NOUNS)}\\s*$`, 'iu');
const UNIT_AFTER_COMMA = new RegExp(`^,\\s*${words(JOINED_UNIT_NOUNS)}`, 'iu');
/** Whether the comma at `comma` joins two administrative units ("xã, thị trấn") rather than two clauses. */
export function joinsUnits(text: string, comma: number): boolean {
  return UNIT_AFTER_COMMA.test(text.slice(comma, comma + 16)) && UNIT_BEFORE_COMMA.test(text.slice(Math.max(0, comma - 16), comma));
}
const COMMA_WORD = /^, ([\p{L}]+)/u;
// the segment after a comma, up to the next mark; a decimal mark between digits is no mark ("tỷ lệ 1,8%")
const COMMA_SEGMENT = /^,(?:[^,;.()\n]|(?<=\d)[.,](?=\d))*/u;
const WORD_OPENING = /^\p{L}|^[“"‘]/u;
const SPACE_LETTER = /^ \p{L}/u;
const VERB_BEFORE_NUMBER = /^\s+(?:[\p{L}]+\s+){0,2}\d/u;
const WORD_THEN_NUMBER = /^,\s*\p{L}+\s+\d/u;
export const LETTER = /\p{L}/u;
const SMALL_COUNT = /(?<![\p{L}\p{N}.,/])(?<!\/\s)\d(?=\s+\p{L})/gu; // one digit before a word: "9 đối tượng" (not "/ 1 vạn dân")

/** The noun phrase that follows a number ("97% hộ gia đình", "22/26 trường đạt chuẩn quốc gia"). */
export function phraseAfter(text: string, pos: number, limit: number, maxWords: number = PHRASE_WORDS.share): { start: number; end: number } | null {
  let i = pos;
  let start = -1, end = -1, prevWord = '';
  for (let n = 0; n < maxWords; n++) {
    let j = i;
    while (j < limit && (text[j] === ' ' || text[j] === '\t')) j++;
    // "cơ quan, đơn vị, trường học đạt ...": a comma before a lower-case noun goes on
    if (start >= 0 && text[j] === ',' && COMMA_NOUN.test(text.slice(j, j + 3))) {
      const next = COMMA_WORD.exec(text.slice(j, j + 30));
      const w = next ? next[1].toLowerCase() : '';
      if (!w || PHRASE_STOP.has(w) || PHRASE_VERB.has(w) || w === 'đạt') break;
      // the next segment is another clause when it holds a number ("vụ, bắt khởi 147 đối tượng"),
      // at once when a number follows its first word ("tỷ lệ hộ nghèo, thêm 2 trường")
      const segment = COMMA_SEGMENT.exec(text.slice(j, j + 120))![0];
      if (WORD_THEN_NUMBER.test(segment)) break;
      // "mức độ 1" is a name, "147 đối tượng" a count; "100% xã, thị trấn đạt …" one plural noun whatever follows
      // ("người nghiện, vận động đưa đi 9 đối tượng": one digit before a counted noun is a count all the same)
      const counts = /\d{2}|\d[.,]\d|\d\s*[%‰]/u.test(segment) || [...segment.matchAll(SMALL_COUNT)].some((m) => countedNounAt(text, j + m.index + 1, j + segment.length));
      if (counts && !joinsUnits(text, j)) break;
      j += 1;
      while (j < limit && text[j] === ' ') j++;
    }
    i = j;
    wordRe.lastIndex = i;
    const m = wordRe.exec(text);
    if (!m || i >= limit) break;
    const isWord = WORD_OPENING.test(m[0]);
    // a number only inside a phrase and only before a word: "sản phẩm 3 sao", "mức độ 2"
    // ("… kiểu mẫu và 8 xã …": a number after "và" opens the next count)
    if (!isWord && (start < 0 || prevWord === 'và' || !/^\d+$/.test(m[0]) || !SPACE_LETTER.test(text.slice(i + m[0].length, i + m[0].length + 2)))) break;
    const w = m[0].toLowerCase();
    if ((PHRASE_STOP.has(w) && !GOING_ON.test(text.slice(i, i + 20))) || (start < 0 && PHRASE_FIRST.has(w))) break;
    if (SPAN_FIRST.has(w) && SPAN_AT.test(text.slice(i, i + 20))) break;
    if (PHRASE_VERB.has(w) && VERB_BEFORE_NUMBER.test(text.slice(i + m[0].length, i + m[0].length + 30))) break;
    if (start < 0) start = i;
    prevWord = w;
    i += m[0].length;
    end = Math.min(i, limit);
  }
  if (start < 0) return null;
  const cut = /(?<!chưa|không)\s+(?:đạt|được|là|có|đến|trở lên|và)$/iu.exec(text.slice(start, end)); // "chưa đạt" stays
  if (cut) end -= cut[0].length;
  return end > start ? { start, end } : null;
}
