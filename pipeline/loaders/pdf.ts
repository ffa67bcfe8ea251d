// PDF reports: text per page rebuilt into paragraphs (lines joined, hyphenated words mended),
// running headers, footers and page numbers removed, footnotes kept as their own lines in the
// "¹ text" shape between the two halves of the sentence a page break cut (the clean stage joins
// that sentence again). A PDF without a text layer gets `pdf/no-text-layer` and an empty raw.
import type { Diagnostic } from '../document.ts';
import type { PdfPage, PdfRun } from '../adapters/pdf.ts';
import { PdfOpenError, readPdf } from '../adapters/pdf.ts';
import { headingDiagnostics, readHeading } from './heading.ts';
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';

interface Line { text: string; x: number; y: number; right: number; size: number; page: number }

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string) => digits.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[+d]);

/** Runs of one page into lines, top to bottom; small raised digits become superscripts. */
export function pageLines(page: PdfPage): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() || r.text === ' ').slice().sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const r of runs) {
    const g = groups[groups.length - 1];
    if (g) {
      const main = g.reduce((m, x) => (x.text.length > m.text.length ? x : m), g[0]);
      if (Math.abs(r.y - main.y) < 0.6 * Math.max(main.size, r.size)) { g.push(r); continue; }
    }
    groups.push([r]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    const main = g.reduce((m, x) => (x.text.trim().length > m.text.trim().length ? x : m), g[0]);
    let text = '';
    let prev: PdfRun | null = null;
    for (const r of g) {
      let t = r.text;
      const raised = r.size < main.size * 0.85 && r.y < main.y - 0.15 * main.size;
      if (raised && /^\s*\d{1,3}\s*$/.test(t)) t = toSuperscript(t.trim());
      if (prev) {
        const gap = r.x - (prev.x + prev.width);
        if (gap > 0.15 * main.size && !/\s$/.test(text) && !/^\s/.test(t) && !raised) text += ' ';
      }
      text += t;
      prev = r;
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const right = Math.max(...g.map((r) => r.x + r.width));
    lines.push({ text: text.normalize('NFC'), x: g[0].x, y: main.y, right, size: main.size, page: page.number });
  }
  return lines;
}

const PAGE_NUMBER = /^[-–—\s]*(?:trang|page)?\s*\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?[-–—\s]*$/i;
const furnitureKey = (t: string) => t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Lines in the top or bottom band of a page that recur on most pages, and bare page numbers. */
function markFurniture(pages: Line[][], heights: number[]): Set<Line> {
  const furniture = new Set<Line>();
  const inBand = (l: Line) => l.y < heights[l.page - 1] * 0.12 || l.y > heights[l.page - 1] * 0.9;
  const count = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const l of lines) if (inBand(l)) seen.add(furnitureKey(l.text));
    for (const k of seen) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const lines of pages) {
    for (const l of lines) {
      if (!inBand(l)) continue;
      if (PAGE_NUMBER.test(l.text) || (pages.length >= 2 && (count.get(furnitureKey(l.text)) ?? 0) >= needed)) furniture.add(l);
    }
  }
  return furniture;
}

function weightedMedianSize(lines: Line[]): number {
  const sorted = lines.slice().sort((a, b) => a.size - b.size);
  const total = sorted.reduce((s, l) => s + l.text.length, 0);
  let acc = 0;
  for (const l of sorted) { acc += l.text.length; if (acc >= total / 2) return l.size; }
  return 10;
}

// a superscript number, or a plain one followed by a space ("3.014 triệu" is no marker), or asterisks
const MARKER = /^(?:([¹²³⁰⁴⁵⁶⁷⁸⁹]+)\s*|(\d{1,3})\s+|(\*+)\s*)(?=\S)/;
const fromSuperscript = (s: string) => s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)));

/**
 * The bottom lines of a page set in a smaller font and starting with a note marker. A plain
 * number opens a note only when it is a reference seen in the page's body or the next number
 * after the previous note, so a wrapped "18.419 con" stays inside its note.
 */
