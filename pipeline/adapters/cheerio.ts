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
}

/** Parses a whole document; entities are decoded in text and attributes. */
export function parseHtml(html: string): HtmlNode {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  return $.root()[0] as unknown as HtmlNode;
}
