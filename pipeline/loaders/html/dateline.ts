// The date the page prints near its headline or body, in the page's own time.
import type { HtmlNode } from '../../adapters/cheerio.ts';
import { dateFromUrl, findDateInText } from '../dates.ts';
import type { Stats } from './article.ts';
import type { PageMeta } from './metadata.ts';
import { contains, nextInOrder, textOf, walk } from './tree.ts';

/** A short text with a date in the few hundred nodes after the headline: the page's dateline. */
function dateAfterHeadline(headings: HtmlNode[], title: string | null): string | null {
  const start = headings.find((h) => title && textOf(h).startsWith(title.slice(0, 20))) ?? null;
  if (!start) return null;
  // walk forward in document order from the headline, skipping scripts
  let n: HtmlNode | null | undefined = start;
  for (let steps = 0; n && steps < 400; steps++) {
    if (n.type === 'text') {
      const t = (n.data ?? '').trim();
      if (t.length >= 6 && t.length <= 100) {
        const d = findDateInText(t);
        if (d) return d;
      }
    }
    n = nextInOrder(n);
  }
  return null;
}

/** Whole days between the dates of two ISO stamps. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** The date the page prints: a date line after the headline, a date-classed node near the body, a body line. */
function printedDate(root: HtmlNode, page: PageMeta, stats: Map<HtmlNode, Stats>, content: HtmlNode | null, title: string | null, body: string[]): string | null {
  const after = dateAfterHeadline(page.h1s, title);
  if (after) return after;
  // nodes skipped as boilerplate (a "print" bar holding the date) have no score: place them by document order
  const order = new Map<HtmlNode, number>();
  if (page.dates.length) { let i = 0; for (const n of walk(root)) order.set(n, i++); }
  const at = content ? order.get(content) ?? 0 : 0;
  const headline = title ? page.h1s.find((h) => textOf(h).startsWith(title.slice(0, 20))) : undefined;
  const besideHeadline = (n: HtmlNode) => {
    for (let p = headline?.parent, i = 0; p && i < 2; p = p.parent, i++) if (contains(p, n)) return true;
    return false;
  };
  const inLink = (n: HtmlNode) => { for (let p: HtmlNode | null | undefined = n; p; p = p.parent) if (p.name === 'a') return true; return false; };
  const near = page.dates
    .filter((n) => !inLink(n)) // a teaser's date
    .map((n) => ({ n, d: findDateInText(n.attribs?.datetime ?? textOf(n, () => false).slice(0, 200)), o: order.get(n) ?? 0, kept: stats.has(n) }))
    // a date in a skipped bar ("print", "tools") counts only beside the headline, not in the portal's header
    .filter((x) => x.d && (x.kept || besideHeadline(x.n)))
    .sort((a, b) => Number(b.kept) - Number(a.kept) || Math.abs(a.o - at) - Math.abs(b.o - at));
  if (near.length) return near[0].d;
  // a short date line at the top of the article ("Thứ ba, 22/09/2020, 07:42")
  const dateLine = body.slice(0, 4).find((l) => l.length <= 80 && findDateInText(l));
  return dateLine ? findDateInText(dateLine) : null;
}

/**
 * The publication date: the dateline the page prints, in the page's own time; the meta stamp when
 * none is printed (a stamp one day off is a conversion to another zone: the print wins); failing
 * both, the stamp in the article's address.
 */
export function publishedDate(root: HtmlNode, page: PageMeta, stats: Map<HtmlNode, Stats>, content: HtmlNode | null, body: string[]): string | null | undefined {
  const meta = page.meta;
  let published = meta.published;
  const printed = printedDate(root, page, stats, content, meta.title ?? null, body);
  if (!published || (printed && daysApart(printed, published) <= 1)) published = printed ?? published ?? null;
  if (!published && meta.url) published = dateFromUrl(meta.url);
  return published;
}
