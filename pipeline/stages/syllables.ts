// Vietnamese syllables by phonotactics, as data: an onset, a rhyme (medial + nucleus + coda) and
// one tone at most; a rhyme closed by p, t, c or ch takes only the sắc or nặng tone. No word list:
// the check answers "could this be one written Vietnamese syllable?". Used to mend words a PDF
// text layer split with a stray space ("cò n", "hi ệu", "t ỷ").
import { isAsciiDigit, isLetterOrMarkCode } from '../../extractors/numbers/chars.ts';


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

const cache = new Map<string, boolean>();

/** Whether a word (any case, NFC or not) can be one Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = check(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, hit);
  }
  return hit;
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

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

// Letter runs are found with isLetterOrMarkCode (each UTF-16 unit decided once by its regex), without a
// regex match per word; a line with a surrogate (a letter outside the BMP is two units) keeps the regex.
const SURROGATE = /[\uD800-\uDFFF]/;

/** Calls `each` with the start and end of every run of letters and marks in `line`, in order. */
function letterRuns(line: string, each: (start: number, end: number) => void): void {
  if (SURROGATE.test(line)) {
    LETTER_RUN.lastIndex = 0;
    for (let m; (m = LETTER_RUN.exec(line));) each(m.index, m.index + m[0].length);
    return;
  }
  for (let k = 0, n = line.length; k < n;) {
    while (k < n && !isLetterOrMarkCode(line.charCodeAt(k))) k++;
    if (k === n) break;
    const start = k;
    while (k < n && isLetterOrMarkCode(line.charCodeAt(k))) k++;
    each(start, k);
  }
}

/**
 * The offsets of the spaces inside syllables that a PDF text layer split ("cò n", "hi ệu", "t ỷ",
 * "ng hi ệp"): a single space between two letter runs that make one syllable and apart are not two.
 * Runs touching a digit ("4G hiện nay") and long runs are left alone. Linear in the line.
 */
export function splitSyllableSpaces(line: string): number[] {
  const out: number[] = [];
  if (!line.includes(' ')) return out;
  let prev = '', prevEnd = -1; // the previous letter run (after a join: the joined letters)
  let prevGlued = false;
  const gluedAt = (a: number, b: number) => isAsciiDigit(line.charCodeAt(a - 1)) || isAsciiDigit(line.charCodeAt(b));
  letterRuns(line, (start, runEnd) => {
    const run = line.slice(start, runEnd); // any normalization form: the syllable check decomposes
    // a syllable has at most 7 letters (with marks apart, a few more): longer runs join nothing
    const short = run.length <= 12;
    if (short && prev && !prevGlued && start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32
      && !gluedAt(start, runEnd) && isSplitSyllable(prev, run)) {
      out.push(prevEnd);
      prev += run;
      prevEnd = runEnd;
      return;
    }
    prev = short ? run : '';
    prevGlued = gluedAt(start, runEnd);
    prevEnd = runEnd;
  });
  return out;
}
