// HTML pages: charset, then the article itself (headline, lead, body paragraphs, lists, tables)
// without the portal around it (menus, breadcrumbs, related and most-read lists, comments, share
// bars, counters, footers, ads), and the page's metadata. Every walk over the tree is iterative,
// so a page nested 10,000 levels deep is read like any other.
import type { Diagnostic, DocumentMeta } from '../document.ts';
import type { HtmlNode } from '../adapters/cheerio.ts';
import { MAX_DEPTH, parseHtml } from '../adapters/cheerio.ts';
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';
import { decodeBytes } from './encoding.ts';
import { dateFromUrl, findDateInText, normalizeIsoDate } from './dates.ts';

/** Pages above this size are cut before parsing: no article is this long, and memory stays bounded. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

// ---------------------------------------------------------------- charset

/** The charset a page declares in its first bytes: <meta charset>, or http-equiv Content-Type. */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

// ---------------------------------------------------------------- node helpers

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'iframe', 'svg', 'canvas', 'button', 'input', 'select', 'textarea',
  'nav', 'footer', 'aside', 'template', 'object', 'embed', 'map', 'video', 'audio', 'link', 'meta', 'head', 'title',
  'img', 'picture', 'source', 'menu', 'dialog',
]);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'address',
  'center', 'hr', 'body', 'html', 'fieldset', 'legend', 'details', 'summary',
]);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'h2', 'h3', 'h4', 'dd']);
const CONTAINER_TAGS = new Set(['p', 'div', 'table', 'ul', 'ol', 'section', 'article', 'blockquote', 'h1', 'h2', 'h3']);

// Boilerplate by class or id. Each alternative is a plain word: the regex is linear.
const BOILERPLATE = /(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|crumbs?|related|relate|relates|lienquan|tinlienquan|tin-lien-quan|tinkhac|other|others|more|most|mostread|mostview|xemnhieu|docnhieu|xem-nhieu|doc-nhieu|top-news|hot|comments?|binhluan|binh-luan|comment-box|share|sharing|social|socials|likes?|tags?|tag-list|keywords?|banner|ads?|adv|advert|advertisement|advertising|quangcao|qc|sponsor|print|rating|counter|views?|luotxem|luot-xem|subscribe|newsletter|footer|foot|widget|poll|popup|modal|login|search|pagination|paging|toolbar|tool|tools|fontsize|font-size|cookie|header|topbar|top-bar|bottom|copyright|logo|weather|thoitiet|gold|giavang|stock|video-list|box-video|readmore|follow|zalo|facebook|fb|twitter|tinmoi|tin-moi|newest|latest|category-list|list-news|listnews|box-news|boxnews|box-tin|subcate|sub-cate)(?:$|[\s_-])/i;
// Content hints: these win over a boilerplate word in the same class list.
const CONTENT_HINT = /(?:^|[\s_-])(?:article|articlebody|article-body|article-content|content-detail|detail-content|detail|chitiet|noidung|fck_detail|fck|entry|entry-content|post-content|post-body|main-content|news-content|body-text|story|cms-body|singular|maincontent|contentdetail|newsdetail|news-detail|detail__content|txtcontent|text-content)(?:$|[\s_-])/i;
const LEAD_HINT = /(?:^|[\s_-])(?:sapo|lead|description|summary|tomtat|short_intro|short-intro|intro|excerpt|chapeau|head-content|article-sapo|detail-sapo)(?:$|[\s_-])/i;
const DATE_HINT = /(?:^|[\s_-])(?:date|time|ngay|publish|published|pubdate|datetime|post-?date|dateline|date-time|thoigian|ngaydang|timepost|time-post|datepost)(?:$|[\s_-])/i;
const AUTHOR_HINT = /(?:^|[\s_-])(?:author|tacgia|tac-gia|byline|writer|author_mail|nguon)(?:$|[\s_-])/i;

