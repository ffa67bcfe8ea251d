// Paragraphs: lines grouped into passages. A paragraph cut by a page break (with or without a
// footnote block in between) is joined again, and the footnotes it swallowed follow it; a line
// that reads as a title becomes a heading.
import type { PassageRole } from '../../document.ts';
import type { Line } from './lines.ts';
import { DATE_STAMP } from '../../loaders/dates.ts';

/** "(kontumtv.vn) – …", "(BĐT) - …": a news lead opening on its source in brackets and a dash, never a headline's continuation. */
const SOURCE_TAG = /^\([^()\n]{1,40}\)[ \t]*[-–—](?=\s)/u;
const NUMBERED_TITLE = /^(?:[IVXLC]{1,6}\.|\d{1,2}\.|\d{1,2}(?:\.\d{1,2}){1,3}\.?|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\))\s+\p{Lu}/u;
const LIST_ITEM = /^[a-zđ][).]\s/u;
const PART_TITLE = /^(?:phần|chương|mục|điều)\s+(?:thứ\s+)?[\p{L}\p{N}]+/iu;

function isHeading(text: string): boolean {
  if (text.length > 160 || /[.!?;:,…]$/u.test(text)) return false;
  if (NUMBERED_TITLE.test(text) || PART_TITLE.test(text)) return true;
  if (/\p{Ll}/u.test(text)) return false;
  let upper = 0;
  for (const ch of text) if (/\p{Lu}/u.test(ch) && ++upper >= 3) return true;
  return false;
}

/** Ends like a sentence (or a clause): a paragraph that ends this way was not cut by a page break. */
export function endsClosed(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && ')]}"”’»\''.includes(text[i])) i--;
  return i >= 0 && '.!?…:;'.includes(text[i]);
}
const startsLowercase = (text: string) => /^\p{Ll}/u.test(text);
/** A line holding only a figure (">920", "58-60", "0,4%"): a table's cell, which no next line continues. */
const FIGURE_ONLY = /^[<>≤≥~]?\s*\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s?[%‰]?$/u;

/** A passage-to-be: one line, or several lines of a paragraph cut by page breaks. */
export interface Unit { lines: Line[]; gapBefore: boolean; role: PassageRole }

/**
 * A paragraph cut by a page break: the previous body line ends without sentence punctuation and
 * the next one starts lower-case; after a footnote block the next may start with a capital
 * (a proper noun: "... giải pháp xây dựng / ¹⁹ ... / Công an phường Tân Phong ...").
 */
function joinable(prev: Unit | undefined, next: Line, afterFootnotes: boolean): boolean {
  if (!prev || prev.role !== 'body') return false;
  const last = prev.lines[prev.lines.length - 1];
  // a figure alone on its line, no wrapped sentence's end ("ước đạt\n70,5%\nso với …"), is a cell
  if (endsClosed(last.text) || (prev.lines.length === 1 && FIGURE_ONLY.test(last.text))) return false;
  // "a) Phát triển ..." starts lower-case but is a list item, not a continuation
  // "date 2024-06" under a headline: a crawler's stamp, never the headline's continuation
  if (LIST_ITEM.test(next.text) || NUMBERED_TITLE.test(next.text) || DATE_STAMP.test(next.text) || SOURCE_TAG.test(next.text)) return false;
  if (startsLowercase(next.text)) return true;
  // a line wrapped before its number ("Tổng đàn trâu\n262.400 con", "ước đạt\n70,5%")
  if (/\p{Ll}$/u.test(last.text) && /^\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s*(?:%|‰|\p{Ll})/u.test(next.text)) return true;
  // a clause cut before its bracket ("tổng thu đạt\n(không kể thu chuyển giao) 1.200 tỷ đồng"), or
  // a page break before a number with footnotes in between
  if (/[\p{Ll},]$/u.test(last.text) && /^\((?:\p{Ll}|[+-]?\d[\d.,]*\s?(?:%|‰|\p{Ll}))/u.test(next.text)) return true;
  if (afterFootnotes && /[\p{Ll},]$/u.test(last.text) && /^\d/u.test(next.text)) return true;
  return afterFootnotes && /^\p{Lu}/u.test(next.text) && !isHeading(next.text);
}

/** Groups lines into units: rejoins paragraphs cut by page breaks, moving the footnotes after them. */
export function groupUnits(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  let pending: Unit[] = []; // footnotes (and page numbers) met since the last body line
  let lastBody: Unit | undefined; // the unit a continuation would join
  const flush = () => { units.push(...pending); pending = []; };
  for (const line of lines) {
    if (line.footnote || (line.pageNumber && lastBody)) {
      pending.push({ lines: [line], gapBefore: line.gapBefore, role: line.footnote ? 'footnote' : 'furniture' });
      continue;
    }
    if (!line.furniture && joinable(lastBody, line, pending.some((u) => u.role === 'footnote'))) {
      lastBody!.lines.push(line);
      continue;
    }
    // a footnote that runs on over the page break
    let lastFootnote: Unit | undefined;
    for (const u of pending) if (u.role === 'footnote') lastFootnote = u;
    if (!line.furniture && lastFootnote && joinable({ ...lastFootnote, role: 'body' }, line, false)) {
      lastFootnote.lines.push(line);
      continue;
    }
    flush();
    const role: PassageRole = line.furniture ? 'furniture' : isHeading(line.text) ? 'heading' : 'body';
    const unit: Unit = { lines: [line], gapBefore: line.gapBefore, role };
    units.push(unit);
    lastBody = role === 'body' ? unit : undefined;
  }
  flush();
  return units;
}
