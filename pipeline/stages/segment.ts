// The segment stage: doc.sentences, each a trimmed [start, end) span inside one passage.
//
// One linear pass per passage (passages are single lines, so line breaks always end a sentence).
// A candidate end is a run of . ! ? … (with "./." and closing quotes/brackets) followed by
// whitespace; it is NOT an end when
// - the next word starts lower-case ("tạo việc làm… giúp", "v.v. và", "UBND. tỉnh"),
// - the dot follows an abbreviation ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "ThS.", "Q.", "P.")
//   or a single capital (initials: "Nguyễn V. A"; a Roman numeral after a lower-case word, "loại V.", ends one),
// - the dot ends a list marker at the sentence start ("(1).", "1.", "2.1.", "II."),
// - the ellipsis is an omission inside brackets ("(...)"),
// - a parenthesis follows that is not a list marker ("đại hội. (Chỉ tiêu NQĐH giao 96%).").
// Dots without a following space never end a sentence ("7.476", "TP.HCM", "Th.S").
// ";" and ":" never end a sentence: clauses are the extractors' business.
// (Intl.Segmenter('vi', {granularity: 'sentence'}) was measured at ~0.1 MB/s on the seeds, before
// any suppression rules; this pass runs at 100+ MB/s.)
import type { Document, Sentence } from '../document.ts';
import { isLetterOrNumberCode } from '../../extractors/numbers/chars.ts';
import { reassemble } from './tables.ts';
import { DATE_STAMP } from '../loaders/dates.ts';

/** Abbreviations that take a dot and a capitalised word after them. */
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'tp', 'TX', 'TT', 'Q', 'P', 'H', 'X', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'BS', 'KS', 'CN', 'NCS',
  'TSKH', 'BSCKI', 'BSCKII', 'Th', 'ĐC', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'tr', 'Tr', 'vs', 'etc',
]);
const LIST_MARKER = /^(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ]|\([a-zđ]\))$/u;

/** A bracketed list marker opening a text: "(2)", "(b)", "(IV)". */
export const LIST_MARKER_AHEAD = /^\((?:\d{1,3}|[a-zđ]|[IVXLC]{1,5})\)/u;
const TERMINATOR = /[.!?…]/g;
const isTerminator = (c: string) => c === '.' || c === '!' || c === '?' || c === '…';
const isCloser = (c: string) => c === '"' || c === '”' || c === '’' || c === "'" || c === ')' || c === ']' || c === '»';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0';
const isWordChar = (c: string) => isLetterOrNumberCode(c.charCodeAt(0)); // c is one code unit
const isLower = (c: string) => c.toLowerCase() === c && c.toUpperCase() !== c;

/** Whether the terminator run text[i, runEnd) followed by whitespace and text[next] ends a sentence. */
function endsSentence(text: string, sentenceStart: number, i: number, runEnd: number, next: number): boolean {
  if (next < text.length && isLower(text[next])) return false;
  if (i > 0 && (text[i - 1] === '(' || text[i - 1] === '[')) return false; // "(...)"
  // "... đại hội. (Chỉ tiêu NQĐH giao 96%)." annotates the sentence before; "(2). Tỷ lệ" starts one
  if (text[next] === '(' && !LIST_MARKER_AHEAD.test(text.slice(next, next + 8))) return false;
  if (runEnd - i !== 1 || text[i] !== '.') return true;
  // a single dot: look at the word before it ("TP", "PGS.TS", "V", "2.1", "(1)")
  let w = i;
  while (w > sentenceStart && (isWordChar(text[w - 1]) || (text[w - 1] === '.' && w - 1 > sentenceStart && isWordChar(text[w - 2])))) w--;
  const word = text.slice(w, i);
  if (i - sentenceStart <= 12 && LIST_MARKER.test(text.slice(sentenceStart, i))) return false;
  if (!word) return true;
  const lastPart = word.slice(word.lastIndexOf('.') + 1);
  if (ABBREVIATIONS.has(lastPart)) return false;
  if (lastPart.length === 1 && /\p{Lu}/u.test(lastPart) && (w === 0 || !isWordChar(text[w - 1])) && !isNumeralAfterWord(text, w, lastPart)) return false;
  return true;
}

