// Vietnamese syllables by phonotactics, as data: an onset, a rhyme (medial + nucleus + coda) and
// one tone at most; a rhyme closed by p, t, c or ch takes only the sắc or nặng tone. No word list:
// the check answers "could this be one written Vietnamese syllable?". Used to mend words a PDF
// text layer split with a stray space ("cò n", "hi ệu", "t ỷ").
import { isAsciiDigit, isLetterOrMarkCode, isSurrogate, unitClasses } from '../../extractors/numbers/chars.ts';
import { Memo } from '../../extractors/memo.ts';


const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

/** Nucleus (with its medial as written) -> the codas it takes ('' = open syllable). */
const RHYMES: Record<string, string[]> = {
  a: ['', 'i', 'o', 'u', 'y', 'm', 'n', 'ng', 'nh', 'p', 't', 'c', 'ch'],
  ă: ['m', 'n', 'ng', 'p', 't', 'c'],
  â: ['m', 'n', 'ng', 'p', 't', 'c', 'u', 'y'],
  e: ['', 'o', 'm', 'n', 'ng', 'p', 't', 'c'],
  ê: ['', 'u', 'm', 'n', 'nh', 'p', 't', 'ch'],
  i: ['', 'u', 'a', 'm', 'n', 'nh', 'p', 't', 'ch'],
  iê: ['u', 'm', 'n', 'ng', 'p', 't', 'c'],
  yê: ['u', 'm', 'n', 't'],
  o: ['', 'i', 'm', 'n', 'ng', 'p', 't', 'c'],
  oo: ['ng', 'c'],
  ô: ['', 'i', 'm', 'n', 'ng', 'p', 't', 'c'],
  ơ: ['', 'i', 'm', 'n', 'p', 't'],
  u: ['', 'i', 'a', 'm', 'n', 'ng', 'p', 't', 'c'],
  uô: ['i', 'm', 'n', 'ng', 't', 'c'],
  ư: ['', 'i', 'a', 'u', 'm', 'n', 'ng', 't', 'c'],
  ươ: ['i', 'u', 'm', 'n', 'ng', 'p', 't', 'c'],
  y: [''],
  oa: ['', 'i', 'y', 'o', 'm', 'n', 'ng', 'nh', 'p', 't', 'c', 'ch'],
  oă: ['m', 'n', 'ng', 't', 'c'],
  oe: ['', 'o', 'n', 't'],
  uâ: ['n', 'ng', 't', 'y'],
  uê: ['', 'nh', 'ch'],
  uơ: [''],
  uy: ['', 'u', 'a', 'n', 'nh', 'p', 't', 'ch'],
  uyê: ['n', 't'],
};
/** Rhymes never written without an onset ("iê…" is written "yê…" there; no syllable "êu", "êp"). */
const NEEDS_ONSET = new Set(['êu', 'êp', 'êt', 'ưt', 'uôc', 'uôt', 'uôm', 'ươu', 'iêu', 'iêm', 'iên', 'iêng', 'iêp', 'iêt', 'iêc']);
/** Front vowels: c, g, ng are written k, gh, ngh before them. */
const FRONT = /^(?:e|ê|i|y|iê)/;
const STOP_CODA = /(?:p|t|c|ch)$/;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const RHYME_SET = new Set<string>();
for (const [nucleus, codas] of Object.entries(RHYMES)) for (const c of codas) RHYME_SET.add(nucleus + c);
// the open vowels "ă" and "â" never end a syllable
RHYME_SET.delete('ă'); RHYME_SET.delete('â');

function onsetFits(onset: string, rhyme: string): boolean {
  const front = FRONT.test(rhyme);
  switch (onset) {
    case 'c': case 'g': case 'ng': return !front && !rhyme.startsWith('yê');
    case 'k': case 'gh': case 'ngh': return front;
    // "qu" carries the medial: quan, quy, quyên, quốc; never "quu", "quo"
    case 'qu': if (rhyme.startsWith('yê')) return true; return !/^[uo]/.test(rhyme) || rhyme.startsWith('ô');
    case '': return !NEEDS_ONSET.has(rhyme);
    // "yê…" only opens a syllable or follows the medial of "qu" (yên, quyên; tiên is "iê")
    default: return !rhyme.startsWith('yê');
  }
}

const SYLLABLES = new Memo<boolean>(50_000);

