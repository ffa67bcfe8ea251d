// The page's metadata: <meta> properties, JSON-LD, the <title>, and the nodes that hold a headline,
// a lead, a date or an author (by tag or class), gathered in one walk.
import type { DocumentMeta } from '../../document.ts';
import type { HtmlNode } from '../../adapters/cheerio.ts';
import { normalizeIsoDate } from '../dates.ts';
import { classAndId, SKIP_TAGS } from './furniture.ts';
import { textOf, WS } from './tree.ts';

const LEAD_HINT = /(?:^|[\s_-])(?:sapo|lead|description|summary|tomtat|short_intro|short-intro|intro|excerpt|chapeau|head-content|article-sapo|detail-sapo)(?:$|[\s_-])/i;
const DATE_HINT = /(?:^|[\s_-])(?:date|time|ngay|publish|published|pubdate|datetime|post-?date|dateline|date-time|thoigian|ngaydang|timepost|time-post|datepost)(?:$|[\s_-])/i;
const AUTHOR_HINT = /(?:^|[\s_-])(?:author|tacgia|tac-gia|byline|writer|author_mail|nguon)(?:$|[\s_-])/i;

export interface PageMeta { meta: Partial<DocumentMeta>; h1s: HtmlNode[]; lead: HtmlNode[]; dates: HtmlNode[]; authors: HtmlNode[] }

export function collectMeta(root: HtmlNode): PageMeta {
  const props = new Map<string, string>();
  let titleTag = '', canonical = '';
  const ld: string[] = [];
  const h1s: HtmlNode[] = [], lead: HtmlNode[] = [], dates: HtmlNode[] = [], authors: HtmlNode[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const a = n.attribs;
    if (n.name === 'meta' && a) {
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      const value = (a.content ?? '').trim();
      if (key && value && !props.has(key)) props.set(key, value);
    } else if (n.name === 'link' && a && /\bcanonical\b/i.test(a.rel ?? '') && a.href) canonical ||= a.href;
    else if (n.name === 'title' && !titleTag) titleTag = textOf(n, () => false);
    else if (n.name === 'script' && /ld\+json/i.test(a?.type ?? '')) ld.push(textOf(n, () => false));
    else if (n.name === 'time' && a?.datetime) dates.push(n);
    if (n.type === 'tag' && n.name !== 'meta' && n.name !== 'link' && !(n.name && SKIP_TAGS.has(n.name))) {
      const ci = classAndId(n);
      if (n.name === 'h1' || n.name === 'h2' || /(?:^|[\s_-])title(?:$|[\s_-])/i.test(ci)) h1s.push(n);
      if (a?.itemprop === 'datePublished') dates.push(n);
      if (ci.length > 1) {
        if (LEAD_HINT.test(ci)) lead.push(n);
        if (DATE_HINT.test(ci)) dates.push(n);
        if (AUTHOR_HINT.test(ci)) authors.push(n);
      }
    }
    const kids = n.children;
    if (kids && !(n.name && (n.name === 'script' || n.name === 'style'))) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const json = parseJsonLd(ld);
  const meta: Partial<DocumentMeta> = {};
  meta.url = canonical || props.get('og:url') || props.get('canonical') || null;
  const siteName = props.get('og:site_name') ?? null;
  meta.site = siteName && /^https?:\/\//i.test(siteName) ? hostOf(siteName) : siteName;
  if (!meta.site && meta.url) meta.site = hostOf(meta.url);
  const published = props.get('article:published_time') ?? props.get('datepublished') ?? props.get('pubdate')
    ?? props.get('publishdate') ?? props.get('date') ?? props.get('dc.date.issued') ?? json.datePublished;
  meta.published = published ? normalizeIsoDate(published) : null;
  meta.author = props.get('author') ?? props.get('article:author') ?? json.author ?? null;
  if (meta.author && /^https?:/i.test(meta.author)) meta.author = null;
  const title = props.get('og:title') ?? props.get('twitter:title') ?? json.headline ?? null;
  meta.title = title ?? (titleTag || null);
  return { meta, h1s, lead, dates, authors };
}

function parseJsonLd(scripts: string[]): { datePublished?: string; author?: string; headline?: string } {
  const out: { datePublished?: string; author?: string; headline?: string } = {};
  for (const s of scripts) {
    let data: unknown;
    try { data = JSON.parse(s); } catch { continue; }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of items) {
      const graph = (item as { '@graph'?: unknown[] })?.['@graph'];
      for (const o of graph ?? [item]) {
        const rec = o as Record<string, unknown>;
        if (!rec || typeof rec !== 'object') continue;
        if (typeof rec.datePublished === 'string') out.datePublished ??= rec.datePublished;
        if (typeof rec.headline === 'string') out.headline ??= rec.headline;
        const author = Array.isArray(rec.author) ? rec.author[0] : rec.author;
        const name = typeof author === 'string' ? author : (author as { name?: unknown })?.name;
        if (typeof name === 'string' && name.trim()) out.author ??= name.trim();
      }
    }
  }
  return out;
}

function hostOf(url: string): string | null {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return null; }
}

/** " - Báo X", " | Site", ": Tin, Video clip..." off a title, guided by the page's h1 and site name. */
export function cleanTitle(title: string, h1s: string[], site: string | null): string {
  const t = title.replace(WS, ' ').trim();
  // an h1 that starts the title is the headline itself
  for (const h of h1s) if (h.length >= 10 && t.startsWith(h) && h.length < t.length) return h;
  const parts = t.split(/\s+[|–—-]\s+|\s*\|\s*/);
  if (parts.length === 1) return t;
  const siteWords = (site ?? '').toLowerCase().replace(/^www\./, '').replace(/\.(?:com\.vn|vn|net|com)$/, '');
  let keep = parts.length;
  while (keep > 1) {
    const tail = parts[keep - 1].toLowerCase();
    const isSite = /(?:^báo\s|\bonline\b|\bnews\b|\.vn\b|\.net\b|\.com\b|vnexpress|tuổi trẻ|thanh niên|dân trí|người lao động|zing|cộng đồng)/i.test(tail)
      || (siteWords.length >= 3 && tail.includes(siteWords));
    const isSection = keep < parts.length && parts[keep - 1].split(' ').length <= 3;
    if (!isSite && !isSection) break;
    keep--;
  }
  return t.slice(0, indexAfterParts(t, parts, keep)).trim();
}

function indexAfterParts(t: string, parts: string[], keep: number): number {
  if (keep >= parts.length) return t.length;
  let idx = 0;
  for (let i = 0; i < keep; i++) idx = t.indexOf(parts[i], idx) + parts[i].length;
  return idx;
}

/** The headline: the meta title cleaned of site and section names, else the first heading (h1 first). */
export function headline(page: PageMeta): string | null {
  const headings = [...page.h1s.filter((h) => h.name === 'h1'), ...page.h1s.filter((h) => h.name !== 'h1')].slice(0, 200);
  const h1Texts = headings.map((h) => textOf(h)).filter((t) => t.length >= 10 && t.length <= 250);
  const title = page.meta.title;
  if (title) return cleanTitle(title, h1Texts, page.meta.site ?? null);
  return h1Texts.length ? h1Texts[0] : title ?? null;
}

/** The author a byline node names, without "Tác giả:", "Theo", "Bài và ảnh". */
export function bylineAuthor(page: PageMeta): string | null {
  const a = page.authors.map((n) => textOf(n)).find((t) => t.length >= 3 && t.length <= 60);
  return a ? a.replace(/^(?:Tác giả|Theo|Bài|Bài và ảnh)\s*:?\s*/i, '').trim() || null : null;
}