function splitFootnotes(lines: Line[], bodySize: number): { body: Line[]; notes: string[] } {
  let start = lines.length;
  while (start > 0 && lines[start - 1].size < bodySize * 0.92) start--;
  const refs = new Set<number>();
  for (const l of lines.slice(0, start)) for (const m of l.text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g)) refs.add(+fromSuperscript(m[0]));
  let last: number | null = null;
  const opens = (text: string): RegExpExecArray | null => {
    const m = MARKER.exec(text);
    if (!m) return null;
    if (m[2] === undefined) return m;
    const n = +m[2];
    // with no reference mark in the body, numbered small lines are a table's rows, not notes
    return (last === null ? refs.has(n) : n === last + 1) ? m : null;
  };
  // the region must open with a marker; lines before the first marker stay body
  while (start < lines.length && !opens(lines[start].text)) start++;
  if (start >= lines.length) return { body: lines, notes: [] };
  const notes: string[] = [];
  for (const l of lines.slice(start)) {
    const m = opens(l.text);
    if (m) {
      const mark = m[1] ?? m[3] ?? toSuperscript(m[2]);
      if (m[1] || m[2]) last = +fromSuperscript(m[1] ?? m[2]);
      notes.push(`${mark} ${l.text.slice(m[0].length)}`);
    } else notes[notes.length - 1] = joinLines(notes[notes.length - 1], l.text);
  }
  return { body: lines.slice(0, start), notes };
}

/** Joins two lines of one paragraph, mending a word hyphenated across them. */
function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** Body lines into paragraphs: a wide gap, a short line, an indent or a size change ends one. */
function paragraphs(lines: Line[], leading: number, columnRight: number, bodySize: number): string[] {
  const out: string[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    let joined = false;
    if (prev && out.length) {
      const gap = l.y - prev.y;
      // a line ends its paragraph when the next line's first word would have fitted on it
      const firstWord = l.text.split(' ', 1)[0];
      const shortPrev = columnRight - prev.right > (firstWord.length + 1) * 0.6 * l.size;
      const sameSize = Math.abs(l.size - prev.size) < 0.5;
      const indented = l.x > prev.x + 1.2 * bodySize;
      if (gap > 0 && gap < leading * 1.35 && sameSize && !shortPrev && !indented) {
        out[out.length - 1] = joinLines(out[out.length - 1], l.text);
        joined = true;
      }
    }
    if (!joined) out.push(l.text);
    prev = l;
  }
  return out;
}

// "1. Kết quả", "2.3) ...", "(1) ...", "(a) ...": a numbered item opens its own paragraph
const NUMBERED_START = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|\(\d{1,2}\)\s|\([a-zđ]\)\s|\d{1,2}\s?[-–]\s)/u;

