// DOCX reports: paragraphs and headings one per line, list items one per line, table rows as
// cells joined with " | ", footnote references as superscript numbers, and the footnotes
// themselves at the end as "¹ text" lines (their own passages for the clean stage).
import type { HtmlNode } from '../adapters/cheerio.ts';
import { parseHtml } from '../adapters/cheerio.ts';
import { docxToHtml } from '../adapters/docx.ts';
import type { Diagnostic } from '../document.ts';
import { headingDiagnostics, readHeading } from './heading.ts';
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string) => digits.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[+d]);
const LINE_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'caption']);

/** Inline text of a node; footnote references become superscripts, back-links are dropped. */
function inlineText(root: HtmlNode): string {
  let out = '';
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') { out += n.data ?? ''; continue; }
    const href = n.attribs?.href ?? '';
    if (n.name === 'a' && /^#footnote-ref-/.test(href)) continue; // the "↑" back-link
    if (n.name === 'a' && /^#footnote-\d/.test(href)) {
      const num = /(\d+)/.exec(href)![1];
      out += toSuperscript(num);
      continue;
    }
    if (n.name === 'br') { out += ' '; continue; }
    // paragraphs of one table cell are apart ("UBND TỈNH X" / "SỞ Y" is not "UBND TỈNH XSỞ Y")
    if (n !== root && n.name && LINE_TAGS.has(n.name)) out += ' ';
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function docxHtmlToText(html: string): string {
  const root = parseHtml(html);
  const body: string[] = [];
  const notes: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const id = n.attribs?.id ?? '';
    if (n.name === 'li' && /^footnote-\d+$/.test(id)) {
      const text = inlineText(n);
      if (text) notes.push(`${toSuperscript(id.slice('footnote-'.length))} ${text}`);
      continue;
    }
    if (n.name === 'tr') {
      const cells = (n.children ?? []).filter((c) => c.name === 'td' || c.name === 'th').map(inlineText);
      if (cells.some((c) => c)) body.push(cells.join(' | '));
      continue;
    }
    if (n.name && LINE_TAGS.has(n.name) && !(n.children ?? []).some((c) => c.name === 'ul' || c.name === 'ol' || c.name === 'p')) {
      const text = inlineText(n);
      if (text) body.push(text);
      continue;
    }
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return [...body, ...notes].join('\n').normalize('NFC');
}

export const loadDocx: Loader = async (bytes, source) => {
  if (bytes.length === 0) throw new LoadError(source, 'empty file');
  if (bytes.readUInt32LE(0) !== 0x04034b50) throw new LoadError(source, 'not a DOCX: not a zip archive');
  let converted;
  try {
    converted = await docxToHtml(bytes);
  } catch (err) {
    throw new LoadError(source, `DOCX could not be read (${(err as Error).message.split('\n')[0]})`);
  }
  const raw = docxHtmlToText(converted.html);
  const diagnostics: Diagnostic[] = converted.warnings.slice(0, 5).map((w) => ({ code: 'docx/warning', stage: 'load', message: w }));
  if (!raw.trim()) diagnostics.push({ code: 'docx/empty', stage: 'load', message: 'the document has no text' });
  const heading = readHeading(raw);
  diagnostics.push(...headingDiagnostics(heading, 'docx', false));
  return { raw, meta: { title: heading.title, published: heading.date }, diagnostics };
};
