// Walking the parsed page: visible text of a subtree, nodes in document order. Every walk is
// iterative, so a page nested 10,000 levels deep is read like any other.
import type { HtmlNode } from '../../adapters/cheerio.ts';
import { isBoilerplate } from './furniture.ts';

export const WS = /\s+/g;

/** Visible text of a subtree (boilerplate kept out), whitespace collapsed. Iterative. */
export function textOf(root: HtmlNode, skip = isBoilerplate): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') { parts.push(n.data ?? ''); continue; }
    if (n !== root && skip(n)) continue;
    if (n.name === 'br') parts.push(' ');
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('').replace(WS, ' ').trim();
}

/** Every node in document order (pre-order), iteratively. */
export function* walk(root: HtmlNode): Generator<HtmlNode> {
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

export function nextInOrder(n: HtmlNode): HtmlNode | null {
  if (n.children?.length && n.name !== 'script' && n.name !== 'style') return n.children[0];
  return nextAfter(n);
}

export function contains(outer: HtmlNode, inner: HtmlNode): boolean {
  for (let p: HtmlNode | null | undefined = inner; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** The next node in document order after n and its subtree. */
export function nextAfter(n: HtmlNode): HtmlNode | null {
  for (let cur: HtmlNode | null | undefined = n; cur; cur = cur.parent) {
    const sibs = cur.parent?.children;
    if (!sibs) return null;
    const i = sibs.indexOf(cur);
    if (i >= 0 && i + 1 < sibs.length) return sibs[i + 1];
  }
  return null;
}

