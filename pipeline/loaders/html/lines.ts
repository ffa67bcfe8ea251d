// Text out of the content node: one line per block, data-table rows as cells joined with " | ";
// link lists, teaser links and readers' replies left out.
import type { HtmlNode } from '../../adapters/cheerio.ts';
import type { Stats } from './article.ts';
import { isLinkList } from './article.ts';
import { isBoilerplate } from './furniture.ts';
import { textOf, walk, WS } from './tree.ts';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'address',
  'center', 'hr', 'body', 'html', 'fieldset', 'legend', 'details', 'summary',
]);

/** Layout tables (cells holding paragraphs or tables) are read as blocks, data tables as rows. */
function isDataTable(table: HtmlNode): boolean {
  for (const n of walk(table)) {
    if (n === table) continue;
    if (n.name === 'table' || n.name === 'p' || n.name === 'div' || n.name === 'ul' || n.name === 'ol' || n.name === 'h1' || n.name === 'h2') return false;
  }
  return true;
}

/** "» Related headline", ">> Tin cũ": a link to another article, not part of this one. */
export const isTeaserLink = (n: HtmlNode) => n.name === 'a' && /^\s*(?:>>|»)/u.test(textOf(n, () => false));

/** A post of a forum thread or a comment list ("post-29288795", "comment_12"). */
const POST_ID = /^(?:post|comment|reply|answer|binhluan)[-_]?\d+$/i;

/** Lines of text: one per block, table rows as cells joined with " | ". */
export function linesOf(root: HtmlNode, stats: Map<HtmlNode, Stats>): string[] {
  const lines: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    const line = cur.join('').replace(WS, ' ').trim();
    if (line) lines.push(line);
    cur = [];
  };
  const threads = new Set<HtmlNode>();
  // stack of nodes to visit; `null` marks the end of a block
  const stack: Array<HtmlNode | null> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) { flush(); continue; }
    if (n.type === 'text') { cur.push(n.data ?? ''); continue; }
    if (n !== root && isBoilerplate(n)) continue;
    if (n !== root && isLinkList(n, stats)) continue;
    if (isTeaserLink(n)) continue;
    // a thread of posts: the first is the article, the ones after it are readers' replies
    if (POST_ID.test(n.attribs?.id ?? '') && n.parent) {
      if (threads.has(n.parent)) continue;
      threads.add(n.parent);
    }
    if (n.name === 'br') { flush(); continue; }
    if (n.name === 'tr' && insideDataTable(n)) {
      flush();
      const cells = (n.children ?? []).filter((c) => c.name === 'td' || c.name === 'th').map((c) => textOf(c));
      if (cells.some((c) => c)) lines.push(cells.join(' | '));
      continue;
    }
    const block = !!n.name && BLOCK_TAGS.has(n.name);
    if (block) { flush(); stack.push(null); }
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return lines;
}

const dataTableCache = new WeakMap<HtmlNode, boolean>();
function insideDataTable(tr: HtmlNode): boolean {
  let t = tr.parent;
  while (t && t.name !== 'table') t = t.parent;
  if (!t) return false;
  let v = dataTableCache.get(t);
  if (v === undefined) { v = isDataTable(t); dataTableCache.set(t, v); }
  return v;
}
