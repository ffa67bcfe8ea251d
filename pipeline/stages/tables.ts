// Tables as they reach us, read back into rows for the segment stage. Three shapes:
// - cells joined by " | " on one line (DOCX and HTML tables), under a header row that may be
//   split over two rows ("… | Kết quả thống kê | Ghi chú" then "Đơn vị tính | Số liệu");
// - one cell per line (HTML tables copied as text, PDF text layers read column by column):
//   a run of header lines ("Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2019", …), then the cells of each
//   row, a row starting at its number ("1.") or at its label;
// - space-separated rows under a header on one line ("Chỉ tiêu ĐV tính 2010 2011 … 2018",
//   "Chỉ tiêu ĐVT TH 2023 KH 2024 % so KH"): "Tỷ lệ hộ nghèo % 15.40 12.11 10.44".
// Lines dense with bare figures that fit no header (PDF tables whose rows merged, chart axes)
// become rows without cells: nothing is read from them, and no other extractor reads junk there.
// A label line followed by a line holding only a figure ("Tốc độ tăng trưởng bình quân" / ">10%",
// an infographic flattened) is a row of two cells.
// Every pass is one walk over the passages (or the tokens of one line).
import type { Document, Passage, Sentence, Span, TableCell, TableRow } from '../document.ts';
import { FIGURE_ROLES, isHeaderCells, lengthWithoutRemark, roleOf } from '../../extractors/table/columns.ts';
import type { Role } from '../../extractors/table/columns.ts';
import { readUnit } from '../../extractors/numbers.ts';
import { hasAsciiDigits, isAsciiDigit } from '../../extractors/numbers/chars.ts';
import { eachToken, tokens } from './tokens.ts';

export { isSpaceCode } from './tokens.ts';

/** A figure cell: a number, a range or "-", with an optional qualifier and % or ‰. */
const FIGURE = /^(?:[<>≤≥~]\s*|(?:khoảng|trên|dưới|hơn|gần|tối\s+thiểu|ít\s+nhất|xấp\s+xỉ|đạt|(?:tăng|giảm)(?:\s+từ)?)\s+)?[-+]?\d[\d.,]*(?:\s*[-–/]\s*\d[\d.,]*)?\s*[%‰]?$|^[-–]$/iu;
/** A row number on its own line: "1.", "2.1", "II", "a)", "(3)". */
const MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,5}\.?|[a-zđ]\)|\(\d{1,3}\)|[-+*])$/u;
const YEAR_TOKEN = /^(?:19|20)\d\d$/u;
/** A line holding only a figure with a unit, the value of the label line before it. */
const FIGURE_LINE = /^(?:[<>≤≥~]\s*|(?:khoảng|trên|dưới|hơn|gần|tối\s+thiểu|ít\s+nhất)\s+)?\d(?:[\d.,]*\d)?\s*(%|‰|\p{L}[\p{L} /]{0,24})$/iu;

/** A line holding only a figure and its unit (">90%", "45,7 giường"). */
function isFigureLine(t: string): boolean {
  const m = FIGURE_LINE.exec(t);
  if (!m) return false;
  if (m[1] === '%' || m[1] === '‰') return true;
  const u = readUnit(m[1], 0);
  return u !== null && u.unit !== '' && u.end === m[1].length;
}