function classAndId(n: HtmlNode): string {
  const a = n.attribs;
  if (!a) return '';
  return `${a.class ?? ''} ${a.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
}

function isHidden(n: HtmlNode): boolean {
  const a = n.attribs;
  if (!a) return false;
  if ('hidden' in a || a['aria-hidden'] === 'true' || a.itemprop === 'aggregateRating') return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isElement(n: HtmlNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

// Words that never name the main column, used when the full list found too little.
const STRONG_BOILERPLATE = /(?:^|[\s_-])(?:footer|comments?|binhluan|binh-luan|related|relate|lienquan|tinlienquan|tin-lien-quan|breadcrumbs?|menu|navbar|banner|ads|advert|advertisement|quangcao|copyright|mostread|mostview|xemnhieu|docnhieu)(?:$|[\s_-])/i;

/** The lighter filter of the second pass: tags, hidden elements and unmistakable boilerplate. */
function isSkippedTag(n: HtmlNode): boolean {
  if (!isElement(n)) return false;
  if (SKIP_TAGS.has(n.name!) || isHidden(n)) return true;
  const ci = classAndId(n);
  return ci.length > 1 && STRONG_BOILERPLATE.test(ci) && !CONTENT_HINT.test(ci);
}

/** Skipped wholesale: scripts, forms, nav..., hidden, and class/id boilerplate without a content hint. */
function isBoilerplate(n: HtmlNode): boolean {
  if (!isElement(n)) return false;
  if (SKIP_TAGS.has(n.name!)) return true;
  if (isHidden(n)) return true;
  const ci = classAndId(n);
  return ci.length > 1 && BOILERPLATE.test(ci) && !CONTENT_HINT.test(ci);
}

const WS = /\s+/g;

/** Visible text of a subtree (boilerplate kept out), whitespace collapsed. Iterative. */
function textOf(root: HtmlNode, skip = isBoilerplate): string {
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
function* walk(root: HtmlNode): Generator<HtmlNode> {
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

// ---------------------------------------------------------------- scoring (readability-style)

interface Stats { chars: number; linkChars: number; commas: number; score: number; order: number; blocks: number }

/**
 * One post-order pass: text and link characters per element (boilerplate excluded), then
 * paragraph scores credited to parents and grandparents, as Readability does.
 */
function scoreTree(root: HtmlNode, skip: (n: HtmlNode) => boolean): { stats: Map<HtmlNode, Stats>; order: HtmlNode[] } {
  const stats = new Map<HtmlNode, Stats>();
  const order: HtmlNode[] = [];
  const stack: Array<[HtmlNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [n, done] = stack.pop()!;
    if (n.type === 'text') continue;
    if (!done) {
      if (n !== root && skip(n)) continue;
      stats.set(n, { chars: 0, linkChars: 0, commas: 0, score: 0, order: order.length, blocks: 0 });
      order.push(n);
      stack.push([n, true]);
      const kids = n.children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
      continue;
    }
    const s = stats.get(n)!;
    for (const k of n.children ?? []) {
      if (k.type === 'text') {
        const t = k.data ?? '';
        const trimmed = t.trim().length;
        s.chars += trimmed;
        if (trimmed) for (let i = t.indexOf(','); i >= 0; i = t.indexOf(',', i + 1)) s.commas++;
      } else {
        const ks = stats.get(k);
        if (ks) {
          s.chars += ks.chars; s.linkChars += ks.linkChars; s.commas += ks.commas;
          s.blocks += ks.blocks + (k.name && CONTAINER_TAGS.has(k.name) ? 1 : 0);
        }
      }
    }
    if (n.name === 'a') s.linkChars = s.chars;
    // a cell or quote that holds paragraphs or tables is layout: its paragraphs score for themselves
    if (n.name && PARAGRAPH_TAGS.has(n.name) && s.chars >= 25 && s.blocks === 0) credit(n, s);
    else if ((n.name === 'div' || n.name === 'section' || n.name === 'span') && s.chars >= 25 && directText(n) >= 25) credit(n, s);
  }
  return { stats, order };

  function credit(n: HtmlNode, s: Stats) {
    const points = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
    let p = n.parent;
    for (let level = 0; p && level < 3; level++, p = p.parent) {
      const ps = stats.get(p);
      if (!ps) break;
      ps.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
}

function directText(n: HtmlNode): number {
  let c = 0;
  for (const k of n.children ?? []) if (k.type === 'text') c += (k.data ?? '').trim().length;
  return c;
}

function classWeight(n: HtmlNode): number {
  const ci = classAndId(n);
  if (!ci.trim()) return 0;
  return (CONTENT_HINT.test(ci) ? 25 : 0) - (BOILERPLATE.test(ci) ? 25 : 0);
}

function pickContent(root: HtmlNode, stats: Map<HtmlNode, Stats>): { node: HtmlNode; score: number } | null {
  let best: HtmlNode | null = null, bestScore = 0;
  for (const [n, s] of stats) {
    if (s.score <= 0 || !n.name) continue;
    const density = s.chars ? s.linkChars / s.chars : 1;
    const final = (s.score + classWeight(n)) * (1 - density);
    if (final > bestScore) { best = n; bestScore = final; }
  }
  // a lone child carries no more than its parent: take the parent
  while (best && best.parent && best.parent !== root && best.parent.name !== 'body' && stats.has(best.parent)) {
    const siblings = (best.parent.children ?? []).filter((k) => stats.has(k) || (k.type === 'text' && (k.data ?? '').trim()));
    if (siblings.length !== 1) break;
    best = best.parent;
  }
  return best ? { node: best, score: bestScore } : null;
}

/**
 * The content node and the siblings that carry the article with it (key points before the body, a
 * body split over several blocks, a picture with its caption), as Readability does: a sibling that
 * scores well, or holds a sentence and few links. Link boxes, date lines and short bylines stay out.
 */
function articleNodes(content: HtmlNode, stats: Map<HtmlNode, Stats>, score: number): HtmlNode[] {
  const sibs = content.parent?.children ?? [];
  const at = sibs.indexOf(content);
  const carriesOn = (n: HtmlNode): boolean => {
    const s = stats.get(n);
    if (!s || !n.name || n.name === 'h1' || isBoilerplate(n) || isLinkList(n, stats)) return false;
    const t = textOf(n);
    if (t.length < 25 || s.linkChars > s.chars * 0.25 || (t.length <= 100 && findDateInText(t))) return false;
    return s.score >= Math.max(10, score * 0.2) || t.length >= 80 || /[.!?…]["”']?$/u.test(t) || (t.length >= 40 && s.linkChars === 0);
  };
  // before the body, a block that holds the headline is the page's header (read apart), not the article
  const holdsHeadline = (n: HtmlNode) => { for (const k of walk(n)) if (k.name === 'h1') return true; return false; };
  return sibs.filter((n, i) => i === at || (carriesOn(n) && (i > at || !holdsHeadline(n))));
}

// ---------------------------------------------------------------- text out of the content node

/** Layout tables (cells holding paragraphs or tables) are read as blocks, data tables as rows. */
function isDataTable(table: HtmlNode): boolean {
  for (const n of walk(table)) {
    if (n === table) continue;
    if (n.name === 'table' || n.name === 'p' || n.name === 'div' || n.name === 'ul' || n.name === 'ol' || n.name === 'h1' || n.name === 'h2') return false;
  }
  return true;
}

/** "» Related headline", ">> Tin cũ": a link to another article, not part of this one. */
const isTeaserLink = (n: HtmlNode) => n.name === 'a' && /^\s*(?:>>|»)/u.test(textOf(n, () => false));

/** A post of a forum thread or a comment list ("post-29288795", "comment_12"). */
const POST_ID = /^(?:post|comment|reply|answer|binhluan)[-_]?\d+$/i;

/** Lines of text: one per block, table rows as cells joined with " | ". */
function linesOf(root: HtmlNode, stats: Map<HtmlNode, Stats>): string[] {
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

/** Lists and boxes that are mostly links ("Tin liên quan", "Xem nhiều", tag clouds). */
function isLinkList(n: HtmlNode, stats: Map<HtmlNode, Stats>): boolean {
  if (n.name !== 'ul' && n.name !== 'ol' && n.name !== 'div' && n.name !== 'section' && n.name !== 'table' && n.name !== 'p') return false;
  const s = stats.get(n);
  if (!s || s.chars === 0) return false;
  return s.linkChars / s.chars > 0.6;
}

// ---------------------------------------------------------------- metadata

interface PageMeta { meta: Partial<DocumentMeta>; h1s: HtmlNode[]; lead: HtmlNode[]; dates: HtmlNode[]; authors: HtmlNode[] }

function collectMeta(root: HtmlNode): PageMeta {
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

function nextInOrder(n: HtmlNode): HtmlNode | null {
  if (n.children?.length && n.name !== 'script' && n.name !== 'style') return n.children[0];
  return nextAfter(n);
}

function contains(outer: HtmlNode, inner: HtmlNode): boolean {
  for (let p: HtmlNode | null | undefined = inner; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** The next node in document order after n and its subtree. */
function nextAfter(n: HtmlNode): HtmlNode | null {
  for (let cur: HtmlNode | null | undefined = n; cur; cur = cur.parent) {
    const sibs = cur.parent?.children;
    if (!sibs) return null;
    const i = sibs.indexOf(cur);
    if (i >= 0 && i + 1 < sibs.length) return sibs[i + 1];
  }
  return null;
}


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

// ---------------------------------------------------------------- the loader

export interface HtmlExtract { raw: string; meta: Partial<DocumentMeta>; diagnostics: Diagnostic[] }

/** Article text and metadata from decoded HTML. */
export function extractArticle(html: string): { raw: string; meta: Partial<DocumentMeta>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const root = parseHtml(html);
  if (root.flattened) {
    diagnostics.push({ code: 'html/too-deep', stage: 'load', message: `${root.flattened} tags nested deeper than ${MAX_DEPTH} levels were left out (their text kept)` });
  }
  const page = collectMeta(root);
  let { stats } = scoreTree(root, isBoilerplate);
  let pick = pickContent(root, stats);
  const strong = pick && stats.get(pick.node)!.chars >= 1500 && pick.score >= 30;
  if (!strong) {
    // class names can mislead (a main column called "sidebar-1", an article in "print-news"):
    // score again on tags alone and take that when it finds a much stronger article
    const second = scoreTree(root, isSkippedTag);
    const other = pickContent(root, second.stats);
    if (other && (!pick || other.score > pick.score * 1.5)) {
      stats = second.stats;
      pick = other;
    }
  }
  const content = pick?.node ?? null;

  // h1 first, then h2 and "title" classes
  const headings = [...page.h1s.filter((h) => h.name === 'h1'), ...page.h1s.filter((h) => h.name !== 'h1')].slice(0, 200);
  const h1Texts = headings.map((h) => textOf(h)).filter((t) => t.length >= 10 && t.length <= 250);
  const meta = page.meta;
  if (meta.title) meta.title = cleanTitle(meta.title, h1Texts, meta.site ?? null);
  else if (h1Texts.length) meta.title = h1Texts[0];

  let body: string[] = content ? articleNodes(content, stats, pick!.score).flatMap((n) => linesOf(n, stats)) : [];
  if (!content || body.join('').length < 50) {
    diagnostics.push({ code: 'html/no-article', stage: 'load', message: 'no article body found; the page text is used as it is' });
    const bodyNode = [...walk(root)].find((n) => n.name === 'body') ?? root;
    body = linesOf(bodyNode, stats);
  }

  // headline and lead usually sit above the body container
  const contentOrder = content ? stats.get(content)?.order ?? 0 : 0;
  const contains = (outer: HtmlNode, inner: HtmlNode) => { for (let p: HtmlNode | null | undefined = inner; p; p = p.parent) if (p === outer) return true; return false; };
  const head: string[] = [];
  if (meta.title && !body.slice(0, 3).some((l) => l === meta.title)) head.push(meta.title);
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
  const leadText = lead ? textOf(lead) : standfirst(page, meta.title ?? null, content);
  if (leadText && !body.slice(0, 3).includes(leadText)) head.push(leadText);

  // date: the dateline the page prints near its headline or body, in the page's own time; the meta
  // stamp when none is printed (a stamp one day off is a conversion to another zone: the print wins)
  const printed = printedDate(root, page, stats, content, meta.title ?? null, body);
  if (!meta.published || (printed && daysApart(printed, meta.published) <= 1)) meta.published = printed ?? meta.published ?? null;
  // failing both, the stamp in the article's address
  if (!meta.published && meta.url) meta.published = dateFromUrl(meta.url);
  if (!meta.author) {
    const a = page.authors.map((n) => textOf(n)).find((t) => t.length >= 3 && t.length <= 60);
    if (a) meta.author = a.replace(/^(?:Tác giả|Theo|Bài|Bài và ảnh)\s*:?\s*/i, '').trim() || null;
  }
  const raw = [...head, ...body].join('\n');
  return { raw, meta, diagnostics };
}

export const loadHtml: Loader = async (bytes, source) => {
  if (bytes.length === 0) throw new LoadError(source, 'empty file');
  const cut = bytes.length > MAX_HTML_BYTES;
  let end = Math.min(bytes.length, MAX_HTML_BYTES);
  while (cut && end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // never cut inside a UTF-8 sequence
  const decoded = decodeBytes(cut ? bytes.subarray(0, end) : bytes, source, declaredCharset(bytes));
  if (!/<[a-z!/]/i.test(decoded.text.slice(0, 65536))) throw new LoadError(source, 'not HTML: no markup in the first 64 KB');
  const diagnostics = [...decoded.diagnostics];
  if (cut) diagnostics.push({ code: 'html/truncated', stage: 'load', message: `page larger than ${MAX_HTML_BYTES} bytes: only the first part was read` });
  const article = extractArticle(decoded.text);
  diagnostics.push(...article.diagnostics);
  if (!article.raw.trim()) throw new LoadError(source, 'HTML page without any text');
  return { raw: article.raw, meta: article.meta, diagnostics };
};