/** Whether the first paragraph of a page goes on with the last one of the page before. */
export function continuesAcrossPage(prev: string | null, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  if (prev === null || !/[\p{Ll}\p{N},]$/u.test(prev)) return false;
  return /^[\d(]/u.test(next) && !NUMBERED_START.test(next);
}

/** The last body paragraph (footnotes come as "\u0000" lines after it). */
function lastBody(out: string[]): string | null {
  for (let i = out.length - 1; i >= 0; i--) if (!out[i].startsWith('\u0000')) return out[i];
  return null;
}

export interface PdfText { raw: string; pages: number; diagnostics: Diagnostic[] }

export function pdfPagesToText(pages: PdfPage[]): PdfText {
  const diagnostics: Diagnostic[] = [];
  const chars = pages.reduce((s, p) => s + p.runs.reduce((t, r) => t + r.text.trim().length, 0), 0);
  if (chars < Math.max(10, pages.length * 5)) {
    diagnostics.push({ code: 'pdf/no-text-layer', stage: 'load', message: `no text layer in ${pages.length} page(s): a scanned PDF needs OCR first` });
    return { raw: '', pages: pages.length, diagnostics };
  }
  const perPage = pages.map(pageLines);
  const furniture = markFurniture(perPage, pages.map((p) => p.height));
  const kept = perPage.map((lines) => lines.filter((l) => !furniture.has(l)));
  const all = kept.flat();
  const bodySize = weightedMedianSize(all);
  const bodyLines = all.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const gaps: number[] = [];
  for (const lines of kept) for (let i = 1; i < lines.length; i++) {
    const g = lines[i].y - lines[i - 1].y;
    if (g > 0 && Math.abs(lines[i].size - bodySize) < 0.5 && Math.abs(lines[i - 1].size - bodySize) < 0.5) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const leading = gaps.length ? gaps[Math.floor(gaps.length / 2)] : bodySize * 1.2;
  const rights = bodyLines.map((l) => l.right).sort((a, b) => a - b);
  const columnRight = rights.length ? rights[Math.floor(rights.length * 0.9)] : 0;

  const out: string[] = [];
  for (const lines of kept) {
    const { body, notes } = splitFootnotes(lines, bodySize);
    const paras = paragraphs(body, leading, columnRight, bodySize);
    // a page that opens in lowercase, or with a number or "(" after an open clause, goes on with
    // the sentence the page break cut
    if (paras.length && out.length && continuesAcrossPage(lastBody(out), paras[0])) {
      // the sentence goes on from the previous page; with notes in between the clean stage joins it
      if (out[out.length - 1].startsWith('\u0000')) out.push(paras.shift()!);
      else out[out.length - 1] = joinLines(out[out.length - 1], paras.shift()!);
    }
    for (const p of paras) out.push(p);
    for (const n of notes) out.push(`\u0000${n}`);
  }
  const raw = out.map((l) => l.replace(/^\u0000/, '')).join('\n').normalize('NFC');
  return { raw, pages: pages.length, diagnostics };
}

/** "scans/p12_bao_cao_quy_3.pdf" -> "p12 bao cao quy 3". */
function fileTitle(source: string): string | null {
  const base = source.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '').replace(/[_]+/g, ' ').trim();
  return base || null;
}

/** A digital signature dictionary (its /ByteRange is never compressed, the signed bytes exclude it). */
function isSigned(bytes: Buffer): boolean {
  return bytes.includes('/ByteRange') && (bytes.includes('/Type /Sig') || bytes.includes('/Type/Sig'));
}

export const loadPdf: Loader = async (bytes, source) => {
  if (bytes.length === 0) throw new LoadError(source, 'empty file');
  if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new LoadError(source, 'not a PDF: no %PDF- header');
  const diagnostics: Diagnostic[] = [];
  if (!bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1').includes('%%EOF')) {
    diagnostics.push({ code: 'pdf/truncated', stage: 'load', message: 'the PDF has no end marker (%%EOF): the file is probably cut short; text may be missing' });
  }
  let pages: PdfPage[], total: number;
  try {
    ({ pages, total } = await readPdf(bytes));
  } catch (err) {
    const cut = diagnostics.some((d) => d.code === 'pdf/truncated') ? ' — the file looks truncated (no %%EOF marker)' : '';
    if (err instanceof PdfOpenError) throw new LoadError(source, err.message + cut);
    throw new LoadError(source, `PDF could not be read (${(err as Error).message})`);
  }
  if (pages.length === 0) throw new LoadError(source, 'PDF without pages');
  if (total > pages.length) {
    diagnostics.push({ code: 'pdf/page-limit', stage: 'load', message: `only the first ${pages.length} of ${total} pages were read (CHITIEU_MAX_PAGES): the rest has no statements` });
  }
  const text = pdfPagesToText(pages);
  const heading = readHeading(text.raw);
  const signed = isSigned(bytes);
  return {
    raw: text.raw,
    // a scan has no text to read a title from: its file name names it
    meta: { title: heading.title ?? (text.raw ? null : fileTitle(source)), published: heading.date },
    diagnostics: [...diagnostics, ...text.diagnostics, ...headingDiagnostics(heading, 'pdf', signed)],
  };
};