const isFigure = (s: string) => FIGURE.test(s.trim());
/** A figure cell, perhaps with a remark in brackets after it: "575 (tăng 15%)", "tăng 7,4 - 8,4% (do năm 2020 …)". */
const isFigureCell = (s: string) => { const t = s.trim(); return isFigure(t.slice(0, lengthWithoutRemark(t))); };
/** A row number in arabic figures, "1" or "1.": after a section's roman number, the first row of the section. */
const ARABIC_MARKER = /^(\d{1,3})\.?$/u;
const ROMAN_MARKER = /^[IVXLC]{1,5}\.?$/u;
const wordsIn = (s: string) => s.split(/\s+/u).filter(Boolean).length;
const NOT_A_LABEL = /^(?:\(|(?:không\s+)?(?:đạt|vượt)$)/iu; // a note ("Không đạt"), a remark in brackets: left from a row, no label

interface Found { first: number; last: number; row: TableRow; start: number; end: number }

/** The rows of every table in the document, each with the passages it spans. */
export function findTableRows(doc: Document): Found[] {
  const out: Found[] = [];
  const ps = doc.passages;
  const text = (i: number) => doc.text.slice(ps[i].start, ps[i].end);
  // whether each passage names a column, worked out once: a header run is looked at from each of its lines
  const heads: (boolean | undefined)[] = new Array(ps.length);
  const isHead = (k: number) => (heads[k] ??= isHeaderLine(text(k)));
  let i = 0;
  while (i < ps.length) {
    const t = text(i);
    let next = i + 1;
    if (t.includes('|')) next = pipeTable(doc, i, out);
    else if (isHead(i)) next = Math.max(i + 1, cellPerLineTable(doc, i, out, isHead));
    const columns = next === i + 1 ? spaceColumns(t) : null;
    if (columns) next = Math.max(i + 1, spaceTable(doc, i, out, columns));
    i = next;
  }
  return out;
}

// ---------------------------------------------------------------- " | " rows

/** Cells of a " | " line as trimmed spans. */
function splitPipes(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k === end || text[k] === '|') {
      let a = from, b = k;
      while (a < b && /\s/u.test(text[a])) a++;
      while (b > a && /\s/u.test(text[b - 1])) b--;
      cells.push({ start: a, end: b });
      from = k + 1;
    }
  }
  // a trailing "|" closes the last cell rather than opening an empty one
  if (cells.length > 1 && cells[cells.length - 1].start === cells[cells.length - 1].end && text[end - 1] === '|') cells.pop();
  return cells;
}

const CONTEXT_ROLES: ReadonlySet<Role> = new Set(['marker', 'label', 'unit', 'note']);

function pipeTable(doc: Document, from: number, out: Found[]): number {
  const ps = doc.passages;
  let header: string[] | null = null;
  let headerJustSeen = false;
  let i = from;
  for (; i < ps.length && doc.text.slice(ps[i].start, ps[i].end).includes('|'); i++) {
    const cells = splitPipes(doc.text, ps[i].start, ps[i].end);
    const texts = cells.map((c) => doc.text.slice(c.start, c.end));
    const figures = texts.filter((c) => c && isFigure(c)).length;
    if (header && headerJustSeen && !figures && !texts.some((t) => CONTEXT_ROLES.has(roleOf(t)) && roleOf(t) !== 'unit')) {
      const merged = splitHeader(header, texts);
      headerJustSeen = false;
      if (merged) { header = merged; continue; }
    }
    // a row of words with an STT or label column heads the rows of figures below it, whatever its
    // other columns name (places, years, groups: "STT | Nội dung | Lâm Đồng | Đắk Nông")
    if (!figures && texts.length >= 3 && (isHeaderCells(texts) || texts.some((t) => roleOf(t) === 'label' || roleOf(t) === 'marker'))) {
      header = texts; headerJustSeen = true; continue;
    }
    headerJustSeen = false;
    if (!header || !figures) continue;
    const h = header;
    // a row whose number and label share one cell ("CHỈ SỐ CHUNG | …") starts at the label column
    const shift = cells.length < h.length && roleOf(h[0]) === 'marker' && /\p{L}{2}/u.test(texts[0]) && !MARKER.test(texts[0]) ? 1 : 0;
    const row: TableRow = { cells: cells.map((c, k) => ({ ...c, header: h[k + shift] ?? null })) };
    out.push({ first: i, last: i, row, start: ps[i].start, end: ps[i].end });
  }
  return i;
}

/**
 * A second header row under cells that span several columns: "Kết quả thống kê" over
 * "Đơn vị tính | Số liệu". Each spanning cell (one that is not STT, label, unit or note) takes an
 * equal share of the sub-header cells, as "parent / sub".
 */
