// Adapter: HTML parsing. Cheerio with its htmlparser2 backend (fast, streaming, no depth limit)
// gives a plain node tree; the loader walks it itself, iteratively, so deep nesting cannot blow
// the stack. Swap the parser here and keep the HtmlNode shape.
import { load } from 'cheerio';

/** The node shape the HTML loader relies on (domhandler's, kept to what we read). */
export interface HtmlNode {
  type: string; // 'tag' | 'script' | 'style' | 'text' | 'comment' | 'directive' | 'cdata' | 'root'
  name?: string; // lowercase tag name
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  parent?: HtmlNode | null;
  data?: string; // text and comment content, entities decoded
  /** on the root: how many tags nested deeper than MAX_DEPTH were left out (their text kept) */
  flattened?: number;
}

/** Browsers stop nesting at 512 elements too; deeper tags only cost time further down. */
export const MAX_DEPTH = 512;

/** Parses a whole document; entities are decoded in text and attributes. */
export function parseHtml(html: string): HtmlNode {
  const capped = capDepth(html);
  const $ = load(capped.html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  const root = $.root()[0] as unknown as HtmlNode;
  if (capped.dropped) root.flattened = capped.dropped;
  return root;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen']);
// closed by their next sibling in the parser, so a run of them is no nesting
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rp', 'rt']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const RAW_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const NAME_CHAR = /[A-Za-z0-9:_-]/;

/**
 * One linear pass over the markup that leaves out start and end tags nesting deeper than `max`
 * (their text stays, in the deepest element kept), so that no later step sees 200,000 levels.
 * Comments, declarations, quoted attribute values and raw text (script, style) are skipped whole.
 */
export function capDepth(html: string, max = MAX_DEPTH): { html: string; dropped: number } {
  let depth = 0;
  let dropped = 0;
  const open = new Map<string, number>(); // dropped start tags not yet ended, by name
  const parts: string[] = [];
  let copied = 0;
  const drop = (start: number, end: number) => { parts.push(html.slice(copied, start)); copied = end; dropped++; };
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? -1 : html.indexOf('<', close + 3);
      continue;
    }
    if (next === '!' || next === '?') {
      const close = html.indexOf('>', i);
      i = close < 0 ? -1 : html.indexOf('<', close + 1);
      continue;
    }
    const closing = next === '/';
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < html.length && NAME_CHAR.test(html[j])) j++;
    if (j === nameStart || !/[A-Za-z]/.test(html[nameStart])) { i = html.indexOf('<', i + 1); continue; } // a lone '<' is text
    const name = html.slice(nameStart, j).toLowerCase();
    // the end of the tag: the first '>' outside quotes
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c; else if (c === '>') break;
    }
    const end = Math.min(j + 1, html.length);
    if (closing) {
      const pending = open.get(name) ?? 0;
      if (pending > 0) { open.set(name, pending - 1); drop(i, end); } else if (!VOID.has(name) && !SELF_ENDING.has(name) && depth > 0) depth--;
    } else if (RAW_TEXT.has(name)) {
      const endTag = RAW_END.get(name)!;
      endTag.lastIndex = end;
      i = endTag.exec(html)?.index ?? -1;
      if (i >= 0) { const gt = html.indexOf('>', i); i = gt < 0 ? -1 : html.indexOf('<', gt + 1); }
      continue;
    } else if (!VOID.has(name) && !SELF_ENDING.has(name) && html[j - 1] !== '/') {
      if (depth >= max) { open.set(name, (open.get(name) ?? 0) + 1); drop(i, end); } else depth++;
    }
    i = html.indexOf('<', end);
  }
  if (!dropped) return { html, dropped: 0 };
  parts.push(html.slice(copied));
  return { html: parts.join(''), dropped };
}
