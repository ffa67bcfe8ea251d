// The clean stage: doc.raw -> doc.text, doc.rawMap, doc.passages.
//
// Every character of the cleaned text is either copied from the raw text (and mapped back to it
// through doc.rawMap) or inserted (a collapsed space, a line separator, an NFC-composed letter).
// The fixes, in the order they apply, each in its module under clean/:
// - invisible characters (zero-width space, word joiner, BOM, soft hyphen) are dropped;
// - lines.ts, whitespace: runs of spaces/tabs/NBSP become one space, lines are trimmed, any number
//   of blank lines becomes one blank line, single newlines stay (news text puts one paragraph per line);
// - emphasis.ts: converter emphasis (*x*, **x**, ***x***) loses its asterisks; a lone "*" stays;
// - a syllable a PDF text layer split with a space ("cò n", "hi ệu", "t ỷ") is joined again when
//   the joined form is a Vietnamese syllable and a part is none (../syllables.ts; not on HTML pages);
// - footnotes.ts: footnote markers glued to the body ("Nghị quyết¹", "⁽³¹⁾") are dropped, footnote
//   lines ("¹ Theo ...") become 'footnote' passages;
// - furniture.ts: site furniture (counters, share bars, comment boxes, footers, menus) stays in the
//   text but gets passages with role 'furniture';
// - paragraphs.ts: a paragraph cut by a page break (with or without a footnote block in between) is
//   joined again with one space; the footnotes it swallowed follow the joined paragraph;
// - letters.ts: letters of a broken PDF font, "ƣ"/"Ƣ" (never Vietnamese), are read as "ư"/"Ư" with
//   a `clean/broken-font-letter` diagnostic; the text is NFC, composed letters inserted.
import type { Document, Passage } from '../document.ts';
import { TextBuilder } from '../document.ts';
import { markEmphasis } from './clean/emphasis.ts';
import { markFootnoteMarkers } from './clean/footnotes.ts';
import { markFurniture } from './clean/furniture.ts';
import { BROKEN_FONT_LETTER, emitNfc, isSurelyNfc, repairLetters } from './clean/letters.ts';
import type { Line } from './clean/lines.ts';
import { buildPieces, isBlank, piecesText, splitLines } from './clean/lines.ts';
import type { Unit } from './clean/paragraphs.ts';
import { groupUnits } from './clean/paragraphs.ts';
import { splitSyllableSpaces } from './syllables.ts';

export { repairLetters };

const STAGE = 'clean';

/** Invisible characters that are dropped outright (zero-width space, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** Lines that need the slow path: odd spaces, emphasis, markers, invisible characters. */
const NEEDS_SLOW_PATH = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\u1680\u2060\ufeff\u00ad*⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]| {2}/;

export function clean(doc: Document): Document {
  const raw = doc.raw;
  const brokenFont = BROKEN_FONT_LETTER.test(raw);
  const rawIsNfc = isSurelyNfc(raw) || raw.normalize('NFC') === raw;
  const lines = readLines(raw, { splitWords: doc.format !== 'html', brokenFont, rawIsNfc });
  markFurniture(lines);
  writeText(doc, groupUnits(lines), rawIsNfc && !brokenFont);
  if (brokenFont) {
    let n = 0;
    for (let i = raw.indexOf('ƣ'); i >= 0; i = raw.indexOf('ƣ', i + 1)) n++;
    for (let i = raw.indexOf('Ƣ'); i >= 0; i = raw.indexOf('Ƣ', i + 1)) n++;
    doc.diagnostics.push({ code: 'clean/broken-font-letter', stage: STAGE, message: `${n} "ƣ"/"Ƣ" from a broken font read as "ư"/"Ư"` });
  }
  if (!doc.text) doc.diagnostics.push({ code: 'clean/empty', stage: STAGE, message: 'no text left after cleaning' });
  return doc;
}

interface ReadOptions {
  /** join syllables split by a space: they come from PDF text layers (and text copied from them), not from pages */
  splitWords: boolean;
  brokenFont: boolean;
  rawIsNfc: boolean;
}
interface RawLine { start: number; end: number; gapBefore: boolean }

/** The non-blank lines of raw, cleaned; `drop` marks the raw characters left out. */
function readLines(raw: string, options: ReadOptions): Line[] {
  const drop = new Uint8Array(raw.length);
  INVISIBLE.lastIndex = 0;
  for (let m; (m = INVISIBLE.exec(raw));) drop[m.index] = 1;
  const lines: Line[] = [];
  for (const block of paragraphBlocks(raw, drop)) {
    // emphasis is matched per block: it may span a line break
    const start = block[0].start, end = block[block.length - 1].end;
    if (raw.slice(start, end).includes('*')) markEmphasis(raw, start, end, drop);
    for (const l of block) {
      const line = readLine(raw, l, drop, options);
      if (line) lines.push(line);
    }
  }
  return lines;
}

/**
 * The non-blank lines in blocks between blank lines and page breaks, with the blank lines folded
 * into gapBefore. Blankness only looks at invisible characters: the other drops fall inside blocks.
 */
function paragraphBlocks(raw: string, drop: Uint8Array): RawLine[][] {
  const blocks: RawLine[][] = [];
  let block: RawLine[] = [];
  let gap = false;
  const finish = () => { if (block.length) blocks.push(block); block = []; };
  for (const l of splitLines(raw)) {
    if (isBlank(raw, l.start, l.end, drop)) {
      finish();
      gap = true;
    } else {
      block.push({ start: l.start, end: l.end, gapBefore: gap });
      gap = false;
    }
    if (l.pageBreak) { finish(); gap = true; }
  }
  finish();
  return blocks;
}

/** One line: split syllables joined, footnote markers dropped, pieces and text; undefined when nothing is left. */
function readLine(raw: string, l: RawLine, drop: Uint8Array, { splitWords, brokenFont, rawIsNfc }: ReadOptions): Line | undefined {
  let joined = false;
  const line = raw.slice(l.start, l.end);
  if (splitWords) for (const at of splitSyllableSpaces(line)) { drop[l.start + at] = 1; joined = true; }
  const slow = joined || NEEDS_SLOW_PATH.test(line);
  const footnote = slow && markFootnoteMarkers(raw, l.start, l.end, drop);
  const pieces = buildPieces(raw, l.start, l.end, drop, slow);
  if (!pieces.length) return undefined;
  let text = piecesText(raw, pieces);
  if (brokenFont) text = repairLetters(text);
  if (!rawIsNfc || brokenFont) text = text.normalize('NFC');
  return { start: l.start, end: l.end, gapBefore: l.gapBefore, pieces, text, footnote, furniture: false, pageNumber: false };
}

/** Writes the units as doc.text (one passage each, separated by line breaks), doc.rawMap and doc.passages. */
function writeText(doc: Document, units: Unit[], rawIsClean: boolean): void {
  const b = new TextBuilder();
  const passages: Passage[] = [];
  for (const unit of units) {
    if (passages.length) b.insert(unit.gapBefore ? '\n\n' : '\n');
    const start = b.size;
    unit.lines.forEach((line, n) => {
      if (n > 0) b.insert(' ');
      for (const p of line.pieces) p === ' ' ? b.insert(' ') : emitNfc(b, doc.raw, p[0], p[1], rawIsClean);
    });
    passages.push({ start, end: b.size, role: unit.role });
  }
  doc.text = b.toString();
  doc.rawMap = b.map;
  doc.passages = passages;
}