function splitHeader(header: string[], sub: string[]): string[] | null {
  const spanning = header.map((h, k) => (CONTEXT_ROLES.has(roleOf(h)) ? -1 : k)).filter((k) => k >= 0);
  if (!spanning.length || sub.length % spanning.length) return null;
  const share = sub.length / spanning.length;
  const merged: string[] = [];
  let s = 0;
  header.forEach((h, k) => {
    if (!spanning.includes(k)) { merged.push(h); return; }
    for (let n = 0; n < share; n++) merged.push(`${h} / ${sub[s++]}`);
  });
  return merged;
}

// ---------------------------------------------------------------- one cell per line

/** A short line that names a column ("Chỉ tiêu", "Kế hoạch năm 2019"). */
function isHeaderLine(t: string): boolean {
  return t.length <= 60 && !t.includes('|') && !isFigure(t) && roleOf(t) !== 'other';
}

/** The header lines from `from` on: where they end, and the columns when they make a table's header (a label column among them). */
function cellHeader(doc: Document, from: number, isHead: (k: number) => boolean): { end: number; header?: string[]; roles?: Role[] } {
  const ps = doc.passages;
  let j = from;
  while (j < ps.length && j - from < 16 && isHead(j)) j++;
  // the header starts at its STT or label column (a title line before it names a column too)
  const all = [];
  for (let k = from; k < j; k++) all.push(doc.text.slice(ps[k].start, ps[k].end));
  const allRoles = all.map(roleOf);
  const first = allRoles.findIndex((r) => r === 'marker' || r === 'label');
  const header = all.slice(first), roles = allRoles.slice(first);
  return first < 0 || header.length < 3 || !isHeaderCells(header) || !roles.includes('label') ? { end: j } : { end: j, header, roles };
}

function cellPerLineTable(doc: Document, from: number, out: Found[], isHead: (k: number) => boolean): number {
  const ps = doc.passages;
  const text = (i: number) => doc.text.slice(ps[i].start, ps[i].end);
  const { end: j, header, roles } = cellHeader(doc, from, isHead);
  if (!header || !roles) return j;
  const labelCol = roles.indexOf('label');
  const markerCol = roles.indexOf('marker');
  const n = header.length;
  let row: { cells: TableCell[]; first: number; last: number; next: number; section?: boolean } | null = null;
  let lastNumber = 0; // the last arabic row number: a section ("I", "Kinh tế") is followed by the next one
  const flush = () => {
    if (row && row.cells.some((c) => isFigureCell(doc.text.slice(c.start, c.end))) && !NOT_A_LABEL.test(doc.text.slice(row.cells[0].start, row.cells[0].end))) {
      out.push({ first: row.first, last: row.last, row: { cells: row.cells }, start: row.cells[0].start, end: row.cells[row.cells.length - 1].end });
    }
    row = null;
  };
  const nextRowAhead = (k: number) => { for (let m = k + 1; m < Math.min(ps.length, k + 8); m++) { const a = ARABIC_MARKER.exec(text(m)); if (a) return +a[1] === lastNumber + 1; if (!isFigureCell(text(m)) && wordsIn(text(m)) > 2) return false; } return false; };
  let i = j;
  for (; i < ps.length; i++) {
    const p: Passage = ps[i];
    const t = text(i);
    // a lone figure may have been taken for a page number: inside a table it is a cell
    // (a section's roman number may have been taken for a heading: inside a table it is a row's marker)
    if ((p.role === 'furniture' && !isFigure(t)) || (p.role === 'heading' && !(markerCol >= 0 && ROMAN_MARKER.test(t))) || t.length > 200 || t.includes('|')) break;
    const open = row as { next: number; section?: boolean } | null;
    const awaitsFigure = open !== null && open.next < n && open.next > labelCol && (FIGURE_ROLES.has(roles[open.next]) || roles[open.next] === 'unit');
    const arabic = ARABIC_MARKER.exec(t);
    // "I / Kinh tế / 1 / Tốc độ …": a section's row awaits no figure when the next row number comes
    const nextRow = arabic !== null && open?.section === true && (+arabic[1] === lastNumber + 1 || +arabic[1] === 1);
    if (markerCol >= 0 && MARKER.test(t) && (nextRow || !(awaitsFigure && isFigure(t)))) {
      flush();
      row = { cells: [], first: i + 1, last: i, next: markerCol + 1, section: ROMAN_MARKER.test(t) };
      if (arabic) lastNumber = +arabic[1];
      continue;
    }
    const figure = isFigureCell(t);
    const current = row as { cells: TableCell[]; first: number; last: number; next: number } | null;
    const startsRow = !current || current.next >= n || (!figure && wordsIn(t) >= 4 && current.next !== labelCol);
    if (startsRow) {
      // a figure with no row to hold it: the table has ended, unless the next row's number comes within a few lines
      // (a row whose cells did not line up, "-Theo cân nặng (%)" / "-Theo chiều cao (%)" / "7,6" / "10,4" / …)
      if (figure) { if (nextRowAhead(i)) continue; break; }
      flush();
      row = { cells: [], first: i, last: i, next: labelCol };
    }
    const r = row as unknown as { cells: TableCell[]; first: number; last: number; next: number };
    if (!r.cells.length && r.next !== labelCol) r.next = labelCol; // a row starts at its label
    if (figure && roles[r.next] === 'unit' && r.next === labelCol + 1) {
      // the unit line was joined to the label line ("… tiếp cận đa chiều điểm"): split it off again
      const unit = trailingUnit(doc.text, r.cells[r.cells.length - 1]);
      if (unit) { r.cells[r.cells.length - 1].end = unit.labelEnd; r.cells.push({ start: unit.start, end: unit.end, header: header[r.next] }); r.next++; }
    }
    r.cells.push({ start: p.start, end: p.end, header: header[r.next] });
    r.next++;
    r.last = i;
    if (r.first > i) r.first = i;
  }
  flush();
  return i;
}