/** Whether a word (any case, NFC or not) can be one Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  return SYLLABLES.get(word, check);
}

function check(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  const tone = tones ? tones[0] : '';
  const bare = nfd.replace(TONES, '').normalize('NFC');
  if (!/^[a-zđăâêôơư]+$/u.test(bare) || /[fjwz]/.test(bare)) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    let rhyme = bare.slice(onset.length);
    // "gi" shares its i with a rhyme that has no other vowel or opens with ê: gì, gìn, giêng
    if (onset === 'gi' && (rhyme === '' || rhyme.startsWith('ê') || /^[^aăâeêoôơuưy]/.test(rhyme))) rhyme = `i${rhyme}`;
    if (!RHYME_SET.has(rhyme) || !onsetFits(onset, rhyme)) continue;
    // a rhyme closed by a stop takes the sắc or nặng tone only
    if (STOP_CODA.test(rhyme) && tone !== '\u0301' && tone !== '\u0323') continue;
    return true;
  }
  return false;
}

/** Letter case that one word can have: all lower, all upper, or a capital then lower. */
function caseFits(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/**
 * Whether two letter runs separated by one space are one syllable split in two: joined they make
 * a syllable (in a possible letter case), and apart at least one of them is none.
 */
export function isSplitSyllable(left: string, right: string): boolean {
  if (left.length + right.length > 8) return false;
  if (isSyllable(left) && isSyllable(right)) return false; // the common case, from the cache
  const joined = left + right;
  return caseFits(joined) && isSyllable(joined);
}

/** A letter run longer than this holds no syllable (7 letters at most, a few more with marks apart). */
const RUN_MAX = 12;

/**
 * Per UTF-16 unit, decided once: 1 no letter or mark (as isLetterOrMarkCode); a letter or mark: 2 a
 * vowel, 3 a consonant (any case and tone), 4 anything else (a mark apart, a letter no Vietnamese
 * syllable spells with).
 */
const NONE = 1, VOWEL = 2, CONSONANT = 3, OTHER = 4;
const kindOf = unitClasses((ch, c) => {
  const bare = /\p{M}/u.test(ch) ? '' : ch.toLowerCase().normalize('NFD').replace(TONES, '').normalize('NFC');
  return !isLetterOrMarkCode(c) ? NONE : bare.length !== 1 ? OTHER : 'aăâeêioôơuưy'.includes(bare) ? VOWEL : /^[a-zđ]$/.test(bare) ? CONSONANT : OTHER;
});

/**
 * Whether, going from k by `step` (up to `limit`), a vowel comes before anything but consonants:
 * the run on that side of a space holds a vowel, with only consonants between it and the space.
 */
function vowelNear(text: string, k: number, limit: number, step: number): boolean {
  for (; k !== limit; k += step) {
    const kind = kindOf(text.charCodeAt(k));
    if (kind !== CONSONANT) return kind === VOWEL;
  }
  return false;
}

/**
 * The offsets (from `from`) of the spaces inside syllables that a PDF text layer split ("cò n",
 * "hi ệu", "t ỷ", "ng hi ệp") in the line text[from, to): a single space between two letter runs
 * that make one syllable and apart are not two. Runs touching a digit ("4G hiện nay") and long
 * runs are left alone.
 */
export function splitSyllableSpaces(text: string, from = 0, to = text.length): number[] {
  // indexOf finds the spaces: on the line alone (a slice shares the text), or it would search on past the line
  return spacesInLine(from === 0 && to === text.length ? text : text.slice(from, to));
}

/**
 * splitSyllableSpaces on a whole line. A syllable's vowels stand together (onset, vowels, coda), so
 * two runs with a vowel each join only vowel to vowel ("hi ệu"): most spaces are settled by the
 * letters next to them, with no slice or lookup. A run that meets a unit of a surrogate pair (a
 * letter outside the BMP is two units) sends the line to the regex.
 */
function spacesInLine(line: string): number[] {
  const out: number[] = [];
  const n = line.length;
  let chain = '', chainEnd = -1; // after a join: the letters joined, which end at chainEnd
  for (let sp = line.indexOf(' ', 1); sp >= 0 && sp < n - 1; sp = line.indexOf(' ', sp + 1)) {
    const ka = kindOf(line.charCodeAt(sp - 1)), kb = kindOf(line.charCodeAt(sp + 1));
    if (ka === NONE || kb === NONE) {
      if (isSurrogate(line.charCodeAt(sp - 1)) || isSurrogate(line.charCodeAt(sp + 1))) return splitSpacesByRegex(line);
      continue;
    }
    const joined = chainEnd === sp;
    chainEnd = -1;
    if (!joined && !(ka === VOWEL && kb === VOWEL) && vowelNear(line, sp - 1, -1, -1) && vowelNear(line, sp + 1, n, 1)) continue;
    let leftStart = sp;
    if (!joined) {
      while (leftStart > 0 && sp - leftStart <= RUN_MAX && kindOf(line.charCodeAt(leftStart - 1)) !== NONE) leftStart--;
      const before = leftStart > 0 ? line.charCodeAt(leftStart - 1) : -1;
      if (isSurrogate(before)) return splitSpacesByRegex(line);
      if (sp - leftStart > RUN_MAX || isAsciiDigit(before)) continue;
    }
    let rightEnd = sp + 1;
    while (rightEnd < n && rightEnd - sp <= RUN_MAX && kindOf(line.charCodeAt(rightEnd)) !== NONE) rightEnd++;
    const after = rightEnd < n ? line.charCodeAt(rightEnd) : -1;
    if (isSurrogate(after)) return splitSpacesByRegex(line);
    // isSplitSyllable takes at most 8 letters in all
    if (rightEnd - sp - 1 > RUN_MAX || isAsciiDigit(after) || (joined ? chain.length : sp - leftStart) + rightEnd - sp - 1 > 8) continue;
    const left = joined ? chain : line.slice(leftStart, sp);
    const right = line.slice(sp + 1, rightEnd);
    if (isSplitSyllable(left, right)) {
      out.push(sp);
      chain = left + right;
      chainEnd = rightEnd;
    }
  }
  return out;
}

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

/** splitSyllableSpaces with the letter runs found by a regex: for lines with letters outside the BMP. */
function splitSpacesByRegex(line: string): number[] {
  const out: number[] = [];
  let prev = '', prevEnd = -1; // the previous letter run (after a join: the joined letters)
  let prevGlued = false;
  const gluedAt = (a: number, b: number) => isAsciiDigit(line.charCodeAt(a - 1)) || isAsciiDigit(line.charCodeAt(b));
  LETTER_RUN.lastIndex = 0;
  for (let m; (m = LETTER_RUN.exec(line));) {
    const run = m[0], start = m.index, runEnd = start + run.length;
    const short = run.length <= RUN_MAX;
    if (short && prev && !prevGlued && start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32
      && !gluedAt(start, runEnd) && isSplitSyllable(prev, run)) {
      out.push(prevEnd);
      prev += run;
      prevEnd = runEnd;
      continue;
    }
    prev = short ? run : '';
    prevGlued = gluedAt(start, runEnd);
    prevEnd = runEnd;
  }
  return out;
}