/** "đô thị loại V. Đến nay", "quý I. Trong đó": a one-letter Roman numeral after a lower-case word is a class or a quarter, no initial ("Nguyễn V. A"). */
function isNumeralAfterWord(text: string, w: number, letter: string): boolean {
  if ((letter !== 'I' && letter !== 'V' && letter !== 'X') || w < 2 || !isSpace(text[w - 1])) return false;
  let v = w - 1; // the word before starts at v: a lower-case word, not a name
  while (v > 0 && w - v <= 12 && isWordChar(text[v - 1])) v--;
  return v < w - 1 && isLower(text[v]);
}

/** One dot between a lower-case word of two letters or more (no abbreviation) and a capitalised word: "cả nước.Xếp". */
function gluedEnd(text: string, i: number, runEnd: number, next: number): boolean {
  if (runEnd - i !== 1 || text[i] !== '.' || next !== runEnd) return false;
  const c = text.charCodeAt(next);
  if (c < 65 || (c >= 97 && c <= 122) || !/^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2))) return false; // most glued dots are in numbers ("7.476")
  let w = i;
  while (w > 0 && isWordChar(text[w - 1])) w--;
  const word = text.slice(w, i);
  return word.length >= 2 && /^\p{Ll}+$/u.test(word) && !ABBREVIATIONS.has(word) && (w === 0 || text[w - 1] !== '.');
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, passage: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end, passage });
}

/** Splits text[start, end) (one passage) into sentences, appending them to `out`. */
export function splitSentences(text: string, start: number, end: number, passage: number, out: Sentence[]): void {
  let sentenceStart = start;
  while (sentenceStart < end && isSpace(text[sentenceStart])) sentenceStart++;
  // "date 2020-10 Toàn tỉnh xảy ra 15 vụ cháy": a crawler's stamp opening the line is no part of its first sentence
  const stamp = DATE_STAMP.exec(text.slice(sentenceStart, Math.min(end, sentenceStart + 40)));
  if (stamp && sentenceStart + stamp[0].length < end) {
    pushTrimmed(out, text, sentenceStart, sentenceStart + stamp[0].length, passage);
    sentenceStart += stamp[0].length;
  }
  // the search runs over this passage only: on the whole text, a passage without a terminator would
  // scan on to the next one in the document, and a document of many such lines would take quadratic time
  const passageText = text.slice(start, end);
  TERMINATOR.lastIndex = sentenceStart - start;
  for (let m; (m = TERMINATOR.exec(passageText));) {
    const i = start + m.index;
    let j = i + 1;
    for (;;) {
      if (j < end && isTerminator(text[j])) j++;
      else if (text[j] === '/' && text[j + 1] === '.' && text[j - 1] === '.') j += 2; // "./."
      else break;
    }
    const runEnd = j;
    while (j < end && isCloser(text[j])) j++;
    if (j < end && !isSpace(text[j])) {
      // "… tốt nhất cả nước.Xếp ở vị trí thứ hai …": a full stop a typo glued to the next sentence
      if (gluedEnd(text, i, runEnd, j)) { pushTrimmed(out, text, sentenceStart, j, passage); sentenceStart = j; }
      TERMINATOR.lastIndex = j - start;
      continue;
    }
    let next = j;
    while (next < end && isSpace(text[next])) next++;
    if (next >= end) break;
    if (endsSentence(text, sentenceStart, i, runEnd, next)) {
      pushTrimmed(out, text, sentenceStart, j, passage);
      sentenceStart = next;
    }
    TERMINATOR.lastIndex = next - start;
  }
  pushTrimmed(out, text, sentenceStart, end, passage);
}

export function segment(doc: Document): Document {
  const sentences: Sentence[] = [];
  doc.passages.forEach((p, index) => splitSentences(doc.text, p.start, p.end, index, sentences));
  doc.sentences = reassemble(doc, sentences); // table rows and label/figure lines put back together
  return doc;
}