/** The last one or two words of a cell when they read as a unit: the label before them, the unit span. */
function trailingUnit(text: string, cell: Span): { labelEnd: number; start: number; end: number } | null {
  const toks = tokens(text, cell.start, cell.end);
  for (const n of [2, 1]) {
    if (toks.length <= n + 1) continue;
    const start = toks[toks.length - n].start;
    const u = readUnit(text.slice(start, cell.end), 0);
    if (u && u.end === cell.end - start && u.unit) return { labelEnd: toks[toks.length - n - 1].end, start, end: cell.end };
  }
  return null;
}

// ---------------------------------------------------------------- space-separated rows

const SPACE_HEADER_START = /^(?:(?:stt|tt)\s+)?(?:chỉ\s+tiêu|nội\s+dung|danh\s+mục)(?![\p{L}])/iu;
const UNIT_COLUMN = /(?<![\p{L}])(?:đvt|dvt|đv\s*tính|đơn\s+vị\s+tính|đơn\s+vị)(?![\p{L}])/iu;
/** Words that open a column of figures in a header written on one line with spaces ("Sơ bộ 2021": a preliminary year's). */
const OPENS_COLUMN = /^(?:kh|th|ước|kế|thực|dự|so|sơ|%|năm|(?:19|20)\d\d)$/iu;
/** A header of years only, two at least, a preliminary or estimated year's word maybe before one. */
const YEARS_ONLY_HEADER = /^\s*(?:(?:năm|sơ\s+bộ|ước(?:\s+tính)?)\s+)?(?:19|20)\d\d(?:\s+(?:(?:năm|sơ\s+bộ|ước(?:\s+tính)?)\s+)?(?:19|20)\d\d)+\s*$/iu;

/**
 * The columns of a header whose cells are separated by spaces only: "Chỉ tiêu ĐV tính 2010 2011",
 * "Chỉ tiêu ĐVT TH 2023 KH 2024 Ước TH 2024 % so KH". A column opens at a plan, result or
 * comparison word or at a second year; "Ước TH", "% so KH", "Kế hoạch năm 2024" stay one column.
 */
