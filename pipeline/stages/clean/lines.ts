// Whitespace: raw text split into lines, and each line into pieces — the runs of raw text it keeps,
// trimmed, with runs of spaces/tabs/NBSP collapsed to one space and dropped characters left out.

/** Horizontal whitespace: what collapses to one space (a table: this is asked for every character). */
const SPACES = new Uint8Array(0x10000);
for (const c of [32, 9, 0xa0, 0x202f, 0x205f, 0x3000, 0x1680]) SPACES[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACES[c] = 1;
export const isSpace = (code: number): boolean => SPACES[code] === 1;
const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029\x85]/g;
const CLOSING_PUNCT = '.,;:!?)]}”’»…';
export const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

export type Piece = [start: number, end: number] | ' ';

export interface Line {
  start: number; // raw offsets of the line without its break
  end: number;
  /** a blank line (or a page break) came between this line and the previous non-blank one */
  gapBefore: boolean;
  pieces: Piece[];
  /** cleaned text of the line (NFC) */
  text: string;
  footnote: boolean;
  furniture: boolean;
  /** a page number between two halves of a paragraph: moved out of the way like a footnote */
  pageNumber: boolean;
}

/** Splits raw into lines; form feeds count as blank lines (page breaks). */
export function splitLines(raw: string): { start: number; end: number; pageBreak: boolean }[] {
  const lines: { start: number; end: number; pageBreak: boolean }[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m; (m = LINE_BREAK.exec(raw));) {
    lines.push({ start, end: m.index, pageBreak: m[0] === '\f' });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: raw.length, pageBreak: false });
  return lines;
}

export function isBlank(raw: string, start: number, end: number, drop: Uint8Array): boolean {
  for (let i = start; i < end; i++) {
    if (!drop[i] && !isSpace(raw.charCodeAt(i))) return false;
  }
  return true;
}

/** The pieces of one line: trimmed, spaces collapsed, dropped characters left out. */
export function buildPieces(raw: string, start: number, end: number, drop: Uint8Array, slow: boolean): Piece[] {
  if (!slow) {
    let a = start, b = end;
    while (a < b && isSpace(raw.charCodeAt(a))) a++;
    while (b > a && isSpace(raw.charCodeAt(b - 1))) b--;
    return a < b ? [[a, b]] : [];
  }
  const pieces: Piece[] = [];
  let run = -1; // start of the current copied run
  // the run that ended at the current gap: held back, as a single plain space usually joins it to the next
  let heldStart = -1, heldEnd = -1;
  const pushHeld = () => { if (heldStart >= 0) { pieces.push([heldStart, heldEnd]); heldStart = -1; } };
  let gapSpace = -1; // offset of the first whitespace char of the current gap, -1 if none
  let gapSpaces = 0;
  let gapDrop = false;
  let any = false;
  for (let i = start; i < end; i++) {
    const code = raw.charCodeAt(i);
    const dropped = drop[i] === 1;
    if (dropped || isSpace(code)) {
      if (run >= 0) { heldStart = run; heldEnd = i; run = -1; }
      if (dropped) gapDrop = true;
      else { if (gapSpace < 0) gapSpace = i; gapSpaces++; }
      continue;
    }
    if (run < 0) {
      if (any && gapSpace >= 0 && !(gapDrop && CLOSING_PUNCT.includes(raw[i]))) {
        if (gapSpaces === 1 && !gapDrop && raw.charCodeAt(gapSpace) === 32) {
          // a single plain space: copy it along with what follows
          if (heldStart >= 0 && heldEnd === gapSpace) { run = heldStart; heldStart = -1; }
          else { pushHeld(); run = gapSpace; }
        } else {
          pushHeld();
          pieces.push(raw.charCodeAt(gapSpace) === 32 ? [gapSpace, gapSpace + 1] : ' ');
        }
      }
      if (run < 0) { pushHeld(); run = i; }
      gapSpace = -1; gapSpaces = 0; gapDrop = false;
      any = true;
    }
  }
  pushHeld();
  if (run >= 0) pieces.push([run, end]);
  return pieces;
}

export function piecesText(raw: string, pieces: Piece[]): string {
  let s = '';
  for (const p of pieces) s += p === ' ' ? ' ' : raw.slice(p[0], p[1]);
  return s;
}
