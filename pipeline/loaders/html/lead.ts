// The lead (standfirst) of an article: a node classed as one beside the body, or else the first
// block of text between the headline and the body.
import type { HtmlNode } from '../../adapters/cheerio.ts';
import { findDateInText } from '../dates.ts';
import type { Stats } from './article.ts';
import { PARAGRAPH_TAGS } from './article.ts';
import { isBoilerplate, SKIP_TAGS } from './furniture.ts';
import { isTeaserLink } from './lines.ts';
import type { PageMeta } from './metadata.ts';
import { contains, nextAfter, textOf, walk } from './tree.ts';

/**
 * The standfirst without a "sapo" class: the first block of text between the headline and the body
 * (not a date line, not mostly links).
 */
function standfirst(page: PageMeta, title: string | null, content: HtmlNode | null): string | null {
  const headline = title ? page.h1s.find((h) => h.name === 'h1' && textOf(h).startsWith(title.slice(0, 20))) : undefined;
  if (!headline || !content || contains(content, headline)) return null;
  let n = nextAfter(headline);
  for (let steps = 0; n && steps < 300; steps++) {
    if (n === content || contains(n, content)) return null;
    if (n.type === 'text' || isBoilerplate(n)) { n = nextAfter(n); continue; }
    const isBlock = !!n.name && (PARAGRAPH_TAGS.has(n.name) || n.name === 'div' || n.name === 'h2');
    if (isBlock) {
      const t = textOf(n, (k) => isBoilerplate(k) || isTeaserLink(k));
      const all = textOf(n, () => false);
      const links = [...walk(n)].filter((k) => k.name === 'a').reduce((c, a) => c + textOf(a, () => false).length, 0);
      if (t.length >= 60 && t.length <= 1500 && links < all.length * 0.5 && !(t.length <= 100 && findDateInText(t))) return t;
      if (t.length >= 60) return null; // a long block of links or a date: no standfirst here
    }
    n = n.children?.length && !(n.name && SKIP_TAGS.has(n.name)) ? n.children[0] : nextAfter(n);
  }
  return null;
}

/** The lead: a lead-classed node above the body and beside it, not mostly links; else the standfirst. */
export function leadText(page: PageMeta, stats: Map<HtmlNode, Stats>, content: HtmlNode | null): string | null {
  const contentOrder = content ? stats.get(content)?.order ?? 0 : 0;
  const lead = page.lead.find((n) => {
    if (content && contains(content, n)) return false;
    if (content && contains(n, content)) return false;
    const s = stats.get(n);
    if (!s || s.order > contentOrder) return false;
    // the lead sits beside the body: one of its three nearest ancestors holds the body too
    let near = false;
    for (let p = n.parent, i = 0; p && i < 3 && !near; p = p.parent, i++) near = !!content && contains(p, content);
    const t = textOf(n);
    return near && t.length >= 5 && t.length <= 3000 && s.linkChars / Math.max(1, s.chars) < 0.3;
  });
  return lead ? textOf(lead) : standfirst(page, page.meta.title ?? null, content);
}