export function spaceColumns(head: string): { columns: string[]; hasUnit: boolean } | null {
  // a statistics yearbook's header names its years only ("2015 2017 2019 2020 Sơ bộ 2021"): the label column is implied
  const lead = SPACE_HEADER_START.exec(head)?.[0] ?? (YEARS_ONLY_HEADER.test(head) ? '' : null);
  if (lead === null || head.length > 200 || /\d[.,]\d/u.test(head)) return null;
  let rest = head.slice(lead.length);
  const unit = UNIT_COLUMN.exec(rest);
  if (unit) rest = rest.slice(unit.index + unit[0].length);
  const cols: string[][] = [];
  const isYear = (w: string) => YEAR_TOKEN.test(w);
  for (const tok of rest.split(/\s+/u).filter(Boolean)) {
    const low = tok.toLowerCase();
    const cur = cols[cols.length - 1];
    const prev = cur?.[cur.length - 1].toLowerCase();
    let continues = false;
    if (cur) {
      if (isYear(tok) || low === 'năm') continues = !cur.some(isYear);
      else if (low === 'th' || low === 'thực') continues = prev === 'ước';
      else if (low === 'kh' || low === 'kế') continues = prev === 'so' || prev === 'với' || prev === '%';
      else if (low === 'so') continues = prev === '%';
      else continues = !OPENS_COLUMN.test(tok);
    }
    if (continues) cur!.push(tok);
    else if (OPENS_COLUMN.test(tok)) cols.push([tok]);
    else return null;
  }
  const columns = cols.map((c) => c.join(' '));
  if (columns.length < 2 || !columns.some((c) => ['actual', 'estimate', 'plan'].includes(roleOf(c)))) return null;
  return { columns, hasUnit: unit !== null };
}

function spaceTable(doc: Document, from: number, out: Found[], head: { columns: string[]; hasUnit: boolean }): number {
  const ps = doc.passages;
  const found = out.length;
  let i = from + 1;
  let gap = 0;
  for (; i < ps.length && gap <= 2; i++) {
    const row = spaceRow(doc.text, ps[i].start, ps[i].end, head.columns, head.hasUnit);
    if (!row) { gap++; continue; }
    gap = 0;
    out.push({ first: i, last: i, row, start: ps[i].start, end: ps[i].end });
  }
  // the header line heads rows: its years and "%" are no figures for the other extractors
  if (out.length > found) out.splice(found, 0, { first: from, last: from, row: { cells: [] }, start: ps[from].start, end: ps[from].end });
  return i - gap;
}

/** "Tỷ lệ hộ nghèo % 15.40 12.11": label, unit (when the header has a unit column), figures. */
function spaceRow(text: string, start: number, end: number, columns: string[], hasUnit: boolean): TableRow | null {
  const toks = tokens(text, start, end);
  let k = toks.length;
  while (k > 0 && isFigureToken(text, toks[k - 1].start, toks[k - 1].end)) k--;
  const figures = toks.slice(k);
  if (figures.length < 2 || k === 0) return null;
  let labelEnd = k;
  const cells: TableCell[] = [];
  if (hasUnit) {
    // the unit column holds one word, or a scale and a unit ("triệu đồng", "nghìn tấn")
    const two = k >= 3 ? readUnit(text.slice(toks[k - 2].start, toks[k - 1].end), 0) : null;
    const unitStart = two && two.scale !== 1 ? k - 2 : k - 1;
    if (unitStart < 1) return null;
    cells.push({ start: toks[0].start, end: toks[unitStart - 1].end, header: 'Chỉ tiêu' });
    cells.push({ start: toks[unitStart].start, end: toks[k - 1].end, header: 'Đơn vị tính' });
    labelEnd = unitStart;
  } else {
    cells.push({ start: toks[0].start, end: toks[labelEnd - 1].end, header: 'Chỉ tiêu' });
  }
  // figures line up with the columns only when there are as many of each; else the column is not known
  const aligned = figures.length === columns.length;
  figures.forEach((f, n) => cells.push({ ...f, header: aligned ? columns[n] : null }));
  return { cells };
}

// ---------------------------------------------------------------- dense figures, label + figure

/** A sentence dense with bare figures (runs of them, many of them): a table line, not prose. */
export function isDenseFigures(text: string, start: number, end: number): boolean {
  if (!hasAsciiDigits(text, start, end, 3)) return false; // a dense line's figures hold digits: most sentences end here
  let figures = 0, run = 0, longest = 0, count = 0;
  eachToken(text, start, end, (a, b) => {
    count++;
    if (isFigureToken(text, a, b)) { figures++; run++; longest = Math.max(longest, run); } else run = 0;
  });
  return longest >= 4 || (longest >= 3 && (figures >= 6 || (figures >= 4 && figures * 3 >= count)));
}

/**
 * A token text[a, b) that is a bare figure in a flattened row: "15.40", "93,8%", "9,49/", "12/63"
 * — what /^[<>]?[-+]?\d[\d.,]*[%‰]?\/?$|^\d{1,4}\/\d{1,4}$/u matches, read without a slice.
 */
export function isFigureToken(text: string, a: number, b: number): boolean {
  let k = a;
  let c = text.charCodeAt(k);
  if (c === 60 || c === 62) c = text.charCodeAt(++k); // < >
  if (c === 45 || c === 43) c = text.charCodeAt(++k); // - +
  if (k < b && isAsciiDigit(c)) {
    for (k++; k < b && ((c = text.charCodeAt(k)) === 46 || c === 44 || isAsciiDigit(c));) k++;
    if (k < b && (text.charCodeAt(k) === 37 || text.charCodeAt(k) === 0x2030)) k++; // % ‰
    if (k < b && text.charCodeAt(k) === 47) k++; // /
    if (k === b) return true;
  }
  // 1-4 digits, "/", 1-4 digits
  let d = a;
  while (d < b && d - a < 5 && isAsciiDigit(text.charCodeAt(d))) d++;
  if (d === a || d - a > 4 || d >= b || text.charCodeAt(d) !== 47) return false;
  let e = d + 1;
  while (e < b && isAsciiDigit(text.charCodeAt(e))) e++;
  return e === b && e - d - 1 >= 1 && e - d - 1 <= 4;
}

/**
 * The sentences of a document with table rows put back together: the sentences of a row's passages
 * become one sentence carrying the row; a label line and the figure line after it become one.
 */
export function reassemble(doc: Document, sentences: Sentence[]): Sentence[] {
  const rows = findTableRows(doc);
  const rowAt = new Map<number, Found>();
  for (const r of rows) for (let p = r.first; p <= r.last; p++) rowAt.set(p, r);
  const out: Sentence[] = [];
  const emitted = new Set<Found>();
  for (const s of sentences) {
    const r = rowAt.get(s.passage);
    if (r) {
      if (r.first === r.last) {
        // a one-line row: its sentences are the row (a pipe row may hold "." inside a cell)
        if (emitted.has(r)) continue;
        emitted.add(r);
        out.push({ start: r.start, end: r.end, passage: r.last, table: r.row });
      } else if (!emitted.has(r)) {
        emitted.add(r);
        out.push({ start: r.start, end: r.end, passage: r.last, firstPassage: r.first, table: r.row });
      }
      continue;
    }
    if (isDenseFigures(doc.text, s.start, s.end)) { out.push({ ...s, table: { cells: [] } }); continue; }
    const prev = out[out.length - 1];
    if (prev && !prev.table && prev.passage === s.passage - 1 && s.start === doc.passages[s.passage].start
      && s.end === doc.passages[s.passage].end && isFigureLine(doc.text.slice(s.start, s.end))
      && isLabelLine(doc.text.slice(prev.start, prev.end)) && doc.passages[prev.passage].role === 'body') {
      const cells: TableCell[] = [{ start: prev.start, end: prev.end, header: 'Chỉ tiêu' }, { start: s.start, end: s.end, header: null }];
      out[out.length - 1] = { start: prev.start, end: s.end, passage: s.passage, firstPassage: prev.firstPassage ?? prev.passage, table: { cells } };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** A line naming an indicator: words, no figure of its own, not a finished sentence. */
function isLabelLine(t: string): boolean {
  return /\p{L}{2}/u.test(t) && !/\d/u.test(t) && !/[.!?…]$/u.test(t) && wordsIn(t) <= 30;
}
